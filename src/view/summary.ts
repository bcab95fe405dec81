// What a recognised page is against its story, in a few sentences: who first reported most of
// its claims, how many of its paragraphs repeat earlier reporting, the subject's answer once;
// then its claims grouped by kind in reading order. The popup shows it; kept pure so the
// sentences are tested as the reader reads them.

import {
  answerCredit,
  storyAnswerCredit,
  formatDate,
  type AnswerView,
  type ClaimView,
  type FoundClaim,
  type PageView,
} from './describe.ts';
import { compareReportTimes } from '../text/calendar.ts';
import { KINDS, type KindStyle } from './kinds.ts';
import { bodyParagraphs, foundIn } from './numbering.ts';
import { count, listOf } from './plural.ts';

/** One claim of the page: how it reads, and each paragraph it was found in (reading order) with why. */
export interface ClaimRow {
  view: ClaimView;
  found: FoundClaim[];
}

export interface KindGroup {
  kind: KindStyle;
  rows: ClaimRow[];
}

export interface PageSummary {
  /** "8 of this page's 12 claims were first reported by The Wall Street Journal, 6 Aug 2018." */
  origin: string;
  /** "Backstory found 9 of this page's 20 paragraphs in the sources; it found no source for the other 11." */
  paragraphs: string;
  /** The subject's official answer, once, with who said it, to whom and when; null when none answers. */
  answer: { quote: string; credit: string; claimId: string } | null;
  /** "12 claims found in 9 of 20 paragraphs": the short status a screen reader announces. */
  status: string;
  groups: KindGroup[];
}

/** Each distinct claim once, at its first paragraph, in reading order. */
function rowsOf(page: PageView): ClaimRow[] {
  const views = new Map(page.views.map((v) => [v.id, v]));
  const found = new Map<string, FoundClaim[]>();
  // Best match first within a paragraph, so a paragraph's reason is its strongest finding's.
  for (const c of [...page.claims].sort((a, b) => a.paragraph - b.paragraph || b.score - a.score)) {
    const list = found.get(c.claimId) ?? [];
    if (!list.some((f) => f.paragraph === c.paragraph)) list.push(c);
    found.set(c.claimId, list);
  }
  return [...found].flatMap(([id, list]) => {
    const view = views.get(id);
    return view === undefined ? [] : [{ view, found: list }];
  });
}

interface Tally {
  outlet: string;
  /** How many of the page's claims it reported first. */
  n: number;
  /** Its earliest first report among them. */
  date: string | null;
}

/** The outlets that first reported the page's claims, most claims first. */
function firstOutlets(rows: readonly ClaimRow[], brokeBy: string | null): Tally[] {
  const tally = new Map<string, Tally>();
  for (const { view } of rows) {
    if (view.firstOutlet === null) continue;
    const t = tally.get(view.firstOutlet) ?? { outlet: view.firstOutlet, n: 0, date: null };
    t.n++;
    // Earliest as an instant, not as a string: "2018-08-07T01:00+02:00" came before "2018-08-06T20:00-04:00".
    if (compareReportTimes(view.firstDate, t.date) < 0) t.date = view.firstDate;
    tally.set(view.firstOutlet, t);
  }
  // Ties go to the outlet that reported first, as an instant (compareReportTimes), and then to the
  // one that broke the story: that is the one the others followed. A record dated "2018-08-06" ties
  // with a report at "2018-08-06T20:00-04:00", since the day does not say which came first.
  const broke = (t: Tally): number => (t.outlet === brokeBy ? 0 : 1);
  return [...tally.values()].sort(
    (a, b) => b.n - a.n || compareReportTimes(a.date, b.date) || broke(a) - broke(b),
  );
}

/**
 * "4 are Facebook's own statements, 3 of them given to AFP, 1 to CNBC": a statement is the
 * subject's word, not an outlet's report, so the outlets it was given to are said as such, each
 * of them, and never counted as first reports (review finding 2: statements to AFP ranked AFP
 * above the outlet that broke the story).
 */
function statementsClause(rows: readonly ClaimRow[], subject: string): string {
  const n = rows.length;
  if (n === 0) return '';
  const to = new Map<string, number>();
  for (const { view } of rows)
    if (view.said?.to != null) to.set(view.said.to, (to.get(view.said.to) ?? 0) + 1);
  // Most statements first; outlets given as many, by name, so the sentence is the same every time.
  const outlets = [...to].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const given = outlets
    .map(([outlet, k], i) =>
      i > 0
        ? `${k} to ${outlet}`
        : n === 1
          ? `given to ${outlet}`
          : `${k === n ? 'all' : `${k} of them`} given to ${outlet}`,
    )
    .map((s) => `, ${s}`)
    .join('');
  return `${n === 1 ? `1 is ${subject}'s own statement` : `${n} are ${subject}'s own statements`}${given}`;
}

/** "2 are responses from Citigroup and Wells Fargo": the other parties' answers, by who gave them. */
function responsesClause(rows: readonly ClaimRow[]): string {
  const n = rows.length;
  if (n === 0) return '';
  const by = [...new Set(rows.flatMap((r) => (r.view.said === null ? [] : [r.view.said.by])))];
  return `${n === 1 ? '1 is a response' : `${n} are responses`}${by.length === 0 ? '' : ` from ${listOf(by)}`}`;
}

/**
 * "5 of this page's 24 claims were first reported by The Wall Street Journal, 6 Aug 2018; 2 by CNBC;
 * 4 are Facebook's own statements, 3 of them given to AFP; 13 are context." Only reports have a
 * first reporter: the leading outlet, the runner-up, the reports whose first outlet is unknown;
 * then what was said (statements, responses) and the context (background, commentary), which no
 * outlet broke and so are not counted as gaps in the sources.
 */
function originSentence(rows: readonly ClaimRow[], brokeBy: string | null, subject: string): string {
  const total = rows.length;
  const of = (kind: ClaimRow['view']['kind']): ClaimRow[] => rows.filter((r) => r.view.kind === kind);
  const reports = of('report');
  const [lead, next] = firstOutlets(reports, brokeBy);
  const unknown = reports.filter((r) => r.view.firstOutlet === null).length;
  const context = of('context').length;
  const said = [
    statementsClause(of('statement'), subject),
    responsesClause(of('response')),
    context === 0 ? '' : `${context} ${context === 1 ? 'is' : 'are'} context`,
  ].filter((s) => s !== '');
  if (lead === undefined) {
    if (unknown === total)
      return total === 1
        ? "The outlet that first reported this page's one claim is not known from the sources."
        : `The outlets that first reported this page's ${total} claims are not known from the sources.`;
    if (unknown > 0)
      return `For ${unknown} of this page's ${total} claims the first outlet is not known${said.map((s) => `; ${s}`).join('')}.`;
    // Every clause of a one-claim page starts "1 is …", and of a page all of one kind "N are …".
    if (total === 1) return `${said[0]?.replace(/^1 /, "This page's one claim ") ?? ''}.`;
    const all = total === 2 ? "Both of this page's claims" : `All ${total} of this page's claims`;
    if (said.length === 1) return `${said[0]?.replace(/^\d+ /, `${all} `) ?? ''}.`;
    return `Of this page's ${total} claims, ${said.join('; ')}.`;
  }
  const when = lead.date === null ? '' : `, ${formatDate(lead.date)}`;
  if (total === 1) return `This page's one claim was first reported by ${lead.outlet}${when}.`;
  const share =
    lead.n < total
      ? `${lead.n} of this page's ${total} claims ${lead.n === 1 ? 'was' : 'were'}`
      : total === 2
        ? "Both of this page's claims were"
        : `All ${total} of this page's claims were`;
  const others = reports.length - unknown - lead.n - (next?.n ?? 0);
  const rest = [
    next === undefined ? '' : `; ${next.n} by ${next.outlet}`,
    others === 0 ? '' : `; ${others} by ${others === 1 ? 'another outlet' : 'other outlets'}`,
    unknown === 0 ? '' : `; for ${unknown} the first outlet is not known`,
    ...said.map((s) => `; ${s}`),
  ].join('');
  return `${share} first reported by ${lead.outlet}${when}${rest}.`;
}

/**
 * The body's paragraphs found in the sources, counted as the rows number them (numbering.ts), and
 * the headline apart where a claim was found in it: "this page's headline and 3 of its 12
 * paragraphs". The page is named first ("this page's"), not "its": under the story's title in
 * the popup, "its headline" read as the story's.
 */
function paragraphSentence(found: { headline: boolean; body: number }, total: number): string {
  const matched = found.body;
  const head = found.headline ? "this page's headline and " : '';
  // Once the headline has named the page, "its" is the page's.
  const its = found.headline ? 'its' : "this page's";
  const fresh = total - matched;
  if (total === 0) return found.headline ? "Backstory found this page's headline in the sources." : '';
  if (fresh <= 0)
    return `Backstory found ${head}${total === 1 ? `${its} one paragraph` : total === 2 ? `both of ${its} paragraphs` : `all ${total} of ${its} paragraphs`} in the sources.`;
  // A miss is not evidence of originality: the matcher puts precision first (review finding 4).
  if (matched === 0)
    return found.headline
      ? `Backstory found this page's headline in the sources, and no source for ${body(total, 'its')}.`
      : `Backstory found no source for ${body(total, "this page's")}.`;
  return `Backstory found ${head}${matched} of ${its} ${count(total, 'paragraph')} in the sources; it found no source for the other ${fresh === 1 ? 'one' : fresh}.`;
}

/** "its one paragraph", "either of this page's paragraphs", "any of its 12 paragraphs". */
const body = (total: number, its: string): string =>
  total === 1
    ? `${its} one paragraph`
    : total === 2
      ? `either of ${its} paragraphs`
      : `any of ${its} ${total} paragraphs`;

/**
 * The status line's place: "the headline and 3 of 12 paragraphs", "the headline" alone where no
 * paragraph of the body was found, and no "and 0 of 1".
 */
function statusPlace(found: { headline: boolean; body: number }, paragraphs: number): string {
  const of = `${found.body} of ${count(paragraphs, 'paragraph')}`;
  if (!found.headline) return of;
  return found.body === 0 ? 'the headline' : `the headline and ${of}`;
}

/** The official answer that answers the most of the page's claims: the subject's word on it. */
function mainAnswer(rows: readonly ClaimRow[]): AnswerView | null {
  const answers = new Map<string, { a: AnswerView; n: number }>();
  for (const { view } of rows)
    for (const a of view.answers.filter((x) => x.official)) {
      const seen = answers.get(a.claimId) ?? { a, n: 0 };
      seen.n++;
      answers.set(a.claimId, seen);
    }
  return [...answers.values()].sort((x, y) => y.n - x.n)[0]?.a ?? null;
}

/** The page against its story. */
export function summarise(page: PageView): PageSummary {
  const rows = rowsOf(page);
  const paragraphs = bodyParagraphs(page.headline, page.paragraphs);
  const found = foundIn(
    page.headline,
    page.claims.map((c) => c.paragraph),
  );
  // The answer of the page's own claims first; else the story's, once the page is about the story,
  // credited as the answer to the story rather than to these claims.
  const own = mainAnswer(rows);
  const answer = own ?? page.answer ?? null;
  const credit = own === null ? storyAnswerCredit : answerCredit;
  return {
    origin: originSentence(rows, page.brokeBy, page.subject),
    paragraphs: paragraphSentence(found, paragraphs),
    answer:
      answer === null
        ? null
        : { quote: answer.quote, credit: credit(page.subject, answer), claimId: answer.claimId },
    status: `${count(rows.length, 'claim')} found in ${statusPlace(found, paragraphs)}`,
    groups: KINDS.map((kind) => ({ kind, rows: rows.filter((r) => r.view.kind === kind.kind) })).filter(
      (g) => g.rows.length > 0,
    ),
  };
}
