// Links each report to the subject's statements that answer it. An answer is a denial (a negated
// statement: "not for advertising", "not actively asking for transaction data") whose terms
// overlap the report's, ignoring the subject's own name (every sentence has it); the official
// statements of story.json come first, the one it marks primary (the subject's main answer to
// the story) before the others. Only a report of what the subject did is answered: one
// that names the subject and states it (not "Google and Amazon have also sought banking info",
// not "they wouldn't want to…"). A report no denial overlaps is answered by none. When the story
// records statements, only they answer (below).

import { overlap, type Weights } from '../matching/similarity.ts';
import type { Claim } from '../model/types.ts';

/** A denial answers a report when they share at least this many terms (the subject's name aside)… */
const LINK_MIN_SHARED = 2;
/** …weighing at least this share of the report's terms or of the denial's. */
const LINK_MIN_COVER = 0.25;
const MAX_LINKS = 2;

export function linkAnswers(
  claims: Claim[],
  /** Claim ids of story.json's statements, and of the one it marks primary. */
  officialIds: readonly string[],
  primaryId: string | null,
  aboutSubject: (claim: Claim) => boolean,
  weight: Weights,
  subjectTerms: ReadonlySet<string>,
): void {
  const denials = claims.filter((c) => c.kind === 'statement' && c.match.some((m) => m.negated));
  // The reader is promised the subject's official answer. Where story.json records statements,
  // only those answer: a negated line given to one outlet ("Facebook wouldn't want to jeopardize
  // the security of customers' financial data", to PCMag) reassures; it does not deny a report.
  const statements = officialIds.some((id) => id !== '')
    ? denials.filter((c) => officialIds.includes(c.id))
    : denials;
  const official = (id: string): number => (id === primaryId ? 0 : officialIds.includes(id) ? 1 : 2);
  const termsOf = (c: Claim): Set<string> =>
    new Set(c.match.flatMap((m) => m.terms).filter((t) => !subjectTerms.has(t)));
  const statementTerms = statements.map(termsOf);
  for (const claim of claims) {
    if (claim.kind !== 'report' || claim.match.every((m) => m.negated) || !aboutSubject(claim)) continue;
    const mine = termsOf(claim);
    const scored = statements
      .map((s, i) => ({ id: s.id, o: overlap(mine, statementTerms[i] ?? new Set(), weight) }))
      .filter(({ o }) => o.count >= LINK_MIN_SHARED && Math.max(o.coverA, o.coverB) >= LINK_MIN_COVER)
      // The denial most fully about this report first: how much of the statement the report covers.
      .sort(
        (a, b) =>
          official(a.id) - official(b.id) ||
          b.o.coverB - a.o.coverB ||
          b.o.shared - a.o.shared ||
          (a.id < b.id ? -1 : 1),
      );
    claim.answeredBy = scored.slice(0, MAX_LINKS).map((s) => s.id);
  }
}
