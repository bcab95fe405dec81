// A page's quotation of a party's own words, anchored as Hypothesis anchors a stored quote: a span
// the page puts in quotation marks ("It's completely opt-in," the company stressed) that occurs
// word for word (after folding) inside a quotation in one claim's seed sentences, given in that
// claim's party's voice, is evidence for that claim, however few words it has. Coverage quotes a
// statement in short fragments ("not actively asking") that share too little for the scorer. It
// cannot carry a match on story vocabulary: the span must hold a rare term (QUOTE_RARE_SHARE),
// occur in the quotations of one claim only, be voiced by the claim's party (speakers.ts,
// `clauseVoice`), and its pair passes the matcher's checks like any other.

import type { Weights } from './similarity.ts';
import { analyseNamed, type MentionFinder } from './speakers.ts';
import type { Story, StoryLookup } from '../model/types.ts';
import { sliceSpans } from '../text/terms.ts';

/**
 * A quotation inside its sentence (group 1, or 2 for curly marks). A straight mark is the same
 * character at both ends, so it is paired only where it can open or close: an opening one after
 * the text's start, a space, an opening bracket or a dash; a closing one before a space,
 * punctuation or the end. An inch mark ('a 27" screen') or a mark left by a quotation the sentence
 * splitter cut then pairs with nothing, rather than making the reporter's words between two
 * quotations a quotation. Curly marks say which end they are, and either kind may close the other.
 * Single quotes and guillemets are not read: an apostrophe ("it's", "banks' data") is the same
 * character as a single quote.
 */
export const QUOTED =
  /(?<![^\s([{\u2014\u2013-])"([^"\u201C\u201D]+)(?:"(?![^\s.,;:!?)\]}\u2014\u2013-])|\u201D)|\u201C([^"\u201C\u201D]+)["\u201D]/g;

/**
 * The words just before a quotation that make it no statement of its words: a mention of them
 * ("so-called", or a noun for words: "the word", "the term", "a phrase", "the label"), or a frame
 * that turns them round ("anything but", "far from", "hardly", "not", "never", "isn't"). The
 * polarity check reads a negation over the clause, but "anything but" and "far from" are none of
 * its words, and a negation the quotation's own span starts after may be left to the clause.
 */
const FRAMED =
  /(?:\bso-called|\b(?:word|words|term|terms|phrase|label|slogan)|\banything but|\bfar from|\b(?:hardly|barely|scarcely|not|never|no longer)|n['\u2019]t)\s*$/i;

/**
 * Whether the quotation opening at `open` (its mark) in `text` is framed as no statement of its
 * words (FRAMED). Bounded: read on the 24 characters before the quotation.
 */
export const framesQuotation = (text: string, open: number): boolean =>
  FRAMED.test(text.slice(Math.max(0, open - 24), open));

/**
 * A quoted span must hold a term weighing at least this share of the heaviest non-name term of
 * the story's claims. The heaviest terms of an index are those one seed sentence uses once; a
 * term near them in weight is in a handful of seed sentences, a word of one statement rather
 * than of the story. A share, not a weight: an index of fewer seeds weighs every word less. The
 * LOG (session 22, quote22) gives the share of the story's terms it keeps and the result from
 * 0.6 to 0.9.
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
 * The quoted words of each claim with a speaker, in its seed sentences (`StoryLookup.quotes`, made
 * by the compiler), analysed as a page's are (party names as one term). Only the part of a
 * quotation inside the claim's own clause (`Appearance.quote`) is the claim's: one quotation said
 * in two clauses ("The app helps patients book visits faster, and joining is strictly voluntary")
 * gives each of its two claims its own words. An appearance whose clause is not found in its
 * sentence gives none (its quoted part cannot be told). Each quotation once per claim, in claim
 * order. O(the claims' appearances' length).
 */
export function seedQuotations(story: Story, names: MentionFinder): StoryLookup['quotes'] {
  const out: StoryLookup['quotes'] = [];
  story.claims.forEach((c, claim) => {
    if (c.speaker === null) return;
    const seen = new Set<string>();
    for (const a of c.appearances) {
      const sentence = a.sentence ?? a.quote;
      const from = sentence.indexOf(a.quote);
      if (from < 0) continue;
      const to = from + a.quote.length;
      const spans = analyseNamed(sentence, names.mentions(sentence));
      for (const q of sentence.matchAll(QUOTED)) {
        const start = Math.max(from, q.index + 1);
        const end = Math.min(to, q.index + 1 + (q[1] ?? q[2] ?? '').length);
        if (start >= end) continue;
        const { terms } = sliceSpans(spans, start, end);
        const key = terms.join(' ');
        if (terms.length === 0 || seen.has(key)) continue;
        seen.add(key);
        out.push({ claim, terms });
      }
    }
  });
  return out;
}

/** The seed quotations listed under each term they hold (where a page's span may start). O(their terms). */
export function byTerm(quotes: StoryLookup['quotes']): SeedQuotes {
  const out = new Map<string, { claim: number; terms: readonly string[]; at: number }[]>();
  for (const { claim, terms } of quotes)
    for (let at = 0; at < terms.length; at++) {
      const t = terms[at] ?? '';
      const list = out.get(t);
      if (list === undefined) out.set(t, [{ claim, terms, at }]);
      else list.push({ claim, terms, at });
    }
  return out;
}

/**
 * The one claim whose seed quotations hold `span` (a page quotation's terms) word for word, or -1:
 * none, several, a span of fewer than MIN_QUOTE_TERMS or more than MAX_QUOTE_TERMS terms, or one
 * without a term, not a name, of weight `rare` (`rareWeight`). O(MAX_QUOTE_TERMS × the seed
 * quotations holding its first term).
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
 * is not a name ("@…", the cast, which a rare term never is: a bank named once weighs most).
 * O(terms).
 */
export function rareWeight(terms: readonly string[], weight: Weights): number {
  let most = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] ?? '';
    if (!t.startsWith('@')) most = Math.max(most, weight(t));
  }
  return QUOTE_RARE_SHARE * most;
}
