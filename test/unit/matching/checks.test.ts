// Paragraphs a reader sees matched or not, for the checks that keep a paragraph from stating a
// claim it shares words with: each test is a sentence of ordinary news prose, not a dev page's.

import { describe, expect, test } from 'vitest';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { idfWeights, PAGE_UNKNOWN_WEIGHT } from '../../../src/matching/weights.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const story = seedStory();
const weight = idfWeights(seedIndex(), PAGE_UNKNOWN_WEIGHT);
const prepared = prepare(story, weight);
const idsOf = (paragraph: string): string[] =>
  matchParagraphs(prepared, [paragraph], weight).map((m) => m.claimId);
const claimWith = (fragment: string): string =>
  story.claims.find((c) => c.appearances.some((a) => a.quote.includes(fragment)))?.id ?? '';

describe('what a paragraph states', () => {
  test('a bank that did not answer has not declined to comment', () => {
    const declined = claimWith('Wells Fargo declined to comment.');
    expect(idsOf('Wells Fargo declined to comment.')).toContain(declined);
    for (const p of [
      'Wells Fargo did not immediately respond to requests for comment.',
      'Wells Fargo did not return a request for comment on Monday.',
      'Wells Fargo could not be reached for comment.',
    ])
      expect(idsOf(p), p).not.toContain(declined);
  });
});
