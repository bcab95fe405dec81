import { describe, expect, test } from 'vitest';
import { contradicts } from '../../../src/matching/details.ts';
import { analyse } from '../../../src/text/terms.ts';

const none = new Set<string>();
const figures = (s: string): string[] => analyse(s).terms.filter((t) => /^#[\d.]+[kmbt]$/.test(t));

describe('details a page gets wrong', () => {
  test('another figure of the same scale contradicts; the same figure, or none, does not', () => {
    const claim = figures('Messenger boasts 1.3 billion users');
    expect(contradicts(claim, analyse('Messenger counts 2 billion users').terms, none, none)).toBe(true);
    expect(
      contradicts(claim, analyse('Messenger has 1.3bn users and 2 billion messages').terms, none, none),
    ).toBe(false);
    expect(contradicts(claim, analyse('Messenger has many users').terms, none, none)).toBe(false);
    expect(contradicts(claim, analyse('Messenger has 40 million businesses in 2018').terms, none, none)).toBe(
      false,
    );
  });

  test("naming only other parties contradicts; naming one of the claim's, or none, does not", () => {
    const usBank = new Set(['U.S. Bancorp']);
    expect(contradicts([], [], usBank, new Set(['JPMorgan Chase']))).toBe(true);
    expect(contradicts([], [], usBank, new Set(['JPMorgan Chase', 'U.S. Bancorp']))).toBe(false);
    expect(contradicts([], [], usBank, none)).toBe(false);
    expect(contradicts([], [], none, new Set(['Citigroup']))).toBe(false);
  });
});
