// Start-up checks of the bundled data. A tampered or truncated index must disable Backstory
// with one clear message, never make it throw on every page or claim matches it does not have.
// The checksum is computed at build time over the stories and checked when the data is loaded.

import { hash32 } from '../text/hash.ts';
import { CLAIM_ID, isObj, isStrArr } from './guards.ts';
import { CLAIM_KINDS, LOOKUP_FORMAT, type ClaimIndex, type GateFile, type Story } from './types.ts';

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

const isIntArr = (v: unknown, below: number): v is number[] =>
  Array.isArray(v) && v.every((x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) < below);

/**
 * What is wrong with a story's matcher tables (`Story.lookup`) for its claims, or null. Within
 * bounds is not enough: postings listed twice, or a term posted to a unit that lacks it, make
 * unrelated pages match; a weight of 0 or a term posted nowhere make story pages match nothing.
 * So the tables must be exactly what the claims' units hold, in a few passes over their terms and
 * the tables, O(total terms): the terms in first-seen order, each unit's terms split between the
 * postings and its left-out terms with no repeats, its event terms its own. What only weights
 * decide (the split, the weights' sizes, which terms name the event) stays the compiler's.
 */
const lookupProblem = (v: unknown, claims: readonly { match: { terms: string[] }[] }[]): string | null => {
  if (!isObj(v) || !isStrArr(v.terms)) return 'no terms';
  const terms = v.terms;
  // The claims' units' term numbers, as the tables number them: first seen, first.
  const idOf = new Map<string, number>();
  const units: number[][] = [];
  for (const c of claims)
    for (const m of c.match)
      units.push(
        m.terms.map((t) => {
          let id = idOf.get(t);
          if (id === undefined) {
            id = idOf.size;
            idOf.set(t, id);
            if (terms[id] !== t) return -1;
          }
          return id;
        }),
      );
  if (units.some((ids) => ids.includes(-1)) || terms.length !== idOf.size)
    return "terms that are not the claims' terms in order";
  const perTerm = (x: unknown): x is unknown[] => Array.isArray(x) && x.length === terms.length;
  const perUnit = (x: unknown): x is unknown[] => Array.isArray(x) && x.length === units.length;
  if (!perTerm(v.claimsWith) || !isIntArr(v.claimsWith, claims.length + 1) || v.claimsWith.includes(0))
    return 'a claim count outside 1 to the number of claims';
  if (!perUnit(v.weightOf) || !isIntArr(v.weightOf, Infinity))
    return "a unit's weight that is not a whole number";
  if (!perTerm(v.postings) || !v.postings.every((p) => isIntArr(p, units.length)))
    return 'postings outside the units';
  if (!perUnit(v.unindexed) || !v.unindexed.every((u) => isIntArr(u, terms.length)))
    return 'left-out terms outside the terms';
  if (!perUnit(v.event) || !v.event.every((u) => isIntArr(u, terms.length)))
    return 'event terms outside the terms';
  // Each unit's indexed terms, gathered from the postings; then a mark per term: 1 + u where
  // unit u has it and it is not yet placed, −(1 + u) once placed, so a repeat or a stranger shows.
  const indexed: number[][] = units.map(() => []);
  v.postings.forEach((p, t) => {
    for (const u of p) indexed[u]?.push(t);
  });
  const mark = new Int32Array(terms.length);
  for (let u = 0; u < units.length; u++) {
    let want = 0;
    for (const t of units[u] ?? [])
      if (mark[t] !== u + 1) {
        mark[t] = u + 1;
        want++;
      }
    const placed = [indexed[u] ?? [], v.unindexed[u] ?? []];
    for (const ids of placed)
      for (const t of ids) {
        if (mark[t] !== u + 1) return `unit ${u} posted or left out a term twice or not its own`;
        mark[t] = -(u + 1);
      }
    if ((placed[0]?.length ?? 0) + (placed[1]?.length ?? 0) !== want)
      return `unit ${u} with terms neither posted nor left out`;
    // A unit leaves out less than its weight (UNINDEXED_SHARE), so one that weighs anything posts
    // a term, and one that posts a term weighs something (the shipped index's one weightless
    // unit, a source's byline, posts none). A unit may name no event: one whose terms all weigh
    // too little to name it ("…, Facebook told the Wall Street Journal.") has none, and which
    // terms weigh enough is the weights' business, not the tables'.
    const posts = (indexed[u]?.length ?? 0) > 0;
    const weight = v.weightOf[u] ?? 0;
    if (posts && weight === 0) return `unit ${u} is posted but weighs 0`;
    if (!posts && weight > 0) return `unit ${u} weighs ${weight} but is posted under no term`;
    if (!(v.event[u] ?? []).every((t) => mark[t] === -(u + 1)))
      return `unit ${u} with event terms not its own`;
  }
  return null;
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
    for (const c of s.claims) {
      if (
        !isObj(c) ||
        typeof c.id !== 'string' ||
        typeof c.text !== 'string' ||
        !CLAIM_KINDS.includes(c.kind as never) ||
        !Array.isArray(c.match) ||
        !Array.isArray(c.appearances) ||
        !isStrArr(c.answeredBy) ||
        !isStrArr(c.aliases) ||
        !(c.speaker === null || typeof c.speaker === 'string')
      )
        return `claim ${isObj(c) ? String(c.id) : '?'} is malformed`;
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
          typeof m.from !== 'number'
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
  // After the checksum: a truncated or tampered index is told as such, and tables that do not fit
  // their story (made by a faulty build) are named. Tables of another format are not read: the
  // engine makes its own (engine.ts).
  for (const s of v.stories as Story[]) {
    if (!isObj(s.lookup) || s.lookup.format !== LOOKUP_FORMAT) continue;
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
