// Paragraph → claims. Each paragraph is cut into units (sentences and long clauses); each unit
// is scored against the claims' precomputed units through an inverted index, so a paragraph
// costs O(its terms × postings of those terms), never O(all claims).

import { overlap, shingles as shinglesOf, type Weights } from './similarity.ts';
import { analyse } from './terms.ts';
import type { Claim, Story } from './types.ts';
import { units } from './units.ts';

export interface Evidence {
  seed: string;
  quote: string;
}

export interface ParagraphMatch {
  paragraph: number;
  claimId: string;
  score: number;
  /** Which sentence of the paragraph carried the claim (0-based). */
  sentence: number;
  evidence: Evidence[];
}

/** Tuning: a unit pair must share this many informative terms, and score this much. */
export const MIN_SHARED_TERMS = 3;
export const MIN_SCORE = 0.52;
/** Least total weight of a claim unit that may be matched by paraphrase. */
export const MIN_UNIT_WEIGHT = 8;
/** A term at or under this weight (the subject's name, "say") is too common to count as shared. */
const INFORMATIVE = 0.5;
/** Share of a claim unit's shingles a page unit must repeat to count as a verbatim copy. */
const VERBATIM = 0.6;

/** Work counters, for tests and benchmarks that check the cost bound. */
export interface MatchStats {
  units: number;
  /** (page unit, claim unit) pairs scored. */
  pairs: number;
}

interface Posting {
  claim: number;
  unit: number;
}

export interface PreparedStory {
  story: Story;
  postings: Map<string, Posting[]>;
  unitTerms: Set<string>[][];
  unitShingles: Set<number>[][];
}

/** Builds the inverted index of a story's claim units once. O(total claim terms). */
export function prepare(story: Story): PreparedStory {
  const postings = new Map<string, Posting[]>();
  story.claims.forEach((c, claim) =>
    c.match.forEach((m, unit) => {
      for (const t of m.terms) {
        const list = postings.get(t) ?? [];
        list.push({ claim, unit });
        postings.set(t, list);
      }
    }),
  );
  return {
    story,
    postings,
    unitTerms: story.claims.map((c) => c.match.map((m) => new Set(m.terms))),
    unitShingles: story.claims.map((c) => c.match.map((m) => new Set(m.shingles))),
  };
}

/** Score of one page unit against one claim unit, 0 when they do not match. O(|a| + |b|). */
function scoreUnit(page: Set<string>, pageShingles: number[], negated: boolean, claimTerms: Set<string>, claimShingles: Set<number>, claimNegated: boolean, weight: Weights): number {
  if (negated !== claimNegated) return 0;
  if (claimShingles.size >= 3) {
    let shared = 0;
    for (const h of pageShingles) if (claimShingles.has(h)) shared++;
    if (shared >= 3 && shared / claimShingles.size >= VERBATIM) return 1;
  }
  const o = overlap(page, claimTerms, weight);
  // A short claim unit of common words ("Facebook wants banks' data") would match any page on the
  // topic: it must be copied, not paraphrased.
  if (o.shared / Math.max(o.coverB, 1e-9) < MIN_UNIT_WEIGHT) return 0;
  let informative = 0;
  for (const t of page) if (claimTerms.has(t) && weight(t) > INFORMATIVE) informative++;
  if (informative < MIN_SHARED_TERMS) return 0;
  // How much of the claim the page states, tempered by how much else the page unit says.
  return 0.7 * o.coverB + 0.3 * o.coverA;
}

/**
 * Claims stated in each paragraph, best first, at most one entry per (paragraph, claim).
 * Cost: O(paragraph terms × postings per term + candidate pairs × unit size).
 */
export function matchParagraphs(prepared: PreparedStory, paragraphs: readonly string[], weight: Weights, stats?: MatchStats): ParagraphMatch[] {
  const { story, postings, unitTerms, unitShingles } = prepared;
  const out: ParagraphMatch[] = [];
  paragraphs.forEach((text, paragraph) => {
    const best = new Map<number, { score: number; sentence: number; units: Set<number> }>();
    for (const u of units(text)) {
      const { terms, negated } = analyse(u.text);
      const set = new Set(terms);
      const sh = shinglesOf(terms);
      const candidates = new Set<number>();
      for (const t of set) {
        if (weight(t) <= INFORMATIVE) continue;
        for (const p of postings.get(t) ?? []) candidates.add(p.claim * 65536 + p.unit);
      }
      if (stats !== undefined) {
        stats.units++;
        stats.pairs += candidates.size;
      }
      for (const key of candidates) {
        const claim = Math.floor(key / 65536);
        const unit = key % 65536;
        const c: Claim | undefined = story.claims[claim];
        const m = c?.match[unit];
        if (c === undefined || m === undefined) continue;
        const score = scoreUnit(set, sh, negated, unitTerms[claim]?.[unit] ?? new Set(), unitShingles[claim]?.[unit] ?? new Set(), m.negated, weight);
        if (score < MIN_SCORE) continue;
        const prev = best.get(claim);
        if (prev === undefined || score > prev.score) best.set(claim, { score, sentence: u.sentence, units: new Set([unit]) });
        else if (score === prev.score) prev.units.add(unit);
      }
    }
    for (const [claim, b] of best) {
      const c = story.claims[claim];
      if (c === undefined) continue;
      const evidence: Evidence[] = [];
      for (const unit of b.units) {
        const a = c.appearances[c.match[unit]?.from ?? -1];
        if (a !== undefined && !evidence.some((e) => e.seed === a.seed && e.quote === a.quote)) evidence.push({ seed: a.seed, quote: a.quote });
      }
      out.push({ paragraph, claimId: c.id, score: Math.round(b.score * 1000) / 1000, sentence: b.sentence, evidence });
    }
  });
  return out.sort((a, b) => a.paragraph - b.paragraph || b.score - a.score);
}
