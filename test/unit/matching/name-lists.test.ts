// A page that puts other companies in the place of a claim's list of names ("Initech and
// Umbrella" for "Initech and Hooli") does not state the claim, though it repeats its event; one
// that names the claim's companies, some of them, or the same under a short name still does. The
// story is made up for this test.

import { expect, test } from 'vitest';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { nameLists } from '../../../src/matching/name-lists.ts';
import { idfWeights } from '../../../src/matching/weights.ts';
import { globexWith } from '../globex.ts';

function rivalsStory() {
  const { index, story } = globexWith(
    'Initech and Hooli Systems have also sought patient records to build triage assistants into their phones.',
  );
  const claim = story.claims.find((c) => c.appearances.some((a) => a.quote.includes('Initech and Hooli')));
  if (claim === undefined) throw new Error('no claim of the rivals compiled');
  return { index, story, claim };
}

function claimsMet(pages: readonly string[]): string[][] {
  const { index, story } = rivalsStory();
  const weight = idfWeights(index);
  const found = matchParagraphs(prepare(story, weight), pages, weight);
  return pages.map((_, p) => found.filter((m) => m.paragraph === p).map((m) => m.claimId));
}

test('a list of other companies in the place of the claim’s does not state it', () => {
  const { claim } = rivalsStory();
  const met = claimsMet([
    'Initech and Umbrella have also sought patient records to build triage assistants into their phones.',
    'Umbrella and Soylent have also sought patient records to build triage assistants into their phones.',
  ]);
  expect(met[0]).not.toContain(claim.id);
  expect(met[1]).not.toContain(claim.id);
});

test('the claim’s companies, some of them, or one by a short name still state it', () => {
  const { claim } = rivalsStory();
  const met = claimsMet([
    'Hooli Systems and Initech have also sought patient records to build triage assistants into their phones.',
    'Initech, Hooli Systems and Umbrella have also sought patient records to build triage assistants into their phones.',
    'Initech has also sought patient records to build triage assistants into its phones.',
    'Initech and HS have also sought patient records to build triage assistants into their phones.',
  ]);
  for (const m of met) expect(m).toContain(claim.id);
});

test('names in a list: capitalised runs joined by commas and a conjunction, tickers and headings left out', () => {
  expect(
    nameLists('But Initech, Hooli Systems (HOOL.O) and Umbrella did so too on a Monday evening.'),
  ).toEqual([['initech', 'hooli systems', 'umbrella']]);
  // A heading in title case marks no names; a single name is no list.
  expect(nameLists('Initech And Hooli Want Your Records')).toEqual([]);
  expect(nameLists('Initech wants your records, and so do others.')).toEqual([]);
});

// Read in one pass: a 200,000-character run of capitals and joins (a square-time reading would
// pass the runner's timeout), and a run of capitalised words too long for a name.
test('a hostile run of names is read at once', () => {
  expect(nameLists(`${'Aa, '.repeat(50_000)}and Bb`)[0]?.length).toBe(50_001);
  expect(nameLists(`${'Aa Bb '.repeat(33_000)}and Cc, Dd`)).toEqual([['cc', 'dd']]);
  expect(nameLists(`${'('.repeat(100_000)}Aa and Bb`)).toEqual([['aa', 'bb']]);
});
