// The money pattern (setting.ts FIGURE) on hostile text: a seed is ours, but a malformed one should
// make a slow build, never a stalled one. Its old form read a comma-grouped number again from
// every group, quadratic in "1,000,000,…" with no scale after it (116 ms at 32,000 characters,
// minutes at 200,000). Each run here is 200,000 characters, so a quadratic form fails by the
// runner's timeout; no timing is asserted: the results are, and recheck's verdict, which counts
// no time (backtracking.test.ts holds the expression to its old matches).

import { check } from 'recheck';
import { describe, expect, test } from 'vitest';
import { FIGURE } from '../../../src/compiler/setting.ts';

const GROUPS = 50_000;
const figures = (text: string): string[] => [...text.matchAll(FIGURE)].map((m) => m[0]);

describe('the money pattern is linear in its input', () => {
  test('a long comma-grouped number with no scale after it is no figure, and with one it is', () => {
    const number = `1${',000'.repeat(GROUPS)}`;
    expect(figures(number)).toEqual([]);
    expect(figures(`a${number} x`)).toEqual([]);
    expect(figures(`1,2${',000'.repeat(GROUPS)}.`)).toEqual([]);
    // The scale after it: the whole number is the figure, read from its first group.
    expect(figures(`$${number} million`)).toEqual([`$${number} million`]);
    // A number that cannot start where its digits do is read from its first group that can.
    expect(figures(`a${number} million`)).toEqual([`${number.slice(2)} million`]);
  });

  test('recheck finds no input on which it is more than linear', async (ctx) => {
    // As backtracking.test.ts: the pure-JS backend answers "unknown" for every lookbehind.
    process.env.RECHECK_BACKEND = 'native';
    try {
      await check('a', '');
    } catch (e) {
      const why = `recheck's native binary is missing: the money pattern was not checked (${String(e)})`;
      console.warn(`setting-linear.test.ts: ${why}`);
      ctx.skip(why);
    }
    const r = await check(FIGURE.source, FIGURE.flags, { timeout: 60_000, randomSeed: 1 });
    expect(r.status).toBe('safe');
  }, 120_000);
});
