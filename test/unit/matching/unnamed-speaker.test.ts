// A speaker left unnamed ("The company said …") after a paragraph has turned to an organisation
// the story does not know is that organisation, not the subject: its words are no statement of
// the subject's, though "the company" is one of the subject's descriptions.

import { describe, expect, test } from 'vitest';
import { Engine } from '../../../src/matching/engine.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const engine = new Engine(seedIndex());
const story = seedStory();

const opening = [
  'Facebook has asked large U.S. banks to share detailed financial information about their customers, including card transactions and checking account balances, The Wall Street Journal reported.',
  'Facebook said it is not actively asking financial services companies for financial transaction data.',
];
const statements = new Set(story.claims.filter((c) => c.kind === 'statement').map((c) => c.id));
const statementsIn = (paragraph: string): string[] =>
  engine
    .analyse([...opening, paragraph])
    .matches.filter((m) => m.paragraph === 2 && statements.has(m.claimId))
    .map((m) => m.claimId);
const said = 'it would not use the bank data for advertising and would not share it with third parties.';

describe('a speaker left unnamed', () => {
  test("is the subject where the paragraph has named no one else: the subject's statement", () => {
    expect(
      statementsIn(`Facebook has also approached smaller lenders. The company said ${said}`),
    ).not.toEqual([]);
    expect(statementsIn(`The company said ${said}`)).not.toEqual([]);
  });

  test('is the organisation the paragraph turned to: no statement of the subject', () => {
    expect(
      statementsIn(`Google has also approached banks about its payment service. The company said ${said}`),
    ).toEqual([]);
    expect(statementsIn(`Amazon declined to name its partners. A spokeswoman said ${said}`)).toEqual([]);
  });

  test('is the subject again once the paragraph names it after the other', () => {
    expect(
      statementsIn(
        `Google has also approached banks. Facebook pointed to its statement. The company said ${said}`,
      ),
    ).not.toEqual([]);
  });

  test('a common noun or a product opening a sentence is no other organisation', () => {
    expect(statementsIn(`Banks said they were cautious. The company said ${said}`)).not.toEqual([]);
    expect(statementsIn(`Messenger has 1.3 billion users. The company said ${said}`)).not.toEqual([]);
  });
});
