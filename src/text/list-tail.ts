// A list's last item after ", and" is no clause of its own: "declined to comment on its
// willingness to share bank card transactions, checking account balances, and geolocation of
// purchases" is cut at ", and" (where a clause usually starts), but "geolocation of purchases" is
// the third thing Citigroup declined to comment on, not a fact stated. Its polarity is read from
// where the clause it ends starts.

import type { Piece } from './units.ts';

/** The join of a list's last item, from the end of the clause before: a comma and "and" or "or". */
const LAST_JOIN = /\s*,\s+(?:and|or)\s*/iy;
/** A list's item before its last is a short noun phrase ("checking account balances"); a clause is longer. */
const ITEM_WORDS = 4;
const NONE: readonly number[] = [];

/** Whether the text from `from` to `to` holds at most ITEM_WORDS words (and one at least), counted in place. */
function fewWords(text: string, from: number, to: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && ++words > ITEM_WORDS) return false;
    inWord = !space;
  }
  return words > 0;
}

/**
 * For each clause of a sentence (`clauses`, in order), where its polarity is read from, where that
 * is not its own start: that of the clause before it, for a list's last item (empty where there is
 * none, as in most sentences). A clause after ", and" is a list's last item where the clause before
 * it ends in a comma and at most ITEM_WORDS words ("…, checking account balances, and geolocation
 * …"). O(sentence length), and nothing allocated for a sentence without one.
 */
export function polarityStarts(sentence: string, clauses: readonly Piece[]): readonly number[] {
  let starts: number[] | null = null;
  for (let i = 1; i < clauses.length; i++) {
    const before = clauses[i - 1];
    const p = clauses[i];
    if (before === undefined || p === undefined) continue;
    LAST_JOIN.lastIndex = before.end;
    if (!LAST_JOIN.test(sentence) || LAST_JOIN.lastIndex !== p.start) continue;
    const comma = sentence.lastIndexOf(',', before.end - 1);
    if (comma < before.start || !fewWords(sentence, comma + 1, before.end)) continue;
    starts ??= clauses.map((c) => c.start);
    starts[i] = starts[i - 1] ?? before.start;
  }
  return starts ?? NONE;
}
