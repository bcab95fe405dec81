// results.json → the README's Performance tables, as markdown, in the shapes the README gives
// them (its columns, its row selection, its number formatting). Pure: no files, no clock.

import type { PartialResults, Partly, Sizes, Stat } from './results.ts';

/** A figure the run lacks (an older run without that column, a browser not run) reads "—". */
export const MISSING = '—';

/**
 * The story pages the README shows, in its order: two seeds, two dev articles of different
 * markup (a wire report and a live blog), the padded pages and the 2,000-word article. The rest
 * of the 22 stay in results.json, as the table's intro says.
 */
export const STORY_PAGES = [
  'seed 000',
  'seed 001',
  'pos-a1-wire-facebook-bank-data-report',
  'pos-b3-liveblog',
  'padded-20k',
  'padded-100k',
  'long-2000',
];

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
/** Milliseconds and ratios: two decimals, as run.ts prints them. */
export const ms = (x: unknown): string => (finite(x) ? x.toFixed(2) : MISSING);
/** "median (min–max)", or "—" if any of the three is missing. */
export const spread = (s: Partly<Stat> | undefined): string =>
  s !== undefined && finite(s.median) && finite(s.min) && finite(s.max)
    ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`
    : MISSING;
/** Whole bytes with thousands separators (94,438), without depending on the machine's locale. */
export const bytes = (x: unknown): string =>
  finite(x) ? String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : MISSING;
const count = (x: unknown): string => (finite(x) ? String(x) : MISSING);

const line = (cells: string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
/** The README's first five tables use `|---|` rules, Sizes `| --- |`: kept, so a diff shows figures only. */
const table = (header: string[], rows: string[][], rule: 'tight' | 'spaced' = 'tight'): string =>
  [
    line(header),
    rule === 'tight' ? `|${header.map(() => '---').join('|')}|` : line(header.map(() => '---')),
    ...rows.map(line),
  ].join('\n');

export interface Section {
  /** The bold lead of the README paragraph the table follows. */
  title: string;
  markdown: string;
}

function nonStory(r: PartialResults): Section {
  const rows = (r.nonStory ?? []).map((x) => [
    x.browser ?? MISSING,
    x.page ?? MISSING,
    spread(x.floor),
    spread(x.empty),
    spread(x.backstory),
    ms(x.ratioToFloor),
    ms(x.aboveEmpty),
  ]);
  return {
    title: 'Non-story pages',
    markdown: table(
      [
        'browser',
        'page',
        'floor (TreeWalker)',
        'empty script',
        'Backstory (eval + gate)',
        '× floor',
        'ms above empty',
      ],
      rows,
    ),
  };
}

/** Browsers in the order the run measured them. */
const browsersOf = (rows: { browser?: string }[]): string[] => [
  ...new Set(rows.flatMap((x) => (x.browser === undefined ? [] : [x.browser]))),
];

function story(r: PartialResults): Section {
  const all = r.story ?? [];
  const rows = browsersOf(all).flatMap((browser) =>
    STORY_PAGES.map((page) => {
      const x = all.find((y) => y.browser === browser && y.page === page);
      return [
        browser,
        page,
        spread(x?.pageWork),
        spread(x?.overlay),
        // Absent from runs before session 21: "—", as any figure a run lacks, so the table keeps
        // one shape and a diff of two renderings shows figures only.
        spread(x?.overlayLook),
        spread(x?.readability),
        ms(x?.pageRatio),
        ms(x?.overlayRatio),
        ms(x?.longestPageTask),
        spread(x?.match),
        spread(x?.warmMatch),
      ];
    }),
  );
  return {
    title: 'Story pages',
    markdown: table(
      [
        'browser',
        'page',
        'page: extraction',
        'overlay render',
        'next frame: look for covers',
        'Readability parse',
        'page × R',
        'overlay × R',
        'longest page task',
        'match, first',
        'match, warm',
      ],
      rows,
    ),
  };
}

function fresh(r: PartialResults): Section {
  const rows = (r.storyFresh ?? []).map((x) => [
    x.browser ?? MISSING,
    x.page ?? MISSING,
    spread(x.pageWork),
    spread(x.match),
    spread(x.readability),
    ms(x.ratio),
    // Firefox has no trace of its collections: run.ts writes null there.
    spread(x.gc?.count),
    spread(x.gc?.ms),
  ]);
  return {
    title: 'Story pages in a new process',
    markdown: table(
      [
        'browser',
        'page',
        'page: extraction',
        'match, first',
        'Readability parse (same new process)',
        'page × R',
        'garbage collections during matching',
        'their ms',
      ],
      rows,
    ),
  };
}

function background(r: PartialResults): Section {
  const rows = (r.background ?? []).flatMap((x) => {
    const page = x.page ?? MISSING;
    return [
      // One load: a worker starts once per browser session, so there is no spread.
      [page, 'just started (first story page of the session)', ms(x.first?.total), ms(x.first?.match)],
      [page, 'warm (after 11 story pages)', spread(x.warm?.total), spread(x.warm?.match)],
      [
        page,
        'restarted (stopped, as when idle, then woken)',
        spread(x.restarted?.total),
        spread(x.restarted?.match),
      ],
    ];
  });
  return {
    title: 'The real background',
    markdown: table(['page', 'worker', 'all its JavaScript', 'of it, matching'], rows),
  };
}

function scale(r: PartialResults): Section {
  const rows = (r.scale ?? []).map((x) => [
    count(x.stories),
    count(x.claims),
    // The README groups the raw bytes' digits but not the gzip's: kept as it is.
    finite(x.indexBytes) || finite(x.indexGzip) ? `${bytes(x.indexBytes)} (${count(x.indexGzip)})` : MISSING,
    bytes(x.contentScriptGzip),
    spread(x.storyGate),
    spread(x.storyMatch),
    spread(x.nearTopicGate),
    spread(x.nearTopicMatch),
  ]);
  return {
    title: 'Scale',
    markdown: table(
      [
        'stories',
        'claims',
        'index bytes (gzip)',
        'gate script gzip',
        'story page: gate',
        'story page: match',
        'near-topic 5k page: gate',
        'near-topic: match',
      ],
      rows,
    ),
  };
}

function engine(r: PartialResults): Section {
  const e = r.engine;
  return {
    title: 'The matcher alone',
    markdown:
      `first call ${ms(e?.firstCall)} ms (the engine's code not yet optimised), then ${ms(e?.warm?.median)} ms ` +
      `(${ms(e?.warm?.min)}–${ms(e?.warm?.max)}) warm, against ${ms(e?.tokenise?.median)} ms ` +
      `(${ms(e?.tokenise?.min)}–${ms(e?.tokenise?.max)}) for tokenising the same text alone.`,
  };
}

/** Sizes' rows, in the README's order and words; the index's claims come from the run's own index. */
const SIZE_ROWS: [keyof Sizes, (claims: string | null) => string][] = [
  ['gateScript', () => 'gate script (`src/content/gate.js`, on every page allowed)'],
  [
    'fullContentScript',
    () => 'full content script (`src/content/main.js`, injected only where the gate passed)',
  ],
  ['popup', () => 'popup (`src/popup/popup.js`, without the chunks it shares)'],
  ['background', () => 'background, with the index and the matcher (`src/background/main.js`)'],
  [
    'index',
    (claims) =>
      claims === null
        ? 'claim index (`dist/index/claim-index.json`)'
        : `claim index (\`dist/index/claim-index.json\`, ${claims} claims)`,
  ],
  ['gate', () => 'gate signature (`dist/index/gate.json`)'],
];

/** The run's own index is the scale table's one-story row (n = 1 measures the real index). */
const claimsOf = (r: PartialResults | undefined): number | undefined =>
  r?.scale?.find((x) => x.stories === 1)?.claims;

export interface BeforeSizes {
  /** The column's header, e.g. the commit the earlier build was made at. */
  label: string;
  results: PartialResults;
}

function sizes(r: PartialResults, before: BeforeSizes | undefined): Section {
  const claims = claimsOf(r);
  const rows = SIZE_ROWS.map(([key, label]) => [
    label(finite(claims) ? String(claims) : null),
    bytes(before?.results.sizes?.[key]?.bytes),
    bytes(before?.results.sizes?.[key]?.gzip),
    bytes(r.sizes?.[key]?.bytes),
    bytes(r.sizes?.[key]?.gzip),
  ]);
  return {
    title: 'Sizes',
    markdown: table(['file', before?.label ?? 'before', 'gzipped', 'now', 'gzipped'], rows, 'spaced'),
  };
}

/**
 * Every table of the README's Performance section, in its order, plus the matcher-alone
 * sentence. `before` fills Sizes' earlier-build columns (another run's results); without it they
 * read "—".
 */
export function renderTables(r: PartialResults, before?: BeforeSizes): Section[] {
  return [nonStory(r), story(r), fresh(r), background(r), scale(r), engine(r), sizes(r, before)];
}
