import { describe, expect, test } from 'vitest';
import { sliceSpans, analyseSpans } from '../../../src/text/terms.ts';
import { reportedClauses } from '../../../src/text/reported.ts';
import { units } from '../../../src/text/units.ts';

/** Each unit of a paragraph as its text and whether it reads as negated, as the page reads them. */
const polarities = (text: string): [string, boolean][] => {
  const spans = analyseSpans(text);
  return units(text, undefined, reportedClauses(text), spans.negations).map((u) => [
    text.slice(u.start, u.end),
    sliceSpans(spans, u.start, u.end, u.polarityFrom).negated,
  ]);
};

describe('matching units', () => {
  test('a clause of a condition is no unit of its own: it states nothing', () => {
    const text =
      'Think twice, and if your bank offers a banking service inside Messenger, read the small print.';
    const pieces = units(text).map((u) => text.slice(u.start, u.end));
    expect(pieces).toContain(text);
    expect(pieces.some((p) => /^(and )?if\b/.test(p))).toBe(false);
    // An assertion after it still is; the condition is not.
    const wary = 'Banks are wary, unless the customer asks first, of sharing any transaction data at all.';
    const waryPieces = units(wary).map((u) => wary.slice(u.start, u.end));
    expect(waryPieces).toContain('of sharing any transaction data at all.');
    expect(waryPieces.some((p) => /^unless\b/.test(p))).toBe(false);
  });

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

  test('a denied report states what it reports, as reported; a plain denial states nothing as reported', () => {
    const headline =
      "Facebook: 'This is not true' — company rejects report it asked banks for customers' data";
    expect(polarities(headline)).toContainEqual([headline, true]);
    expect(polarities(headline)).toContainEqual(["it asked banks for customers' data", false]);
    // "the Journal said …" inside a denial: the features are stated as the Journal reported them.
    const nor =
      'Nor did the statement mention the features the Journal said Facebook had floated, such as fraud alerts in Messenger.';
    expect(polarities(nor)).toContainEqual(['such as fraud alerts in Messenger.', false]);
    const plain = "Facebook denied that it had asked banks for their customers' card data.";
    expect(polarities(plain).every(([, negated]) => negated)).toBe(true);
    // A report no negation touches adds no unit: its sentence states it already.
    const report = "The Journal reported that Facebook had asked banks for their customers' card data.";
    expect(polarities(report)).toEqual([[report, false]]);
    // Bankers who spoke to a reporter are not the article reporting.
    const bankers =
      'Facebook would not say more, assurances that two bankers contacted for this article said would need to be written into contracts.';
    expect(polarities(bankers).filter(([, negated]) => !negated)).toEqual([]);
  });
});
