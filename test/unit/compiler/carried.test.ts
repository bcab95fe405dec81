// A light clause ("- and it's completely opt-in") is a claim unit of its own, with its pronoun's
// antecedent ("messaging with a bank") carried in.

import { describe, expect, test } from 'vitest';
import { carriedClause } from '../../../src/compiler/carried.ts';
import { seedStory } from '../helpers.ts';

const parts = (sentence: string): [string, string] | null => {
  const c = carriedClause(sentence);
  return c === null
    ? null
    : [sentence.slice(c.antecedent.start, c.antecedent.end), sentence.slice(c.predicate)];
};

describe('a light clause and its antecedent', () => {
  test("the clause after a dash and 'and it's', and the subject of the clause before", () => {
    expect(
      parts(
        "The idea is that messaging with a bank can be better than waiting on hold over the phone -- and it's completely opt-in,",
      ),
    ).toEqual(['messaging with a bank', 'completely opt-in,']);
    expect(parts('Linking an account to the app will be free, and it is entirely optional.')).toEqual([
      'Linking an account to the app',
      'entirely optional.',
    ]);
  });

  test('past a speech clause to the subject it reports', () => {
    expect(parts('Zuckerberg said that the plan would launch soon, and it will be free.')).toEqual([
      'the plan',
      'free.',
    ]);
  });

  test('none where the clause says more than a few words, or the clause before has no subject to carry', () => {
    expect(parts('Facebook asked banks for data, and it is not true.')).toBeNull();
    // "that" stands for the whole clause before; a plural is no "it"; an adverbial is no subject.
    expect(parts('The report said that Facebook would ask banks, and that is not easy.')).toBeNull();
    expect(parts('Banks can share the data, and it is legal.')).toBeNull();
    expect(parts('In 2018 the company was asked, and it was fine.')).toBeNull();
    expect(
      parts(
        'Messaging a bank can be better than waiting on hold, and it is something the company has wanted to offer customers for a long time.',
      ),
    ).toBeNull();
    expect(parts('Messaging a bank can be better than waiting on hold.')).toBeNull();
  });

  test("the seeds' opt-in clause is a unit of its claim, the antecedent's terms marked carried, its head first", () => {
    const units = seedStory().claims.flatMap((c) => c.match.filter((m) => m.carried !== undefined));
    expect(units).toHaveLength(1);
    expect(units[0]?.terms).toEqual(expect.arrayContaining(['opt_in', 'bank']));
    expect(units[0]?.carried).toEqual(['messaging', 'bank']);
  });
});
