import { describe, expect, test } from 'vitest';
import { describePage, type ClaimView, type PageView } from '../../../src/view/describe.ts';
import { count, summarise } from '../../../src/view/summary.ts';
import { KINDS } from '../../../src/view/kinds.ts';
import { seedStory } from '../helpers.ts';

const story = seedStory();

/** A claim view as the reader sees it, with only what a test is about. */
const claim = (id: string, over: Partial<ClaimView> = {}): ClaimView => ({
  id,
  text: `Claim ${id}.`,
  kind: 'report',
  firstOutlet: null,
  firstDate: null,
  basis: 'undetermined',
  otherOutlets: [],
  answers: [],
  ...over,
});

const denial = {
  claimId: 's1',
  text: 'Facebook denied it.',
  quote: 'This is not true.',
  date: '2018-08-06',
  to: 'CNBC',
  official: true,
};

/** A page on which each claim is found in the paragraphs listed. */
function pageOf(found: [ClaimView, ...number[]][]): PageView {
  return {
    storyId: 'fb',
    title: 'Facebook asked banks',
    broke: '2018-08-06',
    subject: 'Facebook',
    claims: found.flatMap(([v, ...ps]) => ps.map((paragraph) => ({ paragraph, claimId: v.id, score: 0.9 }))),
    views: found.map(([v]) => v),
  };
}

const wsj = { firstOutlet: 'The Wall Street Journal', firstDate: '2018-08-06T20:00-04:00' };

describe('the summary of a page', () => {
  test('names the outlet that first reported most of its claims, with its date', () => {
    const page = pageOf([
      [claim('a', wsj), 0],
      [claim('b', wsj), 1],
      [claim('c', { firstOutlet: 'AFP', firstDate: '2018-08-07' }), 2],
      [claim('d'), 3],
    ]);
    expect(summarise(page, 10).origin).toBe(
      '2 of its 4 claims were first reported by The Wall Street Journal, 6 Aug 2018.',
    );
  });

  test('counts the paragraphs that repeat earlier reporting and those the sources do not have', () => {
    const page = pageOf([
      [claim('a', wsj), 0, 4],
      [claim('b'), 4],
      [claim('c'), 7],
    ]);
    const s = summarise(page, 20);
    expect(s.paragraphs).toBe(
      '3 of its 20 paragraphs repeat earlier reporting; 17 add material the sources do not have.',
    );
    expect(s.status).toBe('3 claims found in 3 of 20 paragraphs');
  });

  test('puts every count in the right number', () => {
    const one = summarise(pageOf([[claim('a', wsj), 0]]), 2);
    expect(one.origin).toBe('Its one claim was first reported by The Wall Street Journal, 6 Aug 2018.');
    expect(one.paragraphs).toBe(
      '1 of its 2 paragraphs repeats earlier reporting; 1 adds material the sources do not have.',
    );
    expect(one.status).toBe('1 claim found in 1 of 2 paragraphs');
    const unknown = summarise(pageOf([[claim('a'), 0]]), null);
    expect(unknown.origin).toBe(
      'The outlet that first reported its one claim is not known from the sources.',
    );
    expect(unknown.paragraphs).toBe('1 paragraph repeats earlier reporting.');
    expect(unknown.status).toBe('1 claim found in 1 paragraph');
    const all = summarise(
      pageOf([
        [claim('a', wsj), 0],
        [claim('b', { ...wsj, firstDate: '2018-08-07' }), 0],
      ]),
      1,
    );
    expect(all.origin).toBe('Both of its claims were first reported by The Wall Street Journal, 6 Aug 2018.');
    expect(all.paragraphs).toBe(
      '1 of its 1 paragraph repeats earlier reporting; none adds material the sources do not have.',
    );
    expect([count(0, 'claim'), count(1, 'claim'), count(2, 'claim')]).toEqual([
      '0 claims',
      '1 claim',
      '2 claims',
    ]);
  });

  test('gives the subject’s official answer once, credited, however many claims it answers', () => {
    const page = pageOf([
      [claim('a', { answers: [denial] }), 0],
      [claim('b', { answers: [denial] }), 1],
      [claim('c', { answers: [{ ...denial, claimId: 's2', quote: 'Opt-in.', to: 'AFP' }] }), 2],
    ]);
    expect(summarise(page, null).answer).toEqual({
      quote: 'This is not true.',
      credit: 'Facebook, statement to CNBC, 6 Aug 2018',
      claimId: 's1',
    });
    expect(summarise(pageOf([[claim('a'), 0]]), null).answer).toBeNull();
  });

  test('groups the claims by kind in the kinds table’s order, each in reading order with its paragraphs', () => {
    const page = pageOf([
      [claim('ctx', { kind: 'context' }), 0],
      [claim('r2'), 5],
      [claim('st', { kind: 'statement' }), 3],
      [claim('r1'), 2, 8],
    ]);
    const groups = summarise(page, null).groups;
    expect(groups.map((g) => g.kind.label)).toEqual(
      KINDS.filter((k) => k.kind !== 'response').map((k) => k.label),
    );
    expect(groups[0]?.rows.map((r) => [r.view.id, r.paragraphs])).toEqual([
      ['r1', [2, 8]],
      ['r2', [5]],
    ]);
  });

  test('on the seed story, the official denial is one of the story’s statements', () => {
    const reports = story.claims.filter((c) => c.answeredBy.length > 0);
    const page = describePage(
      story,
      reports.map((c, i) => ({ paragraph: i, claimId: c.id, score: 0.9 })),
    );
    const answer = summarise(page, null).answer;
    expect(story.statements.map((s) => s.quote)).toContain(answer?.quote);
  });
});
