// Term weights from the index's IDF table: the same numbers on both sides of a match.

import type { ClaimIndex } from './types.ts';
import type { Weights } from './similarity.ts';

export function idfWeights(index: Pick<ClaimIndex, 'idf' | 'unknownIdf'>): Weights {
  return (term) => index.idf[term] ?? index.unknownIdf;
}
