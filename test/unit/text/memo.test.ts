import { describe, expect, test } from 'vitest';
import { LONGEST_KEY, remember } from '../../../src/text/memo.ts';

describe('word memo', () => {
  test('keeps a word a page repeats, not a paragraph-long run of letters', () => {
    const cache = new Map<string, number>();
    expect(remember(cache, 'banks', 1)).toBe(1);
    const long = 'a'.repeat(LONGEST_KEY + 1);
    expect(remember(cache, long, 2)).toBe(2);
    expect([...cache.keys()]).toEqual(['banks']);
  });
});
