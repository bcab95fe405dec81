import { describe, expect, test } from 'vitest';
import { sliceSpans, analyseSpans } from '../../../src/text/terms.ts';
import { units } from '../../../src/text/units.ts';

/** Each unit of a paragraph as its text and whether it reads as negated. */
const polarities = (text: string): [string, boolean][] => {
  const spans = analyseSpans(text);
  return units(text).map((u) => [
    text.slice(u.start, u.end),
    sliceSpans(spans, u.start, u.end, u.polarityFrom).negated,
  ]);
};

describe('matching units', () => {
  test("a quotation takes the polarity of its clause, wherever the sentence's later clauses end", () => {
    // The quotation comes before a colon: its clause is the first of the sentence, not the last.
    const text =
      'A spokeswoman declared that the company is not "actively asking financial services companies for transaction data" and will not collect it: the service only links the bank with Messenger.';
    expect(polarities(text)).toContainEqual([
      'actively asking financial services companies for transaction data',
      true,
    ]);
    expect(polarities(text)).toContainEqual(['the service only links the bank with Messenger.', false]);
  });

  test('a quotation in a clause that negates nothing is not negated', () => {
    const text =
      'The bank said it was wary: it regularly has conversations, and "safeguarding the security of our customers\' data is our priority," it added.';
    expect(polarities(text)).toContainEqual([
      "safeguarding the security of our customers' data is our priority,",
      false,
    ]);
  });
});
