// The subject's own claims in paragraphs that never refer to the subject: a reader of a page about
// something nearby (a bank's chatbot, a regulator's rule) must not be told it is about the story,
// and a reader of a story page still sees the story's own lines that name no one.

import { describe, expect, test } from 'vitest';
import { Engine } from '../../../src/matching/engine.ts';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { idfWeights, PAGE_UNKNOWN_WEIGHT } from '../../../src/matching/weights.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const story = seedStory();
const engine = new Engine(seedIndex());
const weight = idfWeights(seedIndex(), PAGE_UNKNOWN_WEIGHT);
const prepared = prepare(story, weight);
/** Every pair the matcher finds in the paragraphs, whether or not they make the page about the story. */
const pairs = (paragraphs: string[]) =>
  matchParagraphs(prepared, paragraphs, weight, undefined, { stated: 0, recorded: new Set() });
const claimWith = (fragment: string): string =>
  story.claims.find((c) => c.appearances.some((a) => a.quote.includes(fragment)))?.id ?? '';
const request = claimWith('Facebook has asked large US banks to share financial information');
const feature = claimWith('display checking account balances');

/** One sentence, on a page about something else, that recalls the story in passing. */
const inPassing =
  'Facebook drew criticism last year over reports that it had asked banks for data on their customers.';

describe("the subject's own claims where the paragraph never names the subject", () => {
  test("another's act in the claim's words, beside a passing mention, does not make a page about the story", () => {
    const line = 'My bank now lets me check my balance and get fraud alerts in Messenger.';
    // The line alone meets the feature Facebook pitched to banks, in a paragraph that names no one.
    expect(pairs([line]).map((m) => [m.claimId, m.aside])).toEqual([[feature, true]]);
    for (const page of [
      [line, inPassing],
      [inPassing, line],
    ])
      expect(engine.analyse(page).story, page.join(' / ')).toBeNull();
  });

  test('on a page the story makes its own, such a line is still shown', () => {
    const rule =
      'A new federal rule would require large US banks to share detailed financial information about their customers with the apps those customers choose.';
    const result = engine.analyse([
      rule,
      'Facebook has asked large US banks to share detailed financial information about their customers, the Journal reported.',
      'Facebook said it is not actively asking financial services companies for financial transaction data.',
    ]);
    expect(result.story?.id).toBe(story.id);
    expect(result.matches.filter((m) => m.paragraph === 0).map((m) => m.claimId)).toContain(request);
  });

  test('a paragraph naming the subject, by name or by a description, counts as ever', () => {
    for (const who of ['Facebook', 'The social network', 'The company']) {
      const line = `${who} wants large US banks to share detailed financial information about their customers.`;
      const [match] = pairs([line]);
      expect(match?.claimId, who).toBe(request);
      expect(match?.aside, who).toBeUndefined();
    }
  });
});
