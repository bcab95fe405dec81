import { describe, expect, test } from 'vitest';
import { namedAsides } from '../../../src/text/named-asides.ts';

/** The text of each unit namedAsides makes of a sentence. */
const asides = (s: string): string[] => namedAsides(s).map((p) => s.slice(p.start, p.end));

describe('a name and the aside that describes it, as one unit', () => {
  test('the name with its aside, to the aside’s end', () => {
    expect(
      asides('Citigroup, which confirmed the talks, would not say whether it would share data.'),
    ).toEqual(['Citigroup, which confirmed the talks']);
  });

  test('a word that links the sentence to the one before is no part of the name', () => {
    for (const link of ['But', 'However', 'Meanwhile', 'Moreover'])
      expect(asides(`${link} Citigroup, which confirmed the talks, would not say.`)).toEqual([
        'Citigroup, which confirmed the talks',
      ]);
  });

  test('an aside that ends the sentence ends before its full stop', () => {
    expect(asides('Facebook approached Wells Fargo, which confirmed the talks.')).toEqual([
      'Wells Fargo, which confirmed the talks',
    ]);
  });

  test('a run of capitalised words longer than a name is not joined whole: the unit starts near the aside', () => {
    // 140 characters of capitalised words before the aside: no name is that long.
    const run = Array.from({ length: 20 }, (_, i) => `Word${String.fromCharCode(65 + i)}x`).join(' ');
    const s = `${run}, which confirmed the talks, said nothing.`;
    const [unit] = asides(s);
    expect(run.length).toBeGreaterThan(100);
    expect(unit).toBeDefined();
    expect(unit?.startsWith(run)).toBe(false);
    expect(s.indexOf(', which') - s.indexOf(unit ?? '')).toBeLessThanOrEqual(100);
  });
});
