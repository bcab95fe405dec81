// The full story page's model: the timeline read from the index, and the claims a reader's search
// and kind filter leave. Pure, so the page and its tests read the same answers.

import type { Appearance, Claim, ClaimKind, Story } from '../model/types.ts';
import { articleOf, formatDate, outletName, type ArticleView } from './describe.ts';
import { count } from './plural.ts';
import { reportTimeOrder } from '../text/calendar.ts';
import { fold } from '../text/fold.ts';

/**
 * One line of the story page's timeline. Each is read from the index, never from story.json's
 * list of outlets alone: an outlet is listed for the claims the source articles credit it for (or
 * reported first), and the subject's statements from their records.
 */
export type TimelineEntry = OutletEntry | StatementEntry;

export interface OutletEntry {
  type: 'outlet';
  /** Unique among the timeline's lines (the page keys them by it). */
  key: string;
  id: string;
  name: string;
  /**
   * The earliest date the index gives for this outlet's report of one of its claims: a claim's
   * first report where it is the first outlet, else its own first report of the story (what orders
   * a claim's outlets, provenance.ts); null where neither is known.
   */
  date: string | null;
  /** Reports the index says it reported first (the claims' `firstReport`). */
  first: number;
  /** Claims of any kind whose appearances credit it: what the source articles show it carried. */
  credited: number;
  /** The story's first report: the outlet of the earliest of the reports' first reports. */
  broke: boolean;
}

export interface StatementEntry {
  type: 'statement';
  /**
   * Unique among the timeline's lines, the statement's place in story.json's records: two
   * statements may share a claim, or have none.
   */
  key: string;
  /** The statement's claim, which the line links to; null where no claim holds its quote. */
  claimId: string | null;
  /** When it was said, as its record gives it (null: not given). */
  date: string | null;
  /** The outlet it was given to, by name, or null where the record names none. */
  to: string | null;
  quote: string;
  /** The statement story.json marks primary: the one line called the official statement. */
  primary: boolean;
}

/**
 * The story's first report, then every other line in date order (reportTimeOrder in
 * src/text/calendar.ts: instants, a day without a time at its middle), unknown dates last; at one
 * moment outlets before statements, then by name or quote: a total order, so every browser lists
 * them alike whatever order story.json gives them in. An outlet the seeds never credit and that
 * first reported nothing is not listed: nothing in the sources shows it carried the story.
 */
export function timeline(story: Story): TimelineEntry[] {
  const outlets = story.outlets.flatMap((o): OutletEntry[] => {
    // Only reports are counted first: a statement given to an outlet is the subject's word, not
    // the outlet's first report (review 22 finding 1: AFP was shown 4 of Facebook's statements,
    // dated 6 Aug, as its own first reports of 7 Aug).
    const firsts = story.claims.filter((c) => c.kind === 'report' && c.firstReport.outlet === o.id);
    const credited = story.claims.filter((c) => c.appearances.some((a) => a.outlet === o.id));
    if (firsts.length === 0 && credited.length === 0) return [];
    const dates = [...firsts, ...credited].map((c) =>
      c.firstReport.outlet === o.id ? c.firstReport.date : o.firstReport,
    );
    const date = dates.sort(reportTimeOrder)[0] ?? null;
    return [
      {
        type: 'outlet',
        key: `outlet:${o.id}`,
        id: o.id,
        name: o.name,
        date,
        first: firsts.length,
        credited: credited.length,
        broke: false,
      },
    ];
  });
  const broke = outlets
    .filter((o) => o.first > 0)
    .sort((a, b) => reportTimeOrder(a.date, b.date) || compare(a.name, b.name))[0];
  if (broke !== undefined) broke.broke = true;
  // Statements of one moment: the primary first, then in the order story.json records them (the
  // sorts are stable).
  const statements = story.statements
    .map((s, i) => ({ s, i }))
    .sort((a, b) => Number(b.s.primary === true) - Number(a.s.primary === true))
    .map(({ s, i }): StatementEntry => ({
      type: 'statement',
      key: `statement:${i}`,
      claimId: s.claimId === '' ? null : s.claimId,
      date: s.date,
      to: outletName(story, s.to),
      quote: s.quote,
      primary: s.primary === true,
    }));
  return [...outlets, ...statements].sort(
    (a, b) =>
      Number(b.type === 'outlet' && b.broke) - Number(a.type === 'outlet' && a.broke) ||
      reportTimeOrder(a.date, b.date) ||
      Number(a.type === 'statement') - Number(b.type === 'statement') ||
      (a.type === 'outlet' && b.type === 'outlet' ? compare(`${a.name}\n${a.id}`, `${b.name}\n${b.id}`) : 0),
  );
}

/**
 * A timeline line as the reader sees it: its date ("Date not given in the sources" where none
 * is), and what the index shows happened then.
 */
export function timelineLine(e: TimelineEntry, subject: string): { date: string; text: string } {
  const date = e.date === null ? 'Date not given in the sources' : formatDate(e.date);
  if (e.type === 'statement')
    return {
      date,
      // Only the primary is "official": the others given to no named outlet are plain statements.
      text: `${subject}'s ${e.to !== null ? `statement to ${e.to}` : e.primary ? 'official statement' : 'statement'}: “${e.quote}”`,
    };
  // What the articles say it reported, and how many of those it reported first, in one clause:
  // "the source articles credit it for 4 claims" read as AFP having said them, "9 reports first
  // reported here" as this page having reported them, and "the first to report 9 claims" as a
  // ranking. Its first reports are among the claims credited to it (provenance.ts picks the first
  // reporter from those), so the larger count is the claims it reported.
  const n = Math.max(e.credited, e.first);
  const firsts =
    e.first === 0
      ? ''
      : e.first < n
        ? `, ${e.first} of them first`
        : n === 1
          ? ', first'
          : `, all of them first`;
  const parts = [
    e.broke ? 'the first report of the story' : '',
    n === 0 ? '' : `the source articles say it reported ${count(n, 'claim')}${firsts}`,
  ].filter((p) => p !== '');
  return { date, text: `${e.name}: ${parts.join('; ')}` };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Case and accents do not count in a search, nor quotes, dashes or spacing: the text is folded as
 * the matcher folds it (src/text/fold.ts), then its accents dropped.
 */
const searchKey = (text: string): string =>
  fold(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * What a search reads of a claim: what its entry on the story page shows. Its wording and seed
 * quotes; the headlines of the articles it appears in (a reader searching an article's headline
 * finds the claims quoted from it); and the outlets its entry names, by name and alias (those
 * its passages credit, its first reporter, and the outlet a statement was given to), so "WSJ"
 * finds the claims credited to The Wall Street Journal.
 */
function searchText(story: Story, c: Claim): string {
  const headlines = c.appearances.map((a) => articleOf(story, a.seed)?.headline ?? '');
  const named = new Set([
    ...c.outlets,
    ...c.appearances.flatMap((a) => (a.outlet === null ? [] : [a.outlet])),
    ...(c.firstReport.outlet === null ? [] : [c.firstReport.outlet]),
    ...(c.said?.to == null ? [] : [c.said.to]),
  ]);
  const outlets = story.outlets.filter((o) => named.has(o.id)).flatMap((o) => [o.name, ...o.aliases]);
  return searchKey([c.text, ...c.appearances.map((a) => a.quote), ...headlines, ...outlets].join('\n'));
}

const PUNCTUATION = /\p{P}/u;
/**
 * A query word without the punctuation typed around it ("WSJ.", "Citigroup,", a quote mark
 * before "Facebook"), which the entry's text has elsewhere or not at all; inside it stays
 * ("U.S", "AT&T"). Linear: each end walked once, a character at a time.
 */
function bare(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && PUNCTUATION.test(word.charAt(start))) start++;
  while (end > start && PUNCTUATION.test(word.charAt(end - 1))) end--;
  return word.slice(start, end);
}

/**
 * The claims of these kinds whose entry (searchText) holds every word of the query. O(claims ×
 * their text) per keystroke: a story's index is a few hundred claims at most.
 */
export function filterClaims(story: Story, query: string, kinds: ReadonlySet<ClaimKind>): Claim[] {
  const words = searchKey(query).split(/\s+/).map(bare).filter(Boolean);
  return story.claims.filter((c) => {
    if (!kinds.has(c.kind)) return false;
    if (words.length === 0) return true;
    const haystack = searchText(story, c);
    return words.every((w) => haystack.includes(w));
  });
}

/** The claim a link names by its id or by one of its aliases (an id an earlier build gave). */
export const claimNamed = (story: Story, id: string): Claim | undefined =>
  story.claims.find((c) => c.id === id || c.aliases.includes(id));

/** The quotes of a claim from one source article, as the story page lists them. */
export interface ArticleQuotes {
  seed: string;
  article: ArticleView | null;
  /** Each quote with the outlet it credits, by name (null: none), in the article's order. */
  quotes: { quote: string; start: number; outlet: string | null }[];
}

/**
 * A claim's appearances gathered by the article they are from, articles in the story's order
 * (their file names'): one article quoted twice is one entry, so "5 source articles" counts
 * articles, not quotes.
 */
export function appearancesByArticle(story: Story, claim: Claim): ArticleQuotes[] {
  const by = new Map<string, Appearance[]>();
  for (const a of claim.appearances) by.set(a.seed, [...(by.get(a.seed) ?? []), a]);
  const order = (seed: string): number => story.sources.findIndex((s) => s.seed === seed);
  return [...by]
    .sort(([a], [b]) => order(a) - order(b) || compare(a, b))
    .map(([seed, list]) => {
      const article = articleOf(story, seed);
      return {
        seed,
        article,
        quotes: [...list]
          .sort((a, b) => a.start - b.start)
          .map((a) => ({ quote: a.quote, start: a.start, outlet: outletName(story, a.outlet) })),
      };
    });
}
