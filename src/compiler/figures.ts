// The counts a piece states: a figure with a scale ("87 million users", "$100 billion"). Two
// sentences giving the same count, and sharing what happened besides it, tell one fact however
// differently they word the rest ("the personal data of as many as 87 million people ended up
// in the hands of a political consultancy", "Cambridge Analytica accessed data on up to 87
// million Facebook users"), where their term overlap stays low: each names the fact with its
// own verbs. A bare figure is no count: a year, a day, a percentage recur across facts.

import type { Weights } from '../matching/similarity.ts';
import { joinSharing, sharesWhatHappened, type ClusterItem } from './cluster.ts';

/** A figure term with a scale: "#87m", "#100b" (terms.ts writes them so). */
const COUNT = /^#\d+(?:\.\d+)?[kmbt]$/;

/**
 * `groups` (indexes into `items`) joined where two items give the same count and share another
 * informative term (`sharesWhatHappened`: "87 million" and the data), and the never-merge rules
 * allow it. Same order rules as `cluster`.
 */
export function joinByCounts(
  groups: readonly number[][],
  items: readonly ClusterItem[],
  weight: Weights,
): number[][] {
  const counts = items.map((x) => [...x.terms].filter((t) => COUNT.test(t)));
  return joinSharing(
    groups,
    items,
    (i) => counts[i] ?? [],
    (a, b) => {
      const x = items[a];
      const y = items[b];
      return x !== undefined && y !== undefined && sharesWhatHappened(x, y, weight);
    },
  );
}
