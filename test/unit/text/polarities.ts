// Each matching unit of a paragraph as its text and whether it reads as negated, as the page
// reads them: what the unit tests of polarity assert on.

import { reportedClauses } from '../../../src/text/reported.ts';
import { analyseSpans, sliceSpans } from '../../../src/text/terms.ts';
import { units } from '../../../src/text/units.ts';

export const polarities = (text: string): [string, boolean][] => {
  const spans = analyseSpans(text);
  return units(text, undefined, reportedClauses(text), spans.negations).map((u) => [
    text.slice(u.start, u.end),
    sliceSpans(spans, u.start, u.end, u.polarityFrom).negated,
  ]);
};
