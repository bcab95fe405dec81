// Shared test helpers: the real seeds, compiled once per test file.

import fs from 'node:fs';
import path from 'node:path';
import { buildIndex } from '../../src/compiler/build.ts';
import { claimAppearanceIds } from '../../src/compiler/claim-id.ts';
import type { ClaimIndex, Story } from '../../src/model/types.ts';
import { parseIndex } from '../../src/model/validate.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SEEDS = path.join(ROOT, 'seeds');

let cached: ClaimIndex | null = null;
export function seedIndex(): ClaimIndex {
  cached ??= buildIndex([SEEDS]);
  return cached;
}

export function seedStory(): Story {
  const s = seedIndex().stories[0];
  if (s === undefined) throw new Error('no story compiled');
  return s;
}

/** The index `npm run build` wrote into dist, as the extension loads it. */
export function builtIndex(): ClaimIndex {
  const file = path.join(ROOT, 'dist', 'index', 'claim-index.json');
  if (!fs.existsSync(file)) throw new Error('run npm run build first');
  const parsed = parseIndex(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

export function seedText(name: string): string {
  return fs.readFileSync(path.join(SEEDS, name), 'utf8');
}

/** A copy of the seeds folder in a temp dir, for tests that break or extend it. */
export function copySeeds(): string {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'backstory-seeds-'));
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  return dir;
}

/** The text of the seeds and both dev sets' pages, for comparing two readings of real text. */
export function pageTexts(): string[] {
  const files = fs.readdirSync(SEEDS).map((f) => path.join(SEEDS, f));
  for (const dir of ['test/eval/dev', 'test/eval/dev2']) {
    const pages = path.join(ROOT, dir, 'pages');
    if (fs.existsSync(pages)) for (const f of fs.readdirSync(pages)) files.push(path.join(pages, f));
  }
  return files.filter((f) => /\.(?:txt|html?)$/.test(f)).map((f) => fs.readFileSync(f, 'utf8'));
}

/**
 * Each id and alias of `before` that `after` no longer resolves to the claim holding the appearance
 * it was made from: JSON-LD `sameAs` and the story page's anchors publish aliases as well as ids.
 * An alias's appearance is the one of its claim that the compiler's own id function gives it.
 */
export function lostIds(before: Story, after: Story): string[] {
  const idOf = claimAppearanceIds('before', before.claims);
  return before.claims.flatMap((c) =>
    [c.id, ...c.aliases].flatMap((id, i) => {
      const from = i === 0 ? c.appearances[0] : c.appearances.find((a) => idOf(a) === id);
      const holders = after.claims.filter((x) => x.id === id || x.aliases.includes(id));
      const holds = holders[0]?.appearances.some(
        (a) => a.seed === from?.seed && a.start === from.start && a.end === from.end,
      );
      return holders.length === 1 && holds === true ? [] : [`${id} "${from?.quote ?? ''}"`];
    }),
  );
}
