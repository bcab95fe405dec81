// What a party refused to talk about is not stated by the sentence that tells the refusal:
// "Mercy Hospital declined to comment on sharing patient names, home addresses, and prescription
// histories" is cut at ", and" (where a clause usually starts), and its last piece, "prescription
// histories …", is still the matter refused, not a fact the page affirms. A clause after ", and"
// or ", or" that follows a refusal's matter and opens with no subject or verb of its own is read
// with the refusal's polarity. "Citigroup declined, and Facebook is now discussing …" (no matter
// named, and a subject of its own) and "…, and said it had held talks" (a verb of its own) keep
// theirs.

import type { Piece } from './units.ts';

/**
 * A refusal and the word that opens its matter: "declined to comment on", "refused to say
 * whether", "would not discuss how", "did not respond to questions about". Each alternative
 * starts on a fixed word at a word boundary, with no nested repetition: linear.
 */
const REFUSED =
  /\b(?:(?:declin|refus)(?:e|es|ed|ing)\s+to|(?:would|will|did|does|do|could)(?:\s+not|n['\u2019]t))\s+(?:comment|say|discuss|address|elaborate|disclose|confirm|respond\s+to\s+questions)\s+(?:on|about|regarding|whether|if|how|what|when|why)\b/i;
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
 * the refusal. O(sentence length): each clause and join is read once.
 */
export function polarityStarts(sentence: string, clauses: readonly Piece[]): number[] {
  const starts = clauses.map((p) => p.start);
  let refusing = false;
  for (let i = 0; i < clauses.length; i++) {
    const p = clauses[i];
    if (p === undefined) continue;
    const before = clauses[i - 1];
    const text = sentence.slice(p.start, p.end);
    if (
      refusing &&
      before !== undefined &&
      LIST_JOIN.test(sentence.slice(before.end, p.start)) &&
      !OWN_CLAUSE.test(text)
    )
      starts[i] = starts[i - 1] ?? before.start;
    else refusing = REFUSED.test(text);
  }
  return starts;
}
