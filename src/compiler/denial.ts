// What a named speaker's denial denies: the act after the negation ("not using" → use), what it is
// done to (the records) and what for or to whom (advertising, insurers). Read once here for the
// denials pass (denials.ts), which joins one act's wordings, and for the term overlap, which keeps
// two promises about one act apart ("not use the records for advertising", "not use the records
// to set insurance premiums") whatever words they share. Other purpose words are a weak sign:
// "for ads" and "for promotional purposes" are one promise, and no lexicon covers every
// paraphrase. So only the first pass holds it, and the matcher's pass may still join the two.

import type { ClaimKind } from '../model/types.ts';
import { analyseSpans } from '../text/terms.ts';

/**
 * Words that open what for or to whom an act is denied ("for advertising", "to insurers",
 * "beyond running the app", "with third parties"): two denials of one act part on these, not on
 * what the act is done to, which wordings of one promise name in many ways ("the data", "this
 * information", "the records").
 */
const PURPOSE = /\b(?:for|to|beyond|with)\b/i;
/**
 * A negation that denies an act of its own: on an auxiliary ("will not sell", "is not using"),
 * contracted ("won't", "isn't"), or "never" before a verb ("it never sells"). "— not for
 * advertising" after "not using …" narrows the same act, so a bare "not" is none.
 */
const ON_VERB =
  /\b(?:is|are|was|were|be|been|will|would|shall|should|can|could|may|might|must|do|does|did|has|have|had)\s+$/i;
const CONTRACTED = /^\w+n['\u2019]t\b/i;
const NEVER_VERB = /^never\s+(?!(?:for|to|with|beyond)\b)\w/i;

export interface Denial {
  speaker: string;
  /** The first term after the negation: the denied verb. */
  act: string;
  /** Terms (no names, no figures) of what the act is done to, and of what for or to whom. */
  object: ReadonlySet<string>;
  purpose: ReadonlySet<string>;
}

/** Whether the negation at `offset` (where its word starts) denies an act of its own. */
function ownAct(text: string, offset: number): boolean {
  const word = text.slice(offset);
  return (
    ON_VERB.test(text.slice(Math.max(0, offset - 12), offset)) ||
    CONTRACTED.test(word) ||
    NEVER_VERB.test(word)
  );
}

/** What `denialOf` reads of a piece. */
export interface Deniable {
  text: string;
  headline: boolean;
  negated: boolean;
  kind: ClaimKind;
  speaker?: string | null;
}

/**
 * A named speaker's denial, or null where there is none or the piece denies two acts ("not
 * using billing data … and will never sell patient records"): such a piece would tie two
 * denials together, and a seed added later could then pull two known claims into one.
 */
export function denialOf(item: Deniable): Denial | null {
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
  const other = negations.slice(1).some((n) => ownAct(item.text, n) && terms[actAfter(n)] !== act);
  if (other) return null;
  const verbEnd = item.text.slice(at[v] ?? 0).search(/\s|$/) + (at[v] ?? 0);
  const cut = item.text.slice(verbEnd).search(PURPOSE);
  const purposeAt = cut < 0 ? item.text.length : verbEnd + cut;
  const object = new Set<string>();
  const purpose = new Set<string>();
  for (const [k, t] of terms.entries()) {
    if (k <= v || !plain(k)) continue;
    ((at[k] ?? 0) < purposeAt ? object : purpose).add(t);
  }
  return { speaker: item.speaker, act, object, purpose };
}

/**
 * Two promises about one act: one speaker denies one act for or to whom each says, and the two
 * share no term of it. Where either leaves it unsaid, nothing tells them apart here.
 */
export function otherPromise(a: Denial | null | undefined, b: Denial | null | undefined): boolean {
  if (a == null || b == null || a.speaker !== b.speaker || a.act !== b.act) return false;
  return a.purpose.size > 0 && b.purpose.size > 0 && ![...a.purpose].some((t) => b.purpose.has(t));
}
