import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { describePage, type ClaimView, type PageView } from '../../../src/view/describe.ts';
import { summarise } from '../../../src/view/summary.ts';
import { KINDS } from '../../../src/view/kinds.ts';
import { SEEDS, seedStory } from '../helpers.ts';

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
  firstCredited: false,
  said: null,
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

/** A page of `paragraphs` paragraphs on which each claim is found in the paragraphs listed. */
function pageOf(found: [ClaimView, ...number[]][], paragraphs = 20): PageView {
  return {
    storyId: 'fb',
    title: 'Facebook asked banks',
    broke: '2018-08-06',
    brokeBy: 'The Wall Street Journal',
    subject: 'Facebook',
    paragraphs,
    claims: found.flatMap(([v, ...ps]) =>
      ps.map((paragraph) => ({ paragraph, claimId: v.id, score: 0.9, why: null })),
    ),
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
    expect(summarise(page).origin).toBe(
      "2 of this page's 4 claims were first reported by The Wall Street Journal, 6 Aug 2018; 1 by AFP; for 1 the first outlet is not known.",
    );
  });

  test('with as many claims on the same day, the outlet that broke the story leads', () => {
    const afp = { firstOutlet: 'AFP', firstDate: '2018-08-06' };
    const page = pageOf([
      [claim('a', afp), 0],
      [claim('b', afp), 1],
      [claim('c', wsj), 2],
      [claim('d', wsj), 3],
    ]);
    expect(summarise(page).origin).toBe(
      "2 of this page's 4 claims were first reported by The Wall Street Journal, 6 Aug 2018; 2 by AFP.",
    );
  });

  test("dates an outlet by its earliest report as an instant, whatever the reports' offsets", () => {
    // 23:00 UTC on 6 Aug, written on the outlet's clock as 7 Aug; the other is 00:00 UTC on 7 Aug.
    const early = { firstOutlet: 'Reuters', firstDate: '2018-08-07T01:00+02:00' };
    const late = { firstOutlet: 'Reuters', firstDate: '2018-08-06T20:00-04:00' };
    for (const order of [
      [late, early],
      [early, late],
    ])
      expect(
        summarise(
          pageOf([
            [claim('a', order[0]), 0],
            [claim('b', order[1]), 1],
          ]),
        ).origin,
      ).toBe("Both of this page's claims were first reported by Reuters, 7 Aug 2018.");
  });

  test('with as many claims, the outlet that reported first leads, by the instant and not the day written', () => {
    // Le Monde at 23:00 UTC on 6 Aug, written as 7 Aug; Reuters at 00:00 UTC on 7 Aug, written as 6 Aug.
    const reuters = { firstOutlet: 'Reuters', firstDate: '2018-08-06T20:00-04:00' };
    const leMonde = { firstOutlet: 'Le Monde', firstDate: '2018-08-07T01:00+02:00' };
    for (const [first, second] of [
      [reuters, leMonde],
      [leMonde, reuters],
    ] as const)
      expect(
        summarise(
          pageOf([
            [claim('a', first), 0],
            [claim('b', second), 1],
          ]),
        ).origin,
      ).toBe("1 of this page's 2 claims was first reported by Le Monde, 7 Aug 2018; 1 by Reuters.");
  });

  test('names the runner-up and counts the rest together', () => {
    const page = pageOf([
      [claim('a', wsj), 0],
      [claim('b', wsj), 1],
      [claim('c', wsj), 1],
      [claim('d', { firstOutlet: 'AFP', firstDate: '2018-08-07' }), 2],
      [claim('e', { firstOutlet: 'AFP', firstDate: '2018-08-07' }), 2],
      [claim('f', { firstOutlet: 'CNBC', firstDate: '2018-08-06' }), 3],
      [claim('g', { firstOutlet: 'Reuters', firstDate: '2018-08-07' }), 3],
    ]);
    expect(summarise(page).origin).toBe(
      "3 of this page's 7 claims were first reported by The Wall Street Journal, 6 Aug 2018; 2 by AFP; 2 by other outlets.",
    );
  });

  test("counts only reports as first reported; the subject's statements are said apart, with whom they were given to", () => {
    const toAfp = {
      kind: 'statement' as const,
      firstOutlet: 'AFP',
      firstDate: '2018-08-06',
      said: { by: 'Facebook', to: 'AFP', date: '2018-08-06' },
    };
    const page = pageOf([
      [claim('a', wsj), 0],
      [claim('b', wsj), 1],
      [claim('s1', toAfp), 2],
      [claim('s2', toAfp), 3],
      [claim('s3', toAfp), 4],
      [claim('s4', { kind: 'statement', said: { by: 'Facebook', to: null, date: null } }), 5],
      [claim('r', { kind: 'response', said: { by: 'Citigroup', to: null, date: null } }), 6],
      [claim('c', { kind: 'context' }), 7],
    ]);
    expect(summarise(page).origin).toBe(
      "2 of this page's 8 claims were first reported by The Wall Street Journal, 6 Aug 2018; 4 are Facebook's own statements, 3 of them given to AFP; 1 is a response from Citigroup; 1 is context.",
    );
    expect(summarise(pageOf([[claim('s1', toAfp), 0]])).origin).toBe(
      "This page's one claim is Facebook's own statement, given to AFP.",
    );
    expect(
      summarise(
        pageOf([
          [claim('s1', toAfp), 0],
          [claim('s2', toAfp), 1],
          [claim('c', { kind: 'context' }), 2],
        ]),
      ).origin,
    ).toBe("Of this page's 3 claims, 2 are Facebook's own statements, all given to AFP; 1 is context.");
  });

  test('a page of one kind says all (or both) of its claims are that; every outlet statements were given to is named', () => {
    const to = (id: string, outlet: string | null): [ClaimView, number] => [
      claim(id, { kind: 'statement', said: { by: 'Facebook', to: outlet, date: '2018-08-06' } }),
      0,
    ];
    const statements = summarise(
      pageOf([
        to('a', 'AFP'),
        to('b', 'CNBC'),
        to('c', 'AFP'),
        to('d', 'CNBC'),
        to('e', 'AFP'),
        to('f', null),
      ]),
    );
    expect(statements.origin).toBe(
      "All 6 of this page's claims are Facebook's own statements, 3 of them given to AFP, 2 to CNBC.",
    );
    const citi = { kind: 'response' as const, said: { by: 'Citigroup', to: null, date: null } };
    expect(
      summarise(
        pageOf([
          [claim('r1', citi), 0],
          [claim('r2', citi), 1],
        ]),
      ).origin,
    ).toBe("Both of this page's claims are responses from Citigroup.");
  });

  test('on the seed story, statements given to an outlet never make it their first reporter', () => {
    const given = story.claims.filter((c) => c.kind === 'statement' && c.said?.to != null);
    const reports = story.claims.filter((c) => c.kind === 'report' && c.firstReport.outlet !== null);
    expect(given.length).toBeGreaterThan(reports.slice(0, 2).length);
    const found = [...reports.slice(0, 2), ...given];
    const page = describePage(
      story,
      found.map((c, i) => ({ paragraph: i, claimId: c.id, score: 0.9 })),
      found.length,
    );
    const origin = summarise(page).origin;
    expect(origin).toMatch(/^2 of this page's \d+ claims were first reported by The Wall Street Journal/);
    expect(origin).toContain(`${given.length} are Facebook's own statements`);
  });

  test('counts the paragraphs found in the sources, and claims nothing of the others but that no source was found', () => {
    const page = pageOf([
      [claim('a', wsj), 0, 4],
      [claim('b'), 4],
      [claim('c'), 7],
    ]);
    const s = summarise(page);
    expect(s.paragraphs).toBe(
      "Backstory found 3 of this page's 20 paragraphs in the sources; it found no source for the other 17.",
    );
    expect(s.status).toBe('3 claims found in 3 of 20 paragraphs');
  });

  test('puts every count in the right number', () => {
    const one = summarise(pageOf([[claim('a', wsj), 0]], 2));
    expect(one.origin).toBe(
      "This page's one claim was first reported by The Wall Street Journal, 6 Aug 2018.",
    );
    expect(one.paragraphs).toBe(
      "Backstory found 1 of this page's 2 paragraphs in the sources; it found no source for the other one.",
    );
    expect(one.status).toBe('1 claim found in 1 of 2 paragraphs');
    const unknown = summarise(
      pageOf(
        [
          [claim('a'), 0],
          [claim('b'), 0],
        ],
        1,
      ),
    );
    expect(unknown.origin).toBe(
      "The outlets that first reported this page's 2 claims are not known from the sources.",
    );
    expect(unknown.status).toBe('2 claims found in 1 of 1 paragraph');
    // Context no outlet is named for is context, not a gap in what the sources say.
    const withContext = summarise(
      pageOf([
        [claim('a', wsj), 0],
        [claim('b'), 1],
        [claim('c', { kind: 'context' }), 2],
        [claim('d', { kind: 'context' }), 3],
      ]),
    );
    expect(withContext.origin).toBe(
      "1 of this page's 4 claims was first reported by The Wall Street Journal, 6 Aug 2018; for 1 the first outlet is not known; 2 are context.",
    );
    const all = summarise(
      pageOf(
        [
          [claim('a', wsj), 0],
          [claim('b', { ...wsj, firstDate: '2018-08-07' }), 0],
        ],
        1,
      ),
    );
    expect(all.origin).toBe(
      "Both of this page's claims were first reported by The Wall Street Journal, 6 Aug 2018.",
    );
    expect(all.paragraphs).toBe("Backstory found this page's one paragraph in the sources.");
    expect(summarise(pageOf([[claim('a'), 0, 1, 2]], 3)).paragraphs).toBe(
      "Backstory found all 3 of this page's paragraphs in the sources.",
    );
  });

  test('gives the subject’s official answer once, credited, however many claims it answers', () => {
    const page = pageOf([
      [claim('a', { answers: [denial] }), 0],
      [claim('b', { answers: [denial] }), 1],
      [claim('c', { answers: [{ ...denial, claimId: 's2', quote: 'Opt-in.', to: 'AFP' }] }), 2],
    ]);
    expect(summarise(page).answer).toEqual({
      quote: 'This is not true.',
      credit: 'Facebook, statement to CNBC, 6 Aug 2018',
      claimId: 's1',
    });
    expect(summarise(pageOf([[claim('a'), 0]])).answer).toBeNull();
  });

  test("on a page about the story whose claims carry no answer, gives the story's main answer once, as the answer to the story", () => {
    const page = { ...pageOf([[claim('a', wsj), 0]]), answer: denial };
    expect(summarise(page).answer).toEqual({
      quote: 'This is not true.',
      credit: "Facebook's answer to the story (statement to CNBC, 6 Aug 2018)",
      claimId: 's1',
    });
    // The page's own claims' answer comes first.
    const own = { ...denial, claimId: 's2', quote: 'Opt-in.', to: 'AFP' };
    expect(summarise({ ...page, views: [claim('a', { ...wsj, answers: [own] })] }).answer?.quote).toBe(
      'Opt-in.',
    );
  });

  test("on the seed story, a page of unanswered claims gets story.json's primary statement as Facebook's answer", () => {
    const file = JSON.parse(fs.readFileSync(path.join(SEEDS, 'story.json'), 'utf8')) as {
      statements: { quote: string; primary?: boolean }[];
    };
    const primary = file.statements.find((s) => s.primary === true)?.quote;
    const unanswered = story.claims.filter((c) => c.kind === 'report' && c.answeredBy.length === 0);
    expect(unanswered.length).toBeGreaterThan(0);
    const page = describePage(
      story,
      unanswered.map((c, i) => ({ paragraph: i, claimId: c.id, score: 0.9 })),
      unanswered.length,
    );
    expect(page.views.every((v) => v.answers.length === 0)).toBe(true);
    expect(primary).toBeDefined();
    expect(summarise(page).answer?.quote).toBe(primary);
  });

  test("the story's main answer is story.json's primary statement, even where another answers more reports", () => {
    const counts = new Map<string, number>();
    for (const c of story.claims) for (const id of c.answeredBy) counts.set(id, (counts.get(id) ?? 0) + 1);
    // The primary moved to a statement that answers fewer reports than another does.
    const most = Math.max(...counts.values());
    const lesser = story.statements.find((s) => s.claimId !== '' && (counts.get(s.claimId) ?? 0) < most);
    if (lesser === undefined) throw new Error('no statement answers fewer reports');
    const statements = story.statements.map(({ primary: _, ...s }) =>
      s.claimId === lesser.claimId ? { ...s, primary: true as const } : s,
    );
    const unanswered = story.claims.filter((c) => c.kind === 'report' && c.answeredBy.length === 0);
    const page = describePage(
      { ...story, statements },
      unanswered.map((c, i) => ({ paragraph: i, claimId: c.id, score: 0.9 })),
      unanswered.length,
    );
    expect(summarise(page).answer?.quote).toBe(lesser.quote);
  });

  test('a story whose statements answer no report and mark no primary gives no answer', () => {
    const reports = story.claims.filter((c) => c.kind === 'report');
    const page = describePage(
      { ...story, statements: [], claims: story.claims.map((c) => ({ ...c, answeredBy: [] })) },
      reports.map((c, i) => ({ paragraph: i, claimId: c.id, score: 0.9 })),
      reports.length,
    );
    expect(page.answer).toBeNull();
    expect(summarise(page).answer).toBeNull();
  });

  test('groups the claims by kind in the kinds table’s order, each in reading order with its paragraphs', () => {
    const page = pageOf([
      [claim('ctx', { kind: 'context' }), 0],
      [claim('r2'), 5],
      [claim('st', { kind: 'statement' }), 3],
      [claim('r1'), 2, 8],
    ]);
    const groups = summarise(page).groups;
    expect(groups.map((g) => g.kind.label)).toEqual(
      KINDS.filter((k) => k.kind !== 'response').map((k) => k.label),
    );
    expect(groups[0]?.rows.map((r) => [r.view.id, r.found.map((f) => f.paragraph)])).toEqual([
      ['r1', [2, 8]],
      ['r2', [5]],
    ]);
  });

  test('on the seed story, the official denial is one of the story’s statements', () => {
    const reports = story.claims.filter((c) => c.answeredBy.length > 0);
    const page = describePage(
      story,
      reports.map((c, i) => ({ paragraph: i, claimId: c.id, score: 0.9 })),
      reports.length,
    );
    const answer = summarise(page).answer;
    expect(story.statements.map((s) => s.quote)).toContain(answer?.quote);
  });
});
