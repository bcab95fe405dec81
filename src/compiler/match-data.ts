// Step: what the matcher needs of a claim, precomputed: for each of its pieces, the units
// (sentence, clauses, quotations) with their terms, shingles and polarity, each pointing back to
// the appearance it was cut from.

import { shingles } from '../matching/similarity.ts';
import { analyseNamed, type MentionFinder } from '../matching/speakers.ts';
import type { MatchSentence } from '../model/types.ts';
import { sliceSpans } from '../text/terms.ts';
import { units } from '../text/units.ts';
import { statesSomething } from './pieces.ts';

export function matchData(items: readonly { text: string }[], names: MentionFinder): MatchSentence[] {
  const out: MatchSentence[] = [];
  const seen = new Set<string>();
  for (const [from, s] of items.entries()) {
    const spans = analyseNamed(s.text, names.mentions(s.text));
    for (const u of units(s.text)) {
      const { terms, negated } = sliceSpans(spans, u.start, u.end, u.polarityFrom);
      const unique = [...new Set(terms)].sort();
      if (!statesSomething(unique)) continue;
      const key = `${negated}|${unique.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const at = new Map(unique.map((t, i) => [t, i]));
      const order = terms.map((t) => at.get(t) ?? 0);
      out.push({ terms: unique, order, shingles: shingles(terms), negated, from });
    }
  }
  return out;
}
