import { describe, expect, test } from 'vitest';
import { renderTables, type Section } from '../../../src/tools/bench/render-tables.ts';
import type { PartialResults, Stat } from '../../../src/tools/bench/results.ts';

const s = (median: number, min: number, max: number): Stat => ({ median, min, max });
const story = (browser: string, page: string, pageRatio: number) => ({
  browser,
  page,
  recognised: true,
  pageWork: s(0.555, 0.53, 0.595),
  extract: s(0.55, 0.52, 0.59),
  match: s(6.57, 4.89, 14.99),
  warmMatch: s(0.99, 0.645, 2.56),
  script: s(0.66, 0.6, 1.57),
  overlay: s(4.465, 3.37, 6.27),
  overlayLook: s(1.3, 0.9, 2.1),
  readability: s(1.53, 1.33, 3.54),
  pageRatio,
  overlayRatio: 2.9183,
  longestPageTask: 6.27,
  heapBytes: null,
});

/** A small run: one non-story page, story pages out of the README's order, one without Firefox. */
const RESULTS: PartialResults = {
  engine: {
    words: 2029,
    firstCall: 22.5907,
    warm: s(2.519, 2.3597, 6.7524),
    tokenise: s(0.5118, 0.4993, 1.4363),
  },
  nonStory: [
    {
      browser: 'chromium',
      page: 'unrelated-1000',
      floor: s(0.245, 0.215, 0.405),
      empty: s(0.03, 0.03, 0.04),
      backstory: s(0.26, 0.245, 0.64),
      gate: s(0.06, 0.06, 1.12),
      ratioToFloor: 1.0612,
      aboveEmpty: 0.23,
    },
  ],
  story: [
    story('chromium', 'long-2000', 0.3614),
    story('chromium', 'pos-b2-british-markets', 0.3),
    story('chromium', 'seed 000', 0.3627),
    // A run from before the overlay's next frame was timed.
    (({ overlayLook: _, ...older }) => older)(story('firefox', 'seed 000', 1.0036)),
  ],
  storyFresh: [
    {
      browser: 'chromium',
      page: 'seed 000',
      pageWork: s(3.945, 2.45, 11.855),
      match: s(30.575, 21.025, 40.935),
      readability: s(7.625, 5.815, 11.78),
      ratio: 0.5174,
      gc: { count: s(1, 1, 1), ms: s(2.408, 1.199, 6.145) },
    },
    {
      browser: 'firefox',
      page: 'seed 000',
      pageWork: s(2.92, 2.5, 6.52),
      match: s(16.78, 12.36, 21.34),
      readability: s(3.92, 3.84, 4.86),
      ratio: 0.7449,
      gc: null,
    },
  ],
  background: [
    {
      page: 'long-2000',
      first: { total: 70.052, match: 63.815 },
      warm: { total: s(8.113, 7.474, 16.022), match: s(3.664, 1.843, 8.719) },
      restarted: { total: s(42.006, 30.224, 51.59), match: s(32.843, 24.196, 43.7) },
    },
  ],
  scale: [
    {
      stories: 1,
      claims: 59,
      indexBytes: 94438,
      indexGzip: 18330,
      contentScriptGzip: 1628,
      storyGate: s(0.365, 0.23, 1.01),
      storyMatch: s(13.875, 5.875, 22.27),
      nearTopicGate: s(0.34, 0.285, 1.635),
      nearTopicMatch: s(12.195, 8.395, 18.22),
    },
    { stories: 1000, claims: 61013, indexBytes: 90672658, indexGzip: 15791866, contentScriptGzip: 7631 },
  ],
  sizes: { gateScript: { bytes: 7522, gzip: 3433 }, index: { bytes: 112653, gzip: 24801 } },
};

const section = (sections: Section[], title: string): string[] =>
  (sections.find((x) => x.title === title)?.markdown ?? '').split('\n');
const rendered = renderTables(RESULTS);

describe('the README tables from results.json', () => {
  test('a cell is the median with min–max, two decimals; ratios are two decimals', () => {
    expect(section(rendered, 'Non-story pages')).toEqual([
      '| browser | page | floor (TreeWalker) | empty script | Backstory (eval + gate) | × floor | ms above empty |',
      '|---|---|---|---|---|---|---|',
      '| chromium | unrelated-1000 | 0.24 (0.21–0.41) | 0.03 (0.03–0.04) | 0.26 (0.24–0.64) | 1.06 | 0.23 |',
    ]);
  });

  test('story pages: only the README\'s pages, in its order, each browser in turn; a page the run lacks reads "—"', () => {
    const rows = section(rendered, 'Story pages').slice(2);
    expect(rows.map((r) => r.split(' | ').slice(0, 2).join(' ').slice(2))).toEqual([
      'chromium seed 000',
      'chromium seed 001',
      'chromium pos-a1-wire-facebook-bank-data-report',
      'chromium pos-b3-liveblog',
      'chromium padded-20k',
      'chromium padded-100k',
      'chromium long-2000',
      'firefox seed 000',
      'firefox seed 001',
      'firefox pos-a1-wire-facebook-bank-data-report',
      'firefox pos-b3-liveblog',
      'firefox padded-20k',
      'firefox padded-100k',
      'firefox long-2000',
    ]);
    expect(rows[0]).toBe(
      '| chromium | seed 000 | 0.56 (0.53–0.59) | 4.46 (3.37–6.27) | 1.30 (0.90–2.10) | 1.53 (1.33–3.54) | 0.36 | 2.92 | 6.27 | 6.57 (4.89–14.99) | 0.99 (0.65–2.56) |',
    );
    expect(rows[1]).toBe('| chromium | seed 001 | — | — | — | — | — | — | — | — | — |');
    expect(rows[13]).toBe('| firefox | long-2000 | — | — | — | — | — | — | — | — | — |');
  });

  test('story pages: the overlay\'s next frame (its look for covers) beside its render, "—" from a run that did not time it', () => {
    const table = section(rendered, 'Story pages');
    expect(table[0]).toBe(
      '| browser | page | page: extraction | overlay render | next frame: look for covers | Readability parse | page × R | overlay × R | longest page task | match, first | match, warm |',
    );
    expect(table[2 + 7]).toBe(
      '| firefox | seed 000 | 0.56 (0.53–0.59) | 4.46 (3.37–6.27) | — | 1.53 (1.33–3.54) | 1.00 | 2.92 | 6.27 | 6.57 (4.89–14.99) | 0.99 (0.65–2.56) |',
    );
  });

  test('a new process: Firefox, with no trace of its collections, reads "—" there', () => {
    expect(section(rendered, 'Story pages in a new process').slice(2)).toEqual([
      '| chromium | seed 000 | 3.94 (2.45–11.86) | 30.57 (21.02–40.94) | 7.63 (5.82–11.78) | 0.52 | 1.00 (1.00–1.00) | 2.41 (1.20–6.14) |',
      '| firefox | seed 000 | 2.92 (2.50–6.52) | 16.78 (12.36–21.34) | 3.92 (3.84–4.86) | 0.74 | — | — |',
    ]);
  });

  test('the real background: its one first load without a spread, then warm and restarted', () => {
    expect(section(rendered, 'The real background').slice(2)).toEqual([
      '| long-2000 | just started (first story page of the session) | 70.05 | 63.81 |',
      '| long-2000 | warm (after 11 story pages) | 8.11 (7.47–16.02) | 3.66 (1.84–8.72) |',
      '| long-2000 | restarted (stopped, as when idle, then woken) | 42.01 (30.22–51.59) | 32.84 (24.20–43.70) |',
    ]);
  });

  test('scale: raw index bytes grouped by thousands, its gzip not, and missing timings as "—"', () => {
    expect(section(rendered, 'Scale').slice(2)).toEqual([
      '| 1 | 59 | 94,438 (18330) | 1,628 | 0.36 (0.23–1.01) | 13.88 (5.88–22.27) | 0.34 (0.28–1.64) | 12.20 (8.39–18.22) |',
      '| 1000 | 61013 | 90,672,658 (15791866) | 7,631 | — | — | — | — |',
    ]);
  });

  test("sizes: the run's files and its index's claims; an earlier build's columns from another run, else \"—\"", () => {
    const alone = section(rendered, 'Sizes');
    expect(alone[0]).toBe('| file | before | gzipped | now | gzipped |');
    expect(alone[1]).toBe('| --- | --- | --- | --- | --- |');
    expect(alone[2]).toBe(
      '| gate script (`src/content/gate.js`, on every page allowed) | — | — | 7,522 | 3,433 |',
    );
    expect(alone[3]).toMatch(/^\| full content script .* \| — \| — \| — \| — \|$/);
    expect(alone[6]).toBe(
      '| claim index (`dist/index/claim-index.json`, 59 claims) | — | — | 112,653 | 24,801 |',
    );

    const before: PartialResults = { sizes: { gateScript: { bytes: 3410, gzip: 1628 } } };
    const beside = section(renderTables(RESULTS, { label: '06ca405', results: before }), 'Sizes');
    expect(beside[0]).toBe('| file | 06ca405 | gzipped | now | gzipped |');
    expect(beside[2]).toBe(
      '| gate script (`src/content/gate.js`, on every page allowed) | 3,410 | 1,628 | 7,522 | 3,433 |',
    );
  });

  test('the matcher alone, as the sentence under the scale table gives it', () => {
    expect(section(rendered, 'The matcher alone')).toEqual([
      "first call 22.59 ms (the engine's code not yet optimised), then 2.52 ms (2.36–6.75) warm, against 0.51 ms (0.50–1.44) for tokenising the same text alone.",
    ]);
  });

  test("the tables come in the README's order", () => {
    expect(rendered.map((x) => x.title)).toEqual([
      'Non-story pages',
      'Story pages',
      'Story pages in a new process',
      'The real background',
      'Scale',
      'The matcher alone',
      'Sizes',
    ]);
  });
});
