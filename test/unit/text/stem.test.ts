import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stem as porter2 } from 'porter2';
import { describe, expect, test } from 'vitest';
import { porter2Keeps } from '../../../src/text/stem.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** Every word of the seed articles and the eval pages, in lower case and as written. */
function corpusWords(): Set<string> {
  const out = new Set<string>();
  const read = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) read(file);
      else if (/\.(txt|json|html|md)$/.test(entry.name))
        for (const w of fs.readFileSync(file, 'utf8').split(/[^\p{L}']+/u))
          if (w !== '') out.add(w).add(w.toLowerCase());
    }
  };
  read(path.join(ROOT, 'seeds'));
  read(path.join(ROOT, 'test', 'eval'));
  return out;
}

describe('porter2Keeps', () => {
  test('says a word is kept only where Porter2 returns it as it is', () => {
    let kept = 0;
    for (const w of corpusWords())
      if (porter2Keeps(w)) {
        kept++;
        expect(porter2(w), w).toBe(w);
      }
    // Not a vacuous pass: thousands of the corpus's words end in none of Porter2's endings.
    expect(kept).toBeGreaterThan(1000);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Y']{0,12}$/), (w) => {
        if (porter2Keeps(w)) expect(porter2(w)).toBe(w);
      }),
      { numRuns: 50_000 },
    );
  });

  test('keeps words with no ending Porter2 changes, and sends the rest to it', () => {
    for (const w of ['bank', 'report', 'facebook', 'fintech', 'year', 'level', 'open', 'chat'])
      expect(porter2Keeps(w), w).toBe(true);
    for (const w of [
      'banks',
      'global',
      'careful',
      'install',
      'opinion',
      'banker',
      'operator',
      'criticism',
      'public',
      'agreement',
      "'bank",
      "bank'",
      'Yak',
      'playYard',
    ])
      expect(porter2Keeps(w), w).toBe(false);
  });
});
