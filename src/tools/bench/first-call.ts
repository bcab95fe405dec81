// The process `npm run bench:instructions` counts: load the engine and the index, then do
// nothing, tokenise a page's paragraphs once, analyse them once, analyse them once more after
// 20 times, or analyse other pages after the first (WORK=load|tokenise|analyse|warm|next).
// What a page load pays is the difference between the last two and the first.

import fs from 'node:fs';
import { Engine } from '../../matching/engine.ts';
import { analyseSpans } from '../../text/terms.ts';
import type { ClaimIndex } from '../../model/types.ts';

const [indexFile = '', paragraphsFile = '', nextFile = ''] = process.argv.slice(2);
const engine = new Engine(JSON.parse(fs.readFileSync(indexFile, 'utf8')) as ClaimIndex);
const paragraphs = JSON.parse(fs.readFileSync(paragraphsFile, 'utf8')) as string[];
// The counted work stands between two builtins neither the engine nor the tokeniser calls, nor
// Node while it starts: callgrind dumps its counters on entering each (instructions.ts), so the
// second dump holds the work itself, garbage collection and compilation included. (Counting a
// call's inclusive cost does not: V8's code leaves frames in ways callgrind's call graph misses,
// so a Reflect.apply of Math.max followed by an analysis counted the whole analysis.)
const counted = (work: () => void): void => {
  Reflect.isExtensible(engine);
  work();
  Reflect.getPrototypeOf(engine);
};
const tokenise = (): void => {
  for (const p of paragraphs) analyseSpans(p);
};
if (process.env.WORK === 'analyse') counted(() => engine.analyse(paragraphs));
// A warm analysis: the same page 20 times, then the counted call, so V8 has optimised the
// engine's code and every per-word memo (stems, normalised terms) already holds this page's
// words. A lower bound for a background that has matched other pages and meets a new one.
if (process.env.WORK === 'warm') {
  for (let i = 0; i < 20; i++) engine.analyse(paragraphs);
  counted(() => engine.analyse(paragraphs));
}
if (process.env.WORK === 'tokenise') counted(tokenise);
// The pages a background meets next, each once, after the first: V8 has not yet optimised the
// matcher, and every page brings words the memos do not hold. Neither the first analysis nor the
// warm one shows what these cost.
if (process.env.WORK === 'next') {
  const pages = JSON.parse(fs.readFileSync(nextFile, 'utf8')) as string[][];
  engine.analyse(paragraphs);
  counted(() => pages.forEach((page) => engine.analyse(page)));
}
