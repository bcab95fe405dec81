import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hash32, hash32Words } from '../../../src/text/hash.ts';

/** FNV-1a as first written, with Math.imul: the hashes the index's shingles and claim ids hold. */
function imulHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

describe('hash32', () => {
  test('gives every text the hash Math.imul gave it, so a built index still matches', () => {
    expect(hash32('')).toBe(0x811c9dc5);
    expect(hash32('facebook asked banks')).toBe(imulHash('facebook asked banks'));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 60 }), fc.string({ maxLength: 30, unit: 'binary' })),
        (text) => {
          expect(hash32(text)).toBe(imulHash(text));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  test('gives a long text the same hash too, however far into it the two forms might part', () => {
    // The index's checksum hashes its stories and weights whole: some hundred thousand characters.
    const story = 'Facebook asked large US banks to share detailed financial information. '.repeat(4000);
    expect(hash32(story)).toBe(imulHash(story));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ minLength: 61, maxLength: 5000 }),
          fc.string({ minLength: 61, maxLength: 2000, unit: 'binary' }),
        ),
        (text) => {
          expect(hash32(text)).toBe(imulHash(text));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('hash32Words', () => {
  test("gives three words the hash of their joined text, the index's shingles", () => {
    expect(hash32Words('facebook', 'ask', 'bank')).toBe(hash32('facebook ask bank'));
    expect(hash32Words('', '', '')).toBe(hash32('  '));
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 20, unit: 'binary' }),
        (a, b, c) => {
          expect(hash32Words(a, b, c)).toBe(hash32(`${a} ${b} ${c}`));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
