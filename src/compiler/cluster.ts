// Groups seed sentences that state the same thing into one claim, by average-linkage
// agglomerative clustering: two groups merge only when their members are alike on average, so a
// long sentence that carries two facts cannot chain two different claims together. Never where
// `mayMerge` says two pieces are different facts whatever their words (a denial is not the
// report it denies). Three later passes join what this leaves apart: the counts pass
// (figures.ts), the matcher's (self-match.ts) and the denials pass (denials.ts), each through
// GroupJoin, so the never-merge rules hold for them too.

import { INFORMATIVE } from '../matching/score.ts';
import { dice, overlap, type Weights } from '../matching/similarity.ts';
import type { ClaimKind } from '../model/types.ts';
import { analyse } from '../text/terms.ts';
import { otherPromise, type Denial } from './denial.ts';
import { otherSetting, type Setting } from './setting.ts';

export interface ClusterItem {
  terms: ReadonlySet<string>;
  negated: boolean;
  kind: ClaimKind;
  /** Who the sentence is about (see SeedPiece.actor). */
  actor?: string | null;
  /** The subject or party speaking (see SeedPiece.speaker). */
  speaker?: string | null;
  /** Where and when it sets the sums it gives (see SeedPiece.setting). */
  setting?: Setting | null;
  /** What its speaker denies (see SeedPiece.denial). */
  denial?: Denial | null;
}

/** Average similarity two groups need to merge (the README's "How it is built" cites it). */
const MERGE_AT = 0.38;

/**
 * 0..1: weighted Dice. (A containment score, a short sentence found inside a long one, was
 * tried: it merged generic headlines into unrelated claims on the dev set and bought no recall.)
 */
export function similarity(a: ClusterItem, b: ClusterItem, weight: Weights): number {
  // Not in `mayMerge`: the matcher's pass may find that "for ads" and "for promotional
  // purposes" are one promise, which no never-merge rule could then undo (denial.ts).
  if (otherPromise(a.denial, b.denial)) return 0;
  return mayMerge(a, b) ? dice(overlap(a.terms, b.terms, weight)) : 0;
}

/** Informative terms other than names two pieces of one fact share at least (or all one has). */
const SHARED_CONTENT = 2;

/**
 * Whether two pieces share more than who is involved (asked of the matcher's pass, whose scores
 * let names carry a match): "Citigroup acknowledged holding talks
 * with Facebook" and "Citigroup declined to comment on any discussions with Facebook" share the
 * two names and the talks, and are two facts; "Wells Fargo declined to comment" twice shares all
 * it says.
 */
export function sharesWhatHappened(a: ClusterItem, b: ClusterItem, weight: Weights): boolean {
  const content = (t: string): boolean => !t.startsWith('@') && weight(t) > INFORMATIVE;
  const own = (x: ClusterItem): number => [...x.terms].filter(content).length;
  const shared = [...a.terms].filter((t) => b.terms.has(t) && content(t)).length;
  return shared >= Math.min(SHARED_CONTENT, own(a), own(b));
}

/** Concept terms of a move up or of a move down (the lexicon folds "gained", "rose", "wiped"…). */
const UP = new Set(analyse('rise gain regain recover soar grow grew increase jump climb rebound').terms);
const DOWN = new Set(analyse('fall lose loss drop plunge plummet wipe decrease shrink shrank').terms);

/** Up, down, or neither (a piece that tells both, "fell, then recovered", is neither). */
function move(x: ClusterItem): 'up' | 'down' | null {
  let up = false;
  let down = false;
  for (const t of x.terms) {
    up ||= UP.has(t);
    down ||= DOWN.has(t);
  }
  return up === down ? null : up ? 'up' : 'down';
}

/** Whether two pieces may ever be one claim, however alike their words. */
export function mayMerge(a: ClusterItem, b: ClusterItem): boolean {
  if (a.negated !== b.negated) return false;
  // A rise is not the fall of the same sum ("wiping out $100 billion", "regaining $100 billion"),
  // however many terms they share.
  const [x, y] = [move(a), move(b)];
  if (x !== null && y !== null && x !== y) return false;
  // The subject's own words are one claim with other reports of its words only: never with a
  // bank's response, nor with an outlet's report or commentary that shares their terms
  // ("Facebook has been criticized for the rumoured bank partnerships" is not its statement
  // that "a critical part of these partnerships is keeping people's information safe").
  if ((a.kind === 'statement') !== (b.kind === 'statement')) return false;
  // Likewise a bank's own words ("Citigroup acknowledged holding talks") are not an outlet's
  // report of the same talks.
  if ((a.kind === 'response') !== (b.kind === 'response')) return false;
  // Two speakers' words are two facts: Citigroup acknowledging talks is not JPMorgan Chase
  // confirming its own.
  if (a.speaker != null && b.speaker != null && a.speaker !== b.speaker) return false;
  // Another sum, or one sum in another region or year, is another fact ("$11.8 billion in
  // advertising revenue in the USA and Canada so far in 2018", "… from Europe next year").
  if (otherSetting(a.setting, b.setting)) return false;
  // Another company doing the same ("Google and Amazon have also sought banking info") is
  // another fact.
  return !((a.actor === 'other' && b.actor != null) || (b.actor === 'other' && a.actor != null));
}

/**
 * Groups of item indexes, each in input order, groups ordered by their first member.
 * O(n³) in the worst case: fine for seed sets of a few hundred sentences, run at build time.
 */
export function cluster(items: readonly ClusterItem[], weight: Weights): number[][] {
  const sim: number[][] = items.map((a, i) =>
    items.map((b, j) => (i === j || a === undefined || b === undefined ? 0 : similarity(a, b, weight))),
  );
  let groups: number[][] = items.map((_, i) => [i]);
  const link = (x: number[], y: number[]): number => {
    let total = 0;
    for (const i of x) for (const j of y) total += sim[i]?.[j] ?? 0;
    return total / (x.length * y.length);
  };
  for (;;) {
    let best = MERGE_AT;
    let pair: [number, number] | null = null;
    for (let x = 0; x < groups.length; x++) {
      for (let y = x + 1; y < groups.length; y++) {
        const s = link(groups[x] ?? [], groups[y] ?? []);
        if (s > best) {
          best = s;
          pair = [x, y];
        }
      }
    }
    if (pair === null) break;
    const [x, y] = pair;
    const merged = [...(groups[x] ?? []), ...(groups[y] ?? [])].sort((p, q) => p - q);
    groups = groups.filter((_, k) => k !== x && k !== y);
    groups.push(merged);
  }
  return groups.sort((p, q) => (p[0] ?? 0) - (q[0] ?? 0));
}

/**
 * Groups joined wherever two of them hold items with the same key (pieces quoting one statement
 * record are one claim, however differently the rest of their sentences read). Same order rules
 * as `cluster`. `mayMerge` is not asked: the key is the sources' own word that the pieces are one
 * (one quote of story.json's record, one sentence's "not just X, but also Y"), which outranks
 * what their words suggest; a rule that split them would split one quotation.
 */
export function joinByKey(groups: readonly number[][], keyOf: ReadonlyMap<number, number>): number[][] {
  const out: number[][] = [];
  const groupOfKey = new Map<number, number[]>();
  for (const g of groups) {
    const keys = [...new Set(g.flatMap((i) => (keyOf.has(i) ? [keyOf.get(i) ?? 0] : [])))];
    const into = keys.map((k) => groupOfKey.get(k)).find((x) => x !== undefined);
    if (into === undefined) {
      const fresh = [...g];
      out.push(fresh);
      for (const k of keys) groupOfKey.set(k, fresh);
    } else {
      into.push(...g);
      into.sort((p, q) => p - q);
      for (const k of keys) groupOfKey.set(k, into);
    }
  }
  return out.sort((p, q) => (p[0] ?? 0) - (q[0] ?? 0));
}

/**
 * Groups joined two at a time by a later pass, where the never-merge rules allow (`mayMerge`).
 * Union-find over the groups; each root holds its joined members, so the rules are checked
 * against everything a join would put together, not only the two groups that met.
 */
export class GroupJoin {
  private readonly root: number[];
  private readonly joined: number[][];

  constructor(
    groups: readonly number[][],
    private readonly items: readonly ClusterItem[],
  ) {
    this.root = groups.map((_, k) => k);
    this.joined = groups.map((g) => [...g]);
  }

  /** The group `k` is now part of. */
  find(k: number): number {
    while (this.root[k] !== k) k = this.root[k] ?? k;
    return k;
  }

  /** The items of the group `k` is now part of. */
  members(k: number): readonly number[] {
    return this.joined[this.find(k)] ?? [];
  }

  /**
   * Joins the groups of `x` and `y` unless two of their items may never be one claim; whether
   * they are one now. O(|x|·|y|).
   */
  join(x: number, y: number): boolean {
    const [to, from] = [Math.min(this.find(x), this.find(y)), Math.max(this.find(x), this.find(y))];
    const a = this.joined[to] ?? [];
    const b = this.joined[from] ?? [];
    if (to === from) return true;
    if (!a.every((i) => b.every((j) => this.mayJoin(i, j)))) return false;
    this.root[from] = to;
    this.joined[to] = [...a, ...b];
    return true;
  }

  /** The groups as joined, by the order rules of `cluster`. */
  groups(): number[][] {
    return this.joined
      .filter((_, k) => this.root[k] === k)
      .map((g) => g.sort((p, q) => p - q))
      .sort((p, q) => (p[0] ?? 0) - (q[0] ?? 0));
  }

  private mayJoin(i: number, j: number): boolean {
    const a = this.items[i];
    const b = this.items[j];
    return a !== undefined && b !== undefined && mayMerge(a, b);
  }
}
