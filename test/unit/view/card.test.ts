import { describe, expect, test } from 'vitest';
import {
  cardAnswers,
  cardCredit,
  cardKinds,
  cardLead,
  cardOrder,
  kindsInWords,
} from '../../../src/view/card.ts';
import { describeClaim, type ClaimView } from '../../../src/view/describe.ts';
import { seedStory } from '../helpers.ts';
import type { ClaimKind } from '../../../src/model/types.ts';

const story = seedStory();
const view = (id: string): ClaimView => {
  const v = describeClaim(story, id);
  if (v === null) throw new Error(`no claim ${id}`);
  return v;
};
const primary = story.statements.find((s) => s.primary === true);
/** A report the primary statement answers: a paragraph may carry both. */
const answered = story.claims.find(
  (c) => c.kind === 'report' && c.answeredBy.includes(primary?.claimId ?? ''),
);

describe('what a claim card holds', () => {
  test('a card carrying the denial and a report it answers shows the denial once, as its claim, not again as the answer', () => {
    if (primary === undefined || answered === undefined) throw new Error('no answered report in the seeds');
    const alone = cardAnswers([view(answered.id)]);
    expect(alone.map((a) => a.quote)).toContain(primary.quote);
    const both = cardAnswers([view(answered.id), view(primary.claimId)]);
    expect(both.map((a) => a.claimId)).not.toContain(primary.claimId);
  });

  test('a card’s claims open with the one its heading names, then by kind as the legend ranks them', () => {
    if (primary === undefined || answered === undefined) throw new Error('no answered report in the seeds');
    const context = story.claims.find((c) => c.kind === 'context');
    if (context === undefined) throw new Error('no context in the seeds');
    const [report, statement, ctx] = [view(answered.id), view(primary.claimId), view(context.id)];
    const order = (lead: ClaimView, list: ClaimView[]) => cardOrder(list, (c) => c, lead).map((c) => c.kind);
    // Headed "Statement": the statement first, though the matcher found the report first.
    expect(order(statement, [ctx, report, statement])).toEqual(['statement', 'report', 'context']);
    expect(order(report, [ctx, report])).toEqual(['report', 'context']);
  });

  test('a card of statements is headed by the dated one, not one the sources give no date for', () => {
    const dated = story.claims.find(
      (c) => c.kind === 'statement' && c.said?.date != null && c.said.to != null,
    );
    const undated = story.claims.find(
      (c) => c.kind === 'statement' && c.said != null && c.said.date === null,
    );
    if (dated === undefined || undated === undefined) throw new Error('no such statements in the seeds');
    for (const list of [
      [view(undated.id), view(dated.id)],
      [view(dated.id), view(undated.id)],
    ])
      expect(cardLead(list, 'statement')?.id).toBe(dated.id);
  });

  test('of statements given the same day, the official one heads the card, whichever the matcher found first', () => {
    if (primary === undefined) throw new Error('no primary statement in the seeds');
    const sameDay = story.statements.find((s) => s.primary !== true && s.date === primary.date);
    if (sameDay === undefined) throw new Error('no statement given the primary’s day in the seeds');
    const [official, other] = [view(primary.claimId), view(sameDay.claimId)];
    expect(other.said?.date).toBe(official.said?.date);
    for (const list of [
      [other, official],
      [official, other],
    ])
      expect(cardLead(list, 'statement')?.id).toBe(official.id);
  });

  test('a card of several kinds is headed by every kind it holds, in the order it shows them', () => {
    // Headed "Report" alone, the card said of its context claim that it was a report.
    const heading = (kinds: ClaimKind[]) => kindsInWords(cardKinds(kinds));
    expect(heading(['context', 'report'])).toBe('report and context');
    expect(heading(['report', 'context', 'statement', 'report'])).toBe('statement, reports and context');
    expect(heading(['context', 'response'])).toBe('bank’s response and context');
    expect(heading(['report', 'report'])).toBe('reports');
    // The order a card shows its claims in (cardOrder) is the order its heading names them.
    if (primary === undefined || answered === undefined) throw new Error('no answered report in the seeds');
    const list = [view(answered.id), view(primary.claimId)];
    const shown = cardOrder(list, (c) => c, cardLead(list, 'statement')).map((c) => c.kind);
    expect(cardKinds(list.map((c) => c.kind)).map((k) => k.style.kind)).toEqual([...new Set(shown)]);
  });

  test('a card of several claims of a kind is headed in the plural', () => {
    // "Bank's response" over Wells Fargo's and U.S. Bancorp's responses said they were one bank's.
    const heading = (kinds: ClaimKind[]) => kindsInWords(cardKinds(kinds));
    expect(heading(['response', 'response'])).toBe('banks’ responses');
    expect(heading(['statement', 'report', 'report', 'context', 'context'])).toBe(
      'statement, reports and context',
    );
    expect(heading(['response'])).toBe('bank’s response');
  });

  test('a card’s heading credits no one speaker or first outlet that is not every claim’s', () => {
    const ofKind = (kind: ClaimKind, by: string) =>
      story.claims.find((c) => c.kind === kind && view(c.id).said?.by === by && view(c.id).said?.to === null);
    const [wells, bancorp] = [ofKind('response', 'Wells Fargo'), ofKind('response', 'U.S. Bancorp')];
    if (wells === undefined || bancorp === undefined)
      throw new Error('no responses of two banks in the seeds');
    const credit = (list: ClaimView[], kind: ClaimKind) => cardCredit(list, cardLead(list, kind));
    // Headed "said by Wells Fargo" over U.S. Bancorp's response too (dev page pos-a3).
    const banks = [view(wells.id), view(bancorp.id)];
    expect(credit(banks, 'response')).toMatch(
      /^said by (Wells Fargo and U\.S\. Bancorp|U\.S\. Bancorp and Wells Fargo)$/,
    );
    expect(credit([view(wells.id)], 'response')).toBe('');

    const reports = story.claims.filter((c) => c.kind === 'report' && view(c.id).firstOutlet !== null);
    const [a, b] = reports.map((c) => view(c.id));
    if (a === undefined || b === undefined) throw new Error('no two reports of a known first outlet');
    expect(credit([a, b], 'report')).toBe(`first reported by ${a.firstOutlet ?? ''}`);
    // A first outlet only one report has is not said of both; the earliest's is named first.
    const later = { ...b, firstOutlet: 'Reuters', firstDate: '2018-08-07' };
    expect(credit([later, a], 'report')).toBe(`first reported by ${a.firstOutlet ?? ''} and Reuters`);
    expect(credit([a, { ...b, firstOutlet: null, basis: 'undetermined' }], 'report')).toBe('');
    // Claims of several kinds: none, as before.
    expect(credit([a, view(wells.id)], 'report')).toBe('');
  });
});
