// Term weights from the index's IDF table: the same numbers on both sides of a match.

import type { ClaimIndex } from '../model/types.ts';
import type { Weights } from './similarity.ts';

/**
 * A snapshot of the table in a Map: looked up for every term of every unit of a page, and a
 * Map has no inherited keys (a page's "constructor" must not find Object's).
 */
export function idfWeights(index: Pick<ClaimIndex, 'idf' | 'unknownIdf'>): Weights {
  const table = new Map(Object.entries(index.idf));
  const unknown = index.unknownIdf;
  return (term) => table.get(term) ?? unknown;
}
