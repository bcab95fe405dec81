// `npx tsx src/tools/bench/gate.ts`: what the gate costs in Node on the text it reads on every
// page (the body's textContent, as jsdom gives it), today's gate against the gate before merge
// c0b5303 (gate-before-c0b5303.ts, which did not fold the text), in one run. Ordinary pages of
// 1,000 and 100,000 words: a page on another topic (most pages: the subject's name is not there),
// a near-topic page, a long story page, each also typeset (curly quotes and dashes, as real pages
// have: a text the engine keeps two bytes per character), and the story page as a script that
// hyphenates for the reader leaves it (a soft hyphen in every long word) or with NBSP between all
// words, and a Japanese page. Then hostile texts at the gate's bound (MAX_GATE_CHARS). Median
// of repeated runs after a warm-up, the two gates timed in turn so that a busy machine slows both
// alike; "found" is the number of stories each gate passes.

import { performance } from 'node:perf_hooks';
import { parseHtml } from '../../cli/dom.ts';
import { gateOnly } from '../../compiler/build.ts';
import { loadBuiltIndex } from '../../cli/built-index.ts';
import { compileGate } from '../../gate/gate.ts';
import { gateText } from '../../page/text.ts';
import { MAX_GATE_CHARS } from '../../pipeline/bounds.ts';
import { compileGate as compileBefore } from './gate-before-c0b5303.ts';
import { longStoryPage, otherTopicPage } from './pages.ts';

const RUNS = 21;
const stories = gateOnly(loadBuiltIndex()).stories;
const now = compileGate(stories);
const before = compileBefore(stories);

/** Medians of the two functions' times, run in turn. */
function medians(a: () => unknown, b: () => unknown): [number, number] {
  for (let i = 0; i < 3; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    a();
    ta.push(performance.now() - t);
    t = performance.now();
    b();
    tb.push(performance.now() - t);
  }
  const mid = (ts: number[]): number => ts.sort((x, y) => x - y)[RUNS >> 1] ?? NaN;
  return [mid(ta), mid(tb)];
}

const bodyText = (html: string): string => {
  const page = parseHtml(html);
  const text = gateText(page.doc);
  page.close();
  return text;
};
const typeset = (text: string): string =>
  text
    .replace(/(\w)'(\w)/g, '$1\u2019$2')
    .replace(/ - /g, ' \u2014 ')
    .replace(/"(\w)/g, '\u201C$1');
const JAPANESE = '日本の銀行は顧客データを共有すると発表した。フェイスブックは、これを否定している。';
const japanese = (chars: number, digits: boolean): string =>
  (digits ? '２０１８年８月７日。' : '') +
  JAPANESE.repeat(Math.ceil(chars / JAPANESE.length)).slice(0, chars);
const N = MAX_GATE_CHARS;
const fill = (unit: string): string => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

const texts: [string, string][] = [];
for (const words of [1_000, 100_000]) {
  const w = words.toLocaleString('en');
  const other = bodyText(otherTopicPage('unrelated', words));
  const near = bodyText(otherTopicPage('near-topic', words));
  const story = bodyText(longStoryPage(words));
  texts.push(
    [`other topic, ${w} words`, other],
    [`other topic, typeset, ${w} words`, typeset(other)],
    [`near topic, ${w} words`, near],
    [`near topic, typeset, ${w} words`, typeset(near)],
    [`story, ${w} words`, story],
    [`story, typeset, ${w} words`, typeset(story)],
    [`story, hyphenated, ${w} words`, story.replace(/(\w{4})(?=\w{3})/g, '$1\u00AD')],
    [`story, NBSP, ${w} words`, story.replace(/ /g, '\u00A0')],
  );
}
texts.push(
  ['Japanese, 200,000 chars', japanese(200_000, false)],
  ['hostile: soft hyphens only', fill('\u00AD')],
  ['hostile: "f\\u00ADa\\u00ADc\\u00ADe " repeated', fill('f\u00ADa\u00ADc\u00ADe ')],
  ['hostile: zero-width spaces only', fill('\u200B')],
  ['hostile: full-width letters', fill('\uFF41')],
  ['hostile: "Ｆａｃｅｂｏｏｋ " repeated', fill('Ｆａｃｅｂｏｏｋ ')],
  // The same words written plainly: what both gates pay for a name found 222,000 times.
  ['hostile: "Facebook " repeated, plain', fill('Facebook ')],
  ['hostile: ligature ﬁ', fill('\uFB01')],
  ['hostile: math bold "𝐅𝐚𝐜𝐞𝐛𝐨𝐨𝐤 " repeated', fill('𝐅𝐚𝐜𝐞𝐛𝐨𝐨𝐤 ')],
  ['hostile: "social" + 1,000 NBSP', fill(`social${'\u00A0'.repeat(1000)}`)],
  ['hostile: Japanese with ２０１８, 2M chars', japanese(N, true)],
);

const rows: string[][] = [
  ['text', 'characters', 'before ms', 'now ms', 'now/before', 'found before', 'found now'],
];
for (const [name, text] of texts) {
  const [b, n] = medians(
    () => before(text),
    () => now(text),
  );
  rows.push([
    name,
    text.length.toLocaleString('en'),
    b.toFixed(3),
    n.toFixed(3),
    `${(n / b).toFixed(2)}×`,
    String(before(text).length),
    String(now(text).length),
  ]);
}
const width = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
for (const r of rows)
  console.log(
    r.map((cell, c) => (c === 0 ? cell.padEnd(width[c] ?? 0) : cell.padStart(width[c] ?? 0))).join('  '),
  );
