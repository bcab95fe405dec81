// A list's last item after ", and" is no clause of its own: "declined to comment on its
// willingness to share bank card transactions, checking account balances, and geolocation of
// purchases" is cut at ", and" (where a clause usually starts), but "geolocation of purchases" is
// the third thing Citigroup declined to comment on, not a fact stated. Its polarity is read from
// where the clause it ends starts.

import type { Piece } from './units.ts';

/** The join of a list's last item: a comma and "and" or "or", nothing else. */
const LAST_JOIN = /^\s*,\s+(?:and|or)\s*$/i;
/** A list's item before its last is a short noun phrase ("checking account balances"); a clause is longer. */
const ITEM_WORDS = 4;

/**
 * For each clause of a sentence (`clauses`, in order), where its polarity is read from: its own
 * start, or, for a list's last item, that of the clause before it. A clause after ", and" is a
 * list's last item where the clause before it ends in a comma and at most ITEM_WORDS words
 * ("…, checking account balances, and geolocation …"). O(sentence length).
 */
export function polarityStarts(sentence: string, clauses: readonly Piece[]): number[] {
  const starts = clauses.map((p) => p.start);
  for (let i = 1; i < clauses.length; i++) {
    const before = clauses[i - 1];
    const p = clauses[i];
    if (before === undefined || p === undefined || !LAST_JOIN.test(sentence.slice(before.end, p.start)))
      continue;
    const comma = sentence.lastIndexOf(',', before.end - 1);
    if (comma < before.start) continue;
    const item = sentence.slice(comma + 1, before.end).trim();
    if (item !== '' && item.split(/\s+/).length <= ITEM_WORDS) starts[i] = starts[i - 1] ?? before.start;
  }
  return starts;
}
