// How one page unit scores against one claim unit: a verbatim copy (shared word triples) scores
// 1, a paraphrase the weighted Dice coefficient of their terms, and a pair that shares too little
// scores nothing. Weights are integers here (1/1024ths, see `fixed`).

/**
 * Tuning: a unit pair must share this many informative terms, and score this much. The score
 * threshold was the lowest at which precision stayed at or above 0.92 on each alternating half of
 * the dev set; measured again with dev2 beside it, 0.42 adds wrong matches and finds nothing more
 * on any half, 0.44 loses found ones on three halves.
 */
export const MIN_SHARED_TERMS = 3;
/**
 * Informative terms a share move must share with its claim where the page has already stated a
 * claim of the story (matchParagraphs' `context`): "The stock rose anyway." tells the move in two
 * words, whose stock and which way, once the page has told what it rose on. Measured on the four
 * halves: any two of a claim unit's event terms instead ("a place to chat with friends") found 4
 * pairs and added 7 wrong matches (test/eval/LOG.md).
 */
export const MIN_SHARED_IN_CONTEXT = 2;
export const MIN_SCORE = 0.43;
/**
 * A pair scoring from this up to MIN_SCORE with one of the subject's recorded statements counts
 * where the page has stated another at RECORD_SIBLING_SCORE (match.ts, `addRecordSiblings`).
 * Measured on the four halves (test/eval/LOG.md, session 18): from 0.36 to 0.40 the same 3 pairs
 * on dev2's two halves and none wrong; at 0.34 one wrong.
 */
export const MIN_SIBLING_SCORE = 0.4;
/** What the page's other recorded statement must have scored: at 0.5, one wrong pair more in eval:seeds. */
export const RECORD_SIBLING_SCORE = 0.6;
/** Least total weight of a claim unit that may be matched by paraphrase. */
export const MIN_UNIT_WEIGHT = 6;
/**
 * The same for a claim unit whose polarity or speaker does not make it specific: an affirmed
 * report or statement of the story's common words ("Facebook wants banks to share your financial
 * data") meets any paragraph on the topic, where a denial must meet a denial and a bank's answer
 * a paragraph that names the bank.
 */
export const MIN_PLAIN_UNIT_WEIGHT = 8;
/** A term at or under this weight (the subject's name) is too common to count as shared. */
export const INFORMATIVE = 0.5;
/** Tenths of a claim unit's shingles a page unit must repeat to count as a verbatim copy. */
const VERBATIM_TENTHS = 6;

/**
 * Weights summed as integers (1/1024ths): before the engine is optimised, every sum of
 * floating-point numbers allocates, and a page load runs the matching loops once, unoptimised.
 */
export const fixed = (w: number): number => Math.round(w * 1024);

/**
 * part / whole ≥ VERBATIM_TENTHS / 10, for integers (fixed weights, counts), without a division:
 * before the engine is optimised every fractional result is a heap allocation, and a page load
 * tests thousands of pairs.
 */
const verbatimShare = (part: number, whole: number): boolean => part * 10 >= whole * VERBATIM_TENTHS;

const MIN_UNIT_FIXED = fixed(MIN_UNIT_WEIGHT);
/** MIN_SCORE in thousandths, rounded down: for bounds in integers, which may let more through, never fewer. */
export const PART_SCORE_PER_MILLE = Math.floor(MIN_SCORE * 1000) - 1;

/**
 * Whether a page unit sharing `shared` weight and `evidence` informative terms with a claim unit
 * could score. A part of a sentence (a clause, a quotation) shares at most what the whole
 * sentence shares, and its own weight is at least what it shares, so its Dice score is at most
 * 2s / (claim + s): clauses are scored only against the claim units that pass for their sentence.
 */
export function couldMatch(
  shared: number,
  evidence: number,
  claimWeight: number,
  claimShingles: number,
): boolean {
  if (claimWeight === 0) return false;
  if (verbatimShare(shared, claimWeight) && claimShingles >= 3) return true;
  // 2s / (claim + s) ≥ MIN_SCORE in integers, with the minimum rounded down: a bound may let a
  // few more pairs through to be scored, never fewer.
  return (
    evidence >= MIN_SHARED_IN_CONTEXT &&
    claimWeight >= MIN_UNIT_FIXED &&
    2000 * shared >= PART_SCORE_PER_MILLE * (claimWeight + shared)
  );
}

/**
 * The least shared weight (fixed) with which a pair could pass `couldMatch` against a claim unit
 * weighing `claimWeight`: both its tests need 2000 · shared ≥ PART_SCORE_PER_MILLE · (claim +
 * shared) at least (a verbatim copy's six tenths is more), rounded down so that rounding lets
 * more through, never fewer. The lookup works it out once per claim unit and compares one number
 * before it calls couldMatch: most claim units a page unit meets share only the story's cast.
 */
export const leastShared = (claimWeight: number): number =>
  Math.floor((PART_SCORE_PER_MILLE * claimWeight) / (2000 - PART_SCORE_PER_MILLE));

/** What the scorer knows of a pair: shared weight and evidence, both units' weights. */
export interface PairOverlap {
  shared: number;
  evidence: number;
  claimWeight: number;
  pageWeight: number;
}

/**
 * The pair's score, 0 when it cannot count. The page unit's shingles are asked for only when the
 * pair shares enough to be a verbatim copy; a claim unit lighter than `paraphraseFrom` (fixed,
 * from the prepared story) must be copied.
 */
export function scorePair(
  o: PairOverlap,
  claimShingles: readonly number[],
  page: { shingles(): ReadonlySet<number> },
  paraphraseFrom: number,
  minShared = MIN_SHARED_TERMS,
  minScore = MIN_SCORE,
): number {
  const { shared, evidence, claimWeight, pageWeight } = o;
  if (claimWeight > 0 && verbatimShare(shared, claimWeight) && claimShingles.length >= 3) {
    const pageSet = page.shingles();
    let hits = 0;
    for (let i = 0; i < claimShingles.length; i++) if (pageSet.has(claimShingles[i] ?? 0)) hits++;
    if (hits >= 3 && verbatimShare(hits, claimShingles.length)) return 1;
  }
  // A short claim unit of common words ("Facebook wants banks' data") would match any page on
  // the topic: it must be copied, not paraphrased (MIN_UNIT_WEIGHT, MIN_PLAIN_UNIT_WEIGHT).
  if (evidence < minShared || claimWeight < paraphraseFrom) return 0;
  // Weighted Dice: what the claim says that the page does not, and what the page says that the
  // claim does not, count alike. Measured against a claim-weighted mix (0.7 of the claim's
  // cover) on both halves of the dev set: higher precision and recall on each.
  const score = (2 * shared) / (claimWeight + pageWeight);
  return score < minScore ? 0 : score;
}
