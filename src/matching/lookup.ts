// A page unit's terms looked up in a story's inverted index, term at a time: the weight, the
// evidence and the weight by specificity (what a stretch is scored on, stretch.ts) each claim unit
// shares with the page unit, summed in arrays indexed by claim unit, so
// a unit costs O(its terms + their postings), never O(all claim units). One Lookup serves a whole
// page: its arrays are allocated once and cleared as they are read.

import type { PreparedStory } from './prepare.ts';
import { couldMatch, fixed, INFORMATIVE, type PairOverlap } from './score.ts';
import type { Weights } from './similarity.ts';
import { couldStretch, partCouldStretch, stretchCouldScore } from './stretch.ts';
import { evidenceOf } from '../text/terms.ts';

const NO_TERMS: readonly string[] = [];
// Imports read in the loops below, copied to module constants: run by tsx (the CLI, the eval,
// the engine-only benchmark), every read of an imported binding goes through a getter, which
// cost the 2,000-word page a tenth of its matching time. The extension's bundle inlines them
// either way.
const asFixed = fixed;
const INFORMATIVE_WEIGHT = INFORMATIVE;
const mayScore = couldMatch;
const evidenceOfTerm = evidenceOf;
const mayStretch = couldStretch;
const partMayStretch = partCouldStretch;
const stretchMayScore = stretchCouldScore;

/** What the last `overlap` found, and whether a stretch of the claim unit could score. */
export interface LookupPair extends PairOverlap {
  stretches: boolean;
}

export class Lookup {
  private readonly shared: Int32Array;
  private readonly informative: Uint16Array;
  private readonly specific: Int32Array;
  /** The current page unit's distinct terms weighed by specificity, as a stretch weighs them. */
  private pageSpecific = 0;
  /** The last unit (by serial number) each claim unit was found for. */
  private readonly foundIn: Int32Array;
  /** Claim units some part of the current sentence could match, flagged, and listed. */
  private readonly possible: Uint8Array;
  private candidates: number[] = [];
  /** The last unit (by serial number) each term was counted in. */
  private readonly seenIn = new Map<string, number>();
  private serial = 0;
  /** What the last `overlap` found; one object reused, not one per pair. */
  readonly pair: LookupPair = { shared: 0, evidence: 0, claimWeight: 0, pageWeight: 0, stretches: false };

  constructor(
    private readonly prepared: PreparedStory,
    private readonly weight: Weights,
  ) {
    const size = prepared.weightOf.length;
    this.shared = new Int32Array(size);
    this.informative = new Uint16Array(size);
    this.specific = new Int32Array(size);
    this.foundIn = new Int32Array(size);
    this.possible = new Uint8Array(size);
  }

  /** A new sentence: its parts may match only what it could. */
  startSentence(): void {
    for (let j = 0; j < this.candidates.length; j++) this.possible[this.candidates[j] ?? 0] = 0;
    this.candidates = [];
  }

  /** Whether no claim unit could match any part of the current sentence. */
  get nothingPossible(): boolean {
    return this.candidates.length === 0;
  }

  /**
   * The claim units sharing an indexed term with the unit's terms (for a part of a sentence,
   * only those its sentence could match). Their sums are read with `overlap`, once each.
   */
  find(terms: readonly string[], whole: boolean): number[] {
    const { postings, specificity } = this.prepared;
    // Locals, not fields, in the loops below: they run for every posting of every term.
    const { seenIn, possible, foundIn, shared, informative, specific, weight } = this;
    const touched: number[] = [];
    let pageWeight = 0;
    let pageSpecific = 0;
    const serial = ++this.serial;
    // Indexed loops: a page runs this once, mostly before the engine is optimised, and an
    // unoptimised for-of allocates an iterator result per step.
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i] ?? '';
      // Each term once per unit; a stamp, not a set per unit.
      if (seenIn.get(t) === serial) continue;
      seenIn.set(t, serial);
      const real = weight(t);
      const w = asFixed(real);
      pageWeight += w;
      const s = asFixed(real * specificity(t));
      pageSpecific += s;
      const list = postings.get(t);
      if (list === undefined) continue;
      const evidence = real > INFORMATIVE_WEIGHT ? evidenceOfTerm(t) : 0;
      for (let j = 0; j < list.length; j++) {
        const k = list[j] ?? 0;
        if (!whole && possible[k] === 0) continue;
        if (foundIn[k] !== serial) {
          foundIn[k] = serial;
          touched.push(k);
        }
        shared[k] = (shared[k] ?? 0) + w;
        informative[k] = (informative[k] ?? 0) + evidence;
        specific[k] = (specific[k] ?? 0) + s;
      }
    }
    this.pair.pageWeight = pageWeight;
    this.pageSpecific = pageSpecific;
    return touched;
  }

  /**
   * What claim unit k (found by the last `find`) shares with the page unit, its left-out common
   * terms added, in `pair`; false when the pair could not score, whole or on a stretch (then it
   * is not scored at all). For a whole sentence, a claim unit that some part of it could match is
   * remembered for its parts.
   */
  overlap(k: number, whole: boolean): boolean {
    const { unindexed, unindexedWeight, unindexedEvidence, unindexedSpecific, weightOf, shingles } =
      this.prepared;
    let shared = this.shared[k] ?? 0;
    let evidence = this.informative[k] ?? 0;
    let specific = this.specific[k] ?? 0;
    this.shared[k] = 0;
    this.informative[k] = 0;
    this.specific[k] = 0;
    const claimWeight = weightOf[k] ?? 0;
    const claimShingles = shingles[k]?.length ?? 0;
    const stretchFrom = this.prepared.paraphraseFrom[k] ?? 0;
    // Even sharing every term the index left out, no part of this sentence could score against
    // this claim unit, whole or on a stretch.
    const most = evidence + (unindexedEvidence[k] ?? 0);
    if (
      !mayScore(shared + (unindexedWeight[k] ?? 0), most, claimWeight, claimShingles) &&
      !(
        mayStretch(most, claimWeight, stretchFrom) &&
        partMayStretch(specific + (unindexedSpecific[k] ?? 0), stretchFrom)
      )
    )
      return false;
    const rest = unindexed[k] ?? NO_TERMS;
    for (let i = 0; i < rest.length; i++) {
      const t = rest[i] ?? '';
      if (this.seenIn.get(t) !== this.serial) continue;
      const real = this.weight(t);
      shared += asFixed(real);
      specific += asFixed(real * this.prepared.specificity(t));
      if (real > INFORMATIVE_WEIGHT) evidence += evidenceOfTerm(t);
    }
    const scores = mayScore(shared, evidence, claimWeight, claimShingles);
    const stretches = mayStretch(evidence, claimWeight, stretchFrom);
    if (whole && (scores || (stretches && partMayStretch(specific, stretchFrom)))) {
      this.candidates.push(k);
      this.possible[k] = 1;
    }
    // The unit itself weighs what all its terms weigh: `stretchScore`'s own bound, made here so
    // that a pair no stretch could score is never scored (most pairs the Dice score misses).
    this.pair.stretches = stretches && stretchMayScore(specific, this.pageSpecific, stretchFrom);
    if (!scores && !this.pair.stretches) return false;
    this.pair.shared = shared;
    this.pair.evidence = evidence;
    this.pair.claimWeight = claimWeight;
    return true;
  }
}
