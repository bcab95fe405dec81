// A page unit's terms looked up in a story's inverted index, term at a time: the weight, the
// evidence and the weight by specificity (what a stretch is scored on, stretch.ts) each claim unit
// shares with the page unit, summed in arrays indexed by claim unit, so a unit costs O(its terms
// + their postings), never O(all claim units). One Lookup serves one call of the matcher (a page,
// or a slice of it in the background): its arrays are allocated once, a claim unit's sums set
// anew at the first term a unit shares with it (a stamp says which unit that was), and what it
// needs of each page term is found once.

import type { PreparedStory } from './prepare.ts';
import { couldMatch, fixed, INFORMATIVE, leastShared, type PairOverlap } from './score.ts';
import type { Weights } from './similarity.ts';
import {
  claimCanStretch,
  LEAST_STRETCH_EVIDENCE,
  partCouldStretch,
  stretchBar,
  stretchCouldScore,
} from './stretch.ts';
import { evidenceOf } from '../text/terms.ts';

const NO_POSTINGS: readonly number[] = [];
// Imports read in the loops below, copied to module constants: run by tsx (the CLI, the eval,
// the engine-only benchmark), every read of an imported binding goes through a getter, which
// cost the 2,000-word page a tenth of its matching time. The extension's bundle inlines them
// either way.
const asFixed = fixed;
const INFORMATIVE_WEIGHT = INFORMATIVE;
const mayScore = couldMatch;
const leastSharedOf = leastShared;
const evidenceOfTerm = evidenceOf;
const canStretch = claimCanStretch;
const STRETCH_EVIDENCE = LEAST_STRETCH_EVIDENCE;
const partMayStretch = partCouldStretch;
const stretchMayScore = stretchCouldScore;
const stretchBarOf = stretchBar;

/** What `select` read of a pair, and whether a stretch of the claim unit could score. */
export interface LookupPair extends PairOverlap {
  stretches: boolean;
}

/**
 * What the lookup needs of one page term. A page repeats its words (a 2,000-word page has a few
 * hundred distinct terms), so each is weighed and looked up once, not once per unit or per pair.
 */
interface PageTerm {
  /** Fixed weight; the same times the term's specificity; its evidence when informative, else 0. */
  weight: number;
  specific: number;
  evidence: number;
  postings: readonly number[];
  /**
   * The term's number among the story's terms (`prepared.termId`), or -1 for a word no claim
   * has: `find` adds a claim unit's left-out terms by these numbers, not by a Map.
   */
  id: number;
  /** The last unit (by serial number) the term was counted in. */
  seenIn: number;
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
  private readonly candidates: Int32Array;
  /** How many of `candidates` are the current sentence's. */
  private candidateCount = 0;
  private readonly terms = new Map<string, PageTerm>();
  /**
   * By the story's term number (`prepared.termId`): the last unit (serial) the term was counted
   * in, and the page term's weight, evidence and weight by specificity, filed when the page first
   * has it. `find` reads a claim unit's left-out terms here: typed arrays, where an array of the
   * page terms cost a load of the term and another of its stamp for every left-out term asked
   * (14,000 on the 2,000-word page). Every term is stamped, one store each, where asking whether
   * some unit leaves it out would cost a lookup.
   */
  private readonly seenAt: Int32Array;
  private readonly weightById: Int32Array;
  private readonly evidenceById: Int32Array;
  private readonly specificById: Int32Array;
  private serial = 0;
  /**
   * Claim units heavy enough to be met on a stretch (`claimCanStretch`), flagged once per
   * matcher call: `find` reads a flag where it made a call for every pair.
   */
  private readonly stretchable: Uint8Array;
  /** Each claim unit's `stretchBar`, worked out with the flags. */
  private readonly bars: Int32Array;
  /** Each claim unit's `leastShared`: a pair sharing less cannot pass `couldMatch`. */
  private readonly least: Int32Array;
  /** The claim units the last `find` touched, then those it kept, from the start. */
  readonly found: Int32Array;
  /** What the last `find` kept of each claim unit it returned, for `select`. */
  private readonly pairShared: Int32Array;
  private readonly pairEvidence: Uint16Array;
  private readonly pairStretches: Uint8Array;
  /** The pair `select` read last; one object reused, not one per pair. */
  readonly pair: LookupPair = { shared: 0, evidence: 0, claimWeight: 0, pageWeight: 0, stretches: false };

  /** `bounded` false (tests) scores every pair the index finds: the bounds must lose none of them. */
  constructor(
    private readonly prepared: PreparedStory,
    private readonly weight: Weights,
    private readonly bounded = true,
  ) {
    const size = prepared.weightOf.length;
    this.shared = new Int32Array(size);
    this.informative = new Uint16Array(size);
    this.specific = new Int32Array(size);
    this.foundIn = new Int32Array(size);
    this.found = new Int32Array(size);
    this.candidates = new Int32Array(size);
    this.possible = new Uint8Array(size);
    const storyTerms = prepared.terms.length;
    this.seenAt = new Int32Array(storyTerms);
    this.weightById = new Int32Array(storyTerms);
    this.evidenceById = new Int32Array(storyTerms);
    this.specificById = new Int32Array(storyTerms);
    this.stretchable = new Uint8Array(size);
    this.bars = new Int32Array(size);
    this.least = new Int32Array(size);
    this.pairShared = new Int32Array(size);
    this.pairEvidence = new Uint16Array(size);
    this.pairStretches = new Uint8Array(size);
    for (let k = 0; k < size; k++) {
      const from = prepared.paraphraseFrom[k] ?? 0;
      if (canStretch(prepared.weightOf[k] ?? 0, from)) this.stretchable[k] = 1;
      this.bars[k] = stretchBarOf(from);
      this.least[k] = leastSharedOf(prepared.weightOf[k] ?? 0);
    }
  }

  /** A new sentence: its parts may match only what it could. */
  startSentence(): void {
    const { candidates, possible, candidateCount } = this;
    for (let j = 0; j < candidateCount; j++) possible[candidates[j] ?? 0] = 0;
    this.candidateCount = 0;
  }

  /**
   * The last found page unit's distinct terms weighed by specificity (fixed), as a stretch weighs
   * them (stretch.ts): summed here once, for the bound and the stretch's score alike.
   */
  get specificWeight(): number {
    return this.pageSpecific;
  }

  /** Whether no claim unit could match any part of the current sentence. */
  get nothingPossible(): boolean {
    return this.candidateCount === 0;
  }

  /**
   * The claim units the page unit could match, whole or on a stretch (for a part of a sentence,
   * only among those its sentence could match): those sharing an indexed term with its terms,
   * their left-out common terms added, kept where the pair could score. `select` reads each one's
   * sums into `pair`. For a whole sentence, a claim unit that some part of it could match is
   * remembered for its parts. One call per unit, where the matcher called for each claim unit
   * found: most (three in five on the 2,000-word page) cannot score, and a call in unoptimised
   * code costs more than the test. Returns how many there are: they are `found[0]` on, until the
   * next call (a typed array filled in place, not an array grown by a call per claim unit).
   */
  find(terms: readonly string[], whole: boolean): number {
    // A whole sentence starts its candidates anew (its caller has, with startSentence): each claim
    // unit is then added once at most, so `candidates`, a typed array of one slot per claim unit,
    // never fills past its end, where a write would be lost without an error (review R29d).
    if (whole && this.candidateCount > 0) this.startSentence();
    // Locals, not fields, in the loops below: they run for every posting of every term.
    const { possible, foundIn, shared, informative, specific, seenAt, terms: known } = this;
    const { found } = this;
    let touchedCount = 0;
    let pageWeight = 0;
    let pageSpecific = 0;
    const serial = ++this.serial;
    // Indexed loops: a page runs this once, mostly before the engine is optimised, and an
    // unoptimised for-of allocates an iterator result per step.
    // Lengths read once: in unoptimised code each read of `.length` is a property load.
    const termCount = terms.length;
    for (let i = 0; i < termCount; i++) {
      const t = terms[i] ?? '';
      const term = known.get(t) ?? this.pageTerm(t);
      // Each term once per unit; a stamp, not a set per unit.
      if (term.seenIn === serial) continue;
      term.seenIn = serial;
      const { weight: w, specific: s, evidence, postings } = term;
      pageWeight += w;
      pageSpecific += s;
      if (term.id >= 0) seenAt[term.id] = serial;
      const postingCount = postings.length;
      for (let j = 0; j < postingCount; j++) {
        const k = postings[j] ?? 0;
        if (!whole && possible[k] === 0) continue;
        // A claim unit's first term in this unit sets its sums, the rest add: no sums to clear
        // after the unit, and none to read at the first.
        if (foundIn[k] !== serial) {
          foundIn[k] = serial;
          found[touchedCount++] = k;
          shared[k] = w;
          informative[k] = evidence;
          specific[k] = s;
        } else {
          shared[k] = (shared[k] ?? 0) + w;
          informative[k] = (informative[k] ?? 0) + evidence;
          specific[k] = (specific[k] ?? 0) + s;
        }
      }
    }
    this.pair.pageWeight = pageWeight;
    this.pageSpecific = pageSpecific;
    const { prepared, bounded, stretchable, bars, least, pairShared, pairEvidence, pairStretches } = this;
    const { weightById, evidenceById, specificById } = this;
    const { unindexed, weightOf, shingles } = prepared;
    let kept = 0;
    for (let j = 0; j < touchedCount; j++) {
      const k = found[j] ?? 0;
      let sum = shared[k] ?? 0;
      let evidence = informative[k] ?? 0;
      let specificSum = specific[k] ?? 0;
      const rest = unindexed[k] ?? NO_POSTINGS;
      const restCount = rest.length;
      for (let i = 0; i < restCount; i++) {
        const id = rest[i] ?? 0;
        if (seenAt[id] !== serial) continue;
        sum += weightById[id] ?? 0;
        evidence += evidenceById[id] ?? 0;
        specificSum += specificById[id] ?? 0;
      }
      const scores =
        !bounded ||
        (sum >= (least[k] ?? 0) && mayScore(sum, evidence, weightOf[k] ?? 0, shingles[k]?.length ?? 0));
      // A pair sharing too few informative terms, or a claim unit too light, states no stretch:
      // a flag read here, where every pair made a call; the bounds are asked of the rest.
      const stretches = evidence >= STRETCH_EVIDENCE && stretchable[k] === 1;
      const bar = bars[k] ?? 0;
      if (whole && (scores || (stretches && partMayStretch(specificSum, bar)))) {
        // Once each: a claim unit is found once per unit, and only a sentence's whole unit adds.
        this.candidates[this.candidateCount++] = k;
        possible[k] = 1;
      }
      // The unit itself weighs what all its terms weigh: `stretchScore`'s own bound, made here so
      // that a pair no stretch could score is never scored (most pairs the Dice score misses).
      const onStretch = stretches && (!bounded || stretchMayScore(specificSum, pageSpecific, bar));
      if (!scores && !onStretch) continue;
      pairShared[k] = sum;
      pairEvidence[k] = evidence;
      pairStretches[k] = onStretch ? 1 : 0;
      found[kept++] = k;
    }
    return kept;
  }

  /** What the lookup needs of a term, weighed when the page first has it. */
  private pageTerm(t: string): PageTerm {
    const known = this.terms.get(t);
    if (known !== undefined) return known;
    const real = this.weight(t);
    // One lookup in the story's terms for all three: a page's own word is in none.
    const id = this.prepared.termId.get(t) ?? -1;
    const made: PageTerm = {
      weight: asFixed(real),
      specific: asFixed(real * (id < 0 ? 1 : (this.prepared.specificityOf[id] ?? 1))),
      evidence: real > INFORMATIVE_WEIGHT ? evidenceOfTerm(t) : 0,
      postings: (id < 0 ? NO_POSTINGS : this.prepared.postings[id]) ?? NO_POSTINGS,
      id,
      seenIn: 0,
    };
    this.terms.set(t, made);
    if (id >= 0) {
      this.weightById[id] = made.weight;
      this.evidenceById[id] = made.evidence;
      this.specificById[id] = made.specific;
    }
    return made;
  }

  /** Claim unit k's sums with the page unit, as the last `find` kept them, in `pair`. */
  select(k: number): LookupPair {
    const { pair } = this;
    pair.shared = this.pairShared[k] ?? 0;
    pair.evidence = this.pairEvidence[k] ?? 0;
    pair.claimWeight = this.prepared.weightOf[k] ?? 0;
    pair.stretches = this.pairStretches[k] === 1;
    return pair;
  }
}
