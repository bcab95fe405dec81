// Term weights from the index's IDF table: the same numbers on both sides of a match.

import type { ClaimIndex } from './types.ts';
import type { Weights } from './similarity.ts';

export function idfWeights(index: Pick<ClaimIndex, 'idf' | 'unknownIdf'>): Weights {
  // Own keys only: a page's "constructor" must not find Object's.
  return (term) => (Object.hasOwn(index.idf, term) ? (index.idf[term] ?? index.unknownIdf) : index.unknownIdf);
}
