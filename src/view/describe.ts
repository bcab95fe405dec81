// A claim as a reader sees it: canonical wording, kind, who reported it first and when, who
// repeated it, and the subject's statements that answer it. Shared by the overlay, the popup,
// the story page and the check CLI so they all say the same thing.

import type { ClaimKind, Story } from '../model/types.ts';

export interface AnswerView {
  claimId: string;
  text: string;
  /** The official quote from story.json when the statement is one, else the claim's wording. */
  quote: string;
  date: string | null;
  /** Outlet the statement was given to, by name. */
  to: string | null;
  /** True for a statement story.json lists as the subject's own words. */
  official: boolean;
}

export interface ClaimView {
  id: string;
  text: string;
  kind: ClaimKind;
  firstOutlet: string | null;
  firstDate: string | null;
  /** "attribution", "earliest-seed" or "undetermined", as the index decided it. */
  basis: string;
  otherOutlets: string[];
  answers: AnswerView[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2018-08-06T20:00-04:00" → "6 Aug 2018": the same in every locale and time zone. */
export function formatDate(iso: string | null): string {
  if (iso === null) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m === null) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

export function describeClaim(story: Story, claimId: string): ClaimView | null {
  const claim = story.claims.find((c) => c.id === claimId);
  if (claim === undefined) return null;
  const name = (id: string | null): string | null => story.outlets.find((o) => o.id === id)?.name ?? null;
  return {
    id: claim.id,
    text: claim.text,
    kind: claim.kind,
    firstOutlet: name(claim.firstReport.outlet),
    firstDate: claim.firstReport.date,
    basis: claim.firstReport.basis,
    otherOutlets: claim.outlets.filter((o) => o !== claim.firstReport.outlet).map((o) => name(o) ?? o),
    answers: claim.answeredBy.flatMap((id) => {
      const c = story.claims.find((x) => x.id === id);
      if (c === undefined) return [];
      const official = story.statements.find((s) => s.claimId === id);
      return [
        {
          claimId: id,
          text: c.text,
          quote: official?.quote ?? c.text,
          date: official?.date ?? c.firstReport.date,
          to: name(official?.to ?? null),
          official: official !== undefined,
        },
      ];
    }),
  };
}

/** One claim found on a page: where (paragraph in extraction order) and how sure. */
export interface FoundClaim {
  paragraph: number;
  claimId: string;
  score: number;
}

/**
 * A recognised page as the reader sees it, in the overlay and the popup alike: the story, where
 * each claim was found, and how each reads.
 */
export interface PageView {
  storyId: string;
  title: string;
  /** ISO date the story broke. */
  broke: string;
  /** The story's subject by name ("Facebook"), for crediting its statements. */
  subject: string;
  /** The matcher's findings, nothing else. */
  claims: FoundClaim[];
  /** One view per distinct claim found: a page is sent no other claim's text. */
  views: ClaimView[];
}

export function describePage(story: Story, matches: readonly FoundClaim[]): PageView {
  const claims = matches.map((m) => ({ paragraph: m.paragraph, claimId: m.claimId, score: m.score }));
  const views = [...new Set(claims.map((c) => c.claimId))]
    .map((id) => describeClaim(story, id))
    .filter((v): v is ClaimView => v !== null);
  return {
    storyId: story.id,
    title: story.title,
    broke: story.broke,
    subject: story.subject.name,
    claims,
    views,
  };
}

/** "first reported by The Wall Street Journal, 6 Aug 2018", or why it cannot be said. */
export function firstReportLine(v: ClaimView): string {
  if (v.firstOutlet !== null)
    return `First reported by ${v.firstOutlet}${v.firstDate === null ? '' : `, ${formatDate(v.firstDate)}`}`;
  if (v.basis === 'earliest-seed' && v.firstDate !== null)
    return `Earliest known report: ${formatDate(v.firstDate)} (outlet not named)`;
  return 'First outlet not known from the sources';
}

/** "Facebook, statement to AFP, 6 Aug 2018" — who said an answer, to whom, when. */
export function answerCredit(subject: string, a: AnswerView): string {
  const to = a.to === null ? (a.official ? 'official statement' : 'as reported') : `statement to ${a.to}`;
  return `${subject}, ${to}${a.date === null ? '' : `, ${formatDate(a.date)}`}`;
}
