// Paragraph → claims. Each paragraph is analysed once and cut into units (sentences, clauses,
// quotations); each unit is scored against the claim units it shares a term with through an
// inverted index, accumulating shared weight per claim unit (the classic term-at-a-time scoring).
// A paragraph costs O(its terms + the postings of those terms), never O(all claims × text).
// The index leaves out each claim unit's most common terms as far as they weigh too little to
// reach the score on their own (prefix filtering, as in all-pairs similarity search): a unit that
// shares only those cannot match, and for the units the index finds they are looked up directly.

import { shingleSet, type Weights } from './similarity.ts';
import { contradicts, partiesOfUnit } from './details.ts';
import {
  analyseNamed,
  mentionsWithin,
  storyNames,
  voicesOf,
  type Mention,
  type MentionFinder,
  type Voices,
} from './speakers.ts';
import { evidenceOf, sliceSpans } from '../text/terms.ts';
import type { Story } from '../model/types.ts';
import { units } from '../text/units.ts';

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
  /** Seed quotes behind the match: the ones the paragraph matched, then the claim's other appearances. */
  evidence: Evidence[];
}

/** Work counters, for tests and benchmarks that check the cost bound. */
export interface MatchStats {
  units: number;
  /** (page unit, claim unit) pairs scored. */
  pairs: number;
}

/**
 * Tuning: a unit pair must share this many informative terms, and score this much. The score
 * threshold is the lowest at which precision stays at or above 0.92 on each alternating half of
 * the dev set (the 0.90 target, with a margin for articles nobody here has seen).
 */
export const MIN_SHARED_TERMS = 3;
export const MIN_SCORE = 0.43;
/** Least total weight of a claim unit that may be matched by paraphrase. */
export const MIN_UNIT_WEIGHT = 6;
/** A term at or under this weight (the subject's name) is too common to count as shared. */
const INFORMATIVE = 0.5;
/** Tenths of a claim unit's shingles a page unit must repeat to count as a verbatim copy. */
const VERBATIM_TENTHS = 6;
/**
 * part / whole ≥ VERBATIM_TENTHS / 10, for integers (fixed weights, counts), without a division:
 * before the engine is optimised every fractional result is a heap allocation, and a page load
 * tests thousands of pairs.
 */
const verbatimShare = (part: number, whole: number): boolean => part * 10 >= whole * VERBATIM_TENTHS;

/** A story's claim units, flattened, with what scoring needs precomputed. */
export interface PreparedStory {
  story: Story;
  /** term → indexes into the flat unit arrays, for each unit's indexed terms only. */
  postings: Map<string, number[]>;
  /** Each unit's common terms left out of `postings`, and their total weight and evidence. */
  unindexed: readonly (readonly string[])[];
  unindexedWeight: Int32Array;
  unindexedEvidence: Int32Array;
  claimOf: Int32Array;
  unitOf: Int32Array;
  weightOf: Int32Array;
  negated: Uint8Array;
  /** Each unit's shingle hashes (distinct, as compiled). */
  shingles: readonly (readonly number[])[];
  /** Who says each unit's claim (subject or party name), or null. */
  speakerOf: (string | null)[];
  /** Parties (the banks) named in the seed sentence a unit was cut from, found when first asked. */
  partiesOf: (unit: number) => ReadonlySet<string>;
  /** Finds the subject and the parties by name in page text. */
  names: MentionFinder;
}

/**
 * Most a claim unit may leave out of the index, as a share of its weight. A page unit sharing
 * only terms worth s can score at most 2s / (claim + s) (its own weight is at least s), which
 * stays under MIN_SCORE while s < MIN_SCORE / (2 − MIN_SCORE) of the claim; the 0.99 keeps
 * rounding from ever crossing it. A verbatim copy needs more still (VERBATIM_TENTHS).
 */
const UNINDEXED_SHARE = (MIN_SCORE / (2 - MIN_SCORE)) * 0.99;

/**
 * Builds the inverted index of a story's claim units once. O(total claim terms). `unindexedShare`
 * is for tests, which compare matching with an index of every weighted term (0).
 */
export function prepare(story: Story, weight: Weights, unindexedShare = UNINDEXED_SHARE): PreparedStory {
  const names = storyNames(story);
  const size = story.claims.reduce((n, c) => n + c.match.length, 0);
  const claimOf = new Int32Array(size);
  const unitOf = new Int32Array(size);
  const weightOf = new Int32Array(size);
  const negated = new Uint8Array(size);
  const unindexedWeight = new Int32Array(size);
  const unindexedEvidence = new Int32Array(size);
  const unindexed: (readonly string[])[] = [];
  const shingles: (readonly number[])[] = [];
  const speakerOf: (string | null)[] = [];
  const quotes: string[] = [];
  // How many claim units carry each term: the commonest are left out of the index first.
  const count = new Map<string, number>();
  for (let claim = 0; claim < story.claims.length; claim++) {
    const match = story.claims[claim]?.match ?? [];
    for (let unit = 0; unit < match.length; unit++) {
      const terms = match[unit]?.terms ?? [];
      for (let i = 0; i < terms.length; i++) count.set(terms[i] ?? '', (count.get(terms[i] ?? '') ?? 0) + 1);
    }
  }
  const postings = new Map<string, number[]>();
  /** A unit's term positions, commonest term first; one array for all units. */
  const order: number[] = [];
  // Plain indexed loops: this runs once per page load, before the engine is optimised.
  let u = 0;
  for (let claim = 0; claim < story.claims.length; claim++) {
    const c = story.claims[claim];
    if (c === undefined) continue;
    for (let unit = 0; unit < c.match.length; unit++, u++) {
      const m = c.match[unit];
      if (m === undefined) continue;
      const terms = m.terms;
      let total = 0;
      order.length = 0;
      for (let i = 0; i < terms.length; i++) {
        total += fixed(weight(terms[i] ?? ''));
        // Commonest first (ties in the terms' order, which the compiler sorts): an insertion
        // sort, since a unit has a dozen terms.
        const n = count.get(terms[i] ?? '') ?? 0;
        let j = order.length;
        for (; j > 0 && (count.get(terms[order[j - 1] ?? 0] ?? '') ?? 0) < n; j--)
          order[j] = order[j - 1] ?? 0;
        order[j] = i;
      }
      const limit = total * unindexedShare;
      const out: string[] = [];
      let outWeight = 0;
      let outEvidence = 0;
      for (let o = 0; o < order.length; o++) {
        const t = terms[order[o] ?? 0] ?? '';
        const real = weight(t);
        const w = fixed(real);
        if (outWeight + w > limit) continue;
        out.push(t);
        outWeight += w;
        if (real > INFORMATIVE) outEvidence += evidenceOf(t);
      }
      for (let i = 0; i < terms.length; i++) {
        const t = terms[i] ?? '';
        if (out.includes(t)) continue;
        const list = postings.get(t);
        if (list === undefined) postings.set(t, [u]);
        else list.push(u);
      }
      claimOf[u] = claim;
      unitOf[u] = unit;
      weightOf[u] = total;
      negated[u] = m.negated ? 1 : 0;
      unindexed.push(out);
      unindexedWeight[u] = outWeight;
      unindexedEvidence[u] = outEvidence;
      shingles.push(m.shingles);
      speakerOf.push(c.speaker ?? null);
      quotes.push(c.appearances[m.from]?.quote ?? '');
    }
  }
  return {
    story,
    postings,
    unindexed,
    unindexedWeight,
    unindexedEvidence,
    claimOf,
    unitOf,
    weightOf,
    negated,
    shingles,
    speakerOf,
    partiesOf: partiesOfUnit(quotes, names),
    names,
  };
}

/**
 * Weights summed as integers (1/1024ths): before the engine is optimised, every sum of
 * floating-point numbers allocates, and a page load runs this loop once, unoptimised.
 */
const fixed = (w: number): number => Math.round(w * 1024);

const NO_SHINGLES: readonly number[] = [];
const NO_TERMS: readonly string[] = [];
const MIN_UNIT_FIXED = fixed(MIN_UNIT_WEIGHT);
const PART_SCORE_PER_MILLE = Math.floor(MIN_SCORE * 1000) - 1;

/**
 * Whether a part of a sentence (a clause, a quotation) could match a claim unit, given what the
 * whole sentence shares with it: a part shares at most that weight and that evidence, and its
 * own weight is at least what it shares, so its Dice score is at most 2s / (claim + s). Clauses
 * are scored only against the claim units that pass, not against every unit their terms touch.
 */
function partCouldMatch(
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
    evidence >= MIN_SHARED_TERMS &&
    claimWeight >= MIN_UNIT_FIXED &&
    2000 * shared >= PART_SCORE_PER_MILLE * (claimWeight + shared)
  );
}

/**
 * Claims stated in each paragraph, best first, at most one entry per (paragraph, claim).
 * Cost: O(paragraph length + Σ postings of its units' terms).
 */
export function matchParagraphs(
  prepared: PreparedStory,
  paragraphs: readonly string[],
  weight: Weights,
  stats?: MatchStats,
): ParagraphMatch[] {
  const {
    story,
    postings,
    unindexed,
    unindexedWeight,
    unindexedEvidence,
    claimOf,
    unitOf,
    weightOf,
    negated,
    shingles,
    speakerOf: claimSpeaker,
    partiesOf,
    names,
  } = prepared;
  const size = weightOf.length;
  const shared = new Int32Array(size);
  const informative = new Uint16Array(size);
  /** The last unit (by serial number) each claim unit was found for. */
  const foundIn = new Int32Array(size);
  // Claim units some part of the current sentence could match (see below), flagged.
  const possible = new Uint8Array(size);
  let candidates: number[] = [];
  /** The last unit (by serial number) each term was counted in. */
  const seenIn = new Map<string, number>();
  let serial = 0;
  const out: ParagraphMatch[] = [];
  paragraphs.forEach((text, paragraph) => {
    const mentions = names.mentions(text);
    const spans = analyseNamed(text, mentions);
    const best = new Map<number, { score: number; sentence: number; units: Set<number> }>();
    /** Who the paragraph names, read when a pair first asks. */
    let paragraphNames: Set<string> | null = null;
    let voices: Voices = { speaker: null, parties: new Set() };
    let sentence = -1;
    const pieces = units(text);
    // Indexed loops: a page runs this once, mostly before the engine is optimised, and an
    // unoptimised for-of allocates an iterator result per step.
    for (let p = 0; p < pieces.length; p++) {
      const u = pieces[p];
      if (u === undefined) continue;
      // The first unit of each sentence is the whole sentence; its clauses and quotations follow.
      const whole = u.sentence !== sentence;
      if (whole) {
        sentence = u.sentence;
        voices = voicesOf(text, u, mentions, voices.speaker);
        for (let j = 0; j < candidates.length; j++) possible[candidates[j] ?? 0] = 0;
        candidates = [];
      }
      if (stats !== undefined) stats.units++;
      // A part of a sentence shares no more with a claim unit than the whole sentence does.
      if (!whole && candidates.length === 0) continue;
      const { speaker } = voices;
      const { terms, negated: unitNegated } = sliceSpans(spans, u.start, u.end, u.polarityFrom);
      // Who the unit names, read only if a pair scores: the few that do are checked for who
      // speaks and for details that contradict.
      let named: Mention[] | null = null;
      let unitParties: ReadonlySet<string> = voices.parties;
      let pageWeight = 0;
      const touched: number[] = [];
      serial++;
      for (let i = 0; i < terms.length; i++) {
        const t = terms[i] ?? '';
        // Each term once per unit; a stamp, not a set per unit.
        if (seenIn.get(t) === serial) continue;
        seenIn.set(t, serial);
        const real = weight(t);
        const w = fixed(real);
        pageWeight += w;
        const list = postings.get(t);
        if (list === undefined) continue;
        const evidence = real > INFORMATIVE ? evidenceOf(t) : 0;
        for (let j = 0; j < list.length; j++) {
          const k = list[j] ?? 0;
          if (!whole && possible[k] === 0) continue;
          if (foundIn[k] !== serial) {
            foundIn[k] = serial;
            touched.push(k);
          }
          shared[k] = (shared[k] ?? 0) + w;
          informative[k] = (informative[k] ?? 0) + evidence;
        }
      }
      let pageShingles: Set<number> | null = null;
      for (let j = 0; j < touched.length; j++) {
        const k = touched[j] ?? 0;
        let s = shared[k] ?? 0;
        let count = informative[k] ?? 0;
        shared[k] = 0;
        informative[k] = 0;
        const claimWeight = weightOf[k] ?? 0;
        const claimShingles = shingles[k] ?? NO_SHINGLES;
        // Even sharing every term the index left out, this pair could not score.
        if (
          !partCouldMatch(
            s + (unindexedWeight[k] ?? 0),
            count + (unindexedEvidence[k] ?? 0),
            claimWeight,
            claimShingles.length,
          )
        )
          continue;
        const rest = unindexed[k] ?? NO_TERMS;
        for (let i = 0; i < rest.length; i++) {
          const t = rest[i] ?? '';
          if (seenIn.get(t) !== serial) continue;
          const real = weight(t);
          s += fixed(real);
          if (real > INFORMATIVE) count += evidenceOf(t);
        }
        if (stats !== undefined) stats.pairs++;
        if (whole && partCouldMatch(s, count, claimWeight, claimShingles.length)) {
          candidates.push(k);
          possible[k] = 1;
        }
        if (((negated[k] ?? 0) === 1) !== unitNegated) continue;
        let score = 0;
        if (claimWeight > 0 && verbatimShare(s, claimWeight) && claimShingles.length >= 3) {
          pageShingles ??= shingleSet(terms);
          let hits = 0;
          for (let i = 0; i < claimShingles.length; i++) if (pageShingles.has(claimShingles[i] ?? 0)) hits++;
          if (hits >= 3 && verbatimShare(hits, claimShingles.length)) score = 1;
        }
        // A short claim unit of common words ("Facebook wants banks' data") would match any page
        // on the topic: it must be copied, not paraphrased.
        if (score === 0 && count >= MIN_SHARED_TERMS && claimWeight >= MIN_UNIT_FIXED) {
          // Weighted Dice: what the claim says that the page does not, and what the page says
          // that the claim does not, count alike. Measured against a claim-weighted mix (0.7 of
          // the claim's cover) on both halves of the dev set: higher precision and recall on each.
          score = (2 * s) / (claimWeight + pageWeight);
        }
        if (score < MIN_SCORE) continue;
        if (named === null) {
          named = mentionsWithin(mentions, u.start, u.end);
          const own = new Set(named.filter((m) => m.kind === 'party').map((m) => m.id));
          // A clause that names no bank is about the banks its sentence names.
          if (own.size > 0) unitParties = own;
        }
        // A bank's answer is not what another bank, or the subject, said; and it is stated only
        // where the paragraph names that bank ("Citigroup declined to comment on sharing card
        // transactions …" is not the paragraph that lists what data was sought).
        const says = claimSpeaker[k] ?? null;
        if (says !== null && speaker !== null && says !== speaker && !named.some((m) => m.id === says))
          continue;
        if (
          says !== null &&
          says !== story.subject.name &&
          !(paragraphNames ??= new Set(mentions.map((m) => m.id))).has(says)
        )
          continue;
        const claimUnit = story.claims[claimOf[k] ?? -1]?.match[unitOf[k] ?? -1];
        if (contradicts(claimUnit?.terms ?? [], terms, partiesOf(k), unitParties)) continue;
        const claim = claimOf[k] ?? -1;
        const prev = best.get(claim);
        if (prev === undefined || score > prev.score)
          best.set(claim, { score, sentence: u.sentence, units: new Set([unitOf[k] ?? -1]) });
        else if (score === prev.score) prev.units.add(unitOf[k] ?? -1);
      }
    }
    // In claim order, and each claim's matched units in order, whatever order the pairs were
    // scored in: the same page always gives the same cards, ties included.
    for (const [claim, b] of [...best].sort((x, y) => x[0] - y[0])) {
      const c = story.claims[claim];
      if (c === undefined) continue;
      const evidence: Evidence[] = [];
      // The sentences the page matched come first; the claim's other appearances follow, since
      // the claim is all of them (the reader's "where else was this said").
      const matched = [...b.units]
        .sort((x, y) => x - y)
        .map((unit) => c.appearances[c.match[unit]?.from ?? -1]);
      for (const a of [...matched, ...c.appearances]) {
        if (a !== undefined && !evidence.some((e) => e.seed === a.seed && e.quote === a.quote))
          evidence.push({ seed: a.seed, quote: a.quote });
      }
      out.push({
        paragraph,
        claimId: c.id,
        score: Math.round(Math.min(1, b.score) * 1000) / 1000,
        sentence: b.sentence,
        evidence,
      });
    }
  });
  return out.sort((a, b) => a.paragraph - b.paragraph || b.score - a.score);
}
