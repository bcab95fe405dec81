// What a match cites: the seed sentences behind the claim units the page matched, then the
// claim's other appearances, since the claim is all of them (the reader's "where else was this
// said"). A clause cut from a sentence is cited by its whole sentence (Appearance.sentence): on
// its own it may not say which fact it supports.

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
    const quote = a.sentence ?? a.quote;
    if (!evidence.some((e) => e.seed === a.seed && e.quote === quote)) evidence.push({ seed: a.seed, quote });
  }
  return evidence;
}
