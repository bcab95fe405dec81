// A seed clause's inner clause as a claim unit of its own (src/compiler/inner-clauses.ts): a page
// stating only the fact a seed sentence frames ("… could be used [to offer services …]") meets the
// claim, and only where it names whom the seed sentence named.

import { describe, expect, test } from 'vitest';
import { innerClauses } from '../../../src/compiler/inner-clauses.ts';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { idfWeights } from '../../../src/matching/weights.ts';
import type { Claim } from '../../../src/model/types.ts';
import { seedIndex } from '../helpers.ts';

const inner = (text: string): string[] => innerClauses(text).map((c) => text.slice(c.start, c.end));

describe('the inner clauses of a seed clause', () => {
  test("an infinitive right after a verb's past form, to the end of its clause", () => {
    expect(
      inner(
        'Globex has told hospitals that the extra records could be used to offer services that might keep patients in its app longer.',
      ),
    ).toEqual(['to offer services that might keep patients in its app longer.']);
  });

  test('no infinitive after an object, nor a "to" before a determiner; nothing under a clause\'s least length', () => {
    expect(
      inner('Globex asked large hospitals to share detailed patient records for its new health app.'),
    ).toEqual([]);
    expect(inner('The hospitals were opposed to the plan that Globex put to their boards in March.')).toEqual(
      [],
    );
    expect(inner('Mercy Hospital declined to comment.')).toEqual([]);
  });

  test('the clause keeps the negation before it: a refusal cut at "to" still refuses', () => {
    const text = 'Mercy Hospital declined to say whether it had shared patient records with Globex.';
    const [clause] = innerClauses(text);
    expect(text.slice(clause?.start, clause?.end)).toBe(
      'to say whether it had shared patient records with Globex.',
    );
    expect(clause?.polarityFrom).toBe(0);
  });

  test('each clause of a sentence is read on its own: a clause after ", but" has its own inner clause', () => {
    expect(
      inner(
        'Globex said little, but Mercy Hospital was forced to admit it had shared records with the firm.',
      ),
    ).toEqual(['to admit it had shared records with the firm.']);
  });
});

describe('an inner clause as a claim unit, on the real seeds', () => {
  const index = seedIndex();
  const story = index.stories[0];
  if (story === undefined) throw new Error('no story compiled');
  const weight = idfWeights(index);
  // Seed 004's "Facebook has told banks that the additional customer information could be used to
  // offer services that might entice users to spend more time on Messenger".
  const told = story.claims.find((c) => c.appearances.some((a) => a.quote.includes('entice users'))) as Claim;
  const meets = (page: string): boolean =>
    matchParagraphs(prepare(story, weight), [page], weight).some((m) => m.claimId === told.id);

  test('a page stating only the purpose the sentence frames meets the claim', () => {
    expect(
      meets('Facebook believes services like these will make people stay in Messenger a bit longer.'),
    ).toBe(true);
  });

  test('the same purpose told of another company does not: the inner clause is about whom its sentence named', () => {
    expect(meets('Instagram added new features this year to keep users in the app longer.')).toBe(false);
    expect(told.match.some((m) => m.about?.includes(story.subject.name))).toBe(true);
  });
});
