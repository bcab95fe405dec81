import { describe, expect, test } from 'vitest';
import {
  recognise,
  requiredTotal,
  LONG_PAGE_CHARS,
  SHORT_PAGE_CHARS,
} from '../../../src/matching/recognise.ts';
import type { ParagraphMatch } from '../../../src/matching/match.ts';
import { seedStory } from '../helpers.ts';

const story = seedStory();
const ofKind = (kind: string): string[] => story.claims.filter((c) => c.kind === kind).map((c) => c.id);
const [reportA = '', reportB = '', reportC = ''] = ofKind('report');
const [contextA = '', contextB = ''] = ofKind('context');
const found = (...pairs: [string, number][]): ParagraphMatch[] =>
  pairs.map(([claimId, score], paragraph) => ({ paragraph, claimId, score, sentence: 0, evidence: [] }));
/** A page of about `chars` characters in paragraphs of 40 words (about 240 characters). */
const page = (chars: number): string[] => {
  const paragraph = Array.from({ length: 40 }, () => 'words').join(' ');
  return Array.from({ length: Math.max(3, Math.round(chars / (paragraph.length + 1))) }, () => paragraph);
};

describe('recognising a page from the claims found on it', () => {
  test('a short page stating two claims clearly is about the story', () => {
    const two = found([reportA, 0.55], [reportB, 0.5]);
    expect(recognise(story, two, page(1200)).recognised).toBe(true);
    // The same two claims on a long page are what a page on a nearby topic meets by chance.
    expect(recognise(story, two, page(LONG_PAGE_CHARS * 2)).recognised).toBe(false);
    expect(recognise(story, [...two, ...found([reportC, 0.6])], page(LONG_PAGE_CHARS * 2)).recognised).toBe(
      true,
    );
    // Past a brief's length, two strong claims are not enough: a longer page must state three.
    const strong = found([reportA, 0.9], [reportB, 0.9]);
    expect(recognise(story, strong, page(SHORT_PAGE_CHARS - 1)).recognised).toBe(true);
    expect(recognise(story, strong, page(SHORT_PAGE_CHARS)).recognised).toBe(false);
  });

  test('one claim, weak claims, or context alone never make a page about the story', () => {
    expect(recognise(story, found([reportA, 1]), page(1200)).recognised).toBe(false);
    expect(recognise(story, found([reportA, 0.45], [reportB, 0.44]), page(1200)).recognised).toBe(false);
    expect(recognise(story, found([contextA, 1], [contextB, 1], [reportA, 0.6]), page(1200)).recognised).toBe(
      false,
    );
    // The same claim found twice is one claim.
    expect(recognise(story, found([reportA, 0.9], [reportA, 0.8]), page(1200)).recognised).toBe(false);
  });

  test('a headline alone never makes a page about the story, whatever claims it meets', () => {
    const headline = 'Big Tech wants to be your bank: who is watching?';
    const lines = [headline, ...page(1200)];
    const onHeadline = found([reportA, 0.55], [reportB, 0.5]).map((m) => ({ ...m, paragraph: 0 }));
    expect(recognise(story, onHeadline, lines).recognised).toBe(false);
    // The same two claims in the headline and a paragraph of the article are.
    expect(
      recognise(story, [...onHeadline, { ...(onHeadline[0] as ParagraphMatch), paragraph: 1 }], lines)
        .recognised,
    ).toBe(true);
    // So is one paragraph of some length that states both (a brief's opening).
    expect(recognise(story, onHeadline, [lines[1] as string, headline]).recognised).toBe(true);
  });

  test('the bar rises with the length of the page, between the short and the long total', () => {
    const bars = [500, 2000, 4000, LONG_PAGE_CHARS, 100_000].map(requiredTotal);
    expect(bars).toEqual([...bars].sort((a, b) => a - b));
    expect(bars[0]).toBe(1);
    expect(bars.at(-1)).toBe(1.5);
  });
});
