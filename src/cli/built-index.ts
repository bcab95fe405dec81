// The claim index as `npm run build:index` wrote it, for the command-line tools that read pages
// the way the extension does: loading it takes a few milliseconds, compiling the seeds a second.
// An index older than what it is built from would answer for other seeds, so it is refused.

import fs from 'node:fs';
import path from 'node:path';
import type { ClaimIndex } from '../model/types.ts';
import { parseIndex } from '../model/validate.ts';

export class IndexError extends Error {}

const BUILT_INDEX = 'dist/index/claim-index.json';
/**
 * What the index is built from: the seeds, and every room the compiler's code imports (the
 * matcher scores the claims against their seeds while they are compiled). A unit test walks the
 * imports of `build-index.ts` and fails when it reaches a file this list does not watch. The lock
 * file stands for the npm packages that code imports (the stemmer): a new version can stem a word
 * differently, and the lock changes with it.
 */
export const INDEX_SOURCES = [
  'package-lock.json',
  'seeds',
  'src/cli/build-index.ts',
  'src/compiler',
  'src/matching',
  'src/model',
  'src/text',
  'src/view',
];

/** The newest modification time of the files under these paths. */
function newest(paths: readonly string[]): { file: string; ms: number } {
  let best = { file: '', ms: 0 };
  for (const p of paths) {
    if (!fs.existsSync(p)) continue;
    const files = fs.statSync(p).isDirectory()
      ? fs.readdirSync(p, { recursive: true, encoding: 'utf8' }).map((f) => path.join(p, f))
      : [p];
    for (const f of files) {
      const stat = fs.statSync(f);
      if (stat.isFile() && stat.mtimeMs > best.ms) best = { file: f, ms: stat.mtimeMs };
    }
  }
  return best;
}

export function loadBuiltIndex(file = BUILT_INDEX, sources: readonly string[] = INDEX_SOURCES): ClaimIndex {
  const rebuild = 'run `npm run build:index` first';
  if (!fs.existsSync(file)) throw new IndexError(`${file}: no claim index built; ${rebuild}`);
  const changed = newest(sources);
  if (changed.ms > fs.statSync(file).mtimeMs)
    throw new IndexError(`${file} is older than ${changed.file}; ${rebuild}`);
  let index: unknown;
  try {
    index = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new IndexError(`${file}: not readable as JSON; ${rebuild}`);
  }
  const parsed = parseIndex(index);
  if (!parsed.ok) throw new IndexError(`${file}: ${parsed.error}; ${rebuild}`);
  return parsed.value;
}
