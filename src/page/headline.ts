// The article's headline: the <h1> (else <h2>) whose words best match the page's title (the
// <title>, og:title or twitter:title, which carry the headline plus the site's name), so a site
// logo in an <h1> or a teaser's heading is not taken for it.

import { markupFurniture } from './furniture.ts';
import type { Steps } from './steps.ts';

/** Headings looked at; a page has a handful. */
const MAX_HEADINGS = 50;
/** Least Dice overlap of words between heading and title. */
const MIN_OVERLAP = 0.5;

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function dice(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length === 0 || b.size === 0) return 0;
  const shared = new Set(a.filter((w) => b.has(w))).size;
  return (2 * shared) / (new Set(a).size + b.size);
}

/** The headline, or null; yields between its native searches of the whole page. */
export function* findHeadline(doc: Document): Steps<Element | null> {
  const body = doc.body;
  if (body === null) return null;
  const titles = [
    doc.title,
    ...[...doc.querySelectorAll('meta[property="og:title"], meta[name="twitter:title"]')].map(
      (m) => m.getAttribute('content') ?? '',
    ),
  ]
    .map((t) => new Set(wordsOf(t)))
    .filter((t) => t.size > 0);
  if (titles.length === 0) return null;
  for (const tag of ['h1', 'h2']) {
    let best: Element | null = null;
    let top = MIN_OVERLAP;
    yield;
    for (const h of [...body.querySelectorAll(tag)].slice(0, MAX_HEADINGS)) {
      if (outsideText(h, body)) continue;
      const words = wordsOf(h.textContent ?? '');
      const overlap = Math.max(...titles.map((t) => dice(words, t)));
      if (overlap > top || (best === null && overlap >= top)) {
        best = h;
        top = overlap;
      }
    }
    if (best !== null) return best;
  }
  return null;
}

/** In navigation, an aside, a footer, a form or hidden: not where a headline is (a <header> is). */
function outsideText(el: Element, body: Element): boolean {
  for (let e: Element | null = el; e !== null && e !== body; e = e.parentElement)
    if (e.tagName !== 'HEADER' && markupFurniture(e)) return true;
  return false;
}
