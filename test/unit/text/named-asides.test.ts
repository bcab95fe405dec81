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

  test('what a name has, told in a "with" aside, is a unit with the name', () => {
    expect(asides('Carebook, with 40 million monthly patients, already takes card payments.')).toEqual([
      'Carebook, with 40 million monthly patients',
    ]);
    expect(asides('But Carebook, with 40 million patients, takes cards.')).toEqual([
      'Carebook, with 40 million patients',
    ]);
    expect(asides('Separately, Carebook, with 40 million patients, takes cards.')).toEqual([
      'Carebook, with 40 million patients',
    ]);
    expect(asides('Globex said that Carebook, with 40 million patients, takes cards.')).toEqual([
      'Carebook, with 40 million patients',
    ]);
  });

  test('a "with" that continues a list or opens an absolute clause is no aside of the name', () => {
    // Cut out, the list's "with Citigroup or with Wells Fargo about customer data" would state
    // the talks the sentence denies.
    for (const s of [
      'Facebook denied it had held partnership talks with JPMorgan Chase, with Citigroup or with Wells Fargo about customer data.',
      'Shares fell on Monday, with investors worried that Facebook asked banks for data.',
    ])
      expect(asides(s)).toEqual([]);
    // "with whom" opens a relative clause, as "which" does.
    expect(
      asides('Facebook had not asked Wells Fargo, with whom it discussed chat services, for data.'),
    ).toEqual(['Wells Fargo, with whom it discussed chat services']);
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

describe('the name read back from its aside', () => {
  // The name was found by this expression on the 100 characters before the aside; it is now read
  // back a character at a time, and must find the same start in every sentence.
  const NAME_BEFORE = /(?:\p{Lu}[\w.&'-]*\s+)*\p{Lu}[\w.&'-]*$/u;
  const CONNECTIVE = /^(?:however|but|instead|meanwhile|and|so|moreover|yet|still|plus)\b\s*/i;
  const byExpression = (sentence: string): string[] => {
    const out: string[] = [];
    for (const m of sentence.matchAll(/,\s+(?:which|who|whose|with)\s[^,;:]*/g)) {
      const from = Math.max(0, m.index - 100);
      const run = NAME_BEFORE.exec(sentence.slice(from, m.index));
      if (run === null) continue;
      const connective = CONNECTIVE.exec(run[0]);
      const start = from + run.index + (connective === null ? 0 : connective[0].length);
      if (start >= m.index) continue;
      out.push(sentence.slice(start, m.index + m[0].replace(/[\s.]+$/, '').length));
    }
    return out;
  };

  test('the same names as the expression, on sentences of capitals, marks, spaces and letters of every script', () => {
    // Capitals in and out of ASCII (one outside the basic plane), lower case, the name's marks,
    // white space of several kinds, curly quotes, lone surrogates, and the words that link; some
    // sentences put more than the 100 characters read back before the aside.
    const pieces = [
      ...`AZbÉéΣσǅ×’“.-&'_7 \u00a0\u2028\t\n,x`,
      '\u{1d400}',
      '\ud835',
      '\udc00',
      ' ',
      'But ',
      'however\u00a0',
      'AND',
      'So',
      'Sony ',
      'Wells ',
    ];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let named = 0;
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      for (let n = next(2) === 1 ? next(20) : next(120); n > 0; n--) s += pieces[next(pieces.length)] ?? '';
      s += ', which confirmed the talks';
      if (next(2) === 1) s += `, and ${'Facebook Inc'.slice(0, next(13))}, who said no.`;
      const expected = byExpression(s);
      named += expected.length;
      expect(asides(s), JSON.stringify(s)).toEqual(expected);
    }
    // Enough of them found a name for the comparison to say something.
    expect(named).toBeGreaterThan(2_000);
  });

  // A page's sentence may be one long run: reading back is bounded by the 100 characters, so each
  // of these is read in one pass, not once per aside and starting point.
  test('a long run of spaces, capitals or commas is read at once', () => {
    expect(asides(`${' '.repeat(200_000)}, which confirmed the talks`)).toEqual([]);
    expect(asides(`${'A'.repeat(200_000)}, which confirmed the talks`)).toEqual([
      `${'A'.repeat(100)}, which confirmed the talks`,
    ]);
    expect(asides(`A${','.repeat(200_000)} which confirmed the talks`)).toEqual([]);
    expect(asides('Wells Fargo, which said no'.repeat(20_000)).length).toBe(20_000);
  });
});
