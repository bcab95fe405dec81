// A page unit that states a stretch of a long claim unit. "Officials in Washington and London are
// investigating the company over the scandal" states part of "Facebook acknowledged last month
// that it was facing multiple inquiries from US and British regulators about a scandal involving
// the now bankrupt British consultancy Cambridge Analytica", whose other words the Dice score
// counts against it. Scored instead against the stretch of the claim unit it shares (the run of
// its words from one shared term to another), what the claim says that the page does not is what
// that stretch says. What a short stretch shares may be only the story's cast and common nouns
// ("asked U.S. banks to share customer data" in a sentence about another company), so every term
// weighs here by how few of the story's claims carry it too (prepare.ts, `specificity`).

import type { PreparedStory, Sequence } from './prepare.ts';
import {
  fixed,
  INFORMATIVE,
  MIN_SCORE,
  MIN_SHARED_TERMS,
  MIN_UNIT_WEIGHT,
  PART_SCORE_PER_MILLE,
} from './score.ts';
import type { Weights } from './similarity.ts';
import { evidenceOf } from '../text/terms.ts';

/**
 * The most a stretch must weigh, by specificity: that of a claim unit whose polarity or speaker
 * makes it specific (MIN_UNIT_WEIGHT), not the higher bar of a plain one (MIN_PLAIN_UNIT_WEIGHT),
 * which makes up for the story's common words that specificity already weighs down. Under the
 * higher bar "Shares in Facebook plummeted last week, wiping out some $100 billion", copied from
 * a longer seed sentence, met nothing (its stretch weighs 7.4: the stock is in a sixth of the claims).
 */
const STRETCH_FROM = fixed(MIN_UNIT_WEIGHT);

/**
 * What a stretch of a claim unit met in other words from `paraphraseFrom` must weigh: the claim
 * unit's own, so the lookup works it out once per claim unit for the bounds below.
 */
export const stretchBar = (paraphraseFrom: number): number => Math.min(paraphraseFrom, STRETCH_FROM);

/**
 * What the page unit brings: its distinct terms, and their weight (fixed), each times its
 * specificity (the lookup sums it for its bound, `stretchCouldScore`).
 */
export interface StretchPage {
  terms: ReadonlySet<string>;
  specificWeight: number;
}

/**
 * The best Dice score of the page unit against a stretch of claim unit k, both weighed by
 * specificity, over stretches that share MIN_SHARED_TERMS informative terms and weigh, by
 * specificity, what a claim unit must weigh to be met in other words (`paraphraseFrom`, fixed),
 * at most STRETCH_FROM (`stretchBar`): a stretch must say enough that tells its claim apart to be
 * a fact, not a phrase of the story ("asked U.S. banks to share customer data"). 0 under
 * MIN_SCORE. O(n²) in the claim unit's terms (a dozen, at most a few dozen), for the few pairs
 * the Dice score misses and the lookup's bound (`stretchCouldScore`) lets through.
 */
export function stretchScore(
  prepared: PreparedStory,
  k: number,
  page: StretchPage,
  weight: Weights,
  paraphraseFrom: number,
): number {
  const from = stretchBar(paraphraseFrom);
  const sequence = prepared.sequenceOf(k);
  const { terms: seq, previous } = sequence;
  const { specificAt, evidenceAt } = weighed(prepared, sequence, weight);
  // Which places the page shares, then the O(n²) pass over plain numbers.
  const n = seq.length;
  const isShared = new Uint8Array(n);
  for (let j = 0; j < n; j++) if (page.terms.has(seq[j] ?? '')) isShared[j] = 1;
  let best = 0;
  for (let i = 0; i < n; i++) {
    // A best stretch starts and ends on a shared term: any other end only adds what the page lacks.
    if (isShared[i] === 0) continue;
    let specific = 0;
    let shared = 0;
    let evidence = 0;
    for (let j = i; j < n; j++) {
      // A term counts once in a stretch: at its first place in it.
      if ((previous[j] ?? -1) >= i) continue;
      specific += specificAt[j] ?? 0;
      if (isShared[j] === 0) continue;
      shared += specificAt[j] ?? 0;
      evidence += evidenceAt[j] ?? 0;
      if (evidence < LEAST_STRETCH_EVIDENCE || specific < from) continue;
      const score = (2 * shared) / (specific + page.specificWeight);
      if (score > best) best = score;
    }
  }
  return best < MIN_SCORE ? 0 : best;
}

/**
 * Each place's weight by specificity (fixed) and its evidence where informative (else 0): the
 * claim unit's own, whatever the page, so worked out at its first stretch and kept with its
 * sequence (a background's next pages score stretches of the same few claim units again).
 */
function weighed(
  prepared: PreparedStory,
  sequence: Sequence,
  weight: Weights,
): { specificAt: Float64Array; evidenceAt: Float64Array } {
  if (sequence.weighed?.weight === weight) return sequence.weighed;
  const { specificity } = prepared;
  const seq = sequence.terms;
  const specificAt = new Float64Array(seq.length);
  const evidenceAt = new Float64Array(seq.length);
  for (let j = 0; j < seq.length; j++) {
    const t = seq[j] ?? '';
    const real = weight(t);
    specificAt[j] = fixed(real * specificity(t));
    if (real > INFORMATIVE) evidenceAt[j] = evidenceOf(t);
  }
  sequence.weighed = { weight, specificAt, evidenceAt };
  return sequence.weighed;
}

/**
 * Whether a claim unit weighing `claimWeight` may be met on a stretch at all: one lighter than
 * what it must weigh to be met in other words (`paraphraseFrom`) must be copied, as a whole.
 * The claim unit's own, whatever the page, so the lookup flags each claim unit once.
 */
export const claimCanStretch = (claimWeight: number, paraphraseFrom: number): boolean =>
  claimWeight >= paraphraseFrom;

/**
 * The least evidence (informative terms, a name counting twice) a stretch needs: asked of each
 * stretch `stretchScore` weighs, and by the lookup of the whole pair, which holds at least what
 * any of its stretches shares, so that it never passes over a pair a stretch of which could
 * score. A number both compare with, not a function: a call for every pair cost the 2,000-word
 * page 0.5M instructions more before the engine is optimised (src/tools/bench/LOG.md).
 */
export const LEAST_STRETCH_EVIDENCE = MIN_SHARED_TERMS;

/**
 * Whether a page unit whose distinct terms weigh `pageSpecific`, sharing `sharedSpecific` with a
 * claim unit (both fixed, each term times its specificity), could score on a stretch of it: no
 * stretch holds more of the page than the whole unit does, nor weighs less than what it shares or
 * than the claim unit's `stretchBar`. The same test as `stretchScore` makes, so the matcher's
 * lookup can make it for a pair before the pair is scored at all. Asked of most pairs a page
 * finds: no call inside, where `Math.max` and the bar's own were two more per pair.
 */
export const stretchCouldScore = (sharedSpecific: number, pageSpecific: number, bar: number): boolean =>
  2 * sharedSpecific >= MIN_SCORE * ((sharedSpecific > bar ? sharedSpecific : bar) + pageSpecific);

/**
 * The same for any part of a sentence (a clause, a quotation) that shares at most
 * `sharedSpecific`: a part weighs at least what it shares, so none does better than one made of
 * the shared terms alone. In integers with the minimum rounded down, as `couldMatch`.
 */
export const partCouldStretch = (sharedSpecific: number, bar: number): boolean =>
  2000 * sharedSpecific >=
  PART_SCORE_PER_MILLE * ((sharedSpecific > bar ? sharedSpecific : bar) + sharedSpecific);
