// Term weights from the index's IDF table: the same numbers on both sides of a match; and the
// index's relatives table (WordNet's paraphrases of its terms) as the matcher looks it up.

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

/** A claim term a page term may stand for, and the share of its weight it is then worth. */
export interface Relative {
  term: string;
  worth: number;
}

export type Relatives = ReadonlyMap<string, readonly Relative[]>;

/** The index's relatives in a Map (see idfWeights for why not the object); empty when it has none. */
export function indexRelatives(index: Pick<ClaimIndex, 'relatives'>): Relatives {
  return new Map(
    Object.entries(index.relatives ?? {}).map(([page, row]) => [
      page,
      row.map(([term, worth]) => ({ term, worth })),
    ]),
  );
}
