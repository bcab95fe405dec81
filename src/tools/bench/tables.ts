// `npm run bench:tables [-- results.json] [--before other-results.json --before-label 06ca405]`:
// prints the README's Performance tables from a benchmark run's results (default: the committed
// src/tools/bench/results.json), ready to paste. `--before` fills Sizes' earlier-build columns.

import fs from 'node:fs';
import path from 'node:path';
import { renderTables } from './render-tables.ts';
import type { PartialResults } from './results.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const valued = new Set(['--before', '--before-label']);
const positional = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));

const read = (file: string): PartialResults => {
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`${file}: not a benchmark's results object`);
  // Any part may be missing (older runs); the renderer shows what is as "—".
  return parsed as PartialResults;
};

const file = positional[0] ?? path.join(import.meta.dirname, 'results.json');
const beforeFile = option('--before');
const sections = renderTables(
  read(file),
  beforeFile === undefined
    ? undefined
    : { label: option('--before-label') ?? path.basename(beforeFile), results: read(beforeFile) },
);
console.log(sections.map((s) => `**${s.title}**\n\n${s.markdown}\n`).join('\n'));
