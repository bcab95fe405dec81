import { describe, expect, test } from 'vitest';
import {
  answerCredit,
  articleOf,
  describeClaim,
  describePage,
  provenanceLine,
} from '../../../src/view/describe.ts';
import { seedStory } from '../helpers.ts';

const story = seedStory();

describe('what a reader is told about a claim and a page', () => {
  test('a finding says why it matched: the seed quote it matched, and the outlet that seed credits', () => {
    const claim = story.claims.find((c) => c.appearances.some((a) => a.outlet !== null));
    const credited = claim?.appearances.find((a) => a.outlet !== null);
    if (claim === undefined || credited === undefined) throw new Error('the seeds credit no outlet');
    const outlet = story.outlets.find((o) => o.id === credited.outlet)?.name;
    const view = describePage(
      story,
      [{ paragraph: 4, claimId: claim.id, score: 0.8, evidence: [credited] }],
      10,
    );
    expect(view.paragraphs).toBe(10);
    expect(view.claims).toEqual([
      {
        paragraph: 4,
        claimId: claim.id,
        score: 0.8,
        why: {
          seed: credited.seed,
          quote: credited.quote,
          outlet,
          article: articleOf(story, credited.seed),
          inHeadline: false,
        },
      },
    ]);
    // The article is named by its headline, not by its file.
    expect(view.claims[0]?.why?.article?.headline).toMatch(/^Facebook /);
  });

  test('a finding without evidence says nothing it does not know', () => {
    const claim = story.claims[0];
    if (claim === undefined) throw new Error('no claims');
    expect(describePage(story, [{ paragraph: 0, claimId: claim.id, score: 0.7 }], 1).claims[0]?.why).toBe(
      null,
    );
  });

  test('a statement says who said it, to which outlet and when; a report who reported it first', () => {
    const statement = story.claims.find((c) => c.kind === 'statement' && c.said?.to != null);
    const report = story.claims.find((c) => c.kind === 'report' && c.firstReport.outlet !== null);
    if (statement === undefined || report === undefined) throw new Error('no such claims in the seeds');
    const s = describeClaim(story, statement.id);
    const r = describeClaim(story, report.id);
    if (s === null || r === null) throw new Error('not described');
    const to = story.outlets.find((o) => o.id === statement.said?.to)?.name ?? '';
    expect(provenanceLine(s)).toMatch(new RegExp(`^Said by ${statement.said?.by} to ${to}`));
    expect(r.said).toBe(null);
    expect(provenanceLine(r)).toMatch(/^First reported by /);
  });

  test('context says no missing outlet; a report whose outlet is unknown still says so', () => {
    const context = story.claims.filter((c) => c.kind === 'context' && c.firstReport.outlet === null);
    const unknown = story.claims.find((c) => c.kind === 'report' && c.firstReport.outlet === null);
    if (context.length === 0 || unknown === undefined) throw new Error('no such claims in the seeds');
    for (const c of context) {
      const v = describeClaim(story, c.id);
      if (v === null) throw new Error('not described');
      expect(provenanceLine(v)).toBe('');
    }
    const u = describeClaim(story, unknown.id);
    if (u === null) throw new Error('not described');
    expect(provenanceLine(u)).toMatch(/not known|Earliest known report/);
  });

  test('only the primary statement is credited as the official statement; another given to no named outlet is a statement', () => {
    const primary = story.statements.find((s) => s.primary === true);
    const other = story.statements.find((s) => s.primary !== true && s.to === null && s.claimId !== '');
    if (primary === undefined || other === undefined) throw new Error('no such statements in the seeds');
    const answerTo = (id: string) =>
      story.claims.flatMap((c) => describeClaim(story, c.id)?.answers ?? []).find((a) => a.claimId === id);
    const p = answerTo(primary.claimId);
    const o = answerTo(other.claimId);
    if (p === undefined || o === undefined) throw new Error('the statements answer no claim');
    expect(answerCredit('Facebook', p)).toBe('Facebook, official statement, 6 Aug 2018');
    expect(answerCredit('Facebook', o)).toBe('Facebook, statement, 6 Aug 2018');
  });

  test('the primary statement’s own claim says it is the official statement the popup and story page quote; another does not', () => {
    const primary = story.statements.find((s) => s.primary === true);
    const other = story.statements.find((s) => s.primary !== true && s.to === null && s.claimId !== '');
    if (primary === undefined || other === undefined) throw new Error('no such statements in the seeds');
    const line = (id: string): string => {
      const v = describeClaim(story, id);
      if (v === null) throw new Error('not described');
      return provenanceLine(v);
    };
    expect(line(primary.claimId)).toBe('Said by Facebook in its official statement, 6 Aug 2018');
    expect(line(other.claimId)).toBe('Said by Facebook, 6 Aug 2018');
  });
});
