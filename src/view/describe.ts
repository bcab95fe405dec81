// A claim as a reader sees it: canonical wording, kind, who reported it first and when, who
// repeated it, and the subject's statements that answer it. Shared by the overlay, the popup,
// the story page and the check CLI so they all say the same thing.

import type { ClaimKind, Story } from '../model/types.ts';
import type { HeadlineLines } from './numbering.ts';

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
  /**
   * True for the one statement story.json marks primary: the only one called the subject's
   * "official statement", since a reader takes that for one statement. Optional: an answer stored
   * by an older version has none, and is credited as a plain statement.
   */
  primary?: boolean;
}

export interface ClaimView {
  id: string;
  text: string;
  kind: ClaimKind;
  firstOutlet: string | null;
  firstDate: string | null;
  /** "attribution", "earliest-seed" or "undetermined", as the index decided it. */
  basis: string;
  /** The other outlets the source articles credit for it, by name, in the order of their first report. */
  otherOutlets: string[];
  /**
   * Whether the source articles credit the first outlet themselves. A statement's outlet comes
   * from story.json's record of it, which no article need credit: then the others are not "also".
   */
  firstCredited: boolean;
  /** For a statement or a response: who said it, to which outlet (by name) and when, where known. */
  said: {
    by: string;
    to: string | null;
    date: string | null;
    /**
     * The statement story.json marks primary, which the popup and the story page quote as the
     * subject's official statement: said so here, or its claim reads as another statement.
     * Optional: a view stored by an older version has none.
     */
    official?: boolean;
  } | null;
  answers: AnswerView[];
}

/** A source article as the views name it (src/view/sources.ts words it). */
export interface ArticleView {
  headline: string;
  /** ISO date, where story.json knows it. */
  date: string | null;
  byline: string | null;
}

/** The article a seed file is, or null for a seed the story does not name (the index refuses one). */
export function articleOf(story: Story, seed: string): ArticleView | null {
  const a = story.sources.find((s) => s.seed === seed);
  return a === undefined ? null : { headline: a.headline, date: a.date, byline: a.byline };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2018-08-06T20:00-04:00" → "6 Aug 2018": the same in every locale and time zone. */
export function formatDate(iso: string | null): string {
  if (iso === null) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m === null) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

/** An outlet of the story by name, or null for an id the story does not know (or none). */
export const outletName = (story: Story, id: string | null): string | null =>
  story.outlets.find((o) => o.id === id)?.name ?? null;

/** A statement of the subject as an answer: story.json's quote, date and outlet where it is official. */
function answerView(story: Story, id: string): AnswerView | null {
  const c = story.claims.find((x) => x.id === id);
  if (c === undefined) return null;
  const official = story.statements.find((s) => s.claimId === id);
  return {
    claimId: id,
    text: c.text,
    quote: official?.quote ?? c.text,
    date: official?.date ?? c.firstReport.date,
    to: outletName(story, official?.to ?? null),
    official: official !== undefined,
    primary: official?.primary === true,
  };
}

/**
 * The subject's main answer to the story: the statement story.json marks primary; for an index
 * without one, the official statement that answers the most of its reports; null when none does.
 * A page about the story whose matched claims carry no answer still gets it (review finding 12).
 */
function storyAnswer(story: Story): AnswerView | null {
  const primary = story.statements.find((s) => s.primary === true)?.claimId;
  const view = primary === undefined ? null : answerView(story, primary);
  if (view !== null) return view;
  const n = new Map<string, number>();
  for (const c of story.claims)
    for (const id of c.answeredBy)
      if (story.statements.some((s) => s.claimId === id)) n.set(id, (n.get(id) ?? 0) + 1);
  const [best] = [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return best === undefined ? null : answerView(story, best[0]);
}

export function describeClaim(story: Story, claimId: string): ClaimView | null {
  const claim = story.claims.find((c) => c.id === claimId);
  if (claim === undefined) return null;
  const name = (id: string | null): string | null => outletName(story, id);
  return {
    id: claim.id,
    text: claim.text,
    kind: claim.kind,
    firstOutlet: name(claim.firstReport.outlet),
    firstDate: claim.firstReport.date,
    basis: claim.firstReport.basis,
    otherOutlets: claim.outlets.filter((o) => o !== claim.firstReport.outlet).map((o) => name(o) ?? o),
    // `outlets` holds a statement's record's outlet too: what the articles credit is their passages'.
    firstCredited:
      claim.firstReport.outlet !== null &&
      claim.appearances.some((a) => a.outlet === claim.firstReport.outlet),
    said:
      claim.said === undefined
        ? null
        : {
            by: claim.said.by,
            to: name(claim.said.to),
            date: claim.said.date,
            official: story.statements.some((s) => s.claimId === claim.id && s.primary === true),
          },
    answers: claim.answeredBy.flatMap((id) => {
      const a = answerView(story, id);
      return a === null ? [] : [a];
    }),
  };
}

/** One claim found on a page: where (paragraph in extraction order) and how sure. */
export interface FoundClaim {
  paragraph: number;
  claimId: string;
  score: number;
  /**
   * Why this matched: the seed appearance the paragraph matched (its exact quote), the outlet
   * that seed credits for it, by name, and the article it is from; null when the matcher gave no
   * evidence. `inHeadline`: the passage stands within the article's headline (by their places in
   * the seed), which is then not quoted again as where it is from.
   */
  why: {
    seed: string;
    quote: string;
    outlet: string | null;
    article: ArticleView | null;
    inHeadline: boolean;
  } | null;
}

/** What the matcher hands over for one finding: its evidence is the matched seed quote first. */
export interface Finding {
  paragraph: number;
  claimId: string;
  score: number;
  evidence?: readonly { seed: string; quote: string }[];
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
  /** The outlet story.json says broke it, by name (the summary names it first among outlets tied on a day). */
  brokeBy: string | null;
  /** The story's subject by name ("Facebook"), for crediting its statements. */
  subject: string;
  /** How many paragraphs the page's article has (matched or not). */
  paragraphs: number;
  /** The matcher's findings, nothing else. */
  claims: FoundClaim[];
  /** One view per distinct claim found: a page is sent no other claim's text than these and `answer`. */
  views: ClaimView[];
  /**
   * The subject's main answer to the story (storyAnswer), for a page whose claims carry none.
   * Optional: a view stored by an older version has none, and is still shown.
   */
  answer?: AnswerView | null;
  /**
   * Which lines are the page's headline, where the page said (null: none found, or a page read
   * without a page reader). Optional: a view stored by an older version has none.
   */
  headline?: HeadlineLines | null;
}

export function describePage(
  story: Story,
  matches: readonly Finding[],
  paragraphs: number,
  headline: HeadlineLines | null = null,
): PageView {
  const why = (m: Finding): FoundClaim['why'] => {
    const e = m.evidence?.[0];
    if (e === undefined) return null;
    const claim = story.claims.find((c) => c.id === m.claimId);
    const at = claim?.appearances.find(
      (a) => a.seed === e.seed && (a.quote === e.quote || a.sentence === e.quote),
    );
    const source = story.sources.find((s) => s.seed === e.seed);
    return {
      seed: e.seed,
      quote: e.quote,
      outlet: outletName(story, at?.outlet ?? null),
      article: articleOf(story, e.seed),
      inHeadline:
        at !== undefined && source !== undefined && at.start >= source.start && at.end <= source.end,
    };
  };
  const claims = matches.map((m) => ({
    paragraph: m.paragraph,
    claimId: m.claimId,
    score: m.score,
    why: why(m),
  }));
  const views = [...new Set(claims.map((c) => c.claimId))]
    .map((id) => describeClaim(story, id))
    .filter((v): v is ClaimView => v !== null);
  return {
    storyId: story.id,
    title: story.title,
    broke: story.broke,
    brokeBy: outletName(story, story.brokeBy),
    subject: story.subject.name,
    paragraphs,
    claims,
    views,
    answer: storyAnswer(story),
    headline,
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

/**
 * Where a claim comes from, in one line: who said a statement or a response, to whom and when
 * ("Said by Facebook to AFP, 6 Aug 2018", "Said by Facebook in its official statement, 6 Aug
 * 2018"), else who reported it first (firstReportLine); empty
 * for context no outlet is named for, which callers leave out.
 */
export function provenanceLine(v: ClaimView): string {
  // Context (background, commentary) is no outlet's report: a missing first outlet is no gap in
  // the sources, and 27 "First outlet not known" lines read as holes (review finding 15).
  if (v.kind === 'context' && v.firstOutlet === null && v.said === null) return '';
  if (v.said === null) return firstReportLine(v);
  const to =
    v.said.to !== null ? ` to ${v.said.to}` : v.said.official === true ? ' in its official statement' : '';
  return `Said by ${v.said.by}${to}${v.said.date === null ? '' : `, ${formatDate(v.said.date)}`}`;
}

/**
 * "statement to AFP, 6 Aug 2018": how and when an answer was given. Only the primary statement
 * is "official": story.json records others given to no named outlet, and two "official
 * statements" read as two versions of the one denial.
 */
function answerSource(a: AnswerView): string {
  const bare = a.primary === true ? 'official statement' : a.official ? 'statement' : 'as reported';
  const to = a.to === null ? bare : `statement to ${a.to}`;
  return `${to}${a.date === null ? '' : `, ${formatDate(a.date)}`}`;
}

/** "Facebook, statement to AFP, 6 Aug 2018" — who said an answer, to whom, when. */
export const answerCredit = (subject: string, a: AnswerView): string => `${subject}, ${answerSource(a)}`;

/**
 * "Facebook's answer to the story (official statement, 6 Aug 2018)": the story's main answer shown
 * on a page whose claims it does not answer, credited so it does not read as a denial of them.
 */
export const storyAnswerCredit = (subject: string, a: AnswerView): string =>
  `${subject}'s answer to the story (${answerSource(a)})`;
