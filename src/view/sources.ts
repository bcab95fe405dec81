// The source articles as a reader is told of them, wherever a quote of one is cited: by headline
// and date, never by file name, and never by a publisher (no seed records one). An outlet a
// passage credits ("according to the WSJ") is said to have reported it, as the article says, never
// to have published the article: "credit AFP" read as AFP having said the claim.

import { formatDate, type ArticleView, type ClaimView } from './describe.ts';
import { listOf } from './plural.ts';

/** The headline in quotes, then what is known of it in brackets: “…” (8 Aug 2018, by Melissa Porter). */
function cited(a: ArticleView, byline: boolean): string {
  const known = [
    a.date === null ? '' : formatDate(a.date),
    !byline || a.byline === null ? '' : `by ${a.byline}`,
  ];
  const more = known.filter((k) => k !== '').join(', ');
  return `“${a.headline}”${more === '' ? '' : ` (${more})`}`;
}

/** “Facebook denies seeking users' bank data”, and its date where known: “…” (8 Aug 2018). */
export const articleName = (a: ArticleView): string => cited(a, false);

/** The same with its byline where known, for a list of articles: “…” (8 Aug 2018, by Melissa Porter). */
export const articleCitation = (a: ArticleView): string => cited(a, true);

/** A passage a paragraph matched, and what it is known of. */
export interface Passage {
  quote: string;
  /** The outlet the passage credits, by name, or null when it credits none. */
  outlet: string | null;
  article: ArticleView | null;
  /** Whether the passage stands within the article's headline (the whole of it, or a clause). */
  inHeadline: boolean;
}

/**
 * Where a matched passage is from: `from “headline” (date)`, or, where the passage is the
 * article's headline or a part of it, `the headline of a source article of 8 Aug 2018` or `part
 * of the headline of …` (the headline is not quoted twice).
 */
export function passageFrom(p: Passage): string {
  const a = p.article;
  if (a === null) return 'from a source article';
  if (p.inHeadline) {
    const whole = p.quote.trim() === a.headline.trim();
    return `${whole ? 'the' : 'part of the'} headline of a source article${a.date === null ? '' : ` of ${formatDate(a.date)}`}`;
  }
  return `from ${articleName(a)}`;
}

/**
 * "which says AFP reported it" or "which names no outlet": what the passage credits, not who
 * published it. "crediting AFP" read as AFP having said it.
 */
export const passageCredit = (p: Pick<Passage, 'outlet'>): string =>
  p.outlet === null ? 'which names no outlet' : `which says ${p.outlet} reported it`;

/**
 * The outlets the source articles credit for a claim besides its first reporter (or speaker's
 * outlet): "The source articles say AFP also reported it." where they credit the first one too,
 * else "The source articles say AFP reported it.". An outlet credited is named in an article's
 * text as reporting it; it is not an outlet that published the article, nor one that said the
 * claim ("The source articles credit AFP" read as AFP's own word). Empty when there is none.
 */
export function creditedLine(v: Pick<ClaimView, 'otherOutlets' | 'firstCredited'>): string {
  const others = v.otherOutlets;
  if (others.length === 0) return '';
  return `The source articles say ${listOf(others)} ${v.firstCredited ? 'also ' : ''}reported it.`;
}

/**
 * The same as a sentence of its own, for the card's "Why this matched": "From “headline” (8 Aug
 * 2018), which says AFP reported it." or "The headline of a source article, which names no outlet."
 */
export function passageSentence(p: Passage): string {
  const from = passageFrom(p);
  return `${from.charAt(0).toUpperCase()}${from.slice(1)}, ${passageCredit(p)}.`;
}
