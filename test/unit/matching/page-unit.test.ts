import { describe, expect, test } from 'vitest';
import { PageParagraph, PageUnit } from '../../../src/matching/page-unit.ts';
import { shingleSet } from '../../../src/matching/similarity.ts';
import { analyseSpans } from '../../../src/text/terms.ts';
import { units } from '../../../src/text/units.ts';

describe('PageUnit.shingles', () => {
  test("gives every unit of a paragraph the shingles of its own terms, read from the paragraph's", () => {
    const text =
      'Facebook asked large U.S. banks to share detailed financial information about their customers, ' +
      'including card transactions and checking account balances, the Wall Street Journal reported. ' +
      '"We are not asking for transaction data," a spokeswoman said; one large bank pulled out of the talks.';
    const spans = analyseSpans(text);
    const pieces = units(text, undefined, [], spans.negations);
    const paragraph = new PageParagraph(text, [], spans, pieces);
    expect(pieces.length).toBeGreaterThan(3);
    // Units in an order where clauses come first, then wholes, then each again: the memo holds.
    for (const u of [...pieces].reverse().concat(pieces)) {
      const unit = new PageUnit(paragraph, u, { speaker: null, parties: new Set() });
      expect([...unit.shingles()].sort()).toEqual([...shingleSet(unit.terms)].sort());
    }
  });
});
