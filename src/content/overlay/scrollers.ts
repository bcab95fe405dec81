// Pages that scroll inside a container (an app-like layout whose <main> has overflow: auto while
// the window stays put): the overlay is placed in document coordinates, which such a scroll does
// not move, so it follows each marked paragraph's nearest scrolling ancestor itself. Found once per
// show from computed styles; while the page scrolls only scroll offsets are read (overlay.tsx).

import { nearestUp } from './ancestors.ts';

/** A scrolling ancestor's visible box in document coordinates, and its scroll offsets then. */
export interface ScrollBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
  x: number;
  y: number;
}

const SCROLLS = new Set(['auto', 'scroll', 'overlay']);

/**
 * The nearest ancestor of `el` that scrolls its content (overflow auto, scroll or overlay on
 * either axis), below the body: the window's own scroll is followed without help. `seen` holds
 * what this read already found, so the paragraphs of one article walk their ancestors once.
 */
export function scrollerOf(el: Element, view: Window, seen: Map<Element, Element | null>): Element | null {
  return nearestUp(
    el.parentElement,
    (up) => {
      const style = view.getComputedStyle(up);
      return SCROLLS.has(style.overflowY) || SCROLLS.has(style.overflowX);
    },
    seen,
  );
}

/** A scroller's visible box (inside its borders) in document coordinates, the window scrolled by (sx, sy). */
export function boxOf(el: Element, sx: number, sy: number): ScrollBox {
  const r = el.getBoundingClientRect();
  const top = r.top + sy + el.clientTop;
  const left = r.left + sx + el.clientLeft;
  return {
    top,
    left,
    bottom: top + el.clientHeight,
    right: left + el.clientWidth,
    x: el.scrollLeft,
    y: el.scrollTop,
  };
}
