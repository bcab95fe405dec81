// A sentence opening on a description ("The mobile booking service counts …") is about the name
// the sentence before gave: its matching units carry that name, so a page that names the thing
// and gives the figure ("Carebook has about 40 million patients") meets it. The story and its
// names are made up for this test.

import { expect, test } from 'vitest';
import { describedName } from '../../../src/compiler/described-name.ts';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { idfWeights } from '../../../src/matching/weights.ts';
import { globexWith } from '../globex.ts';

const BEFORE = 'The plan was to bring patient records into Carebook, according to the reports.';

test("a page naming what a seed's description stands for meets the description's claim", () => {
  const { index, story } = globexWith(`${BEFORE} The mobile booking service counts 40 million patients.`);
  const claim = story.claims.find((c) => c.appearances.some((a) => a.quote.includes('booking service')));
  expect(claim).toBeDefined();
  const weight = idfWeights(index);
  const found = matchParagraphs(
    prepare(story, weight),
    [
      'Carebook has about 40 million patients.',
      'Lakeview Pharmacy has about 40 million patients.',
      // The figure in a "with" aside of the name (named-asides.ts), in a sentence of other facts.
      'Carebook, with 40 million monthly patients, already takes card payments from two insurers but earns little from them.',
      'Lakeview Pharmacy, with 40 million monthly patients, already takes card payments from two insurers.',
    ],
    weight,
  );
  for (const paragraph of [0, 2])
    expect(found.filter((m) => m.paragraph === paragraph).map((m) => m.claimId)).toContain(claim?.id);
  // The figure and the patients alone, of another thing, are not the claim.
  for (const paragraph of [1, 3]) expect(found.filter((m) => m.paragraph === paragraph)).toEqual([]);
});

test('a description takes the one name the sentence before gives that the story does not know', () => {
  const opening = 'The mobile booking service counts 40 million patients.';
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
