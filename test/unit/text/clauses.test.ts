import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clauses, type Piece } from '../../../src/text/units.ts';

// The clause splitters were regular expressions whose leading `\s*` and inner `\s+` shared every
// space of a run (cubic: 4,000 spaces before an "or" took 11 s). They are a hand scanner now; these
// are the expressions they replace, run here on short text only, to hold the scanner to the same
// pieces.
const CLAUSE_BREAK =
  /\s*(?:[;:]|,\s+(?:and|but|while|which|as well as|according|saying|adding|citing)\b|\s+(?:but|while|whereas)\s+)\s*/gi;
const FINE_BREAK = /\s*(?:[;:]|,\s|\s-+\s|\s+(?:but|while|whereas)\s+)\s*/gi;

function byExpression(sentence: string, fine: boolean): Piece[] {
  const re = fine ? FINE_BREAK : CLAUSE_BREAK;
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of sentence.matchAll(re)) {
    if (m.index > last) pieces.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  if (last < sentence.length) pieces.push({ start: last, end: sentence.length });
  return pieces;
}

const texts = (sentence: string, fine = false): string[] =>
  clauses(sentence, fine).map((p) => sentence.slice(p.start, p.end));

describe('clauses', () => {
  test('a sentence splits at semicolons, colons, ", and …" and " but ", whatever white space is around them', () => {
    expect(
      texts(
        'Facebook asked banks for data ;\t\u00A0the banks declined:  some\n\nbut not all, and others waited.',
      ),
    ).toEqual(['Facebook asked banks for data', 'the banks declined', 'some', 'not all', 'others waited.']);
  });

  test('a comma splits only before a clause word, unless the pieces are fine', () => {
    const s = 'Banks such as Chase, Citi, and Wells Fargo, according to the report, were asked';
    expect(texts(s)).toEqual(['Banks such as Chase, Citi', 'Wells Fargo', 'to the report, were asked']);
    expect(texts(s, true)).toEqual([
      'Banks such as Chase',
      'Citi',
      'and Wells Fargo',
      'according to the report',
      'were asked',
    ]);
  });

  test('a dash between spaces splits fine pieces only; a hyphen inside a word or before a word never', () => {
    const s = 'Facebook asked for data -- this is not true - said a well-known spokesman -x';
    expect(texts(s)).toEqual([s]);
    expect(texts(s, true)).toEqual([
      'Facebook asked for data',
      'this is not true',
      'said a well-known spokesman -x',
    ]);
  });

  test('a clause word must stand alone: "butter", "whilst", "Andrew" and "but," do not split', () => {
    const s = 'The butter, Andrew said, was whilst but, whereasx now';
    expect(texts(s)).toEqual([s]);
    expect(texts('Facebook asked BUT banks WHEREAS\tothers, WHICH failed')).toEqual([
      'Facebook asked',
      'banks',
      'others',
      'failed',
    ]);
  });

  test('odd white space and punctuation runs give the pieces the expressions gave', () => {
    const alphabet = fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '\u00A0',
      '\n',
      ',',
      ';',
      ':',
      ';;',
      '-',
      '--',
      'a',
      'x',
      'but',
      'BUT',
      'while',
      'whereas',
      'and',
      'which',
      'as well as',
      'according',
      'citing',
      'saying',
      'adding',
      'WhIle',
      'as well',
      'b',
      'w',
      'wh',
      'butter',
      'Andy',
      '_',
      '\u212A',
      'é',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 24 }).map((a) => a.join('')),
        (s) => {
          expect(clauses(s)).toEqual(byExpression(s, false));
          expect(clauses(s, true)).toEqual(byExpression(s, true));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('every clause word the expressions knew breaks where they broke, in any case', () => {
    // The scanner's search writes the words out again; one left out there would break nowhere.
    const words = ['and', 'but', 'while', 'which', 'as well as', 'according', 'saying', 'adding', 'citing'];
    for (const w of [...words, 'whereas'])
      for (const word of [w, w.toUpperCase()])
        for (const s of [
          `Banks met, ${word} others left`,
          `Banks met ${word} others left`,
          `Banks met ,\t${word}\u00A0x`,
        ])
          for (const fine of [false, true]) expect(clauses(s, fine)).toEqual(byExpression(s, fine));
  });

  test('a long run of white space splits as a short one does', () => {
    // What took the expressions seconds: thousands of spaces with no break, or one at their end.
    const run = ' '.repeat(20_000);
    expect(texts(`Facebook${run}or banks`, true)).toEqual([`Facebook${run}or banks`]);
    expect(texts(`Facebook${run}but banks`)).toEqual(['Facebook', 'banks']);
    expect(texts(`Facebook${run}-${run}banks`, true)).toEqual(['Facebook', 'banks']);
  });
});
