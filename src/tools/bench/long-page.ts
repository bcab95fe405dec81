// `npx tsx src/tools/bench/long-page.ts`: what the engine takes on a long page whose every
// paragraph is a pair kept aside for a recorded statement, spoken by a person named alone ("Its
// whole pitch to lenders, Doe said, …"). The coherence step asks, for each such pair, whether the
// page has tied that person to the subject. Session 19 (review S19a item 3) found that question
// re-read every earlier paragraph: quadratic, 4,000 paragraphs 31.8 s where the engine had taken
// 97 ms without it. Each paragraph is now read for ties at most once, when a pair first asks after
// it (`PageTies`); this prints where the engine stands at each length, read in one go and in the
// extension's slices. Linear time means a line at most about doubling as the page doubles.

import { performance } from 'node:perf_hooks';
import { loadBuiltIndex } from '../../cli/built-index.ts';
import { Engine } from '../../matching/engine.ts';

/** The report, then a quoted part of the subject's statement, so the later pairs are kept aside. */
const LEAD = [
  'Facebook asked banks such as JPMorgan Chase and Wells Fargo for customer data, The Wall Street Journal reported.',
  '"We\'re not using this information beyond enabling these types of experiences, not for advertising or anything else," a spokeswoman said.',
];
const KEPT_ASIDE =
  'Its whole pitch to lenders, Doe said, is simply customer chat and a hand with account management for Facebook.';
const LENGTHS = [500, 1000, 2000, 4000];

const engine = new Engine(loadBuiltIndex());
engine.analyse(LEAD);
console.log(`A page of ${LEAD.length} lead paragraphs and N kept-aside ones (ms: in one go / in slices)`);
for (const n of LENGTHS) {
  const page = [...LEAD, ...Array.from({ length: n }, () => KEPT_ASIDE)];
  let t0 = performance.now();
  engine.analyse(page);
  const whole = performance.now() - t0;
  t0 = performance.now();
  await engine.analyseInSlices(page, engine.candidates(page.join('\n')), () => Promise.resolve());
  const sliced = performance.now() - t0;
  console.log(`  N=${String(n).padEnd(5)} ${whole.toFixed(0)} / ${sliced.toFixed(0)}`);
}
