import { describe, expect, test } from 'vitest';
import {
  isMention,
  othersPart,
  partyHeads,
  speakerOf,
  speaksUnknown,
  storyNames,
} from '../../../src/matching/speakers.ts';

const story = {
  subject: { name: 'Facebook', aliases: ['Facebook'] },
  parties: [
    { name: 'U.S. Bancorp', aliases: ['U.S. Bancorp', 'U.S. Bank'] },
    { name: 'Wells Fargo', aliases: ['Wells Fargo'] },
    { name: 'JPMorgan Chase', aliases: ['JPMorgan Chase', 'Chase'] },
  ],
};
const names = storyNames(story);
const named = (text: string): string[] => names.mentions(text).map((m) => `${m.kind}:${m.id}`);

describe('names the story knows', () => {
  test('an initialism is the same name with or without its dots', () => {
    expect(named('US Bank said so, and so did U.S Bancorp.')).toEqual([
      'party:U.S. Bancorp',
      'party:U.S. Bancorp',
    ]);
    expect(named('The US banks said so.')).toEqual([]);
  });
});

describe('names the story does not know', () => {
  test("the parties' kind is read from their names' common nouns, not from their proper names", () => {
    expect(partyHeads(story.parties)).toEqual(['Bancorp', 'Bank']);
  });

  test('a name built on a head word is an organisation of their kind; a known name is itself', () => {
    expect(named('Bank of America and Cobalt Ridge Bank talked to Facebook.')).toEqual([
      'other:Bank of America',
      'other:Cobalt Ridge Bank',
      'subject:Facebook',
    ]);
    expect(named('The Bank of England said so.')).toEqual(['other:Bank of England']);
    expect(named('U.S. Bank and Wells Fargo Bank declined.')).toEqual([
      'party:U.S. Bancorp',
      'party:Wells Fargo',
    ]);
    expect(named('Some banks, and a bank in Ohio, declined.')).toEqual([]);
  });

  test('a word capitalised only because it opens the sentence is not part of the name', () => {
    for (const p of ['Meanwhile Bank of America said nothing.', 'Yesterday Bank of America said nothing.'])
      expect(named(p), p).toEqual(['other:Bank of America']);
    expect(named('Cobalt Ridge Bank said nothing.')).toEqual(['other:Cobalt Ridge Bank']);
  });

  test('a name opening a sentence keeps its first word unless that word is a function word or an adverb', () => {
    for (const name of ['New York Community Bank', 'State Street Bank', "People's United Bank"])
      expect(named(`${name} walked away from the talks.`), name).toEqual([`other:${name}`]);
    for (const p of ['But Bank of America said nothing.', 'Now Bank of America says so.'])
      expect(named(p), p).toEqual(['other:Bank of America']);
    // A count or a day opening the sentence: the bank keeps one name in the paragraph.
    for (const p of [
      'One Cobalt Ridge Bank official said nothing.',
      'Last Cobalt Ridge Bank said nothing.',
      'Monday Cobalt Ridge Bank said nothing.',
    ])
      expect(named(p), p).toEqual(['other:Cobalt Ridge Bank']);
  });

  test('in a title-case headline capitals name nothing', () => {
    expect(named('One Large Bank Walks Away From Facebook Talks')).toEqual(['subject:Facebook']);
  });
});

describe('who speaks', () => {
  const speaker = (text: string): string | null => {
    const s = speakerOf(text, names.mentions(text));
    return isMention(s) ? s.id : s;
  };

  test('a verb joined by "and" speaks for whoever spoke the first verb, even an outlet', () => {
    expect(
      speaker('Wells Fargo would not discuss the talks with Facebook, and added that it protects data.'),
    ).toBe('Wells Fargo');
    expect(
      speaker('Reuters said Facebook had approached Wells Fargo, and added that the bank declined.'),
    ).toBe('unnamed');
  });

  test('a speaker before an aside between commas speaks its verb; one after an inverted verb still does', () => {
    expect(speaker("Facebook, for its part, says it is not seeking anyone's transaction data.")).toBe(
      'Facebook',
    );
    expect(speaker('Wells Fargo, however, said that it had shared no data.')).toBe('Wells Fargo');
    expect(speaker('The report is wrong, said Wells Fargo.')).toBe('Wells Fargo');
    expect(speaker('Facebook asked for data, says report.')).toBe('report');
    // A determiner may open the speaker's name after the verb.
    expect(speaker('Wells Fargo has not shared data with Facebook, said its spokeswoman.')).toBe('unnamed');
    expect(
      speaker(
        "Wells Fargo has not shared data with Facebook, and the privacy of our customers' data is paramount, said its spokeswoman.",
      ),
    ).not.toBe('Facebook');
    // The name before the aside speaks, not one inside it (R31c).
    expect(
      speaker('Wells Fargo, which Facebook also approached, said it does not share customer data.'),
    ).toBe('Wells Fargo');
    // The aside must follow a name the story knows.
    expect(
      speaker(
        'Facebook approached several banks, and one of them, a regional lender, said it shared nothing.',
      ),
    ).toBe('unnamed');
  });

  test("an anonymous source is the paper's, not the last name before it", () => {
    expect(speaker('Wells Fargo has held talks with Facebook, a person familiar with the matter said.')).toBe(
      'report',
    );
    expect(speaker('Wells Fargo has held talks with Facebook, a Wells Fargo official said.')).toBe(
      'Wells Fargo',
    );
    for (const source of ['people briefed on them', 'senior officials', 'two people familiar with them'])
      expect(speaker(`Wells Fargo has held talks with Facebook, ${source} said.`)).toBe('report');
    // "personal" is no "person": no anonymous source, so the last name before the verb speaks.
    expect(speaker('Facebook has held talks with Wells Fargo, a personal banker said.')).toBe('Wells Fargo');
  });

  test('a source familiar with or close to a bank is not the bank; one working for it is', () => {
    for (const p of [
      "Wells Fargo has held talks with Facebook, people familiar with Wells Fargo's thinking said.",
      'Wells Fargo has held talks with Facebook, a person close to Wells Fargo said.',
    ])
      expect(speaker(p), p).toBe('report');
    for (const p of [
      'Wells Fargo has held talks with Facebook, officials at Wells Fargo said.',
      'Wells Fargo has held talks with Facebook, an official for Wells Fargo said.',
      'Wells Fargo has held talks with Facebook, officials with Wells Fargo said.',
      'Wells Fargo has held talks with Facebook, said official Jane Doe of Wells Fargo.',
      'Wells Fargo has held talks with Facebook, according to officials for Wells Fargo.',
    ])
      expect(speaker(p), p).toBe('Wells Fargo');
  });

  test("a bank's official statement is the bank's, not an anonymous official's", () => {
    for (const p of [
      'Wells Fargo has held talks with Facebook, according to an official statement from Wells Fargo.',
      'Wells Fargo has held talks with Facebook, according to official statements from Wells Fargo.',
    ])
      expect(speaker(p), p).toBe('Wells Fargo');
  });

  test("where the speaker follows its verb, an anonymous source is the paper's too", () => {
    for (const p of [
      "Wells Fargo has held talks with Facebook, according to people familiar with Wells Fargo's thinking.",
      'Wells Fargo has held talks with Facebook, said a person close to Wells Fargo.',
    ])
      expect(speaker(p), p).toBe('report');
    for (const p of [
      'Wells Fargo has held talks with Facebook, according to Wells Fargo.',
      'Wells Fargo has held talks with Facebook, according to a Wells Fargo official.',
      'Wells Fargo has held talks with Facebook, said Wells Fargo.',
    ])
      expect(speaker(p), p).toBe('Wells Fargo');
  });

  test('a name the story does not know speaks; a pronoun, a description or the subject may be the subject', () => {
    const unknown = (text: string): boolean => speaksUnknown(text, names.mentions(text));
    for (const p of [
      'Google said it would not use the card data for ads.',
      'A Google spokeswoman said the card data stays private.',
      'In a statement, Google said the card data stays private.',
      'The card data stays private, said Alphabet.',
    ])
      expect(unknown(p), p).toBe(true);
    for (const p of [
      'Facebook said it would not use the card data for ads.',
      'What it offers lenders, it says, is a chat window.',
      'The company said the card data stays private.',
      'On Monday she said the card data stays private.',
      'The card data, she assured, stays private.',
      'The card data stays private, said a spokeswoman.',
      'Wells Fargo said the card data stays private.',
      'According to Facebook, the card data stays private.',
      'According to the company, the card data stays private.',
    ])
      expect(unknown(p), p).toBe(false);
    expect(unknown('According to Google, the card data stays private.')).toBe(true);
    // A person named alone is an unknown speaker, whatever the page said of them before.
    expect(unknown('Doe said the card data stays private.')).toBe(true);
  });

  test("a part of a sentence is another's where another speaks in it or opens it", () => {
    const denial = 'Facebook said it is not asking for transaction data';
    const part = (rest: string): boolean => {
      const text = `${denial}, ${rest}`;
      return othersPart(text, denial.length + 2, text.length, 0, names.mentions(text));
    };
    for (const rest of [
      'though rival Google offers card customers account management.',
      'though Citigroup offers card customers account management.',
      'while Google said it offers card customers account management.',
      'but Doe said its pitch is customer chat.',
    ])
      expect(part(rest), rest).toBe(true);
    for (const rest of [
      'and that its whole pitch is customer chat and account management.',
      'though the company offers card customers account management.',
      "though Facebook's pitch is customer chat and account management.",
    ])
      expect(part(rest), rest).toBe(false);
    // Its first part is its own.
    const text = `${denial}, though rival Google offers card customers account management.`;
    expect(othersPart(text, 0, denial.length, 0, names.mentions(text))).toBe(false);
  });
});
