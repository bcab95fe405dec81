import { describe, expect, test } from 'vitest';
import { contradicts, sameRounded } from '../../../src/matching/details.ts';
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

  test('a figure rounded is the same figure; a figure moved is not', () => {
    const claim = figures('wiping out some $100 billion in market value');
    expect(contradicts(claim, analyse('erasing $119 billion of its market value').terms, none, none)).toBe(
      false,
    );
    expect(contradicts(claim, analyse('erasing $160 billion of its market value').terms, none, none)).toBe(
      true,
    );
    expect(sameRounded('87', '90')).toBe(true);
    expect(sameRounded('1.3', '2')).toBe(false);
    expect(sameRounded('1.3', '1.5')).toBe(false);
    expect(sameRounded('120', '119')).toBe(true);
    // One digit rounds 1.5 to 2 and 1.3 to 1, yet these are other figures.
    expect(sameRounded('2', '1.5')).toBe(false);
    expect(sameRounded('1', '1.3')).toBe(false);
    expect(sameRounded('100', '149')).toBe(false);
  });
});
