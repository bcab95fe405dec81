// A sentence opening on a description ("The mobile booking service counts …") is about the name
// the sentence before gave: its matching units carry that name, so a page that names the thing
// and gives the figure ("Carebook has about 40 million patients") meets it. The story and its
// names are made up for this test.

import { expect, test } from 'vitest';
import { describedName } from '../../../src/compiler/described-name.ts';
import { readPieces } from '../../../src/compiler/pieces.ts';
import { GLOBEX, globexMatches } from '../globex.ts';

const BEFORE = 'The plan was to bring patient records into Carebook, according to the reports.';
const CAREBOOK_SENTENCE = 'The mobile booking service counts 40 million patients.';

test("a page naming what a seed's description stands for meets the description's claim", () => {
  const { claimId, at } = globexMatches(`${BEFORE} ${CAREBOOK_SENTENCE}`, 'booking service', [
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

test('a sentence that opens on no description, or on a plural one, takes no name', () => {
  expect(describedName('Globex counts 40 million patients.', BEFORE, [])).toBeNull();
  expect(describedName('The three largest hospitals have refused.', BEFORE, [])).toBeNull();
  // A linking word before "the" is not read (not measured): the rule stays as narrow as it was.
  expect(
    describedName('However, the mobile booking service counts 40 million patients.', BEFORE, []),
  ).toBeNull();
});

test('a person, a place, a source, a title or an abbreviation is no name a description stands for', () => {
  // Each of these carried a wrong name (review S22b); a wrong name makes the claim meet pages
  // about it ("Boston hospitals let patients see their records").
  for (const before of [
    'Analysts at the firm, led by John Smith, agreed.',
    'Patients trust it, according to a survey by Pew.',
    'Globex announced the plan in San Jose.',
    'The plan was unveiled at a conference in Boston.',
    'Globex asked U.S. hospitals for records.',
    'Globex Inc. wants records.',
    "This was said by the company's CEO Mark Zuckerberg.",
    'Globex said the CEO wants records.',
    'The records went to Medilink Health last year.',
    // Beside another name, even one it cannot stand for, which name it stands for is not known.
    'Records went into Carebook, said Anna Berg.',
  ])
    expect(describedName(CAREBOOK_SENTENCE, before, [])).toBeNull();
});

/** The pieces of a Globex seed of `paragraphs`, with the name each is read with. */
const abouts = (paragraphs: string[]): { text: string; about?: string }[] =>
  readPieces({
    dir: '/tmp/globex',
    story: GLOBEX,
    seeds: [{ name: '001_ledger.txt', text: `Globex wants records\n\n${paragraphs.join('\n\n')}\n` }],
  }).map(({ text, about }) => (about === undefined ? { text } : { text, about }));

test("only a description opening its sentence's first piece, in the name's paragraph, takes the name", () => {
  const sentence =
    'The mobile booking service counts 40 million patients, but hospitals said they would not share records with it.';
  const pieces = abouts([`${BEFORE} ${sentence}`]);
  expect(pieces.find((p) => p.text.startsWith('The mobile'))?.about).toMatch(/^Carebook The mobile/);
  // The clause after "but" is the hospitals', not the description's.
  expect(pieces.find((p) => p.text.startsWith('hospitals'))).toEqual({
    text: expect.stringMatching(/^hospitals/),
  });
  // The name in the paragraph before: a paragraph's opening sentence refers to no sentence before.
  expect(abouts([BEFORE, CAREBOOK_SENTENCE]).find((p) => p.text.startsWith('The mobile'))).toEqual({
    text: expect.stringMatching(/^The mobile/),
  });
});
