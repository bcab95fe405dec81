// A claim's figure in millions or more is its own detail: a page sentence that gives it, with a
// word of the claim, in words of its own, meets the claim under the usual score; the same figure
// about something else, or a small number, does not. The story and its names are made up.

import { expect, test } from 'vitest';
import { isLargeFigure } from '../../../src/matching/score.ts';
import { carebookMatches } from '../globex.ts';

test("a sentence giving a claim's large figure in other words meets the claim", () => {
  const { claimId, at } = carebookMatches([
    'Carebook now has 40 million patients signed up across the region.',
    // The same figure and noun about another thing; the thing with a small number; the figure of another noun.
    'Lakeview Pharmacy now has 40 million patients signed up across the region.',
    'Carebook now has 40 patients signed up across the region.',
    'Carebook now has 40 million doses shipped across the region.',
  ]);
  expect(claimId).toBeDefined();
  expect(at(0)).toContain(claimId);
  for (const p of [1, 2, 3]) expect(at(p)).toEqual([]);
});

test('a large figure is a count or a sum in millions or more, never a year, quarter, price or percentage', () => {
  for (const t of ['#40m', '#1.3b', '#100b', '#1.5t']) expect(isLargeFigure(t)).toBe(true);
  for (const t of ['#2018', '#2', '#4.4', '#185.69', '#2000', 'boast']) expect(isLargeFigure(t)).toBe(false);
});
