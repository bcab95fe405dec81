// The subject's light clause with its antecedent carried in ("it's completely opt-in", of
// "messaging with a bank"): found where a page says both, the subject speaking, on a page that
// has told the story; aside.

import { describe, expect, test } from 'vitest';
import { Engine } from '../../../src/matching/engine.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const engine = new Engine(seedIndex());
const optIn = seedStory().claims.find((c) => c.match.some((m) => m.carried !== undefined))?.id ?? '';

const opening = [
  'Facebook has asked large U.S. banks to share detailed financial information about their customers, including card transactions and checking account balances, The Wall Street Journal reported.',
  'Facebook talked to JPMorgan Chase, Wells Fargo, Citigroup and U.S. Bancorp, the Journal said.',
];
const found = (page: readonly string[], paragraph: number) =>
  engine.analyse(page).matches.find((m) => m.paragraph === paragraph && m.claimId === optIn);

describe('a light clause with its antecedent', () => {
  test('is found where the subject says what is optional, aside', () => {
    expect(optIn).not.toBe('');
    for (const line of [
      'Facebook said linking a bank account to Messenger is entirely optional.',
      'Facebook, for its part, says that hooking a bank up to Messenger is something customers have to choose to do.',
      'Facebook said customers who link a bank to Messenger do so only if they choose to.',
      // The antecedent itself, its head before the complement (R31c).
      'Facebook said messaging with a bank is optional.',
      'Facebook said linking a bank account to Messenger is entirely optional, even if some banks promote it.',
    ])
      expect(found([...opening, line], 2)?.aside, line).toBe(true);
  });

  test('not where the page says only that something is optional, or a bank says it', () => {
    for (const line of [
      'Facebook said its employees can choose to work from home.',
      'Facebook said the arrangement is completely opt-in.',
      'Facebook said bank data would be completely safe.',
      'Citigroup said linking a bank account to Messenger is entirely optional.',
      'Google has also approached banks. The company said linking a bank account to its app is entirely optional.',
      // What is optional is not what the clause is said of, or the choice is the banks'.
      'Facebook said users can choose to stop getting bank ads in Messenger.',
      'Facebook said banks can choose whether to join.',
      // A condition the choice is no part of.
      'Facebook said that if banks agree, customers could choose to message them.',
      // The head alone: no bank's.
      'Facebook said end-to-end encrypted messaging will be opt-in.',
      // A bank speaks, though the aside names Facebook (R31c).
      'Wells Fargo, which Facebook approached, says that linking a bank account to Messenger is entirely optional.',
    ])
      expect(found([...opening, line], 2), line).toBeUndefined();
  });

  test("a degree word still names the statement's own sentence: counted, not aside", () => {
    const line = 'According to Facebook, messaging with a bank is completely opt-in.';
    const match = found([...opening, line], 2);
    expect(match).toBeDefined();
    expect(match?.aside).toBeUndefined();
  });

  test('not on a page that has not told the story', () => {
    expect(
      found(['Facebook said linking a bank account to Messenger is entirely optional.'], 0),
    ).toBeUndefined();
  });
});
