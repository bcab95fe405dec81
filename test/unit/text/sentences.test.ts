import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/text/sentences.ts';
import { seedText } from '../helpers.ts';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('sentence splitting', () => {
  test('a bullet starts a sentence: a list run into one paragraph is read item by item', () => {
    expect(
      texts('Key points\n• Facebook asked U.S. banks for data • The stock rose 4%.\n● Banks balked'),
    ).toEqual(['Key points', 'Facebook asked U.S. banks for data', 'The stock rose 4%.', 'Banks balked']);
    const offsets = splitSentences('Intro • Item');
    expect(offsets.map((s) => [s.start, s.end])).toEqual([
      [0, 5],
      [8, 12],
    ]);
  });

  test('keeps abbreviations and tickers inside their sentence', () => {
    const line =
      seedText('003_ca23866fceaee3e2.txt')
        .split('\n')
        .find((l) => l.includes('(FB.O)')) ?? '';
    expect(texts(line)).toEqual([line.trim()]);
    expect(
      texts('A U.S. Bank spokesman said the bank "has not shared any customer data." Citigroup declined.'),
    ).toEqual([
      'A U.S. Bank spokesman said the bank "has not shared any customer data."',
      'Citigroup declined.',
    ]);
    expect(
      texts('Firms like Citigroup Inc., Wells Fargo, and JPMorgan Chase Co. were named. Others were not.'),
    ).toHaveLength(2);
    expect(texts('Mr. Zuckerberg spoke. He left.')).toEqual(['Mr. Zuckerberg spoke.', 'He left.']);
    expect(texts('It ranked No. 5 in the list.')).toHaveLength(1);
    expect(texts('Is Facebook alone? No. Amazon and Google asked too.')).toEqual([
      'Is Facebook alone?',
      'No.',
      'Amazon and Google asked too.',
    ]);
  });

  test('splits after closing quotes and question marks, and keeps offsets exact', () => {
    const t = '"It is completely opt-in," the statement said. Is it? Yes.';
    const spans = splitSentences(t);
    expect(spans.map((s) => s.text)).toEqual([
      '"It is completely opt-in," the statement said.',
      'Is it?',
      'Yes.',
    ]);
    for (const s of spans) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  test('a lower-case word after a full stop does not start a sentence', () => {
    expect(texts('shares rose 3.5 percent. by midday they fell.')).toHaveLength(1);
  });
});
