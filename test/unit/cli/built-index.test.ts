// `check` reads the index the build wrote, and refuses one it cannot trust with what to do.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { INDEX_SOURCES, IndexError, loadBuiltIndex } from '../../../src/cli/built-index.ts';
import { indexChecksum } from '../../../src/model/validate.ts';
import { seedIndex } from '../helpers.ts';

/** A built index and one source file in a temp dir, the index written `age` ms after the source. */
function layout(body: string, age: number): { file: string; sources: string[] } {
  const dir = fs.mkdtempSync('/tmp/bs-index-');
  const source = path.join(dir, 'seeds', '001.txt');
  fs.mkdirSync(path.dirname(source));
  fs.writeFileSync(source, 'a seed');
  const file = path.join(dir, 'claim-index.json');
  fs.writeFileSync(file, body);
  const now = Date.now() / 1000;
  fs.utimesSync(source, now, now);
  fs.utimesSync(file, now + age / 1000, now + age / 1000);
  return { file, sources: [path.join(dir, 'seeds')] };
}

/**
 * Every source file `npm run build:index` runs, following relative imports from its entry, and the
 * npm packages those files import (`node:` built-ins aside).
 */
function compilerFiles(entry: string): { files: string[]; packages: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
      if (spec === undefined || spec.startsWith('node:')) continue;
      if (spec.startsWith('.')) todo.push(path.join(path.dirname(file), spec));
      else packages.add(spec);
    }
  }
  return { files: [...seen], packages: [...packages] };
}

describe('the built claim index', () => {
  test('a change to any file the index compiler runs makes the built index stale', () => {
    const { files } = compilerFiles('src/cli/build-index.ts');
    expect(files.length).toBeGreaterThan(20);
    const unwatched = files.filter((f) => !INDEX_SOURCES.some((s) => f === s || f.startsWith(`${s}/`)));
    expect(unwatched).toEqual([]);
  });

  test('a new version of a package the index compiler imports makes the built index stale', () => {
    const { packages } = compilerFiles('src/cli/build-index.ts');
    expect(packages).not.toEqual([]);
    expect(INDEX_SOURCES).toContain('package-lock.json');
  });

  const good = JSON.stringify(seedIndex());

  test('an index built after its sources is loaded as it was written', () => {
    const { file, sources } = layout(good, 1000);
    const index = loadBuiltIndex(file, sources);
    expect(index.stories[0]?.id).toBe(seedIndex().stories[0]?.id);
    expect(index.checksum).toBe(indexChecksum(index));
  });

  test.each<[string, () => { file: string; sources: string[] }, RegExp]>([
    ['missing', () => ({ file: '/tmp/bs-no-such/claim-index.json', sources: [] }), /no claim index built/],
    ['older than a seed', () => layout(good, -5000), /older than .*001\.txt/],
    ['not JSON', () => layout('{"stories": [', 1000), /not readable as JSON/],
    ['tampered with', () => layout(good.replace('Facebook', 'Faceb00k'), 1000), /checksum/],
  ])('an index %s is refused, saying to run the index build', (_, make, reason) => {
    const { file, sources } = make();
    expect(() => loadBuiltIndex(file, sources)).toThrow(IndexError);
    expect(() => loadBuiltIndex(file, sources)).toThrow(reason);
    expect(() => loadBuiltIndex(file, sources)).toThrow(/run `npm run build:index` first/);
  });
});
