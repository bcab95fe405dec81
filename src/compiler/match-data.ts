// Step: what the matcher needs of a claim, precomputed: for each of its pieces, the units
// (sentence, clauses, quotations) with their terms, shingles and polarity, each pointing back to
// the appearance it was cut from.

import { shingles } from '../matching/similarity.ts';
import { analyseNamed, type MentionFinder } from '../matching/speakers.ts';
import type { MatchSentence } from '../model/types.ts';
import { sliceSpans, type Spanned } from '../text/terms.ts';
import { units } from '../text/units.ts';
import { carriedClause } from './carried.ts';
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

export function matchData(items: readonly { text: string }[], names: MentionFinder): MatchSentence[] {
  const out: MatchSentence[] = [];
  const seen = new Set<string>();
  for (const [from, item] of items.entries()) {
    const text = withoutAsides(item.text);
    const spans = analyseNamed(text, names.mentions(text));
    for (const u of units(text)) {
      // Read before the repeated units are left out: the light clause may end only a quotation,
      // whose terms repeat its sentence's.
      const light = carriedUnit(text, spans, u.start, u.end);
      if (light !== null && !seen.has(light.key)) {
        seen.add(light.key);
        out.push({ ...light.unit, from });
      }
      const { terms, negated } = sliceSpans(spans, u.start, u.end, u.polarityFrom);
      const unique = [...new Set(terms)].sort();
      if (!statesSomething(unique)) continue;
      const key = `${negated}|${unique.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...unitOf(terms, unique, negated), from });
    }
  }
  return out;
}

/** A unit of these terms in text order (`unique`: the same, distinct and sorted). */
function unitOf(
  terms: readonly string[],
  unique: string[],
  negated: boolean,
): Omit<MatchSentence, 'from' | 'carried'> {
  const at = new Map(unique.map((t, i) => [t, i]));
  return { terms: unique, order: terms.map((t) => at.get(t) ?? 0), shingles: shingles(terms), negated };
}

/**
 * The unit of a light clause in [start, end) with its antecedent carried in (carried.ts): the
 * antecedent's terms, then the clause's, its polarity the clause's; `carried` lists the terms only
 * the antecedent gives, in its order. Null where the part has no such clause, or the clause or
 * its antecedent names nothing.
 */
function carriedUnit(
  text: string,
  spans: Spanned,
  start: number,
  end: number,
): { key: string; unit: Omit<MatchSentence, 'from'> } | null {
  const c = carriedClause(text.slice(start, end));
  if (c === null) return null;
  const before = sliceSpans(spans, start + c.antecedent.start, start + c.antecedent.end);
  const own = sliceSpans(spans, start + c.predicate, end);
  if (before.terms.length === 0 || own.terms.length === 0) return null;
  const terms = [...before.terms, ...own.terms];
  const unique = [...new Set(terms)].sort();
  // In the antecedent's order: its head first ("messaging" of "messaging with a bank").
  const carried = [...new Set(before.terms)].filter((t) => !own.terms.includes(t));
  return {
    key: `carried|${own.negated}|${unique.join(' ')}`,
    unit: { ...unitOf(terms, unique, own.negated), carried },
  };
}
