// A name and the relative clause that describes it are read as one unit, with the clause's own
// polarity: "Mercy Hospital, which confirmed the talks, would not say …" states that Mercy
// confirmed the talks, though its main clause is negated. The story is made up for this test.

import { expect, test } from 'vitest';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { idfWeights } from '../../../src/matching/weights.ts';
import { analyseSpans, sliceSpans } from '../../../src/text/terms.ts';
import { units } from '../../../src/text/units.ts';
import { globexWith } from '../globex.ts';

const CONFIRMED = 'Mercy Hospital acknowledged holding talks with Globex.';

function mercyStory() {
  const { index, story } = globexWith(`${CONFIRMED} Lakeside Clinic declined to comment.`);
  const claim = story.claims.find((c) => c.appearances.some((a) => a.quote.includes('acknowledged holding')));
  if (claim === undefined) throw new Error('no claim of the talks compiled');
  return { index, story, claim };
}

test("a name's relative clause is a unit of its own, affirmed under a negated main clause", () => {
  const text =
    'Mercy Hospital, which confirmed the talks with Globex, would not say whether it would share records.';
  const spans = analyseSpans(text);
  const read = units(text, undefined, [], spans.negations).map((u) => [
    text.slice(u.start, u.end),
    sliceSpans(spans, u.start, u.end, u.polarityFrom).negated,
  ]);
  expect(read).toContainEqual(['Mercy Hospital, which confirmed the talks with Globex', false]);
  // The sentence as a whole still reads as its main clause: negated.
  expect(read).toContainEqual([text, true]);
});

test("a page meets a party's acknowledgement told in a relative clause under a refusal", () => {
  const { index, story, claim } = mercyStory();
  const weight = idfWeights(index);
  const pages = [
    'Mercy Hospital, which confirmed the talks with Globex, would not say whether it would share records.',
    // No name before the clause: nothing says who confirmed the talks.
    'The hospital, which confirmed the talks with Globex, would not say whether it would share records.',
  ];
  const found = matchParagraphs(prepare(story, weight), pages, weight);
  expect(found.filter((m) => m.paragraph === 0).map((m) => m.claimId)).toContain(claim.id);
  expect(found.filter((m) => m.paragraph === 1).map((m) => m.claimId)).not.toContain(claim.id);
});
