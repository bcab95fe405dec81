// What a match cites: the seed sentences behind the claim units the page matched, then the
// claim's other appearances, since the claim is all of them (the reader's "where else was this
// said"). A clause cut from a sentence is cited by its whole sentence (Appearance.sentence): on
// its own it may not say which fact it supports.

import type { Appearance, Claim, MatchSentence } from '../model/types.ts';

export interface Evidence {
  seed: string;
  quote: string;
}

/**
 * Matched units tied on the paragraph's best score (match.ts keeps only those), the longest
 * passage first: a verbatim score says the page repeats most of the unit's word triples, so the
 * unit with more of them is more of the paragraph said word for word. A seed headline of seven
 * words that a long sentence also "repeats" (issue 17 item 3: the demo's paragraph 1, seed 001's
 * AFP-credited sentence, cited seed 000's uncredited headline) comes after the sentence itself.
 * Then more terms, then unit order, so the same match always cites the same passage.
 */
const longerFirst =
  (units: readonly MatchSentence[]) =>
  (x: number, y: number): number =>
    (units[y]?.shingles.length ?? 0) - (units[x]?.shingles.length ?? 0) ||
    (units[y]?.terms.length ?? 0) - (units[x]?.terms.length ?? 0) ||
    x - y;

/**
 * The claim's appearances, those of the matched units (longest passage first) first, each once.
 * Indexed loops, no spread or callback: a first page cites every paragraph's matches before the
 * engine is optimised, and the spreads' iterators cost some 15,000 instructions a call
 * (src/tools/bench/LOG.md, session 31, helper C31). O(appearances²), a claim having a dozen at most.
 */
export function evidenceFor(claim: Claim, matchedUnits: Iterable<number>): Evidence[] {
  const evidence: Evidence[] = [];
  const { appearances, match } = claim;
  const add = (a: Appearance | undefined): void => {
    if (a === undefined) return;
    const quote = a.sentence ?? a.quote;
    for (let i = 0; i < evidence.length; i++) {
      const e = evidence[i];
      if (e?.seed === a.seed && e.quote === quote) return;
    }
    evidence.push({ seed: a.seed, quote });
  };
  const matched = Array.from(matchedUnits);
  if (matched.length > 1) matched.sort(longerFirst(match));
  for (let i = 0; i < matched.length; i++) add(appearances[match[matched[i] ?? -1]?.from ?? -1]);
  for (let i = 0; i < appearances.length; i++) add(appearances[i]);
  return evidence;
}
