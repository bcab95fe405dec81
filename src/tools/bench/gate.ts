// `npx tsx src/tools/bench/gate.ts`: what the gate costs in Node on the text it reads on every
// page (the body's textContent, as jsdom gives it), on pages of 1,000 and 100,000 words: a page
// on another topic (most pages: the subject's name is not there), a near-topic page and a long
// story page, and that story page as a script that hyphenates for the reader leaves it (a soft
// hyphen in every long word: the one case the gate folds the text). Median of repeated runs after
// a warm-up; prints the gate's time and the share of it that folding the text takes.

import { performance } from 'node:perf_hooks';
import { parseHtml } from '../../cli/dom.ts';
import { gateOnly } from '../../compiler/build.ts';
import { loadBuiltIndex } from '../../cli/built-index.ts';
import { compileGate } from '../../gate/gate.ts';
import { gateText } from '../../page/text.ts';
import { foldForScan } from '../../text/fold.ts';
import { longStoryPage, otherTopicPage } from './pages.ts';

const RUNS = 41;
const gate = compileGate(gateOnly(loadBuiltIndex()).stories);

const median = (f: () => unknown): number => {
  for (let i = 0; i < 5; i++) f();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[RUNS >> 1] ?? NaN;
};

const rows: string[][] = [['page', 'words', 'characters', 'gate ms', 'of which folding', 'passed']];
for (const words of [1_000, 100_000])
  for (const [kind, html] of [
    ['other topic', otherTopicPage('unrelated', words)],
    ['near topic', otherTopicPage('near-topic', words)],
    ['story', longStoryPage(words)],
    ['story, hyphenated', longStoryPage(words)],
  ] as const) {
    const page = parseHtml(html);
    const body = gateText(page.doc);
    page.close();
    const text = kind === 'story, hyphenated' ? body.replace(/(\w{4})(?=\w{3})/g, '$1\u00AD') : body;
    rows.push([
      kind,
      words.toLocaleString('en'),
      text.length.toLocaleString('en'),
      median(() => gate(text)).toFixed(3),
      median(() => foldForScan(text)).toFixed(3),
      String(gate(text).length),
    ]);
  }
const width = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
for (const r of rows) console.log(r.map((cell, c) => cell.padStart(width[c] ?? 0)).join('  '));
