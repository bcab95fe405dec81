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
import { analyseSpans } from '../text/terms.ts';
import { GroupJoin, type ClusterItem } from './cluster.ts';

export interface DeniedItem extends ClusterItem {
  text: string;
  headline: boolean;
}

/** Informative terms two denials of one act share at least: the three a matcher's paraphrase needs. */
const SHARED = 3;
/** Where the denied act's object ends and its purpose or recipient begins. */
const PURPOSE = /\b(?:for|to|beyond)\b/i;
/**
 * A negation that denies an act of its own: on an auxiliary ("will never sell", "is not
 * using") or contracted ("won't"). "— not for advertising" after "not using …" narrows the same
 * act.
 */
const ON_VERB =
  /\b(?:is|are|was|were|be|been|will|would|shall|should|can|could|may|might|must|do|does|did|has|have|had)\s+$|n['\u2019]$/i;

interface Denial {
  speaker: string;
  /** The first term after the negation: the denied verb. */
  act: string;
  /** Informative terms of what the act is done to, and of what for or to whom. */
  object: ReadonlySet<string>;
  purpose: ReadonlySet<string>;
  terms: ReadonlySet<string>;
}

/**
 * A named speaker's denial, or null where there is none or the piece denies two acts ("not
 * using billing data … and will never sell patient records"): such a piece would tie two
 * denials together, and a seed added later could then pull two known claims into one.
 */
function denialOf(item: DeniedItem, weight: Weights): Denial | null {
  if (!item.negated || item.headline || item.speaker == null) return null;
  if (item.kind !== 'statement' && item.kind !== 'response') return null;
  // The lexicon's negations, less the asides and "not just" it discounts, as `negated` is read.
  const { terms, at, negations } = analyseSpans(item.text);
  const plain = (k: number): boolean =>
    !(terms[k] ?? '@').startsWith('@') && !(terms[k] ?? '#').startsWith('#');
  const actAfter = (offset: number): number => terms.findIndex((_, k) => (at[k] ?? -1) > offset && plain(k));
  const first = negations[0];
  if (first === undefined) return null;
  let v = actAfter(first);
  // "doesn't want to use", "does not plan to sell": the infinitive is the act.
  const next = v + 1;
  if (plain(next) && /^\S+\s+to\s+$/i.test(item.text.slice(at[v] ?? 0, at[next] ?? 0))) v = next;
  const act = terms[v];
  if (act === undefined) return null;
  const other = negations
    .slice(1)
    .some((n) => ON_VERB.test(item.text.slice(Math.max(0, n - 12), n)) && terms[actAfter(n)] !== act);
  if (other) return null;
  const verbEnd = item.text.slice(at[v] ?? 0).search(/\s|$/) + (at[v] ?? 0);
  const cut = item.text.slice(verbEnd).search(PURPOSE);
  const purposeAt = cut < 0 ? item.text.length : verbEnd + cut;
  const object = new Set<string>();
  const purpose = new Set<string>();
  for (const [k, t] of terms.entries()) {
    if (k <= v || !plain(k) || weight(t) <= INFORMATIVE) continue;
    ((at[k] ?? 0) < purposeAt ? object : purpose).add(t);
  }
  return { speaker: item.speaker, act, object, purpose, terms: item.terms };
}

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((t) => b.has(t));

/**
 * One act: one speaker, one verb, SHARED informative terms, and what for or to whom shared
 * where both say it (else what it is done to).
 */
function oneAct(a: Denial, b: Denial, weight: Weights): boolean {
  if (a.speaker !== b.speaker || a.act !== b.act) return false;
  const said =
    a.purpose.size > 0 && b.purpose.size > 0 ? meets(a.purpose, b.purpose) : meets(a.object, b.object);
  if (!said) return false;
  const shared = [...a.terms].filter((t) => b.terms.has(t) && !t.startsWith('@') && weight(t) > INFORMATIVE);
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
  const denials = items.map((item) => denialOf(item, weight));
  const joins = new GroupJoin(groups, items);
  // Read from the joined groups, so a group that took one denial claim answers for all it holds.
  const own = (x: number): Denial[] =>
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
