// A story's claim units flattened into arrays, with the inverted index the page's units are
// looked up in, built once per story. The index leaves out each claim unit's most common terms as
// far as they weigh too little to reach the score on their own (prefix filtering, as in all-pairs
// similarity search): a unit that shares only those cannot match, and for the units the index
// finds they are looked up directly.

import { partiesOfUnit } from './details.ts';
import { directionOf } from './movement.ts';
import { fixed, INFORMATIVE, MIN_PLAIN_UNIT_WEIGHT, MIN_SCORE, MIN_UNIT_WEIGHT } from './score.ts';
import type { Weights } from './similarity.ts';
import { partyHeads, storyNames, type MentionFinder } from './speakers.ts';
import { LOOKUP_FORMAT, type Story, type StoryLookup } from '../model/types.ts';

/** A story's claim units, flattened, with what scoring needs precomputed. */
export interface PreparedStory {
  story: Story;
  /**
   * Every term of the story's claims, numbered: the one table a page term is looked up in, for
   * its postings, its specificity and, where a unit left it out of the index, its number there.
   */
  termId: ReadonlyMap<string, number>;
  /** The terms by number. */
  terms: readonly string[];
  /** Term number → indexes into the flat unit arrays, for each unit's indexed terms only. */
  postings: readonly (readonly number[])[];
  /** Each unit's common terms left out of `postings`, by term number. */
  unindexed: readonly (readonly number[])[];
  claimOf: Int32Array;
  unitOf: Int32Array;
  weightOf: Int32Array;
  negated: Uint8Array;
  /**
   * Each unit's least weight for a paraphrase to count (fixed; see MIN_PLAIN_UNIT_WEIGHT), or
   * CARRIED for a light clause's unit (`MatchSentence.carried`).
   */
  paraphraseFrom: Int32Array;
  /** Each unit's shingle hashes (distinct, as compiled). */
  shingles: readonly (readonly number[])[];
  /** Who says each unit's claim (subject or party name), or null. */
  speakerOf: (string | null)[];
  /** Parties (the banks) named in the seed sentence a unit was cut from, found when first asked. */
  partiesOf: (unit: number) => ReadonlySet<string>;
  /** Finds the subject and the parties by name in page text. */
  names: MentionFinder;
  /** Each unit's event terms: the informative terms fewest of the story's claims carry (EVENT_TERMS). */
  eventTerms: readonly (readonly string[])[];
  /** Each claim's direction of movement (movement.ts), by claim. */
  directionOf: Int8Array;
  /** 1 for a claim story.json records as one of the subject's statements (`story.statements`), by claim. */
  recorded: Uint8Array;
  /**
   * The subject's descriptions in story.json ("the company", "the social network"), in lower case
   * without their article, as `subjectActs` reads them.
   */
  described: ReadonlySet<string>;
  /**
   * The claim of the statement story.json marks primary, the subject's answer to the story (-1 where
   * none is), and its claim unit of most terms: where a page's bare denial meets it (bare-denial.ts).
   */
  primary: number;
  primaryUnit: number;
  /** How much a term tells one claim from the story's others, 0 to 1 (see `specificity`). */
  specificity: Weights;
  /** The same by term number: the lookup has a page term's number and reads it without a Map. */
  specificityOf: Float64Array;
  /** A claim unit's terms in text order, repeats kept, from the order the index stores. */
  sequenceOf: (unit: number) => Sequence;
}

/**
 * The least weight for a paraphrase of a light clause's unit: more than any unit weighs, so no
 * score, paraphrase or stretch, meets it; match.ts asks what it says (`keepCarried`) of the pairs
 * no score met, where the subject speaks, not of every pair.
 */
export const CARRIED = 0x7fffffff;

/**
 * Most a claim unit may leave out of the index, as a share of its weight. A page unit sharing
 * only terms worth s can score at most 2s / (claim + s) (its own weight is at least s), which
 * stays under MIN_SCORE while s < MIN_SCORE / (2 − MIN_SCORE) of the claim; the 0.99 keeps
 * rounding from ever crossing it. A verbatim copy needs more still (VERBATIM_TENTHS).
 */
const UNINDEXED_SHARE = (MIN_SCORE / (2 - MIN_SCORE)) * 0.99;

/**
 * How many of a claim unit's informative terms, those fewest of the story's claims carry, name
 * its event (ties kept): "stepping" and "lightly" in "banks were stepping lightly because of
 * customers' privacy concerns", where "customer" and "privacy" are in a third and a quarter of the claims.
 * Measured at 1 to 6 with the page's unknown-word weight (test/eval/LOG.md): 4 finds every
 * pair the weight alone finds and drops 3 of the wrong ones; 3 or fewer lose pairs.
 */
const EVENT_TERMS = 4;

/**
 * Builds the inverted index of a story's claim units once. O(total claim terms). `unindexedShare`
 * is for tests, which compare matching with an index of every weighted term (0). `tables` are the
 * compiler's (`story.lookup`, made by `lookupTables` with the engine's weights and this share), which
 * the engine passes so that a background's first page does not make them again.
 */
export function prepare(
  story: Story,
  weight: Weights,
  unindexedShare = UNINDEXED_SHARE,
  tables: StoryLookup = lookupTables(story, weight, unindexedShare),
): PreparedStory {
  const names = storyNames(story, tables.partyHeads);
  const size = story.claims.reduce((n, c) => n + c.match.length, 0);
  const claimOf = new Int32Array(size);
  const unitOf = new Int32Array(size);
  const negated = new Uint8Array(size);
  const paraphraseFrom = new Int32Array(size);
  const shingles: (readonly number[])[] = [];
  const speakerOf: (string | null)[] = [];
  const quotes: string[] = [];
  const eventTerms: (readonly string[])[] = [];
  const { terms, claimsWith, event } = tables;
  const termId = new Map<string, number>();
  for (let id = 0; id < terms.length; id++) termId.set(terms[id] ?? '', id);
  // Plain indexed loops: this runs once per story on a background's first page, before V8 has
  // optimised it (and so does lookupTables, for an index without tables the engine can read).
  let u = 0;
  for (let claim = 0; claim < story.claims.length; claim++) {
    const c = story.claims[claim];
    if (c === undefined) continue;
    for (let unit = 0; unit < c.match.length; unit++, u++) {
      const m = c.match[unit];
      if (m === undefined) continue;
      claimOf[u] = claim;
      unitOf[u] = unit;
      negated[u] = m.negated ? 1 : 0;
      const party = c.speaker !== null && c.speaker !== story.subject.name;
      paraphraseFrom[u] =
        m.carried === undefined
          ? fixed(m.negated || party ? MIN_UNIT_WEIGHT : MIN_PLAIN_UNIT_WEIGHT)
          : CARRIED;
      shingles.push(m.shingles);
      const ids = event[u] ?? [];
      const named: string[] = [];
      for (let i = 0; i < ids.length; i++) named.push(terms[ids[i] ?? 0] ?? '');
      eventTerms.push(named);
      speakerOf.push(c.speaker ?? null);
      quotes.push(c.appearances[m.from]?.quote ?? '');
    }
  }
  const specificityOf = specificityById(claimsWith, story.claims.length);
  return {
    story,
    termId,
    terms,
    postings: tables.postings,
    unindexed: tables.unindexed,
    claimOf,
    unitOf,
    weightOf: new Int32Array(tables.weightOf),
    negated,
    paraphraseFrom,
    shingles,
    speakerOf,
    partiesOf: partiesOfUnit(quotes, names),
    names,
    eventTerms,
    directionOf: Int8Array.from(tables.direction),
    recorded: recordedClaims(story),
    described: new Set(
      story.subject.aliases
        .filter((a) => /^the\s/i.test(a))
        .map((a) => a.replace(/^the\s+/i, '').toLowerCase()),
    ),
    ...primaryOf(story),
    specificity: (term) => {
      const id = termId.get(term);
      return id === undefined ? 1 : (specificityOf[id] ?? 1);
    },
    specificityOf,
    sequenceOf: sequences(story, claimOf, unitOf),
  };
}

/**
 * The primary statement's claim, and its claim unit of most terms, the statement's fullest
 * telling, which a bare denial meets (PreparedStory.primary).
 */
function primaryOf(story: Story): { primary: number; primaryUnit: number } {
  const id = story.statements.find((s) => s.primary === true)?.claimId;
  const primary = id === undefined ? -1 : story.claims.findIndex((c) => c.id === id);
  const units = story.claims[primary]?.match ?? [];
  let primaryUnit = 0;
  for (let u = 1; u < units.length; u++)
    if ((units[u]?.terms.length ?? 0) > (units[primaryUnit]?.terms.length ?? 0)) primaryUnit = u;
  return { primary, primaryUnit };
}

/** Which claims story.json records as the subject's statements, by claim: one flag each. */
function recordedClaims(story: Story): Uint8Array {
  const ids = new Set(story.statements.map((s) => s.claimId));
  return Uint8Array.from(story.claims, (c) => (ids.has(c.id) ? 1 : 0));
}

/**
 * The tables `prepare` reads that depend only on the story's claims, its parties and the weights:
 * its terms numbered, how many claims carry each, per claim unit its weight, the common terms it
 * leaves out of the index, the index's postings and its event terms, each claim's direction of
 * movement, and the parties' name heads. The compiler writes them into the index (`story.lookup`)
 * with the engine's weights; tests make them with others. The last two cost a first page more to
 * work out (compiling their code, analysing the heads' words) than to read: 1.2M instructions of
 * the 2,000-word page's first analysis (src/tools/bench/LOG.md, session 23).
 */
export function lookupTables(story: Story, weight: Weights, unindexedShare = UNINDEXED_SHARE): StoryLookup {
  // Each term numbered once, and counted by number: how many claim units carry it (the commonest
  // are left out of the index first), and how many claims (what every claim says does not tell
  // one claim's event, EVENT_TERMS).
  const termId = new Map<string, number>();
  const terms: string[] = [];
  const idsOf: Int32Array[] = [];
  const totalTerms = story.claims.reduce((n, c) => c.match.reduce((m, u) => m + u.terms.length, n), 0);
  const count = new Int32Array(totalTerms);
  const claimsWith = new Int32Array(totalTerms);
  /** The last claim each term was counted for. */
  const countedIn = new Int32Array(totalTerms).fill(-1);
  for (let claim = 0; claim < story.claims.length; claim++) {
    const match = story.claims[claim]?.match ?? [];
    for (let unit = 0; unit < match.length; unit++) {
      const unitTerms = match[unit]?.terms ?? [];
      const ids = new Int32Array(unitTerms.length);
      for (let i = 0; i < unitTerms.length; i++) {
        const t = unitTerms[i] ?? '';
        let id = termId.get(t);
        if (id === undefined) {
          id = terms.length;
          termId.set(t, id);
          terms.push(t);
        }
        ids[i] = id;
        count[id] = (count[id] ?? 0) + 1;
        if (countedIn[id] === claim) continue;
        countedIn[id] = claim;
        claimsWith[id] = (claimsWith[id] ?? 0) + 1;
      }
      idsOf.push(ids);
    }
  }
  const postings: number[][] = terms.map(() => []);
  const unindexed: number[][] = [];
  const weightOf: number[] = [];
  const event: number[][] = [];
  /** A unit's term positions, commonest term first; one array for all units. */
  const order: number[] = [];
  let u = 0;
  for (const c of story.claims)
    for (const m of c.match) {
      const ids = idsOf[u] ?? new Int32Array(0);
      const weights = m.terms.map(weight);
      const fixedWeights = weights.map(fixed);
      let total = 0;
      order.length = 0;
      for (let i = 0; i < ids.length; i++) {
        total += fixedWeights[i] ?? 0;
        // Commonest first (ties in the terms' order, which the compiler sorts): an insertion
        // sort, since a unit has a dozen terms.
        const n = count[ids[i] ?? 0] ?? 0;
        let j = order.length;
        for (; j > 0 && (count[ids[order[j - 1] ?? 0] ?? 0] ?? 0) < n; j--) order[j] = order[j - 1] ?? 0;
        order[j] = i;
      }
      const limit = total * unindexedShare;
      const outIds: number[] = [];
      let outWeight = 0;
      for (const i of order) {
        const w = fixedWeights[i] ?? 0;
        if (outWeight + w > limit) continue;
        outIds.push(ids[i] ?? 0);
        outWeight += w;
      }
      // A commentary claim is counted in the terms' weights like any other, but no page meets it.
      if (c.commentary !== true) for (const id of ids) if (!outIds.includes(id)) postings[id]?.push(u);
      unindexed.push(outIds);
      weightOf.push(total);
      event.push(eventTermsOf(ids, weights, claimsWith));
      u++;
    }
  return {
    format: LOOKUP_FORMAT,
    terms,
    claimsWith: [...claimsWith.subarray(0, terms.length)],
    postings,
    unindexed,
    weightOf,
    event,
    direction: story.claims.map((c) => directionOf(c.match)),
    partyHeads: partyHeads(story.parties),
  };
}

/**
 * A term's share of what it says about which claim a page states, by term number: 1 for a term
 * one claim carries (a page's own word, in no claim, is 1 too), falling with the log of the claims
 * that carry it, to 0 for one every claim carries ("data", in more than half the claims: 0.14;
 * "ask", in 8 of them: 0.49).
 */
function specificityById(claimsWith: readonly number[], claims: number): Float64Array {
  const share = new Float64Array(claimsWith.length);
  const all = Math.log(Math.max(2, claims));
  for (let id = 0; id < claimsWith.length; id++) {
    const n = claimsWith[id] ?? 0;
    share[id] = n > 1 ? Math.max(0, Math.log(claims / n) / all) : 1;
  }
  return share;
}

/** A claim unit's terms in text order, and where each last came before (-1: not before). */
export interface Sequence {
  terms: readonly string[];
  previous: Int32Array;
  /** Each place's weight by specificity and evidence, with the weights they were made with (stretch.ts). */
  weighed?: { weight: Weights; specificAt: Float64Array; evidenceAt: Float64Array };
}

/**
 * Each claim unit's terms in text order, from the order the compiler stored beside the sorted
 * terms (lookups want them sorted). Asked only for the few claim units a page states a stretch
 * of (stretch.ts), and remembered: a stretch counts a term once, at its first place in it.
 */
function sequences(story: Story, claimOf: Int32Array, unitOf: Int32Array): (unit: number) => Sequence {
  const known = new Map<number, Sequence>();
  return (k) => {
    const seen = known.get(k);
    if (seen !== undefined) return seen;
    const m = story.claims[claimOf[k] ?? -1]?.match[unitOf[k] ?? -1];
    const terms = m === undefined ? [] : m.order.map((i) => m.terms[i] ?? '');
    const previous = new Int32Array(terms.length);
    const last = new Map<string, number>();
    for (let j = 0; j < terms.length; j++) {
      const t = terms[j] ?? '';
      previous[j] = last.get(t) ?? -1;
      last.set(t, j);
    }
    const sequence = { terms, previous };
    known.set(k, sequence);
    return sequence;
  };
}

/**
 * A unit's EVENT_TERMS informative terms fewest claims carry, and any tied with the last, by
 * term number in the unit's order. `weights` holds the terms' weights by position.
 */
function eventTermsOf(ids: Int32Array, weights: readonly number[], claimsWith: Int32Array): number[] {
  const counts = [...ids].map((id, i) =>
    (weights[i] ?? 0) > INFORMATIVE ? (claimsWith[id] ?? 0) : Infinity,
  );
  // Uninformative terms sort last, as Infinity; a unit with fewer informative terms than
  // EVENT_TERMS names its event by all of them.
  // A typed array sorts numbers without calling back into JavaScript for each comparison: a
  // comparator run thousands of times, before the engine is optimised, cost more than the sort
  // (the engine makes these tables itself for an index without them, and tests do).
  const sorted = Float64Array.from(counts).sort();
  let limit = sorted[EVENT_TERMS - 1] ?? Infinity;
  if (limit === Infinity) for (const n of sorted) if (n !== Infinity) limit = n;
  return [...ids].filter((_, i) => (counts[i] ?? Infinity) <= limit && counts[i] !== Infinity);
}
