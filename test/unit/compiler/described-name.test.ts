// A sentence opening on a description ("The mobile booking service counts …") is about the name
// the sentence before gave: its matching units carry that name, so a page that names the thing
// and gives the figure ("Carebook has about 40 million patients") meets it. The story and its
// names are made up for this test.

import { expect, test } from 'vitest';
import { describedName } from '../../../src/compiler/described-name.ts';
import { CAREBOOK_BEFORE as BEFORE, CAREBOOK_SENTENCE, carebookMatches } from '../globex.ts';

test("a page naming what a seed's description stands for meets the description's claim", () => {
  const { claimId, at } = carebookMatches([
    'Carebook has about 40 million patients.',
    'Lakeview Pharmacy has about 40 million patients.',
    // The figure in a "with" aside of the name (named-asides.ts), in a sentence of other facts.
    'Carebook, with 40 million monthly patients, already takes card payments from two insurers but earns little from them.',
    'Lakeview Pharmacy, with 40 million monthly patients, already takes card payments from two insurers.',
  ]);
  expect(claimId).toBeDefined();
  for (const p of [0, 2]) expect(at(p)).toContain(claimId);
  // The figure and the patients alone, of another thing, are not the claim.
  for (const p of [1, 3]) expect(at(p)).toEqual([]);
});

test('a description takes the one name the sentence before gives that the story does not know', () => {
  const opening = CAREBOOK_SENTENCE;
  expect(describedName(opening, BEFORE, [])).toBe('Carebook');
  // A weekday is no name; a name the story knows is read by the story's own aliases.
  const globex = { kind: 'subject' as const, id: 'Globex', start: 11, end: 17 };
  expect(describedName(opening, 'On Monday, Globex brought records into Carebook.', [globex])).toBe(
    'Carebook',
  );
  expect(describedName(opening, 'On Monday, Globex said so.', [globex])).toBeNull();
  // Two names: which one it stands for is not known.
  expect(describedName(opening, 'Records went into Carebook and Medilink.', [])).toBeNull();
  // A noun and its verb are no description.
  expect(describedName('The idea is that patients choose.', BEFORE, [])).toBeNull();
  expect(describedName('The company said it counts patients.', BEFORE, [])).toBeNull();
});
