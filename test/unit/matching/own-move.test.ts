// Market reports tell a company's share move by its name alone ("Facebook climbed more than 4%",
// "Facebook (NASDAQ:FB) +4.4%"): the move is the stock's, and meets the claim of the share move.

import { describe, expect, test } from 'vitest';
import { Engine } from '../../../src/matching/engine.ts';
import { seedIndex, seedStory } from '../helpers.ts';

const engine = new Engine(seedIndex());
const story = seedStory();
const shareRise = story.claims.find((c) => c.text.startsWith('Facebook shares increased'))?.id ?? '';

const opening = [
  'Facebook has asked large U.S. banks to share detailed financial information about their customers, including card transactions and checking account balances, The Wall Street Journal reported.',
];
const claimsOf = (line: string): string[] =>
  engine
    .analyse([...opening, line])
    .matches.filter((m) => m.paragraph === 1)
    .map((m) => m.claimId);

describe("the subject's name moving by a percentage", () => {
  test('is its share move', () => {
    expect(shareRise).not.toBe('');
    expect(claimsOf('Facebook climbed more than 4% after the report.')).toContain(shareRise);
    expect(claimsOf('Facebook finished up about 4.4%, its best day in weeks.')).toContain(shareRise);
    expect(claimsOf('Facebook (NASDAQ:FB) +4.4% after the report.')).toContain(shareRise);
  });

  test('not where something else between them moved', () => {
    expect(claimsOf('Facebook said advertising revenue rose 4% in the quarter.')).not.toContain(shareRise);
    expect(claimsOf('Facebook said its user base climbed more than 4%.')).not.toContain(shareRise);
  });

  test('not where what follows the percentage names what moved', () => {
    expect(claimsOf('Facebook rose 3% to 2.23 billion monthly users.')).not.toContain(shareRise);
    expect(claimsOf('Facebook climbed more than 4% in monthly active users in Asia.')).not.toContain(
      shareRise,
    );
    expect(claimsOf('Facebook +2% in the latest Pew survey of teens.')).not.toContain(shareRise);
    // The market's own words may follow.
    expect(claimsOf('Facebook rose 4% in early trading.')).toContain(shareRise);
  });
});
