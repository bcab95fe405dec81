// What a match cites: the seed sentences behind the claim units the page matched, then the
// claim's other appearances, since the claim is all of them (the reader's "where else was this
// said").

import type { Claim } from '../model/types.ts';

export interface Evidence {
  seed: string;
  quote: string;
}

/** The claim's appearances, those of the matched units (in unit order) first, each once. */
export function evidenceFor(claim: Claim, matchedUnits: Iterable<number>): Evidence[] {
  const evidence: Evidence[] = [];
  const matched = [...matchedUnits]
    .sort((x, y) => x - y)
    .map((unit) => claim.appearances[claim.match[unit]?.from ?? -1]);
  for (const a of [...matched, ...claim.appearances]) {
    if (a === undefined) continue;
    const quote = sentenceOf(claim, a.quote);
    if (!evidence.some((e) => e.seed === a.seed && e.quote === quote)) evidence.push({ seed: a.seed, quote });
  }
  return evidence;
}

/**
 * A clause cut from a seed sentence ("also a place to buy and sell goods and services.") does
 * not say on its own which fact it supports: quoted as evidence, it carries its sentence where
 * the index has it (a claim's text is the sentence of its first appearance).
 */
const sentenceOf = (claim: Claim, quote: string): string =>
  quote.length < claim.text.length && claim.text.includes(quote) ? claim.text : quote;
