// A part of the subject's statement summed up in a word: the seed's "… and it's completely opt-in"
// is a clause too light to be a claim unit of its own, and pages tell it as "linking a bank is
// optional" or "only if they choose to", beside Facebook's denial.

import { describe, expect, test } from 'vitest';
import { Engine } from '../../../src/matching/engine.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const engine = new Engine(seedIndex());
const story = seedStory();
const optIn = story.claims.find((c) => c.text.includes('completely opt-in'))?.id ?? '';
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

describe("a part of the subject's statement in a word", () => {
  test('is found in the clause after its denial, and shown aside', () => {
    expect(optIn).not.toBe('');
    const page = [
      ...opening,
      'Facebook said it is not actively asking financial services companies for financial transaction data, and that linking a bank account to Messenger is entirely optional.',
    ];
    const result = engine.analyse(page);
    expect(result.story?.id).toBe(story.id);
    const match = result.matches.find((m) => m.paragraph === 2 && m.claimId === optIn);
    expect(match?.aside).toBe(true);
    // Its evidence is the seed sentence, which says what the page sums up.
    expect(match?.evidence[0]?.quote).toContain('completely opt-in');
  });

  test('needs the word to end its clause, as the seed’s does', () => {
    const denial =
      'Facebook said it is not actively asking financial services companies for financial transaction data';
    for (const line of [
      `${denial}, and that a premium tier with optional extras would cost businesses a fee.`,
      `${denial}, and that banks can choose which services to offer through Messenger.`,
      `${denial}, and that more than a million businesses have signed up to use Messenger.`,
    ])
      expect(claimsOf([...opening, line], 2)).not.toContain(optIn);
  });

  test('needs no one else to speak in its clause', () => {
    const page = [
      ...opening,
      'Facebook said it is not actively asking financial services companies for financial transaction data, but JPMorgan Chase said linking an account to Messenger is entirely optional.',
    ];
    expect(claimsOf(page, 2)).not.toContain(optIn);
  });

  test('needs the subject to speak it', () => {
    const page = [
      ...opening,
      'Facebook said it is not actively asking financial services companies for financial transaction data.',
      'Analysts said linking a bank account to any app should be entirely optional.',
    ];
    expect(claimsOf(page, 3)).not.toContain(optIn);
  });

  test('needs the word affirmed in its own clause', () => {
    const page = [
      ...opening,
      'Facebook said it is not actively asking financial services companies for financial transaction data, and that linking a bank account to Messenger is not optional.',
    ];
    expect(claimsOf(page, 2)).not.toContain(optIn);
  });

  test('needs its paragraph to state another part of the statement', () => {
    const denial =
      'Facebook said it is not actively asking financial services companies for financial transaction data.';
    const optional = 'Facebook said linking a bank account to Messenger is entirely optional.';
    // A paragraph of its own may be about anything optional, even after the denial.
    expect(claimsOf([...opening, denial, optional], 3)).not.toContain(optIn);
    expect(claimsOf([...opening, `${denial} ${optional}`], 2)).toContain(optIn);
  });
});

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
