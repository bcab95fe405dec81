// Step: what the matcher needs of a claim, precomputed: for each of its pieces, the units
// (sentence, clauses, quotations) with their terms, shingles and polarity, each pointing back to
// the appearance it was cut from.

import { shingles } from '../matching/similarity.ts';
import { analyseNamed, type MentionFinder } from '../matching/speakers.ts';
import type { MatchSentence } from '../model/types.ts';
import { sliceSpans } from '../text/terms.ts';
import { units, type Unit } from '../text/units.ts';
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
 * The units of each item. `inner` adds each clause's inner clauses (inner-clauses.ts), each with
 * the subject and parties its sentence names before it (`MatchSentence.about`): the clause cut from
 * its sentence lost who it is about, and a page's clause that states the same of another company
 * ("Instagram added features to keep users in the app longer") shares all its words. An inner
 * clause whose sentence names no one before it is no unit. For the final claims only: the
 * compiler's own matching round (self-match.ts) joins claims by the units it meets, and a unit is
 * no claim, so the claims stay as the seeds' clauses make them.
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
    const mentions = names.mentions(text);
    const spans = analyseNamed(text, mentions);
    const pieces: { unit: Unit; about?: string[] }[] = units(text).map((unit) => ({ unit }));
    for (const c of inner ? innerClauses(text) : []) {
      const about = mentions
        .filter(
          (m) =>
            (m.kind === 'subject' || m.kind === 'party') && m.start >= c.sentenceStart && m.end <= c.start,
        )
        .map((m) => m.id);
      if (about.length > 0) pieces.push({ unit: c, about: [...new Set(about)].sort() });
    }
    for (const { unit: u, about } of pieces) {
      const { terms, negated } = sliceSpans(spans, u.start, u.end, u.polarityFrom);
      const unique = [...new Set(terms)].sort();
      if (!statesSomething(unique)) continue;
      // An inner clause worded as a whole unit already is that unit (the clause after a comma).
      const key = `${negated}|${unique.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const at = new Map(unique.map((t, i) => [t, i]));
      const order = terms.map((t) => at.get(t) ?? 0);
      out.push({
        terms: unique,
        order,
        shingles: shingles(terms),
        negated,
        from,
        ...(about === undefined ? {} : { about }),
      });
    }
  }
  return out;
}
