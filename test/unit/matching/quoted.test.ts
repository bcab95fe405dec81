// A page's short quotation of a party's own words anchors the claim whose seed quotes them: "It's
// strictly voluntary," too few words for the scorer, is the subject's statement where a seed
// quotes the subject saying it. Story vocabulary in quotation marks, or words a seed gives
// outside quotation marks, anchor nothing. The story is made up for this test.

import { expect, test } from 'vitest';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { quotedClaim } from '../../../src/matching/quoted.ts';
import { idfWeights } from '../../../src/matching/weights.ts';
import { analyse } from '../../../src/text/terms.ts';
import { globexWith } from '../globex.ts';

const { index, story } = globexWith(
  'Globex denied seeking diagnoses and said in a statement: "The app keeps patient records safe, and joining is strictly voluntary." Globex said its engineers test every feature with great care. Globex shares fell two percent on Tuesday. Regulators in Europe opened an inquiry into the app. Privacy advocates warned that one platform holding every record invites leaks. Globex has about 900 million users worldwide.',
);
const weight = idfWeights(index);
const prepared = prepare(story, weight);

/** The claim whose seed clause holds `words`. */
function claimWith(words: string): string {
  const claim = story.claims.find((c) => c.appearances.some((a) => a.quote.includes(words)));
  if (claim === undefined) throw new Error(`no claim compiled with "${words}"`);
  return claim.id;
}

const claimsOf = (page: string): string[] => matchParagraphs(prepared, [page], weight).map((m) => m.claimId);

test("a short quotation of the subject's own words meets the claim its seed quotes them in", () => {
  const voluntary = claimWith('strictly voluntary');
  expect(claimsOf('"It\'s strictly voluntary," the tech company stressed.')).toEqual([voluntary]);
  expect(claimsOf('Globex insisted that joining is "strictly voluntary."')).toEqual([voluntary]);
});

test("a quotation of the story's own vocabulary meets nothing, though the subject's quotation holds it", () => {
  claimWith('patient records');
  expect(claimsOf('"Patient records," the tech company said.')).toEqual([]);
  expect(quotedClaim(prepared.quotes, analyse('patient records').terms, weight, prepared.quoteRare)).toBe(-1);
});

test('words a seed gives outside quotation marks are no quotation of the party', () => {
  claimWith('great care');
  expect(claimsOf('"With great care," the tech company said.')).toEqual([]);
});
