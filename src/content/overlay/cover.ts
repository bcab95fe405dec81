// What the page draws over its own text: a fixed or sticky header the article scrolls under, a
// bar along the window's foot, a modal layer. The overlay sits above the whole page (its host's
// z-index is the highest), so it cuts its rules and hides its markers where such an element covers
// them, as the element covers the paragraph's text. Found by asking the browser what is topmost at
// a few points of the markers' column (hit tests, no walk over the page), then those elements'
// boxes. The cutting itself is arithmetic (visibleSpan), tested without a browser.

import type { Rect } from './Layer.tsx';

/** The page's elements over the markers' column, in window coordinates, and whether one is a modal layer. */
export interface Covers {
  boxes: Rect[];
  /** An element covering the window's middle: the page is showing a modal, and the overlay hides. */
  modal: boolean;
}

export const NO_COVERS: Covers = { boxes: [], modal: false };

const POSITIONED = new Set(['fixed', 'sticky']);
/** How many ancestors up an element's fixed or sticky container is looked for. */
const MAX_DEPTH = 64;

/**
 * The fixed or sticky elements topmost at the window's top, middle and foot in the column at
 * window x `x` (the markers' and rules'), leaving out the overlay's host and any element holding
 * marked text (a sticky article, or a sticky heading that is itself marked, is the text, not
 * something over it). `marked` holds the marked paragraphs' elements.
 */
export function coversAt(doc: Document, host: Element, x: number, marked: readonly Element[]): Covers {
  const view = doc.defaultView;
  // A document without hit testing (a test's simulated DOM) has nothing to tell.
  if (view === null || typeof doc.elementsFromPoint !== 'function') return NO_COVERS;
  const width = doc.documentElement.clientWidth;
  const height = doc.documentElement.clientHeight;
  const seen = new Map<Element, Element | null>();
  /**
   * The element or its nearest ancestor that is fixed or sticky, if any, looked for at most
   * MAX_DEPTH levels up (a hostile page nests elements thousands deep; furniture is near the top).
   */
  const positioned = (start: Element | null): Element | null => {
    const path: Element[] = [];
    let found: Element | null = null;
    for (
      let el = start;
      el !== null && el !== doc.body && el !== doc.documentElement;
      el = el.parentElement
    ) {
      const known = seen.get(el);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (path.length >= MAX_DEPTH) break;
      path.push(el);
      const style = view.getComputedStyle(el);
      // Below the page's own content (a fixed backdrop at a negative z-index) it covers nothing.
      if (POSITIONED.has(style.position) && !(Number.parseInt(style.zIndex, 10) < 0)) {
        found = el;
        break;
      }
    }
    for (const el of path) seen.set(el, found);
    return found;
  };
  const found = new Map<Element, Rect>();
  let modal = false;
  for (const [px, py] of [
    [x, 1],
    [x, height / 2],
    [x, height - 2],
    [width / 2, height / 2],
  ] as const) {
    // The topmost of the page's own elements there: the overlay is above them all.
    const top = doc.elementsFromPoint(Math.max(0, px), py).find((el) => el !== host) ?? null;
    const cover = positioned(top);
    if (cover === null || found.has(cover) || marked.some((m) => cover.contains(m))) continue;
    const r = cover.getBoundingClientRect();
    found.set(cover, { top: r.top, left: r.left, bottom: r.bottom, right: r.right });
    if (r.top <= height / 2 && r.bottom >= height / 2 && r.left <= width / 2 && r.right >= width / 2)
      modal = true;
  }
  return { boxes: [...found.values()], modal };
}

/**
 * The part of a paragraph's span (top to bottom, document coordinates) its rule and marker may be
 * drawn in, between x0 and x1: inside `clip` (the box of the container it scrolls in), and out of
 * each cover's box over that column (in document coordinates too). A cover at the span's top or
 * foot cuts it there; one across its middle leaves the longer part. Empty where bottom <= top.
 */
export function visibleSpan(
  span: { top: number; bottom: number },
  x0: number,
  x1: number,
  clip: Rect | null,
  covers: readonly Rect[],
): { top: number; bottom: number } {
  let top = Math.max(span.top, clip?.top ?? -Infinity);
  let bottom = Math.min(span.bottom, clip?.bottom ?? Infinity);
  for (const c of covers) {
    if (c.left >= x1 || c.right <= x0 || c.top >= bottom || c.bottom <= top) continue;
    if (c.top <= top) top = c.bottom;
    else if (c.bottom >= bottom) bottom = c.top;
    else if (c.top - top >= bottom - c.bottom) bottom = c.top;
    else top = c.bottom;
  }
  return { top, bottom };
}
