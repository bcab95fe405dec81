// A clause that sets ", not …" against what it states is a unit of its own without the
// contrast's negation: "what it offers hospitals is a way to book appointments, not a pipeline
// for records" states the offer, though the sentence as a whole reads as negated. The story is
// made up for this test.

import { expect, test } from 'vitest';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { idfWeights } from '../../../src/matching/weights.ts';
import { globexWith } from '../globex.ts';
import { polarities } from '../text/polarities.ts';

test('the clause before a contrastive ", not …" is an affirmed unit, whatever commas it holds', () => {
  const text =
    'Globex disputed the account: what it offers hospitals, it says, is a way for patients to book appointments, not a pipeline for their records.';
  expect(polarities(text)).toContainEqual([
    'what it offers hospitals, it says, is a way for patients to book appointments',
    false,
  ]);
  expect(polarities(text)).toContainEqual([text, true]);
});

test('a page meets an offer it states before a contrastive ", not …"', () => {
  const offer =
    "Globex told hospitals that nurses could answer patients' questions through a chat window in its app.";
  const { index, story } = globexWith(offer);
  const claim = story.claims.find((c) => c.appearances.some((a) => a.quote.includes('nurses')));
  if (claim === undefined) throw new Error('no claim of the offer compiled');
  const weight = idfWeights(index);
  const page =
    "Globex disputed the account: what it offers hospitals, it says, is a chat with nurses, not a pipeline for patients' records.";
  const found = matchParagraphs(prepare(story, weight), [page], weight, undefined, { stated: 0 });
  // The offer, affirmed; the records the contrast denies are not read as asked for.
  expect(found.map((m) => m.claimId)).toEqual([claim.id]);
});
