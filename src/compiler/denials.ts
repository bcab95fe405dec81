// A pass over the claims: one speaker's denials of the same act are one fact. "We're not using
// this information … — not for advertising or anything else" (Facebook to AFP) and "it wouldn't
// use the bank data for ad-targeting purposes or share it with third parties" (reported by the
// WSJ) deny one thing in words whose overlap stays low (use, data, advertising among a dozen
// terms each), and the matcher does not find one in the other. What is denied is the act after
// the negation ("not using" → use), what it is done to (data) and what for or to whom
// (advertising): the verb alone is not the act, since "not use the records for ads" and "not use
// the records to set premiums" are two promises. The same speaker denying another act with the
// same words ("We also don't have special relationships … to use their customers' purchase data
// for ads") is a further thing said. The never-merge rules hold (`mayMerge`).

import { INFORMATIVE } from '../matching/score.ts';
import type { Weights } from '../matching/similarity.ts';
import { GroupJoin, type ClusterItem } from './cluster.ts';
import { denialOf, type Denial } from './denial.ts';

export interface DeniedItem extends ClusterItem {
  text: string;
  headline: boolean;
}

/** Informative terms two denials of one act share at least: the three a matcher's paraphrase needs. */
const SHARED = 3;
const informative = (t: string, weight: Weights): boolean => !t.startsWith('@') && weight(t) > INFORMATIVE;
const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>, weight: Weights): boolean =>
  [...a].some((t) => b.has(t) && informative(t, weight));

interface Read extends Denial {
  terms: ReadonlySet<string>;
}

/**
 * One act: one speaker, one verb, SHARED informative terms, and what for or to whom shared
 * where both say it (else what it is done to).
 */
function oneAct(a: Read, b: Read, weight: Weights): boolean {
  if (a.speaker !== b.speaker || a.act !== b.act) return false;
  const said =
    a.purpose.size > 0 && b.purpose.size > 0
      ? meets(a.purpose, b.purpose, weight)
      : meets(a.object, b.object, weight);
  if (!said) return false;
  const shared = [...a.terms].filter((t) => b.terms.has(t) && informative(t, weight));
  return shared.length >= SHARED;
}

/**
 * `groups` (indexes into `items`) joined where every denial in one and every denial in the other
 * are one speaker's of the same act (complete linkage, as `joinByCounts`: a later group holding
 * two denials cannot chain two earlier claims together). Each group joins the first earlier one
 * it fits. Same order rules as `cluster`. O(d²) pairs, d the named speakers' denials (a handful),
 * plus GroupJoin's pair checks for each join tried.
 */
export function joinDenials(
  groups: readonly number[][],
  items: readonly DeniedItem[],
  weight: Weights,
): number[][] {
  const denials = items.map((item): Read | null => {
    const d = denialOf(item);
    return d === null ? null : { ...d, terms: item.terms };
  });
  const joins = new GroupJoin(groups, items);
  // Read from the joined groups, so a group that took one denial claim answers for all it holds.
  const own = (x: number): Read[] =>
    joins.members(x).flatMap((i) => {
      const d = denials[i];
      return d == null ? [] : [d];
    });
  for (let y = 0; y < groups.length; y++) {
    const theirs = own(y);
    if (theirs.length === 0) continue;
    for (let x = 0; x < y; x++) {
      const ours = own(x);
      if (ours.length === 0) continue;
      if (ours.every((a) => theirs.every((b) => oneAct(a, b, weight))) && joins.join(x, y)) break;
    }
  }
  return joins.groups();
}
