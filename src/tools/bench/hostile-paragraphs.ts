// `npx tsx src/tools/bench/hostile-paragraphs.ts`: what the engine takes on one paragraph built
// to make a regular expression backtrack, at the longest paragraph it reads (MAX_PARAGRAPH_CHARS)
// and at a tenth and a fifth of that. Each holds the story's words, so the paragraph is matched,
// not dropped by the gate. The page collapses white space before the engine sees it; a text page
// (`check`, `eval`) and any future caller do not. Session 17 found the clause splitters cubic in a
// run of white space (4,000 tabs: 11 s) and 19 expressions quadratic (test/eval/LOG.md, session
// 17); this prints where each input stands now. A line over a second is a regression.
// backtracking.test.ts fails on an expression literal of a module a page reaches that recheck
// finds super-linear or cannot prove linear in time; it does not see an expression built at run
// time, nor the compiler's.

import { performance } from 'node:perf_hooks';
import { loadBuiltIndex } from '../../cli/built-index.ts';
import { Engine } from '../../matching/engine.ts';
import { MAX_PARAGRAPH_CHARS } from '../../pipeline/bounds.ts';

const STORY = 'Facebook asked banks such as JPMorgan Chase and Wells Fargo for customer data';
/** A paragraph of `chars` characters: the story's words, then `unit` repeated, then `tail`. */
const paragraph = (unit: string, tail: string, chars: number): string =>
  `${STORY} ${unit.repeat(Math.max(0, Math.floor((chars - STORY.length - tail.length - 1) / unit.length)))}${tail}`;

const INPUTS: readonly [string, string, string][] = [
  ['white space before "or"', ' ', 'or banks.'],
  ['tabs before a comma', '\t', ',x'],
  ['a run of "!"', '!', 'x'],
  ['a run of digits', '0', ''],
  ['"P." repeated', 'P.', 'x'],
  ['capitals', 'A', 'x'],
  ['" - " repeated', ' -', 'x'],
];

const engine = new Engine(loadBuiltIndex());
engine.analyse([`${STORY}.`]);
const sizes = [MAX_PARAGRAPH_CHARS / 10, MAX_PARAGRAPH_CHARS / 5, MAX_PARAGRAPH_CHARS];
console.log(`One hostile paragraph through the engine (ms, at ${sizes.join(' / ')} characters)`);
for (const [name, unit, tail] of INPUTS) {
  const times = sizes.map((n) => {
    const p = paragraph(unit, tail, n);
    const t0 = performance.now();
    engine.analyse([p]);
    return (performance.now() - t0).toFixed(1);
  });
  console.log(`  ${name.padEnd(26)} ${times.join(' / ')}`);
}
