// An appositive's matching units carry its head: a page names the company ("Acme Analytics
// obtained …"), and the clause alone (", the data broker that obtained …") gave the name nothing
// to meet. The story is made up for this test.

import { expect, test } from 'vitest';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { idfWeights } from '../../../src/matching/weights.ts';
import { globexWith } from '../globex.ts';

test("a page naming an appositive's head meets the appositive's claim", () => {
  const { index, story } = globexWith(
    'The request comes as Globex still faces questions over Acme Analytics, the data broker that obtained records of five million Globex members without their consent.',
  );
  const claim = story.claims.find((c) => c.appearances.some((a) => a.quote.includes('the data broker')));
  expect(claim).toBeDefined();
  const weight = idfWeights(index);
  const pages = [
    'Acme Analytics got hold of data on millions of Globex members.',
    'Acme Analytics collected the data of Globex users without asking them.',
  ];
  const found = matchParagraphs(prepare(story, weight), pages, weight);
  // Both name the broker and say what it did, in words of their own.
  for (const paragraph of [0, 1])
    expect(found.filter((m) => m.paragraph === paragraph).map((m) => m.claimId)).toContain(claim?.id);
});
