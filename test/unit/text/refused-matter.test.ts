// What a party refused to talk about is not stated by the sentence that tells the refusal, its
// last piece after ", and" included; a clause after ", and" with a subject or verb of its own, or
// after a refusal that names no matter, keeps its own polarity. Made-up sentences.

import { expect, test } from 'vitest';
import { matchParagraphs, prepare } from '../../../src/matching/match.ts';
import { idfWeights, PAGE_UNKNOWN_WEIGHT } from '../../../src/matching/weights.ts';
import { analyseSpans, sliceSpans } from '../../../src/text/terms.ts';
import { refusalEnd } from '../../../src/text/refusal.ts';
import { units } from '../../../src/text/units.ts';
import { globexWith } from '../globex.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const read = (text: string): [string, boolean][] => {
  const spans = analyseSpans(text);
  return units(text, undefined, [], spans.negations).map((u) => [
    text.slice(u.start, u.end),
    sliceSpans(spans, u.start, u.end, u.polarityFrom).negated,
  ]);
};

test("a refused matter's last piece is read with the refusal's polarity", () => {
  const text =
    'Mercy Hospital declined to comment on sharing patient names, home addresses, and prescription histories held for every outpatient.';
  expect(read(text)).toContainEqual(['prescription histories held for every outpatient.', true]);
  expect(read(text)).not.toContainEqual(['prescription histories held for every outpatient.', false]);
  const asked =
    'The clinic would not say whether it had sent billing codes, home addresses, or prescription histories held for outpatients.';
  expect(read(asked)).not.toContainEqual(['prescription histories held for outpatients.', false]);
});

test('a clause of its own after a refusal keeps its own polarity', () => {
  for (const [text, clause] of [
    [
      'Mercy Hospital declined to comment on the plan for its records, and Lakeside Clinic confirmed it had held talks with Globex.',
      'Lakeside Clinic confirmed it had held talks with Globex.',
    ],
    [
      'Mercy Hospital declined to comment on the plan for its records, and said it had held talks with Globex.',
      'said it had held talks with Globex.',
    ],
    // A refusal with no matter named refuses nothing the next piece tells.
    [
      'Asked about the report, Mercy Hospital declined, and prescription histories were shared with Globex in March.',
      'prescription histories were shared with Globex in March.',
    ],
    // A list that no refusal opens is affirmed.
    [
      'Globex asked for patient names, home addresses, and prescription histories held for every outpatient.',
      'prescription histories held for every outpatient.',
    ],
  ] as const)
    expect(read(text)).toContainEqual([clause, false]);
});

test("a party's refusal does not state a report of what was sought through its matter's last piece", () => {
  const { index, story } = globexWith(
    'The records sought included patient names and prescription histories held for every outpatient.',
  );
  const claim = story.claims.find((c) => c.appearances.some((a) => a.quote.includes('records sought')));
  if (claim === undefined) throw new Error('no claim of the records sought compiled');
  const weight = idfWeights(index);
  const pages = [
    'Mercy Hospital declined to comment on sharing home addresses, billing codes, and prescription histories held for every outpatient.',
  ];
  const found = matchParagraphs(prepare(story, weight), pages, weight);
  expect(found.map((m) => m.claimId)).not.toContain(claim.id);
});

test("a clause after a bank's bare refusal still states the talks (review S16c's sentence)", () => {
  const story = seedStory();
  const weight = idfWeights(seedIndex(), PAGE_UNKNOWN_WEIGHT);
  const talks = story.claims.find((c) =>
    c.appearances.some((a) => a.quote.includes('Facebook is now discussing partnership ideas')),
  )?.id;
  const page =
    'Asked about the report, Citigroup declined, and Facebook is now discussing partnership ideas with banks like Wells Fargo and JPMorgan Chase.';
  expect(matchParagraphs(prepare(story, weight), [page], weight).map((m) => m.claimId)).toContain(talks);
});

test('a refusal to speak or no answer, and what is neither', () => {
  for (const text of [
    'The clinic declined to comment.',
    'The clinic declined comment.',
    'The clinic would not say whether it agreed.',
    "The clinic didn't immediately respond to a request.",
    'The clinic had no comment.',
    'The clinic has not said whether it will sign.',
  ])
    expect(refusalEnd(text)).toBeGreaterThan(0);
  for (const text of [
    'The clinic refuses to give its records to Globex.',
    'The clinic does not share records.',
    'The clinic said it would comment later.',
  ])
    expect(refusalEnd(text)).toBe(-1);
});

test("a clause after a refusal's one matter and ', and' states what it says (review S17b)", () => {
  const story = seedStory();
  const weight = idfWeights(seedIndex(), PAGE_UNKNOWN_WEIGHT);
  const prepared = prepare(story, weight);
  const claimWith = (fragment: string): string =>
    story.claims.find((c) => c.appearances.some((a) => a.quote.includes(fragment)))?.id ?? '';
  for (const [page, fragment] of [
    [
      'Citigroup would not say whether it would join, and shares in Facebook plummeted last week after the firm missed revenue forecasts.',
      'plummeted',
    ],
    [
      'JPMorgan declined to comment on the talks, and earlier this year Facebook executives apologized after data of 87 million people ended up with Cambridge Analytica.',
      'forced to apologize',
    ],
    [
      'Citigroup declined to comment on the talks, and geolocation of purchases, card transactions and checking account balances were among the data Facebook sought.',
      'asked from the banks include',
    ],
    [
      'Wells Fargo would not say whether it took part, and card transactions and checking account balances were among the data Facebook sought.',
      'asked from the banks include',
    ],
  ] as const) {
    const claim = claimWith(fragment);
    expect(claim).not.toBe('');
    expect(matchParagraphs(prepared, [page], weight).map((m) => m.claimId)).toContain(claim);
  }
});

test("a piece after ', and' that ends no list of the refused matter keeps its own polarity", () => {
  for (const [text, clause] of [
    [
      'Mercy Hospital declined to comment on the plan, and prescription histories were shared with Globex in March.',
      'prescription histories were shared with Globex in March.',
    ],
    [
      'The clinic would not say whether it would join, and records held for every outpatient went to Globex.',
      'records held for every outpatient went to Globex.',
    ],
  ] as const)
    expect(read(text)).toContainEqual([clause, false]);
});
