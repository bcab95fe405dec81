// How a paragraph of the page is numbered, said once for every place that names one: the popup's
// rows, its summary and status sentences, and the overlay's marker names. The page's headline is
// no paragraph of the article: its lines are "Headline", and the body is counted from the first
// line below it. A headline broken by <br> is read as several lines, all of them the headline.

/** The page's headline: `count` lines from line `first`, as the page reader read them. */
export interface HeadlineLines {
  first: number;
  count: number;
}

type Headline = HeadlineLines | null | undefined;

/** Whether a line the page read is one of its headline's. */
export const inHeadline = (headline: Headline, paragraph: number): boolean =>
  headline != null && paragraph >= headline.first && paragraph < headline.first + headline.count;

/** "Headline" for a headline line, else "Paragraph N", counted in the article's body. */
export function paragraphLabel(headline: Headline, paragraph: number): string {
  if (inHeadline(headline, paragraph)) return 'Headline';
  const above = headline != null && headline.first < paragraph ? headline.count : 0;
  return `Paragraph ${paragraph + 1 - above}`;
}

/** How many of the lines the page read are its body's paragraphs (all but its headline's). */
export const bodyParagraphs = (headline: Headline, lines: number): number =>
  Math.max(0, lines - (headline == null ? 0 : Math.min(headline.count, Math.max(0, lines - headline.first))));

/**
 * Of the lines claims were found in, whether any is the headline's, and how many of the body's
 * paragraphs: the summary's and the status line's counts, numbered as the rows are.
 */
export function foundIn(headline: Headline, found: Iterable<number>): { headline: boolean; body: number } {
  const lines = new Set(found);
  const inHead = [...lines].filter((p) => inHeadline(headline, p)).length;
  return { headline: inHead > 0, body: lines.size - inHead };
}
