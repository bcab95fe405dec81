// Small expressions the matcher compiled on a first page are now read character by character
// (src/text/chars.ts, terms.ts's inLongerName, name-words.ts): each reader
// must answer as the expression it replaced (kept here only), or a page's names or speakers
// would be read otherwise. Compared on generated text made of the words and marks the
// expressions turn on, and at every third place of the seeds' and dev pages' text.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  capitalisedOpener,
  endsWithJoin,
  isWord,
  leadingArticle,
  leadingWord,
  replaceInitialDots,
} from '../../../src/matching/name-words.ts';
import { isStocksWord } from '../../../src/matching/movement.ts';
import { reportFollows } from '../../../src/matching/speakers.ts';
import {
  isCapitalisedWord,
  isSpace,
  isWordChar,
  splitOnSpaces,
  startsWithDigit,
} from '../../../src/text/chars.ts';
import { inLongerName } from '../../../src/text/terms.ts';
import { pageTexts } from '../helpers.ts';

/**
 * Exhaustive checks take what their texts take: about 20 s alone, past the default 30 s on a
 * machine busy with other work. The limit only stops a hang.
 */
const EXHAUSTIVE_MS = 120_000;

const oldInLongerName = (text: string, next: number): boolean => {
  const gap = text.slice(Math.max(0, next - 40), next).match(/(\S*)(\s*)$/);
  if (gap === null || gap[2] === '' || /[,;.:)]$/.test(gap[1] ?? '')) return false;
  const c = text.charCodeAt(next);
  return (c >= 65 && c <= 90) || /^state\b/i.test(text.slice(next, next + 6));
};
const oldOpener = (text: string): { word: string; length: number } | null => {
  const m = /^([A-Z][a-z]+)\s+/.exec(text);
  return m === null ? null : { word: m[1] ?? '', length: m[0].length };
};

/** Each reading of a text, old and new, for one comparison per text. */
const readings = (text: string): Record<string, readonly [unknown, unknown]> => ({
  split: [splitOnSpaces(text), text.split(/\s+/)],
  longer: [
    [5, 20, 45, text.length].map((at) => inLongerName(text, at)),
    [5, 20, 45, text.length].map((at) => oldInLongerName(text, at)),
  ],
  dots: [replaceInitialDots(text, '.', ''), text.replace(/\b([A-Z])\./g, '$1')],
  escapedDots: [replaceInitialDots(text, '\\.', '\\.?'), text.replace(/\b([A-Z])\\\./g, '$1\\.?')],
  article: [leadingArticle(text), /^(?:The|A|An)\s+/.exec(text)?.[0].length ?? -1],
  opener: [capitalisedOpener(text), oldOpener(text)],
  capitalised: [isCapitalisedWord(text), /^[A-Z][a-z]+$/.test(text)],
  join: [endsWithJoin(text), /\b(?:but|and)$/i.test(text)],
  leading: [leadingWord(text), /^\w*/.exec(text)?.[0]],
  word: [isWord(text), /^\w+$/.test(text)],
  // movement.ts's plural "stocks", and a number opening a word (terms.ts, sentences.ts).
  stocks: [isStocksWord(text), /^stocks$/i.test(text)],
  digit: [startsWithDigit(text), /^\d/.test(text)],
  // speakers.ts's report after an inverted verb ("…, says the report"), from the start and further on.
  report: [reportFollows(text, 0), /^\s+(the\s+)?(report|reports|newspaper)\b/i.test(text)],
  reportLater: [reportFollows(text, 3), /^\s+(the\s+)?(report|reports|newspaper)\b/i.test(text.slice(3))],
});

const WORDS = [
  ...['The', 'the', 'THE', 'A', 'a', 'An', 'an', 'Ann', 'Thebes', 'of', 'Of', 'IN', 'in', 'inn'],
  ...['but', 'But', 'BUT', 'and', 'AND', 'band', 'Bank', 'BANK', 'Bancorp', 'Citigroup', 'Wells'],
  ...['state', 'State', 'STATES', 'stated', 'state_', 'Washington', 'London', 'U.S.', 'U.', 'U', 'S.'],
  ...['U\\.S\\.', 'X\\.', 'AT&T', 'Ab-c9', 'Ab-', 'J.P.', 'x.Y.', 'Z', 'z', 'Meanwhile', 'Monday'],
  ...['stocks', 'Stocks', 'STOC\u212aS', '3', '4.4', 'a_b', '_', '9A.', '\u212a', '\u017ftate'],
  ...['caf\u00e9', 'Caf\u00e9', '\u017ftocks', 'STOCKS', 'StOcKs'],
  ...['report', 'Reports', 'REPORT', 'reporter', 'newspaper', 'Newspapers', 'then', 'the\u212a'],
];
// The rarer whitespace (and two characters `\s` does not hold, U+180E and U+200B) and runs
// either side of inLongerName's 40-character window.
const GAPS = [' ', ' ', ' ', '  ', '\u00a0', '\t', '\n', '\u2009', '', '', ',', '.', ';', ':', ')'];
const RARE_GAPS = [
  '\r\n',
  '\u3000',
  '\ufeff',
  '\u2028',
  '\u200b',
  '\u180e',
  ' '.repeat(39),
  ' '.repeat(40),
  ' '.repeat(41),
];
const MARKS = ['"', "'", '\u201c', '\u2018', '(', '\u2022', '-', '\u25cf', ''];
const generated = fc
  .tuple(
    fc.constantFrom('', '', '', '', ...MARKS, ...GAPS),
    fc.array(fc.tuple(fc.constantFrom(...GAPS, ...GAPS, ...RARE_GAPS, ...MARKS), fc.constantFrom(...WORDS)), {
      maxLength: 8,
    }),
    fc.constantFrom(...GAPS),
  )
  .map(([start, parts, end]) => start + parts.map(([gap, word]) => gap + word).join('') + end);
// A word alone, as the readers of a name's word see it, and text opening with a word.
const texts = fc.oneof(
  generated,
  generated,
  fc.constantFrom(...WORDS),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS), generated).map((parts) => parts.join('')),
);

/** Whether the old expression matched: an array or a rewritten text says so by its content. */
function isHit(name: string, text: string, before: unknown): boolean {
  if (name === 'split') return (before as string[]).length > 1;
  if (name === 'longer') return (before as boolean[]).includes(true);
  if (name === 'dots' || name === 'escapedDots') return before !== text;
  return before !== null && before !== undefined && before !== false && before !== -1 && before !== '';
}

describe('small readers answer as the expressions they replaced', () => {
  test('the character tests hold exactly what \\s and \\w hold, for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(isSpace(c), `U+${c.toString(16)}`).toBe(/\s/.test(ch));
      expect(isWordChar(c), `U+${c.toString(16)}`).toBe(/\w/.test(ch));
    }
  });

  test('"stocks" in any ASCII case, as /^stocks$/i: not with a Kelvin sign or a long s, which it does not fold', () => {
    for (const word of ['stocks', 'Stocks', 'STOCKS', 'StOcKs']) expect(isStocksWord(word), word).toBe(true);
    // toLowerCase folds a Kelvin sign to "k"; the expression, without the u flag, folds neither it nor a long s.
    for (const word of ['STOC\u212aS', 'stoc\u212as', '\u017ftocks', 'stock', 'stocks.', ' stocks'])
      expect(isStocksWord(word), word).toBe(false);
  });

  test('inLongerName at every place of generated text, its window edges included', () => {
    let found = 0;
    fc.assert(
      fc.property(texts, (text) => {
        for (let at = 0; at <= text.length + 1; at++) {
          const old = oldInLongerName(text, at);
          if (old) found++;
          expect(inLongerName(text, at), `${JSON.stringify(text)} at ${at}`).toBe(old);
        }
      }),
      { numRuns: 10_000, seed: 12 },
    );
    expect(found).toBeGreaterThan(100);
  });

  test('on generated text of the words and marks the expressions turn on', { timeout: EXHAUSTIVE_MS }, () => {
    const hits = new Map<string, number>();
    fc.assert(
      fc.property(texts, (text) => {
        for (const [name, [now, before]] of Object.entries(readings(text))) {
          expect(now, `${name} of ${JSON.stringify(text)}`).toEqual(before);
          if (isHit(name, text, before)) hits.set(name, (hits.get(name) ?? 0) + 1);
        }
      }),
      { numRuns: 40_000, seed: 11 },
    );
    // The generator reaches each expression's matches, not only its misses.
    for (const name of Object.keys(readings(''))) expect(hits.get(name) ?? 0, name).toBeGreaterThan(50);
  });

  test("at every third place of the seeds' and dev pages' text", () => {
    const texts = pageTexts();
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts)
      for (let at = 0; at < text.length; at += 3)
        for (const length of [3, 8, 40]) {
          const part = text.slice(at, at + length);
          for (const [name, [now, before]] of Object.entries(readings(part)))
            expect(now, `${name} of ${JSON.stringify(part)}`).toEqual(before);
        }
    // Some 20 seconds on this machine, more when it is shared.
  }, 120_000);
});
