import { describe, expect, test } from 'vitest';
import { paragraphNames } from '../../../src/content/overlay/Layer.tsx';
import type { PageView } from '../../../src/view/describe.ts';
import { paragraphLabel, type HeadlineLines } from '../../../src/view/numbering.ts';
import { summarise } from '../../../src/view/summary.ts';

const line = (first: number, count = 1): HeadlineLines => ({ first, count });

describe('how a paragraph of the page is named', () => {
  test('the page’s headline is "Headline", and the body’s paragraphs are counted from the one below it', () => {
    expect(paragraphLabel(line(0), 0)).toBe('Headline');
    expect(paragraphLabel(line(0), 1)).toBe('Paragraph 1');
    expect(paragraphLabel(line(0), 7)).toBe('Paragraph 7');
    // A headline below a kicker: the kicker keeps its number, the paragraphs below it count on from it.
    expect(paragraphLabel(line(1), 0)).toBe('Paragraph 1');
    expect(paragraphLabel(line(1), 2)).toBe('Paragraph 2');
  });

  test('a headline broken by <br> is read as several lines: each is "Headline", the body counts from 1 below them', () => {
    expect(paragraphLabel(line(0, 2), 0)).toBe('Headline');
    expect(paragraphLabel(line(0, 2), 1)).toBe('Headline');
    expect(paragraphLabel(line(0, 2), 2)).toBe('Paragraph 1');
    expect(paragraphLabel(line(0, 2), 3)).toBe('Paragraph 2');
    expect(paragraphLabel(line(1, 3), 0)).toBe('Paragraph 1');
    expect(paragraphLabel(line(1, 3), 4)).toBe('Paragraph 2');
  });

  test('a page with no headline found, or a view stored without one, numbers every paragraph', () => {
    expect(paragraphLabel(null, 0)).toBe('Paragraph 1');
    expect(paragraphLabel(undefined, 4)).toBe('Paragraph 5');
  });
});

describe('the popup’s rows, its summary and the overlay’s markers number a page alike', () => {
  // 14 lines read: a headline of two lines (a <br> in the h1), then 12 paragraphs, the last line
  // among them; two of the paragraphs open alike, so their markers are told apart by number.
  const headline = line(0, 2);
  const alike = 'Facebook said in a statement to AFP that it was not asking for anything';
  const page: PageView = {
    storyId: 'fb',
    title: 'Facebook asked banks',
    broke: '2018-08-06',
    brokeBy: null,
    subject: 'Facebook',
    paragraphs: 14,
    claims: [0, 1, 5, 13].map((paragraph) => ({ paragraph, claimId: 'c1', score: 0.9, why: null })),
    views: [],
    headline,
  };
  const entries = [
    { paragraph: 1, text: 'to share customer data' },
    { paragraph: 5, text: `${alike} today.` },
    { paragraph: 13, text: `${alike} yesterday.` },
  ];

  test('the summary counts the paragraphs the rows count, and the markers say the rows’ numbers', () => {
    const rows = page.claims.map((c) => paragraphLabel(page.headline, c.paragraph));
    expect(rows).toEqual(['Headline', 'Headline', 'Paragraph 4', 'Paragraph 12']);
    const s = summarise(page);
    // The last row is "Paragraph 12": the body the summary counts has 12 paragraphs, not 14.
    expect(s.paragraphs).toBe(
      "Backstory found this page's headline and 2 of its 12 paragraphs in the sources; it found no source for the other 10.",
    );
    expect(s.status).toMatch(/ found in the headline and 2 of 12 paragraphs$/);
    const names = paragraphNames(entries, page.headline ?? null);
    expect(names.get(5)).toMatch(/, paragraph 4$/);
    expect(names.get(13)).toMatch(/, paragraph 12$/);
    expect(names.get(1)).toBe('“to share customer data”');
    expect(paragraphNames([{ paragraph: 1, text: ' ' }], headline).get(1)).toBe('headline');
  });

  test('a short page is counted in words a reader would say: no "any of its 1 paragraph", no "0 of 1"', () => {
    const short = (paragraphs: number, found: number[]): ReturnType<typeof summarise> =>
      summarise({
        ...page,
        paragraphs,
        headline: line(0, 1),
        claims: found.map((paragraph) => ({ paragraph, claimId: 'c1', score: 0.9, why: null })),
      });
    const one = short(2, [0]);
    expect(one.paragraphs).toBe(
      "Backstory found this page's headline in the sources, and no source for its one paragraph.",
    );
    expect(one.status).toMatch(/ found in the headline$/);
    expect(short(3, [0]).paragraphs).toBe(
      "Backstory found this page's headline in the sources, and no source for either of its paragraphs.",
    );
    expect(short(1, [0]).status).toMatch(/ found in the headline$/);
    expect(short(3, [1]).status).toMatch(/ found in 1 of 2 paragraphs$/);
  });
});
