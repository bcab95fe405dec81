// A page's quotation of a party's own words, anchored as Hypothesis anchors a stored quote: a span
// the page puts in quotation marks ("It's completely opt-in," the company stressed) that occurs
// word for word (after folding) inside a quotation in one claim's seed sentences, said by that
// claim's party, is evidence for that claim, however few words it has. Coverage quotes a
// statement in short fragments ("not actively asking") that share too little for the scorer.
// It cannot carry a match on story vocabulary: the span must hold a rare term (QUOTE_RARE_SHARE), occur
// in the quotations of one claim only, and its pair passes the matcher's checks like any other.

import type { Weights } from './similarity.ts';
import type { Story } from '../model/types.ts';
import { analyse } from '../text/terms.ts';

/** A quotation, inside its sentence: straight or curly marks, no nesting. */
export const QUOTED = /["\u201C]([^"\u201C\u201D]+)["\u201D]/g;
/**
 * A quoted span must hold a term weighing at least this share of the heaviest term of the story's
 * claims (a word one seed piece uses): in the Facebook story 2.0 of 2.68, which "completely" (2.42)
 * and "opt-in" (2.03) reach and the cast (0.3) and the story's common nouns ("data" 0.84,
 * "financial" 1.42, "transaction" 1.58, "customer" 1.14) do not. A share, not a weight: an index
 * of fewer seeds weighs every word less.
 */
export const QUOTE_RARE_SHARE = 0.75;
/** Fewest terms of a quoted span: one word is a coincidence. */
export const MIN_QUOTE_TERMS = 2;
/** Most terms of a quoted span anchored: a longer quotation is the scorer's to match. */
export const MAX_QUOTE_TERMS = 12;

/** The seed quotations of the claims a party says, by the terms they hold. */
export type SeedQuotes = ReadonlyMap<
  string,
  readonly { claim: number; terms: readonly string[]; at: number }[]
>;

/**
 * The quoted words of each claim with a speaker, in its seed sentences, listed under each term they
 * hold (where a page's span may start). Only the part of a quotation inside the claim's own clause
 * (`Appearance.quote`) is the claim's: one quotation said in two clauses ("The app helps patients
 * book visits faster, and joining is strictly voluntary") gives each of its two claims its own
 * words. O(the claims' appearances' length), once per story.
 */
export function seedQuotes(story: Story): SeedQuotes {
  const out = new Map<string, { claim: number; terms: readonly string[]; at: number }[]>();
  story.claims.forEach((c, claim) => {
    if (c.speaker === null) return;
    const seen = new Set<string>();
    for (const a of c.appearances) {
      const sentence = a.sentence ?? a.quote;
      const from = Math.max(0, sentence.indexOf(a.quote));
      const to = from + a.quote.length;
      for (const q of sentence.matchAll(QUOTED)) {
        const start = Math.max(from, q.index + 1);
        const end = Math.min(to, q.index + 1 + (q[1] ?? '').length);
        if (start >= end) continue;
        const terms = analyse(sentence.slice(start, end)).terms;
        const key = terms.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        terms.forEach((t, at) => {
          const list = out.get(t) ?? [];
          list.push({ claim, terms, at });
          out.set(t, list);
        });
      }
    }
  });
  return out;
}

/**
 * The one claim whose seed quotations hold `span` (a page quotation's terms) word for word, or -1:
 * none, several, a span of fewer than MIN_QUOTE_TERMS or more than MAX_QUOTE_TERMS terms, or one
 * without a term, not a name, of weight `rare` (QUOTE_RARE_SHARE of the story's heaviest, `rareWeight`). O(MAX_QUOTE_TERMS × the seed quotations holding its first term).
 */
export function quotedClaim(
  quotes: SeedQuotes,
  span: readonly string[],
  weight: Weights,
  rare: number,
): number {
  if (span.length < MIN_QUOTE_TERMS || span.length > MAX_QUOTE_TERMS) return -1;
  if (!span.some((t) => !t.startsWith('@') && weight(t) >= rare)) return -1;
  let found = -1;
  for (const { claim, terms, at } of quotes.get(span[0] ?? '') ?? []) {
    if (at + span.length > terms.length || claim === found) continue;
    let same = true;
    for (let i = 1; i < span.length && same; i++) same = terms[at + i] === span[i];
    if (!same) continue;
    if (found !== -1) return -1;
    found = claim;
  }
  return found;
}

/**
 * The least weight of a quoted span's rare term: QUOTE_RARE_SHARE of the heaviest of `terms` that
 * is not a name ("@…", the cast, which a rare term never is: a bank named once weighs 4.8). O(terms).
 */
export function rareWeight(terms: readonly string[], weight: Weights): number {
  let most = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] ?? '';
    if (!t.startsWith('@')) most = Math.max(most, weight(t));
  }
  return QUOTE_RARE_SHARE * most;
}
