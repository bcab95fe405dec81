// A list's last item after ", and" keeps the polarity of the clause the list is in: what a bank
// declined to comment on is not stated by the bank, last item included. A clause after ", and"
// that follows a clause (not a list's short item) keeps its own. Made-up sentences.

import { expect, test } from 'vitest';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { idfWeights } from '../../../src/matching/weights.ts';
import { analyseSpans, sliceSpans } from '../../../src/text/terms.ts';
import { units } from '../../../src/text/units.ts';
import { globexWith } from '../globex.ts';

const read = (text: string): [string, boolean][] => {
  const spans = analyseSpans(text);
  return units(text, undefined, [], spans.negations).map((u) => [
    text.slice(u.start, u.end),
    sliceSpans(spans, u.start, u.end, u.polarityFrom).negated,
  ]);
};

test("a list's last item is read with the polarity of the clause it ends", () => {
  const text =
    'Mercy Hospital declined to comment on sharing patient names, home addresses, and prescription histories held for every outpatient.';
  expect(read(text)).toContainEqual(['prescription histories held for every outpatient.', true]);
  expect(read(text)).not.toContainEqual(['prescription histories held for every outpatient.', false]);
});

test('a clause after ", and" that follows a clause keeps its own polarity', () => {
  const text =
    'Mercy Hospital declined to comment on the plan for its records, and Lakeside Clinic confirmed it had held talks with Globex.';
  expect(read(text)).toContainEqual(['Lakeside Clinic confirmed it had held talks with Globex.', false]);
});

test("a party's refusal does not state a report of what was sought through its list's last item", () => {
  const { index, story } = globexWith(
    'The records sought included patient names and prescription histories held for every outpatient.',
  );
  const claim = story.claims.find((c) => c.appearances.some((a) => a.quote.includes('records sought')));
  if (claim === undefined) throw new Error('no claim of the records sought compiled');
  const weight = idfWeights(index);
  const pages = [
    'Mercy Hospital declined to comment on sharing home addresses, billing codes, and prescription histories held for every outpatient.',
  ];
  const found = matchParagraphs(prepare(story, weight), pages, weight);
  expect(found.map((m) => m.claimId)).not.toContain(claim.id);
});

// One pass: a 200,000-character sentence of list joins is cut at once (a square-time reading
// would pass the runner's timeout).
test('a hostile run of list joins is read at once', () => {
  const text = `Mercy declined to comment on ${'names, codes, and '.repeat(11_000)}records.`;
  expect(read(text)[0]).toEqual([text, true]);
});
