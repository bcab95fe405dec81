// The one table of claim kinds: every kind the index knows has one row, and the marker of a
// paragraph with several kinds takes the one a reader most needs to see.

import { describe, expect, test } from 'vitest';
import { CLAIM_KINDS, type ClaimKind } from '../../../src/model/types.ts';
import { KINDS, kindOf, leadingKind } from '../../../src/view/kinds.ts';

describe('claim kinds', () => {
  test('one row per kind the index knows, each with its own colour, rank and letter', () => {
    expect(KINDS.map((k) => k.kind).sort()).toEqual([...CLAIM_KINDS].sort());
    expect(new Set(KINDS.map((k) => k.colour)).size).toBe(KINDS.length);
    expect(new Set(KINDS.map((k) => k.rank)).size).toBe(KINDS.length);
    // The letter tells a kind without its colour, so no two kinds share one.
    expect(new Set(KINDS.map((k) => k.letter)).size).toBe(KINDS.length);
  });

  test('each kind’s word, shown beside its letter, has a word that begins with the letter', () => {
    // The legend read "B response": a reader could not tell what the B stood for.
    for (const k of KINDS)
      expect(
        k.word.split(/\s+/).some((w) => w.startsWith(k.letter.toLowerCase())),
        k.word,
      ).toBe(true);
  });

  test('a response is called a bank’s, as this story’s parties are (the letter B is theirs)', () => {
    // story.json does not say what its parties are; a story of other parties needs that field.
    expect(kindOf('response').word).toBe('bank’s response');
    expect(kindOf('response').words).toBe('banks’ responses');
  });

  test.each<[ClaimKind[], ClaimKind]>([
    [['report', 'statement'], 'statement'],
    [['context', 'response', 'report'], 'response'],
    [['context', 'report'], 'report'],
    [['context'], 'context'],
    [[], 'context'],
  ])('a paragraph with %j is marked as %s', (kinds, leading) => {
    expect(leadingKind(kinds)).toBe(leading);
  });
});
