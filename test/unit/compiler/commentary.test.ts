// A seed writer's opinion is kept in the index as commentary and never met by a page; facts
// worded near it are not. The sentences are made up for these tests, not taken from the seeds.

import { describe, expect, test } from 'vitest';
import { isCommentary, judges } from '../../../src/compiler/commentary.ts';
import { globexMatches, globexWith } from '../globex.ts';

describe('a mark of the writer’s opinion', () => {
  test.each([
    [
      'the reader asked to wonder',
      'You may well wonder why a search company needs your medical history at all.',
    ],
    [
      'a view put in unnamed mouths',
      'Many have pointed out that the firm has never kept a promise about privacy.',
    ],
    ['a view put in unnamed mouths', 'Critics say the app is a way to get at records it could never buy.'],
    ['a view put in unnamed mouths', 'It is widely believed that the deal will not survive a review.'],
    ['the future told as certain', 'The plan is sure to anger patients who never agreed to it.'],
    ['the future told as certain', 'Regulators will surely want a word with the company.'],
    ['an ironic understatement', 'Globex doesn’t exactly have a spotless record with health data.'],
  ])('%s: "%s"', (_, text) => {
    expect(judges(text)).toBe(true);
  });

  test.each([
    'Globex asked three hospitals to share patient records, the Ledger reported.',
    'Some hospitals said they had shared no records with the company.',
    'Shares of Globex rose 3% on Tuesday, the most in a month.',
    'The app has 40 million users in the United States.',
    'The records would be stored for exactly 90 days, the company said.',
    // "you" in an explainer, a hedge, an adverb of manner, an aside on a fact (review R28a).
    'The app lets you book a doctor’s visit from a chat window.',
    'Globex shares are likely to open lower on Tuesday.',
    'Regulators will probably want a word with the company.',
    'The court ruled that the hospital had wrongly billed 12,000 patients.',
    'Globex obviously already works with two hospital chains.',
    // A duty, an explainer's "you", a hedge, a group just named (review R28b).
    'Under federal law, hospitals are bound to keep patients’ records confidential.',
    'With the feature, you could ask the app for your test results.',
    'It is not exactly clear how many hospitals Globex approached.',
    'Of the 2,000 patients polled, most say they would not link their records.',
    // Quoted or reported words are someone's own: the writer reports them.
    'A hospital official said: "You should worry about what this app does with your records."',
    'A spokeswoman said: ‘You can link your records only if you choose to.’',
    'It is believed that three hospital chains were approached, the Ledger reported.',
    'Globex is sure to face questions from Congress, Senator Reyes said.',
  ])('a fact, or someone’s words reported: "%s"', (text) => {
    expect(judges(text)).toBe(false);
  });

  test('only a context claim every seed carries with a mark is commentary', () => {
    const opinion = 'Critics say the app is a way to get at records it could never buy.';
    expect(isCommentary('context', [opinion])).toBe(true);
    expect(
      isCommentary('context', [opinion, 'The app is a way to get at records, the Ledger reported.']),
    ).toBe(false);
    // A report or a party's words have someone answering for them.
    expect(isCommentary('report', [opinion])).toBe(false);
    expect(isCommentary('response', [opinion])).toBe(false);
  });
});

describe('commentary in the index', () => {
  const OPINION = 'Many have pointed out that there is no reason to trust Globex with patient records.';

  test('the opinion is a claim of its own, kept with its seed text and marked; the facts are not marked', () => {
    const { story } = globexWith(OPINION);
    const opinion = story.claims.find((c) =>
      c.appearances.some((a) => a.quote.includes('no reason to trust')),
    );
    expect(opinion?.commentary).toBe(true);
    expect(opinion?.kind).toBe('context');
    expect(story.claims.filter((c) => c.commentary === true)).toEqual([opinion]);
  });

  test('a page repeating the opinion word for word meets no claim; the page’s fact still meets its claim', () => {
    const request = 'Globex asked large hospitals to share detailed patient records for its new health app.';
    const { claimId, at } = globexMatches(OPINION, 'no reason to trust', [OPINION, request]);
    expect(claimId).toBeDefined();
    expect(at(0)).toEqual([]);
    expect(at(1)).toHaveLength(1);
  });

  test('the same sentence without its mark is a fact and is met', () => {
    const plain = 'There is no reason to trust Globex with patient records, the Ledger reported.';
    const { claimId, at } = globexMatches(plain, 'no reason to trust', [
      'The Ledger reported there is no reason to trust Globex with patient records.',
    ]);
    expect(claimId).toBeDefined();
    expect(at(0)).toContain(claimId);
  });
});
