// `npm run build:index`: compile seeds/ into dist/index/. Exits non-zero with the file, line and
// problem on bad input, leaving dist/index/ as it was.

import path from 'node:path';
import { BuildError } from '../compiler/errors.ts';
import { buildIndex, writeOutputs } from '../compiler/build.ts';
import { count } from '../view/plural.ts';

const dirs = process.argv.slice(2);
const storyDirs = dirs.length > 0 ? dirs : ['seeds'];
try {
  const index = buildIndex(storyDirs);
  const written = writeOutputs(index, path.resolve('dist/index'));
  const claims = index.stories.reduce((n, s) => n + s.claims.length, 0);
  console.log(
    `claim index: ${count(index.stories.length, 'story', 'stories')}, ${count(claims, 'claim')} → ${written.map((f) => path.relative(process.cwd(), f)).join(', ')}`,
  );
} catch (e) {
  if (e instanceof BuildError) {
    console.error(`build failed: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
