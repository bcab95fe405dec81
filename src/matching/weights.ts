// Term weights from the index's IDF table: the same numbers on both sides of a match.

import type { ClaimIndex } from '../model/types.ts';
import type { Weights } from './similarity.ts';

/**
 * Most a word the index has never seen weighs in a page unit. The compiler weighs it as a word
 * in no seed piece (3.2, more than almost any seed word), which is right for clustering seeds;
 * on a page such a word is one the seeds never use, and a paragraph that states a claim in new
 * words was diluted below the score by them. Measured from 1.6 to 2.67 (test/eval/LOG.md).
 */
export const PAGE_UNKNOWN_WEIGHT = 2.2;

/**
 * A snapshot of the table in a Map: looked up for every term of every unit of a page, and a
 * Map has no inherited keys (a page's "constructor" must not find Object's). A word not in the
 * table weighs the index's `unknownIdf`, at most `unknownAtMost` (the engine's PAGE_UNKNOWN_WEIGHT).
 */
export function idfWeights(index: Pick<ClaimIndex, 'idf' | 'unknownIdf'>, unknownAtMost = Infinity): Weights {
  const table = new Map(Object.entries(index.idf));
  const unknown = Math.min(index.unknownIdf, unknownAtMost);
  return (term) => table.get(term) ?? unknown;
}
