// A clause that states one thing and sets another against it with ", not …" ("what it offers
// banks is a way to chat with customers, not a pipeline for their spending records") denies only
// what follows the "not". Read whole, the sentence is negated, and what it affirms meets no claim
// of its polarity; the clause up to the contrast is a unit of its own (units.ts), with the
// polarity of its own words, and the contrast keeps its negation in its own piece (cut at the comma).

/**
 * ", not X". "not only", "not just" add to what came before; "not least", "not so long ago",
 * "not yet", "not even" qualify it: no contrast.
 */
const CONTRAST = /,\s+not\s+(?!(?:only|just|merely|simply|least|so|yet|even)\b)/i;

/** Where a sentence's first contrastive ", not …" starts (its comma), or -1. O(sentence length). */
export function contrastAt(sentence: string): number {
  return CONTRAST.exec(sentence)?.index ?? -1;
}
