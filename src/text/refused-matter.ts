// What a party refused to talk about is not stated by the sentence that tells the refusal:
// "Mercy Hospital declined to comment on sharing patient names, home addresses, and prescription
// histories" is cut at ", and" (where a clause usually starts), and its last piece, "prescription
// histories …", is still the matter refused, not a fact the page affirms. A clause after ", and"
// or ", or" that ends a serial list of a refusal's matter and opens with no subject or verb of its
// own is read with the refusal's polarity. "Citigroup declined, and Facebook is now discussing …" (no matter
// named, and a subject of its own) and "…, and said it had held talks" (a verb of its own) keep
// theirs.

import { isLetter } from './chars.ts';
import { refusalEnd } from './refusal.ts';
import type { Piece } from './units.ts';

/** Words that open a refused matter: "declined to comment on", "would not say whether". */
const OPENS_MATTER: ReadonlySet<string> = new Set([
  'on',
  'about',
  'regarding',
  'whether',
  'if',
  'how',
  'what',
  'when',
  'why',
]);
/** The join of a refusal's next piece: a comma and "and" or "or", nothing else. */
const LIST_JOIN = /^\s*,\s+(?:and|or)\s*$/i;
/**
 * A piece that opens with a subject or a verb of its own: a capital, a figure, a determiner or
 * pronoun, or a word of saying or a past form ("and said …", "and confirmed …").
 */
const OWN_CLAUSE =
  /^[\s"'\u201c\u2018(]*(?:[A-Z]|\d|(?:a|an|the|one|another|some|several|many|most|it|they|he|she|we|this|that|these|those|its|their|there|says?|said|adds?|told|tells|notes?|[a-z]+ed)\b)/;

/**
 * For each clause of a sentence (`clauses`, in order), where its polarity is read from: its own
 * start, or, for a piece of a refusal's matter after ", and"/", or", that of the clause holding
 * the refusal; null where no clause is such a piece (most sentences: no refusal). O(sentence
 * length): the sentence's words are read once, and each clause after a refusal once.
 */
export function polarityStarts(sentence: string, clauses: readonly Piece[]): number[] | null {
  // A piece of a refused matter follows ", and" or ", or": most sentences have neither.
  if (clauses.length < 2 || (!sentence.includes(', and ') && !sentence.includes(', or '))) return null;
  const end = refusalEnd(sentence);
  if (end < 0 || !OPENS_MATTER.has(nextWord(sentence, end))) return null;
  let i = 0;
  while (i < clauses.length && (clauses[i]?.end ?? 0) < end) i++;
  // Only a serial list: an item of it (", ") between the matter's start and ", and". A piece
  // after one matter and ", and" is a clause of its own far more often than a list's second item
  // ("declined to comment on the talks, and earlier this year Facebook executives apologized …"),
  // and a list of two takes a bare "and".
  if (!sentence.slice(end, clauses[i]?.end ?? end).includes(', ')) return null;
  let starts: number[] | null = null;
  for (i++; i < clauses.length; i++) {
    const before = clauses[i - 1];
    const p = clauses[i];
    if (before === undefined || p === undefined) break;
    if (
      !LIST_JOIN.test(sentence.slice(before.end, p.start)) ||
      OWN_CLAUSE.test(sentence.slice(p.start, p.end))
    )
      break;
    starts ??= clauses.map((c) => c.start);
    starts[i] = starts[i - 1] ?? before.start;
  }
  return starts;
}

/** The lower-cased word after offset `at` (past spaces), or "". */
function nextWord(text: string, at: number): string {
  let i = at;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  let j = i;
  while (isLetter(text.charCodeAt(j))) j++;
  return text.slice(i, j).toLowerCase();
}
