// Weighted term overlap between two term sets: the one similarity the compiler clusters with
// and the page matches with. Each call is O(|a| + |b|).

import { hash32Words } from '../text/hash.ts';

export type Weights = (term: string) => number;

export interface Overlap {
  /** Share of a's weight found in b. */
  coverA: number;
  /** Share of b's weight found in a. */
  coverB: number;
  /** Weight of the shared terms. */
  shared: number;
  /** Number of shared terms. */
  count: number;
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: Weights): Overlap {
  let wa = 0;
  let wb = 0;
  let shared = 0;
  let count = 0;
  for (const t of a) {
    const w = weight(t);
    wa += w;
    if (b.has(t)) {
      shared += w;
      count++;
    }
  }
  for (const t of b) wb += weight(t);
  return { coverA: wa === 0 ? 0 : shared / wa, coverB: wb === 0 ? 0 : shared / wb, shared, count };
}

/** Weighted Dice coefficient: 1 for the same terms, 0 for none shared. */
export function dice(o: Overlap): number {
  const s = o.coverA + o.coverB;
  return s === 0 ? 0 : (2 * o.coverA * o.coverB) / s;
}

/** Hashes of consecutive word triples of a term sequence: verbatim copies share many. */
export function shingleSet(terms: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 2 < terms.length; i++) out.add(shingleAt(terms, i));
  return out;
}

/** The hash of the word triple at i: hash32 of the three terms joined by spaces. */
export const shingleAt = (terms: readonly string[], i: number): number =>
  hash32Words(terms[i] ?? '', terms[i + 1] ?? '', terms[i + 2] ?? '');

/** The same, as the distinct hashes in order, as the compiler stores them. */
export const shingles = (terms: readonly string[]): number[] => [...shingleSet(terms)];
