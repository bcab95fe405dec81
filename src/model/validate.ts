// Start-up checks of the bundled data. A tampered or truncated index must disable Backstory
// with one clear message, never make it throw on every page or claim matches it does not have.
// The checksum is computed at build time over the stories and checked when the data is loaded.

import { hash32 } from '../text/hash.ts';
import { CLAIM_ID, isObj, isStrArr } from './guards.ts';
import { CLAIM_KINDS, type ClaimIndex, type GateFile } from './types.ts';

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
 * Whether a story's matcher tables (`Story.lookup`) fit its `units` claim units: every number a
 * term's or a unit's, one entry per term or unit, so the matcher never reads past a table's end.
 */
const isLookupOf = (v: unknown, units: number): boolean => {
  if (!isObj(v) || !isStrArr(v.terms)) return false;
  const terms = v.terms.length;
  const perTerm = (x: unknown): x is unknown[] => Array.isArray(x) && x.length === terms;
  const perUnit = (x: unknown): x is unknown[] => Array.isArray(x) && x.length === units;
  return (
    perTerm(v.claimsWith) &&
    isIntArr(v.claimsWith, Infinity) &&
    perTerm(v.postings) &&
    v.postings.every((p) => isIntArr(p, units)) &&
    perUnit(v.unindexed) &&
    v.unindexed.every((u) => isIntArr(u, terms)) &&
    perUnit(v.weightOf) &&
    isIntArr(v.weightOf, Infinity) &&
    perUnit(v.event) &&
    v.event.every((u) => isIntArr(u, terms))
  );
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
  }
  if (typeof v.checksum !== 'string' || v.checksum !== indexChecksum(v as unknown as ClaimIndex))
    return 'the claim index does not match its checksum (tampered or truncated)';
  // After the checksum: a truncated or tampered index is told as such, and tables that do not fit
  // their story (made by a faulty build) are named.
  for (const s of v.stories as { id: string; claims: { match: unknown[] }[]; lookup?: unknown }[]) {
    const units = s.claims.reduce((n, c) => n + c.match.length, 0);
    if (s.lookup !== undefined && !isLookupOf(s.lookup, units))
      return `story ${s.id} has malformed matcher tables`;
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
