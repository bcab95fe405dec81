// The held-out measure's bookkeeping (`npm run eval:seeds`) on a small hand-written story: what is
// dropped with a seed, which facts of the held-out seed are counted and which held-out claim each
// is found as, and how the matcher's pairs are counted against them. The story is made up.

import { describe, expect, test } from 'vitest';
import { compileIndex } from '../../../src/compiler/compile.ts';
import { BuildError } from '../../../src/compiler/errors.ts';
import { seedParagraphs } from '../../../src/compiler/furniture.ts';
import type { StoryInput } from '../../../src/compiler/input.ts';
import type { StoryFile } from '../../../src/compiler/story-file.ts';
import { prepare } from '../../../src/matching/match.ts';
import { idfWeights, PAGE_UNKNOWN_WEIGHT } from '../../../src/matching/weights.ts';
import type { Claim, Story } from '../../../src/model/types.ts';
import { diagnoseMiss, type Diagnosis } from '../../../src/tools/eval/held-out-diagnose.ts';
import { countPairs, truthOf, withoutSeed, type SeedCount } from '../../../src/tools/eval/held-out-truth.ts';
import { GLOBEX } from '../globex.ts';

const RECORD = 'We never sell patient records to advertisers';
const SHARED_RECORD = 'Patient privacy comes first at Globex';

const STORY: StoryFile = {
  ...GLOBEX,
  summary: 'The Ledger reported that Globex asked hospitals for patient records.',
  seeds: {
    '001_ledger.txt': { byline: null, date: '2021-03-01' },
    '002_wire.txt': { byline: null, date: '2021-03-02' },
    '000_blog.txt': { byline: null, date: '2021-03-03' },
  },
  statements: [
    { quote: RECORD, date: '2021-03-02', to: null, primary: true, line: 1 },
    { quote: SHARED_RECORD, date: '2021-03-02', to: null, primary: false, line: 2 },
  ],
};

const SEEDS: Record<string, string> = {
  '001_ledger.txt':
    'Globex wants patient records\n\nGlobex has asked large hospitals to share detailed patient records for its new health app, The Daily Ledger reported.\n\nMercy Hospital acknowledged holding talks with Globex.\n\n"Patient privacy comes first at Globex", the company said.\n',
  '002_wire.txt':
    'Hospitals asked for records\n\nGlobex asked major hospitals to share patient records for a new health app, according to the Ledger.\n\nMercy Hospital told City Wire it was in talks with Globex.\n',
  // The seed held out (first in name order): the request and Globex's line on privacy, which the
  // others carry, and two facts only it carries.
  '000_blog.txt':
    'Globex and your health\n\nThe tech company has asked large hospitals to share their patient records for its health app.\n\nLakeside Clinic declined to comment on the records.\n\n"We never sell patient records to advertisers", Globex said. "Patient privacy comes first at Globex."\n',
};
const HELD = '000_blog.txt';

const INPUT: StoryInput = {
  dir: '/tmp/globex',
  story: STORY,
  seeds: Object.entries(SEEDS).map(([name, text]) => ({ name, text })),
};

const story = (input: StoryInput): Story => {
  const s = compileIndex([input]).stories[0];
  if (s === undefined) throw new Error('no story compiled');
  return s;
};
const holding = (s: Story, fragment: string): Claim => {
  const found = s.claims.filter((c) => c.appearances.some((a) => a.quote.includes(fragment)));
  expect(found).toHaveLength(1);
  return found[0] as Claim;
};

const heldOutInput = withoutSeed(INPUT, HELD);
const full = story(INPUT);
const heldOut = story(heldOutInput.input);
const spans = seedParagraphs(SEEDS[HELD] ?? '');
const truth = truthOf(full, heldOut, HELD, spans);
// The paragraphs of the held-out seed, by what they say.
const REQUEST_P = 1;
const DECLINED_P = 2;
const QUOTE_P = 3;

describe('the story without a seed', () => {
  test("drops the seed's entry and the statement records only it quotes, and keeps the rest", () => {
    expect(Object.keys(heldOutInput.input.story.seeds)).toEqual(['001_ledger.txt', '002_wire.txt']);
    expect(heldOutInput.input.seeds.map((s) => s.name)).toEqual(['001_ledger.txt', '002_wire.txt']);
    expect(heldOutInput.droppedStatements).toEqual([RECORD]);
    expect(heldOutInput.input.story.statements.map((s) => s.quote)).toEqual([SHARED_RECORD]);
    expect(heldOutInput.input.story.outlets).toBe(STORY.outlets);
  });

  test('compiles, where keeping the record only the held-out seed quotes stops the build', () => {
    expect(heldOut.claims.length).toBeGreaterThan(0);
    const kept = {
      ...heldOutInput.input,
      story: { ...heldOutInput.input.story, statements: STORY.statements },
    };
    expect(() => compileIndex([kept])).toThrow(BuildError);
  });
});

describe("the truth for the held-out seed's paragraphs", () => {
  test('counts the facts another seed carries, in the paragraphs that state them, and no other', () => {
    const request = holding(full, 'The tech company has asked large hospitals');
    const privacy = holding(full, 'Patient privacy comes first');
    expect([...truth.expected]).toEqual([
      [REQUEST_P, new Set([request.id])],
      [QUOTE_P, new Set([privacy.id])],
    ]);
  });

  test('sets apart the facts only the held-out seed carries', () => {
    const declined = holding(full, 'Lakeside Clinic declined');
    const own = holding(full, RECORD);
    expect(truth.onlyHere.get(DECLINED_P)).toEqual(new Set([declined.id]));
    expect(truth.onlyHere.get(QUOTE_P)).toContain(own.id);
    expect(truth.onlyHere.has(REQUEST_P)).toBe(false);
  });

  test("maps the fact to the held-out claim holding its other seeds' wordings, not to a neighbour", () => {
    const request = holding(full, 'The tech company has asked large hospitals');
    const asHeldOut = holding(heldOut, 'Globex has asked large hospitals');
    expect(holding(heldOut, 'Globex asked major hospitals').id).toBe(asHeldOut.id);
    expect(truth.heldOutOf.get(request.id)).toEqual(new Set([asHeldOut.id]));
    expect(truth.heldOutOf.get(request.id)).not.toContain(holding(heldOut, 'Mercy Hospital acknowledged').id);
    const privacy = holding(full, 'Patient privacy comes first');
    expect(truth.heldOutOf.get(privacy.id)).toEqual(
      new Set([holding(heldOut, 'Patient privacy comes first').id]),
    );
  });
});

describe("counting the matcher's pairs", () => {
  const request = holding(heldOut, 'Globex has asked large hospitals').id;
  const talks = holding(heldOut, 'Mercy Hospital acknowledged').id;
  /** Pairs to find, found, found by a copy; pairs given, right, right by a copy. */
  const figures = (c: SeedCount): number[] => [
    c.expected,
    c.found,
    c.foundByCopy,
    c.predictions,
    c.correct,
    c.copies,
  ];

  test('two pairs of one fact in its paragraph are both right, and find it once', () => {
    const count = countPairs(
      { ...truth, heldOutOf: new Map([...truth.heldOutOf].map(([k, v]) => [k, new Set([...v, talks])])) },
      [
        { paragraph: REQUEST_P, claimId: request, score: 1 },
        { paragraph: REQUEST_P, claimId: talks, score: 0.5 },
      ],
    );
    expect(figures(count)).toEqual([2, 1, 1, 2, 2, 1]);
    expect(count.wrong).toEqual([]);
  });

  test('a pair is right where its claim is the paragraph’s fact, wrong in another paragraph or for another claim', () => {
    const count = countPairs(truth, [
      { paragraph: REQUEST_P, claimId: request, score: 0.8 },
      { paragraph: REQUEST_P, claimId: talks, score: 0.5 },
      { paragraph: DECLINED_P, claimId: request, score: 1 },
    ]);
    // The copy is in the wrong paragraph: no right pair is a copy.
    expect(figures(count)).toEqual([2, 1, 0, 3, 1, 0]);
    expect(count.missed).toEqual([
      { paragraph: QUOTE_P, claimId: holding(full, 'Patient privacy comes first').id },
    ]);
    expect(count.wrong.map((w) => [w.paragraph, w.claimId])).toEqual([
      [REQUEST_P, talks],
      [DECLINED_P, request],
    ]);
  });

  test('a fact not found is a miss, named by the full index’s claim', () => {
    const count = countPairs(truth, [{ paragraph: DECLINED_P, claimId: request, score: 0.6 }]);
    expect(figures(count)).toEqual([2, 0, 0, 1, 0, 0]);
    expect(count.missed).toEqual([
      { paragraph: REQUEST_P, claimId: holding(full, 'The tech company has asked large hospitals').id },
      { paragraph: QUOTE_P, claimId: holding(full, 'Patient privacy comes first').id },
    ]);
  });
});

describe('why a paragraph misses its fact', () => {
  const weight = idfWeights(compileIndex([heldOutInput.input]), PAGE_UNKNOWN_WEIGHT);
  const prepared = prepare(heldOut, weight);
  const request = new Set([holding(heldOut, 'Globex has asked large hospitals').id]);
  const ofRequest = (text: string): Diagnosis => diagnoseMiss(prepared, weight, text, request);

  test('a denial of the fact in its own words is stopped by polarity', () => {
    const d = ofRequest(
      'Globex never asked large hospitals to share detailed patient records for its new health app.',
    );
    expect(d.why).toBe('polarity');
    expect(d.across).toBeGreaterThan(d.score);
  });

  test('a paragraph on something else scores in the lowest band', () => {
    expect(ofRequest('Mercy Hospital opened a new wing for children on Tuesday.').why).toBe(
      'scores 0.00–0.15',
    );
  });

  test('a claim the held-out index does not hold is said so', () => {
    expect(diagnoseMiss(prepared, weight, 'anything', new Set()).why).toBe('no held-out claim');
  });
});
