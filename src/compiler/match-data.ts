// Step: what the matcher needs of a claim, precomputed: for each of its pieces, the units
// (sentence, clauses, quotations) with their terms, shingles and polarity, each pointing back to
// the appearance it was cut from.

import { shingles } from '../matching/similarity.ts';
import { analyseNamed, type MentionFinder } from '../matching/speakers.ts';
import type { MatchSentence } from '../model/types.ts';
import { sliceSpans } from '../text/terms.ts';
import { units } from '../text/units.ts';
import { innerClauses } from './inner-clauses.ts';
import { statesSomething } from './pieces.ts';

/**
 * What a sentence answers, named in it: "While Facebook insisted in response to the Journal's
 * story that it doesn't want to use any of this data …". The occasion of what was said, not what
 * was said: read as a claim's terms, its "story" is a report, and the unit met paragraphs about
 * the report rather than about what Facebook insisted.
 */
const OCCASION =
  /\b(?:in (?:response|reply|answer) to|(?:responding|replying) to)\s+(?:[^,;.]*?\s)?(?:story|stories|report|reports|article|articles)\b/gi;

/**
 * A wire's exchange code after a name: "PayPal (PYPL.O)", "Citibank (C.N)". It says which listing,
 * not what happened: read as terms ("pyplo", "cn"), the codes were the rarest terms of their claim
 * unit and so its event, and a paragraph naming the same firms without them fell under the score.
 * The wording drops tickers by `TICKER` (wording.ts), which also takes a bare "(FB)": kept here,
 * since without an exchange suffix it may be initials a page writes too ("(WSJ)").
 */
const EXCHANGE_CODE = /\(\s*[A-Z]{1,5}\.[A-Z]{1,2}\s*\)/g;

/** The text with its occasion and exchange codes blanked, so that offsets into it still hold. */
const withoutAsides = (text: string): string =>
  text.replace(OCCASION, (m) => ' '.repeat(m.length)).replace(EXCHANGE_CODE, (m) => ' '.repeat(m.length));

/**
 * The units of each item. `inner` adds each clause's inner clauses (inner-clauses.ts): the
 * final claims' units only, since the compiler's own matching round (self-match.ts) joins claims
 * by the units it meets, and a unit is no claim: the claims stay as the seeds' clauses make them.
 */
export function matchData(
  items: readonly { text: string }[],
  names: MentionFinder,
  inner = false,
): MatchSentence[] {
  const out: MatchSentence[] = [];
  const seen = new Set<string>();
  for (const [from, item] of items.entries()) {
    const text = withoutAsides(item.text);
    const spans = analyseNamed(text, names.mentions(text));
    for (const u of inner ? [...units(text), ...innerClauses(text)] : units(text)) {
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
