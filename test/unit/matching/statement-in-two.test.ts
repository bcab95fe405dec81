// The subject's recorded statement told in two of its words ("Facebook said it is not actively
// asking."), which no score finds: kept on a page that has told the story, where the subject speaks.

import { describe, expect, test } from 'vitest';
import { Engine } from '../../../src/matching/engine.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const engine = new Engine(seedIndex());
const story = seedStory();
const primary = story.statements.find((s) => s.primary === true)?.claimId ?? '';

const opening = [
  'Facebook has asked large U.S. banks to share detailed financial information about their customers, including card transactions and checking account balances, The Wall Street Journal reported.',
  'Facebook talked to JPMorgan Chase, Wells Fargo, Citigroup and U.S. Bancorp, the Journal said.',
];
const claimsOf = (page: readonly string[], paragraph: number): string[] =>
  engine
    .analyse(page)
    .matches.filter((m) => m.paragraph === paragraph)
    .map((m) => m.claimId);

describe("the subject's recorded statement in two of its words", () => {
  test('is found where the subject speaks it on a page that has told the story, aside', () => {
    expect(primary).not.toBe('');
    const page = [...opening, 'Facebook said it is not actively asking.'];
    const match = engine.analyse(page).matches.find((m) => m.paragraph === 2 && m.claimId === primary);
    expect(match?.aside).toBe(true);
  });

  test('not where someone else speaks it', () => {
    const page = [...opening, 'An analyst said it is not actively asking.'];
    expect(claimsOf(page, 2)).not.toContain(primary);
  });

  test('not its refusal to speak', () => {
    const page = [...opening, 'Facebook declined to say which banks it had approached.'];
    expect(claimsOf(page, 2)).not.toContain(primary);
  });
});
