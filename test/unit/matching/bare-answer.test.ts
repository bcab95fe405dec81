// A party's bare refusal said in other words ("declined to comment" for "declined to address the
// news") shares only the party's name with it: that is enough where both are bare refusals and
// the party speaks. Another party's refusal, or no answer at all, is not it. The story is made up
// for this test.

import { expect, test } from 'vitest';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { idfWeights } from '../../../src/matching/weights.ts';
import { globexWith } from '../globex.ts';

function metByPage(pages: readonly string[]): { claimId: string; met: string[][] } {
  // The story's other facts, so that the clinic's name weighs what a party's does in a story of many claims.
  const { index, story } = globexWith(
    'Lakeside Clinic declined to address the news. Globex shares fell two percent on Tuesday. Regulators in Europe opened an inquiry into the app. Mercy Hospital confirmed it had held talks with Globex. Privacy advocates warned that one platform holding every record invites leaks. Globex has about 900 million users worldwide.',
  );
  const claim = story.claims.find((c) => c.appearances.some((a) => a.quote.includes('address the news')));
  if (claim === undefined) throw new Error('no claim of the refusal compiled');
  const weight = idfWeights(index);
  const found = matchParagraphs(prepare(story, weight), pages, weight);
  return {
    claimId: claim.id,
    met: pages.map((_, p) => found.filter((m) => m.paragraph === p).map((m) => m.claimId)),
  };
}

test("a party's bare refusal in other words meets its refusal", () => {
  const { claimId, met } = metByPage([
    'Lakeside Clinic declined to comment.',
    'Lakeside declined to comment on Tuesday.',
    // A refusal about the story's matter, or one the paper points back at, is its refusal.
    'Lakeside Clinic declined to comment on its plans.',
    'Lakeside Clinic declined to comment on rumors.',
    // A refusal in other words than "decline" or "would not" is one too (refusal.ts).
    'Lakeside Clinic said it had no comment.',
    "Lakeside Clinic said it won't comment.",
  ]);
  for (const m of met) expect(m).toContain(claimId);
});

test("another party's refusal, no answer, an answer with more to it, or one about another matter does not", () => {
  const { claimId, met } = metByPage([
    'Mercy Hospital declined to comment.',
    'Lakeside Clinic did not respond to a request for comment.',
    'Lakeside Clinic declined to say whether it would share patient records with Globex.',
    // A refusal about a matter the story never names is another refusal.
    'Lakeside Clinic declined to comment on the lawsuit.',
    // Named without an article too (review S16c).
    'Lakeside Clinic declined to comment on layoffs.',
    'Lakeside declined to comment about pending litigation.',
    // A short negative statement is no refusal to speak (review S16c).
    'Lakeside Clinic said it would not sell.',
    'Lakeside Clinic will not share records.',
    'Lakeside Clinic denied wrongdoing.',
    // A refusal to disclose is often one to act, not to speak; not having said, a denial.
    'Lakeside Clinic said it would not disclose records.',
    'Lakeside Clinic said it never said it would share records.',
  ]);
  for (const m of met) expect(m).not.toContain(claimId);
});
