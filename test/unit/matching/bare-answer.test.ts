// A party's bare refusal said in other words ("declined to comment" for "declined to address the
// news") shares only the party's name with it: that is enough where both are bare refusals and
// the party speaks. Another party's refusal, or no answer at all, is not it. The story is made up
// for this test.

import { expect, test } from 'vitest';
import { globexMatches } from '../globex.ts';

function metByPage(pages: readonly string[]): { claimId: string; met: [string, string[]][] } {
  // The story's other facts, so that the clinic's name weighs what a party's does in a story of many claims.
  const { claimId, at } = globexMatches(
    'Lakeside Clinic declined to address the news. Globex shares fell two percent on Tuesday. Regulators in Europe opened an inquiry into the app. Mercy Hospital confirmed it had held talks with Globex. Privacy advocates warned that one platform holding every record invites leaks. Globex has about 900 million users worldwide.',
    'address the news',
    pages,
  );
  if (claimId === undefined) throw new Error('no claim of the refusal compiled');
  return { claimId, met: pages.map((page, p) => [page, at(p)]) };
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
    // A bare refusal by the party, or "it", with nothing more than an attribution after it.
    'Lakeside Clinic declined.',
    'Lakeside Clinic declined, a spokesman said.',
  ]);
  for (const [page, m] of met) expect(m, page).toContain(claimId);
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
    // "no comment" not the party's own refusal, or one past which it answered (review S18a).
    'Lakeside Clinic said no comment was needed.',
    'No comment was needed, Lakeside Clinic said.',
    'Lakeside Clinic said there was no comment from regulators.',
    'Lakeside Clinic said it had no comment beyond its statement.',
    // Not having discussed something is a denial or a fact, not a refusal to speak.
    'Lakeside Clinic said it never discussed records with Globex.',
    'Lakeside Clinic said it has not discussed the deal.',
    // A negation whose subject is not the party is no refusal of the party's.
    'Lakeside Clinic said the contract did not specify.',
    'The contract does not specify, Lakeside Clinic said.',
    'The law does not address it, Lakeside Clinic said.',
    // "declined" of something the party owns is a fall.
    'Lakeside Clinic shares declined.',
    'Lakeside Clinic revenue declined sharply.',
  ]);
  for (const [page, m] of met) expect(m, page).not.toContain(claimId);
});
