// Start-up checks of the bundled data. A tampered or truncated index must disable Backstory
// with one clear message, never make it throw on every page or claim matches it does not have.
// The checksum is computed at build time over the stories and checked when the data is loaded.

import { isCapitalisedWord } from '../text/chars.ts';
import { hash32 } from '../text/hash.ts';
import { CLAIM_ID, isObj, isStrArr } from './guards.ts';
import { CLAIM_KINDS, LOOKUP_FORMAT, type ClaimIndex, type GateFile, type SourceArticle } from './types.ts';

/**
 * The order of a unit's `n` terms: indexes into them, each term at least once (the compiler writes
 * every term where it stands), so the stretch never reads a term the unit lacks or misses one.
 */
const isOrderOf = (v: unknown, n: number): boolean => {
  if (!Array.isArray(v)) return false;
  const seen = new Set<number>();
  for (const i of v) {
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= n) return false;
    seen.add(i);
  }
  return seen.size === n;
};

/**
 * Whether v is an array of whole numbers from `least` (0 unless given) up to `below`. Indexed
 * loops, no callbacks, each item read once and compared without a call, here and in
 * lookupBoundsProblem: the engine's check runs once per story, at its first page, before V8 has
 * optimised it.
 */
const isIntArr = (v: unknown, below: number, least = 0): v is number[] => {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (typeof x !== 'number' || x < least || x >= below || x % 1 !== 0) return false;
  }
  return true;
};

/**
 * What is wrong with the tables' claim directions and party heads, or null: one direction per
 * claim, each 1, -1 or 0, and each head one capitalised word, as speakers.ts's `partyHeads` writes
 * it ("Bank"): an empty head, or one of two words, would make every capitalised run on a page read
 * as a party's kind. Which they are only the compiler can say (from the claims' terms and the
 * lexicon); both checks accept what fits.
 */
const claimTablesProblem = (direction: unknown, heads: unknown, claims: number): string | null =>
  !isIntArr(direction, 2, -1) || direction.length !== claims
    ? 'a direction that is not 1, -1 or 0 for each claim'
    : !isStrArr(heads) || !heads.every(isCapitalisedWord)
      ? 'party heads that are not each one capitalised word'
      : null;

/** lookupTables posts each term's units in their order, once each: a repeat shows as no rise. */
const POSTED_TWICE = (t: number): string => `term ${t} posted to a unit twice or out of order`;

/**
 * What the engine checks of a story's matcher tables (`Story.lookup`, of format LOOKUP_FORMAT) at
 * the story's first use, or null: every number the matcher reads a table or an array with is a
 * whole number within it, each term's postings rise (a unit posted twice makes unrelated pages
 * match), claim counts are within 1 to the number of claims, a unit weighs 0 exactly when it
 * is posted under no term (every weight 0 would recognise no story page), and the claims'
 * directions and the party heads fit (claimTablesProblem). One pass over the tables,
 * no Map, no string: the full check (lookupProblem, the build's) recounts the claims' terms and
 * cost a background's first page 7.5M instructions for the seed story, before V8 had optimised it;
 * this costs 2.9M. What it does not see (postings or event terms of a unit that lacks the term,
 * terms renumbered, counts within range but not the claims') only a build that skipped its own
 * check could write: the build refuses such tables, and the checksum refuses them changed after.
 */
export const lookupBoundsProblem = (
  v: unknown,
  claims: readonly { match: readonly unknown[]; commentary?: true }[],
): string | null => {
  if (!isObj(v) || !Array.isArray(v.terms)) return 'no terms';
  const terms: unknown[] = v.terms;
  const n = terms.length;
  for (let t = 0; t < n; t++) if (typeof terms[t] !== 'string') return 'no terms';
  let unitCount = 0;
  for (let c = 0; c < claims.length; c++) unitCount += claims[c]?.match.length ?? 0;
  // A commentary claim's units weigh what their terms weigh and are posted under none.
  const quiet = new Uint8Array(unitCount);
  for (let c = 0, u = 0; c < claims.length; c++) {
    const units = claims[c]?.match.length ?? 0;
    if (claims[c]?.commentary === true) quiet.fill(1, u, u + units);
    u += units;
  }
  const { claimsWith, weightOf, postings, unindexed, event } = v;
  if (!isIntArr(claimsWith, claims.length + 1, 1) || claimsWith.length !== n)
    return 'a claim count outside 1 to the number of claims';
  if (!Array.isArray(weightOf) || weightOf.length !== unitCount)
    return "a unit's weight that is not a whole number";
  if (!Array.isArray(postings) || postings.length !== n) return 'postings outside the units';
  if (!Array.isArray(unindexed) || unindexed.length !== unitCount) return 'left-out terms outside the terms';
  if (!Array.isArray(event) || event.length !== unitCount) return 'event terms outside the terms';
  const posted = new Uint8Array(unitCount);
  for (let t = 0; t < n; t++) {
    const p: unknown = postings[t];
    if (!Array.isArray(p)) return 'postings outside the units';
    // Each number read once: rising from 0 (so no repeat), below the units, whole.
    let last = -1;
    for (let i = 0; i < p.length; i++) {
      const k: unknown = p[i];
      if (typeof k !== 'number' || k >= unitCount || k % 1 !== 0) return 'postings outside the units';
      if (k <= last) return k < 0 ? 'postings outside the units' : POSTED_TWICE(t);
      posted[k] = 1;
      last = k;
    }
  }
  for (let k = 0; k < unitCount; k++) {
    if (!isIntArr(unindexed[k], n)) return 'left-out terms outside the terms';
    if (!isIntArr(event[k], n)) return 'event terms outside the terms';
    const weight: unknown = weightOf[k];
    if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 0)
      return "a unit's weight that is not a whole number";
    if (posted[k] === 1 && weight === 0) return `unit ${k} is posted but weighs 0`;
    if (quiet[k] === 1) {
      if (posted[k] === 1) return `unit ${k} of a commentary claim is posted`;
    } else if (posted[k] === 0 && weight > 0) return `unit ${k} weighs ${weight} but is posted under no term`;
  }
  return claimTablesProblem(v.direction, v.partyHeads, claims.length);
};

/**
 * What is wrong with a story's matcher tables (`Story.lookup`, of format LOOKUP_FORMAT) for its
 * claims, or null. Within bounds is not enough: postings listed twice, or a term posted to a unit
 * that lacks it, make unrelated pages match; a weight of 0 or a term posted nowhere make story
 * pages match nothing. So the tables must be exactly what the claims' units hold, in a few passes
 * over their terms and the tables, O(total terms): the terms in first-seen order, each term's
 * claim count recounted, each unit's terms split between the postings and its left-out terms with
 * no repeats, its event terms its own. What only weights decide (the split, the weights' sizes,
 * which terms name the event) stays the compiler's. The build asks for every story (tablesProblem)
 * and writes no index whose tables fail it; the checksum then covers them. Everything this accepts,
 * lookupBoundsProblem (the engine's cheaper check at a story's first use) accepts.
 */
export const lookupProblem = (
  v: unknown,
  claims: readonly { match: { terms: string[] }[]; commentary?: true }[],
): string | null => {
  if (!isObj(v) || !isStrArr(v.terms)) return 'no terms';
  const terms = v.terms;
  // The claims' units' terms by number, as the tables number them (first seen, first), flat:
  // unit u's are ids[from[u]] to ids[from[u + 1]]. And how many claims carry each term (a stamp
  // per term: the last claim it was counted for).
  let unitCount = 0;
  let total = 0;
  for (let c = 0; c < claims.length; c++) {
    const match = claims[c]?.match ?? [];
    unitCount += match.length;
    for (let m = 0; m < match.length; m++) total += match[m]?.terms.length ?? 0;
  }
  const ids = new Int32Array(total);
  const from = new Int32Array(unitCount + 1);
  // A commentary claim's units are posted under no term: no page meets them.
  const quiet = new Uint8Array(unitCount);
  const idOf = new Map<string, number>();
  const claimsOf = new Int32Array(terms.length);
  const lastClaim = new Int32Array(terms.length).fill(-1);
  let u = 0;
  let at = 0;
  for (let c = 0; c < claims.length; c++) {
    const match = claims[c]?.match ?? [];
    for (let m = 0; m < match.length; m++, u++) {
      const unitTerms = match[m]?.terms ?? [];
      from[u] = at;
      if (claims[c]?.commentary === true) quiet[u] = 1;
      for (let i = 0; i < unitTerms.length; i++) {
        const t = unitTerms[i] ?? '';
        let id = idOf.get(t);
        if (id === undefined) {
          id = idOf.size;
          if (terms[id] !== t) return "terms that are not the claims' terms in order";
          idOf.set(t, id);
        }
        ids[at++] = id;
        if (lastClaim[id] !== c) {
          lastClaim[id] = c;
          claimsOf[id] = (claimsOf[id] ?? 0) + 1;
        }
      }
    }
  }
  from[unitCount] = at;
  if (terms.length !== idOf.size) return "terms that are not the claims' terms in order";
  const { claimsWith, weightOf, postings, unindexed, event } = v;
  // Shapes first; each number is checked where it is first read below, not in a pass of its own.
  if (!Array.isArray(claimsWith) || claimsWith.length !== terms.length)
    return 'a claim count outside 1 to the number of claims';
  if (!Array.isArray(weightOf) || weightOf.length !== unitCount)
    return "a unit's weight that is not a whole number";
  if (!Array.isArray(postings) || postings.length !== terms.length) return 'postings outside the units';
  if (!Array.isArray(unindexed) || unindexed.length !== unitCount) return 'left-out terms outside the terms';
  if (!Array.isArray(event) || event.length !== unitCount) return 'event terms outside the terms';
  // Counts within bounds but not the claims' would weigh the wrong terms as shared by every claim.
  for (let t = 0; t < terms.length; t++) {
    const n: unknown = claimsWith[t];
    if (n === claimsOf[t]) continue;
    return isIntArr([n], claims.length + 1) && n !== 0
      ? `term ${t} counted in ${String(n)} claims, where ${claimsOf[t] ?? 0} carry it`
      : 'a claim count outside 1 to the number of claims';
  }
  // Each unit's indexed terms, gathered from the postings (flat, as the units' terms); then a mark
  // per term: 1 + u where unit u has it and it is not yet placed, −(1 + u) once placed, so a
  // repeat or a stranger shows (a number past the terms reads as no mark).
  const postedFrom = new Int32Array(unitCount + 1);
  for (let t = 0; t < postings.length; t++) {
    const p: unknown = postings[t];
    if (!isIntArr(p, unitCount)) return 'postings outside the units';
    for (let i = 0; i < p.length; i++) {
      if (i > 0 && (p[i] ?? 0) <= (p[i - 1] ?? 0)) return POSTED_TWICE(t);
      const k = (p[i] ?? 0) + 1;
      postedFrom[k] = (postedFrom[k] ?? 0) + 1;
    }
  }
  for (let k = 0; k < unitCount; k++) postedFrom[k + 1] = (postedFrom[k + 1] ?? 0) + (postedFrom[k] ?? 0);
  const posted = new Int32Array(postedFrom[unitCount] ?? 0);
  const next = postedFrom.slice(0, unitCount);
  for (let t = 0; t < postings.length; t++) {
    const p = (postings[t] ?? []) as number[];
    for (let i = 0; i < p.length; i++) {
      const k = p[i] ?? 0;
      const place = next[k] ?? 0;
      posted[place] = t;
      next[k] = place + 1;
    }
  }
  const mark = new Int32Array(terms.length);
  for (let k = 0; k < unitCount; k++) {
    const own = k + 1;
    let want = 0;
    for (let i = from[k] ?? 0; i < (from[k + 1] ?? 0); i++) {
      const t = ids[i] ?? 0;
      if (mark[t] !== own) {
        mark[t] = own;
        want++;
      }
    }
    const left: unknown = unindexed[k];
    const named: unknown = event[k];
    if (!Array.isArray(left)) return 'left-out terms outside the terms';
    if (!Array.isArray(named)) return 'event terms outside the terms';
    const postedCount = (postedFrom[k + 1] ?? 0) - (postedFrom[k] ?? 0);
    for (let i = postedFrom[k] ?? 0; i < (postedFrom[k + 1] ?? 0); i++) {
      const t = posted[i] ?? 0;
      if (mark[t] !== own) return `unit ${k} posted or left out a term twice or not its own`;
      mark[t] = -own;
    }
    for (let i = 0; i < left.length; i++) {
      const t: unknown = left[i];
      if (typeof t !== 'number' || mark[t] !== own)
        return `unit ${k} posted or left out a term twice or not its own`;
      mark[t] = -own;
    }
    // A commentary claim's units are posted under no term (lookupTables), their terms all theirs.
    const quietUnit = quiet[k] === 1;
    if (quietUnit && postedCount > 0) return `unit ${k} of a commentary claim is posted`;
    if (!quietUnit && postedCount + left.length !== want)
      return `unit ${k} with terms neither posted nor left out`;
    // A unit leaves out less than its weight (UNINDEXED_SHARE), so one that weighs anything posts
    // a term, and one that posts a term weighs something (the shipped index's one weightless
    // unit, a source's byline, posts none). A unit may name no event: one whose terms all weigh
    // too little to name it ("…, Facebook told the Wall Street Journal.") has none, and which
    // terms weigh enough is the weights' business, not the tables'.
    const weight: unknown = weightOf[k];
    if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 0)
      return "a unit's weight that is not a whole number";
    if (postedCount > 0 && weight === 0) return `unit ${k} is posted but weighs 0`;
    if (!quietUnit && postedCount === 0 && weight > 0)
      return `unit ${k} weighs ${weight} but is posted under no term`;
    for (let i = 0; i < named.length; i++) {
      const t: unknown = named[i];
      // A commentary unit's event terms are its own, placed (left out) or not.
      const placed = typeof t === 'number' && (mark[t] === -own || (quietUnit && mark[t] === own));
      if (!placed) return `unit ${k} with event terms not its own`;
    }
  }
  return claimTablesProblem(v.direction, v.partyHeads, claims.length);
};

/** The checked data, or what is wrong with it (the shape of the extension's message results). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * The bundled claim index as the extension may use it: checked, or the reason it cannot be,
 * worded as every extension page shows it. O(size of the index).
 */
export function parseIndex(v: unknown): Parsed<ClaimIndex> {
  const problem = indexProblem(v);
  // indexProblem checked every field the extension reads, and the checksum over the rest.
  if (problem === null) return { ok: true, value: v as ClaimIndex };
  // A sentence of its own: the pages put it under "Backstory's data is damaged".
  return { ok: false, error: problem.charAt(0).toUpperCase() + problem.slice(1) };
}

/** The bundled gate signature, checked, or the reason it cannot be used. */
export function parseGate(v: unknown): Parsed<GateFile> {
  const problem = gateProblem(v);
  // gateProblem checked every field the gate reads.
  return problem === null ? { ok: true, value: v as GateFile } : { ok: false, error: problem };
}

/** Checksum of the parts of an index the page relies on. O(size of the index). */
export function indexChecksum(index: Pick<ClaimIndex, 'stories' | 'idf'>): string {
  return hash32(JSON.stringify([index.stories, index.idf])).toString(36);
}

/** Null when the index is whole, else what is wrong with it. */
export function indexProblem(v: unknown): string | null {
  if (!isObj(v)) return 'the claim index is not an object';
  if (v.version !== 1) return `unknown claim index version ${String(v.version)}`;
  if (!isObj(v.idf) || typeof v.unknownIdf !== 'number' || !Array.isArray(v.stories))
    return 'the claim index lacks its weights or stories';
  // The story page's anchors and the JSON-LD @ids of every story share one namespace: a link by
  // an id that two claims hold opens whichever comes first.
  const named = new Set<string>();
  for (const s of v.stories) {
    if (
      !isObj(s) ||
      typeof s.id !== 'string' ||
      !Array.isArray(s.claims) ||
      !Array.isArray(s.outlets) ||
      !isObj(s.gate)
    )
      return 'a story of the claim index is malformed';
    if (
      !isObj(s.subject) ||
      !isStrArr(s.subject.aliases) ||
      !Array.isArray(s.parties) ||
      !s.parties.every((p) => isObj(p) && typeof p.name === 'string' && isStrArr(p.aliases))
    )
      return `story ${s.id} has malformed subject or parties`;
    // A quote is cited with the article it is from (src/view/sources.ts): each seed's headline,
    // and its byline and date where story.json knows them.
    // A type guard: the set below is typed by this check, not by a cast.
    const isSource = (a: unknown): a is Pick<SourceArticle, 'seed'> =>
      isObj(a) &&
      typeof a.seed === 'string' &&
      typeof a.headline === 'string' &&
      typeof a.start === 'number' &&
      typeof a.end === 'number' &&
      (a.byline === null || typeof a.byline === 'string') &&
      (a.date === null || typeof a.date === 'string');
    if (!Array.isArray(s.sources) || !s.sources.every(isSource))
      return `story ${s.id} has malformed source articles`;
    const articles = new Set(s.sources.map((a) => a.seed));
    for (const c of s.claims) {
      if (
        !isObj(c) ||
        typeof c.id !== 'string' ||
        typeof c.text !== 'string' ||
        !CLAIM_KINDS.includes(c.kind as never) ||
        !(c.commentary === undefined || (c.commentary === true && c.kind === 'context')) ||
        !Array.isArray(c.match) ||
        !Array.isArray(c.appearances) ||
        !isStrArr(c.answeredBy) ||
        !isStrArr(c.aliases) ||
        !(c.speaker === null || typeof c.speaker === 'string')
      )
        return `claim ${isObj(c) ? String(c.id) : '?'} is malformed`;
      if (!c.appearances.every((a) => isObj(a) && typeof a.seed === 'string' && articles.has(a.seed)))
        return `claim ${c.id} appears in an article the story does not name`;
      if (!CLAIM_ID.test(c.id)) return `claim "${c.id}" has a malformed id`;
      if (!c.aliases.every((a) => CLAIM_ID.test(a))) return `claim ${c.id} has a malformed alias`;
      for (const id of [c.id, ...c.aliases]) {
        if (named.has(id)) return `the id ${id} names two claims`;
        named.add(id);
      }
      if (
        !Array.isArray(c.textSource) ||
        !c.textSource.every(
          (s) =>
            isObj(s) &&
            typeof s.seed === 'string' &&
            typeof s.start === 'number' &&
            typeof s.end === 'number',
        )
      )
        return `claim ${c.id} has a malformed wording source`;
      for (const m of c.match)
        if (
          !isObj(m) ||
          !isStrArr(m.terms) ||
          !isOrderOf(m.order, m.terms.length) ||
          !Array.isArray(m.shingles) ||
          typeof m.negated !== 'boolean' ||
          typeof m.from !== 'number' ||
          (m.carried !== undefined && !isStrArr(m.carried))
        )
          return `claim ${c.id} has malformed matching data`;
    }
    // The popup quotes the primary statement as the subject's answer to the story (storyAnswer).
    if (
      !Array.isArray(s.statements) ||
      !s.statements.every((st) => isObj(st) && (st.primary === undefined || st.primary === true)) ||
      s.statements.filter((st) => isObj(st) && st.primary === true).length > 1
    )
      return `story ${s.id} has malformed statements or more than one primary`;
  }
  if (typeof v.checksum !== 'string' || v.checksum !== indexChecksum(v as unknown as ClaimIndex))
    return 'the claim index does not match its checksum (tampered or truncated)';
  // The stories' matcher tables are checked at each story's first use (engine.ts), not here.
  return null;
}

/**
 * The first story whose matcher tables do not fit its claims, named with what is wrong, or null:
 * the build's check of the index it compiled (a faulty build stops, writing nothing). Tables of
 * another format are not read, the engine makes its own, so they are not checked.
 */
export function tablesProblem(index: ClaimIndex): string | null {
  for (const s of index.stories) {
    if (s.lookup?.format !== LOOKUP_FORMAT) continue;
    const problem = lookupProblem(s.lookup, s.claims);
    if (problem !== null) return `story ${s.id} has malformed matcher tables: ${problem}`;
  }
  return null;
}

export function gateProblem(v: unknown): string | null {
  if (!isObj(v) || !Array.isArray(v.stories)) return 'the gate signature is not an object with stories';
  for (const s of v.stories) {
    if (!isObj(s) || typeof s.id !== 'string' || !Array.isArray(s.anchors) || s.anchors.length === 0)
      return 'a story of the gate signature is malformed';
    for (const group of s.anchors)
      if (!isStrArr(group) || group.length === 0 || group.some((w) => w.length === 0))
        return `story ${s.id} has an empty or malformed anchor group`;
    if (!isStrArr(s.descriptions) || s.descriptions.some((w) => w.length === 0))
      return `story ${s.id} has malformed descriptions`;
  }
  return null;
}
