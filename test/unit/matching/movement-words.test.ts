// The stock checks read their words character by character (movement-words.ts) where they were
// case-insensitive expressions: a reader must see the same share moves and owners in every text,
// so each is compared with the expression it replaced (kept here only) on generated text made of
// the words and marks those expressions turn on, and at every place of the seeds' and dev pages'
// text. A difference means a page whose share move the matcher now reads otherwise.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { leadsToMove, nounOwner, pointsBack, stockWords } from '../../../src/matching/movement-words.ts';
import { pageTexts } from '../helpers.ts';

/**
 * Exhaustive checks take what their texts take: about 20 s alone, past the default 30 s on a
 * machine busy with other work. The limit only stops a hang.
 */
const EXHAUSTIVE_MS = 120_000;

const TO_MOVE =
  /^\.?(?:\s+(?:Inc|Corp|Co|Ltd|Plc)\b\.?)?(?:\s*\([A-Z.:]+(?:\s+[A-Z.]+)?\))?(?:\s*,[^,;]{1,60},)?\s+(?:(?:was|were|is|has|had|have|closed|ended|finished|opened|traded|stood|itself)\s+)*(?:(?:about|some|around|nearly|almost|more\s+than)\s+)?(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+)?$/i;
const STOCK_WORD =
  /\b(?:(stocks?\s+(?:markets?|exchanges?|index|indices|indexes|futures))|(?:share|stock)\s+prices?|stocks?|shares|market\s+(?:value|valuation|capitali[sz]ation|cap))\b/gi;
const NOUN_OWNS = /\bthe\s+([a-z-]+(?:\s+[a-z-]+){0,2})['\u2019]s\s+$/i;
const POINTS_BACK = /(?:^|[^A-Za-z])(?:the|its|their)\s+$/i;

const oldStockWords = (text: string): { start: number; end: number; market: boolean }[] =>
  [...text.matchAll(STOCK_WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    market: m[1] !== undefined,
  }));
const oldNounOwner = (text: string): string | null => NOUN_OWNS.exec(text)?.[1] ?? null;

/** Both readings of a text, for one comparison per text. */
const readings = (text: string) =>
  ({
    move: [leadsToMove(text), TO_MOVE.test(text)],
    stock: [stockWords(text), oldStockWords(text)],
    noun: [nounOwner(text), oldNounOwner(text)],
    back: [pointsBack(text), POINTS_BACK.test(text)],
  }) as const;

const WORDS = [
  ...['the', 'The', 'THE', 'tHe', 'its', 'Its', 'their', 'THEIR', 'a', 'bank', 'Bank', 'company'],
  ...['social', 'media', 'giant', 'streaming', 'Facebook', 'Inc', 'inc', 'INC', 'Corp', 'Co', 'co'],
  ...['Ltd', 'Plc', 'Incorporated', '(FB.O)', '(NASDAQ: FB)', '(fb)', '(FB.O', 'FB)', '(', ')', ':'],
  ...['was', 'WAS', 'were', 'is', 'has', 'had', 'have', 'closed', 'ended', 'finished', 'opened'],
  ...['traded', 'stood', 'itself', 'about', 'some', 'around', 'nearly', 'almost', 'more', 'than'],
  ...['3.5', '3.5%', '4', '%', '.5', 'percent', 'Percent', 'per', 'cent', '4.4percent', '2per'],
  ...['stock', 'stocks', 'Stock', 'STOCKS', 'share', 'shares', 'Shares', 'price', 'prices', 'market'],
  ...['markets', 'exchange', 'exchanges', 'index', 'indices', 'indexes', 'futures', 'value'],
  ...['valuation', 'capitalisation', 'capitalization', 'cap', 'caps', 'marketing', 'stock_x', 'x-the'],
  ...['-the', 'the-', '-', '\u2019s', "'s", "'S", 's', 'S', 'which owns Instagram', 'rose', 'x2'],
  ...['which owns Instagram and WhatsApp and a great many other apps around the world', ';'],
  ...['\u212a', '\u017f', '\u0131s', 'caf\u00e9', '\u00e9', '7'],
  // "İ" is the one letter whose lower case is longer, and "bathe" holds "the" inside a word.
  ...['\u0130', '\u0130stanbul', '\u0130stanbul-based', 'bathe', 'xthe', 'FB:', '(NASDAQ: FB:)'],
];
const GAPS = [
  ' ',
  ' ',
  ' ',
  '  ',
  '\u00a0',
  '\t',
  '\n',
  '\u2009',
  '',
  '',
  ',',
  ', ',
  '.',
  '-',
  "'",
  '\u2019',
];
const generated = fc
  .array(fc.tuple(fc.constantFrom(...GAPS), fc.constantFrom(...WORDS)), { maxLength: 9 })
  .chain((parts) =>
    fc.constantFrom(...GAPS).map((end) => parts.map(([gap, word]) => gap + word).join('') + end),
  );

/**
 * Texts ending as an owner's does, "the X the Y's ", "bathe Y's ": the noun reader must take the
 * leftmost "the" that starts a word, as the expression does, among several.
 */
const OWNERS = ['the', 'The', 'bathe', 'xthe', 'bank', 'lender', 'social', 'media', 'giant', 'x-y', '\u0130'];
const owned = fc
  .array(fc.tuple(fc.constantFrom(' ', '  ', '', '-', ','), fc.constantFrom(...OWNERS)), {
    minLength: 1,
    maxLength: 6,
  })
  .chain((parts) =>
    fc
      .constantFrom("'s ", '\u2019s ', "'S\t", "'s")
      .map((end) => parts.map(([gap, word]) => gap + word).join('') + end),
  );

describe('the stock checks read word by word as their expressions did', () => {
  test('on generated text of the words and marks the expressions turn on', { timeout: EXHAUSTIVE_MS }, () => {
    let moves = 0;
    let owners = 0;
    let longer = 0;
    fc.assert(
      fc.property(generated, (text) => {
        const r = readings(text);
        if (r.move[1] === true) moves++;
        if (r.noun[1] !== null || r.back[1] === true) owners++;
        if (text.toLowerCase().length !== text.length) longer++;
        expect(r.move[0], JSON.stringify(text)).toBe(r.move[1]);
        expect(r.stock[0], JSON.stringify(text)).toEqual(r.stock[1]);
        expect(r.noun[0], JSON.stringify(text)).toBe(r.noun[1]);
        expect(r.back[0], JSON.stringify(text)).toBe(r.back[1]);
      }),
      { numRuns: 60_000, seed: 18 },
    );
    // The generator reaches the expressions' matches, not only their misses, and text that
    // lower-cases to another length (the "İ" path).
    expect(moves).toBeGreaterThan(1_000);
    expect(owners).toBeGreaterThan(1_000);
    expect(longer).toBeGreaterThan(1_000);
  });

  test('on generated owners\' endings with several "the"', () => {
    let found = 0;
    fc.assert(
      fc.property(owned, (text) => {
        const old = oldNounOwner(text);
        if (old !== null && /the\s.*\bthe\s/i.test(text)) found++;
        expect(nounOwner(text), JSON.stringify(text)).toBe(old);
        expect(pointsBack(text), JSON.stringify(text)).toBe(POINTS_BACK.test(text));
      }),
      { numRuns: 20_000, seed: 18 },
    );
    expect(found).toBeGreaterThan(100);
  });

  test("at every place of the seeds' and dev pages' text", { timeout: EXHAUSTIVE_MS }, () => {
    const texts = pageTexts();
    expect(texts.length).toBeGreaterThan(40);
    let words = 0;
    for (const text of texts) {
      const stock = readings(text).stock;
      expect(stock[0]).toEqual(stock[1]);
      words += stock[1].length;
      for (let at = 0; at < text.length; at++) {
        // As the checks read them: the 60 characters before a word, and what follows a name.
        const before = text.slice(Math.max(0, at - 60), at);
        expect(nounOwner(before), before).toBe(oldNounOwner(before));
        expect(pointsBack(before), before).toBe(POINTS_BACK.test(before));
        for (const length of [1, 6, 14, 30])
          expect(leadsToMove(text.slice(at, at + length))).toBe(TO_MOVE.test(text.slice(at, at + length)));
      }
    }
    expect(words).toBeGreaterThan(20);
  });
});
