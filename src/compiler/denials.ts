// A pass over the claims: one speaker's denials of the same act are one fact. "We're not using
// this information … — not for advertising or anything else" (Facebook to AFP) and "it wouldn't
// use the bank data for ad-targeting purposes or share it with third parties" (reported by the
// WSJ) deny one thing in words whose overlap stays low (use, data, advertising among a dozen
// terms each), and the matcher does not find one in the other. What is denied is the act
// after the negation ("not using" → use); the same speaker denying another act with the same
// words ("We also don't have special relationships … to use their customers' purchase data for
// ads") is a further thing said. The never-merge rules hold (`mayMerge`).

import { INFORMATIVE } from '../matching/score.ts';
import type { Weights } from '../matching/similarity.ts';
import { analyse } from '../text/terms.ts';
import { GroupJoin, type ClusterItem } from './cluster.ts';

export interface DeniedItem extends ClusterItem {
  text: string;
  headline: boolean;
}

/** The first negation of a sentence: "not", "never", "wouldn't", "denied" … */
const NEGATION =
  /\b(?:not|no|never|nor|deny|denies|denied|denying|refuses?|refused|declines?|declined)\b|n['\u2019]t\b/i;
/** An adverb between the negation and the act: "is not actively asking". */
const ADVERB = /^[a-z]+ly$/i;
/** Informative terms two denials of one act share at least: the three a matcher's paraphrase needs. */
const SHARED = 3;

interface Denial {
  speaker: string;
  /** The first term after the negation: what is denied. */
  act: string;
  terms: ReadonlySet<string>;
}

/** A named speaker's denial and the act it denies, or null. */
function denialOf(item: DeniedItem): Denial | null {
  if (!item.negated || item.headline || item.speaker == null) return null;
  if (item.kind !== 'statement' && item.kind !== 'response') return null;
  const m = NEGATION.exec(item.text);
  if (m === null) return null;
  const after = item.text
    .slice(m.index + m[0].length)
    .split(/\s+/)
    .filter((w) => !ADVERB.test(w))
    .join(' ');
  const act = analyse(after).terms.find((t) => !t.startsWith('@') && !t.startsWith('#'));
  return act === undefined ? null : { speaker: item.speaker, act, terms: item.terms };
}

function oneAct(a: Denial, b: Denial, weight: Weights): boolean {
  if (a.speaker !== b.speaker || a.act !== b.act) return false;
  const shared = [...a.terms].filter((t) => b.terms.has(t) && !t.startsWith('@') && weight(t) > INFORMATIVE);
  return shared.length >= SHARED;
}

/**
 * `groups` (indexes into `items`) joined where a denial in one and a denial in the other are one
 * speaker's of the same act, sharing SHARED informative terms. Each group joins the first earlier
 * one it fits. Same order rules as `cluster`. O(d²) pairs, d the named speakers' denials (a
 * handful), plus GroupJoin's pair checks for each join tried.
 */
export function joinDenials(
  groups: readonly number[][],
  items: readonly DeniedItem[],
  weight: Weights,
): number[][] {
  const denials = items.map(denialOf);
  const own = (members: readonly number[]): Denial[] =>
    members.flatMap((i) => {
      const d = denials[i];
      return d == null ? [] : [d];
    });
  const joins = new GroupJoin(groups, items);
  for (const [y, later] of groups.entries()) {
    const theirs = own(later);
    if (theirs.length === 0) continue;
    for (let x = 0; x < y; x++) {
      const ours = own(groups[x] ?? []);
      if (ours.some((a) => theirs.some((b) => oneAct(a, b, weight))) && joins.join(x, y)) break;
    }
  }
  return joins.groups();
}
