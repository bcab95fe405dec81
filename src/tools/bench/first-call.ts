// The process `npm run bench:instructions` counts: load the engine and the index, then do
// nothing, tokenise a page's paragraphs once, or analyse them once (WORK=load|tokenise|analyse).
// What a page load pays is the difference between the last two and the first.

import fs from 'node:fs';
import { Engine } from '../../matching/engine.ts';
import { analyseSpans } from '../../text/terms.ts';
import type { ClaimIndex } from '../../model/types.ts';

const [indexFile = '', paragraphsFile = ''] = process.argv.slice(2);
const engine = new Engine(JSON.parse(fs.readFileSync(indexFile, 'utf8')) as ClaimIndex);
const paragraphs = JSON.parse(fs.readFileSync(paragraphsFile, 'utf8')) as string[];
if (process.env.WORK === 'analyse') engine.analyse(paragraphs);
if (process.env.WORK === 'tokenise') for (const p of paragraphs) analyseSpans(p);
