import { describe, expect, test } from 'vitest';
import {
  compiledNative,
  escapeRegExp,
  lettersAreAscii,
  nativeOnFirstUse,
} from '../../../src/text/pattern.ts';
import { splitSentences } from '../../../src/text/sentences.ts';
import { MentionFinder, partyTerm } from '../../../src/matching/speakers.ts';
import { analyseSpans } from '../../../src/text/terms.ts';

describe('patterns', () => {
  test('nativeOnFirstUse gives the expression itself, run once before its first use, lastIndex 0', () => {
    let runs = 0;
    class Counted extends RegExp {
      override test(text: string): boolean {
        runs++;
        return super.test(text);
      }
    }
    // One that matches the NULs it is first run on: its lastIndex is 0 all the same.
    const re = new Counted('\\0+', 'g');
    const use = nativeOnFirstUse(re);
    expect(runs).toBe(0);
    expect(use()).toBe(re);
    expect(re.lastIndex).toBe(0);
    expect(use()).toBe(re);
    expect(runs).toBe(1);
    expect(use().exec('a\0b')?.index).toBe(1);
    const now = /\0+/y;
    expect(compiledNative(now)).toBe(now);
    expect(now.lastIndex).toBe(0);
  });

  test('escapeRegExp: names match as written, never as pattern syntax', () => {
    expect(new RegExp(escapeRegExp('U.S. Bancorp (USB)')).test('U.S. Bancorp (USB)')).toBe(true);
    expect(new RegExp(escapeRegExp('U.S. Bancorp')).test('UxSx Bancorp')).toBe(false);
  });

  // Every ASCII twin of a Unicode-letter pattern is exact only if this holds for every character.
  test('lettersAreAscii passes no letter, mark or capital beyond A–Z and a–z (every UTF-16 code unit)', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (!lettersAreAscii(ch)) continue;
      if (/[\p{L}\p{M}]/u.test(ch)) expect(/[A-Za-z]/.test(ch), `U+${c.toString(16)}`).toBe(true);
      if (/\p{Lu}/u.test(ch)) expect(/[A-Z]/.test(ch), `U+${c.toString(16)}`).toBe(true);
    }
    expect(
      lettersAreAscii('Facebook\u2019s \u201Cdata\u201D \u2014 $1.3 billion, \u00A3 \u20AC \u2022 \u00A0'),
    ).toBe(true);
    for (const letter of ['\u00E9', '\u0416', '\u4E2D', 'e\u0301', '\u00AA', '\uD835\uDC00'])
      expect(lettersAreAscii(`data ${letter}`)).toBe(false);
  });

  test('text with letters beyond ASCII is read with Unicode letters', () => {
    // Each of these would read differently over ASCII letters alone.
    expect(analyseSpans('\u041F\u0440\u0438\u0432\u0435\u0442 data').terms[0]).toBe(
      '\u043F\u0440\u0438\u0432\u0435\u0442',
    );
    const facebook = new MentionFinder([{ kind: 'subject', id: 'Facebook', aliases: ['Facebook'] }]);
    expect(facebook.mentions('\u0416Facebook, xFacebook and Facebook').map((m) => m.start)).toEqual([25]);
    expect(splitSentences('He said. \u00C1g\u00E6tt er.').map((s) => s.text)).toEqual([
      'He said.',
      '\u00C1g\u00E6tt er.',
    ]);
    expect(splitSentences('\u0416.\u0416. Smith said so.')).toHaveLength(1);
    expect(partyTerm('Soci\u00E9t\u00E9 G\u00E9n\u00E9rale')).toBe('@soci\u00E9t\u00E9_g\u00E9n\u00E9rale');
  });
});
