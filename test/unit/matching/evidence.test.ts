import { describe, expect, test } from 'vitest';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { idfWeights, PAGE_UNKNOWN_WEIGHT } from '../../../src/matching/weights.ts';
import { seedArticle } from '../../../src/tools/harness/pages.ts';
import { describePage } from '../../../src/view/describe.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const story = seedStory();
const weight = idfWeights(seedIndex(), PAGE_UNKNOWN_WEIGHT);
const prepared = prepare(story, weight);

describe('what "why this matched" cites', () => {
  test('a paragraph copied word for word from a seed cites that sentence and its credit, not a shorter passage it also repeats', () => {
    // The demo article (npm run demo) is seed 001 as a news page, its headline first.
    const demo = seedArticle('001_ec7be9d70c6859db.txt');
    const paragraphs = [demo.title, ...demo.paragraphs];
    const copied = paragraphs[1] ?? '';
    expect(copied).toMatch(/^Facebook has asked major US banks .* AFP and The Wall Street Journal reported/);
    const matches = matchParagraphs(prepared, paragraphs, weight, undefined, {
      stated: 0,
      recorded: new Set(),
    });
    const view = describePage(story, matches, paragraphs.length);
    const first = view.claims.find((c) => c.paragraph === 1);
    expect(first?.why).toEqual({
      seed: '001_ec7be9d70c6859db.txt',
      quote: copied,
      outlet: 'AFP',
      // Seed 001's first line; story.json knows neither its date nor its byline.
      article: {
        headline: 'Facebook asks US banks to share customer data; plays down privacy fears',
        date: null,
        byline: null,
      },
      // A body sentence, not the headline: cited "from" the article.
      inHeadline: false,
    });
  });
});
