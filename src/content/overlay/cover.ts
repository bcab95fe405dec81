// What the page draws over its own text: a fixed or sticky header the article scrolls under, a
// bar along the window's foot, a modal layer. The overlay sits above the whole page (its host's
// z-index is the highest), so it cuts its rules and hides its markers where such an element covers
// them, as the element covers the paragraph's text. Found by asking the browser what is topmost at
// a few points of the markers' column (hit tests, no walk over the page), then those elements'
// boxes. The cutting itself is arithmetic (visibleSpan), tested without a browser.

import type { Rect } from './Layer.tsx';
import { nearestUp } from './ancestors.ts';

/** The page's elements over the markers' column, in window coordinates, and whether one is a modal layer. */
export interface Covers {
  boxes: Rect[];
  /** An element covering the window's middle: the page is showing a modal, and the overlay hides. */
  modal: boolean;
}

export const NO_COVERS: Covers = { boxes: [], modal: false };

const POSITIONED = new Set(['fixed', 'sticky']);

/**
 * The fixed or sticky elements topmost at the window's top, middle and foot in the column at
 * window x `x` (the markers' and rules'), leaving out the overlay's host, any element holding
 * marked text (a sticky article, or a sticky heading that is itself marked, is the text, not
 * something over it) and any element the text is drawn over (a scrollytelling figure stuck behind
 * the article). `marked` holds the marked paragraphs' elements, `text` the window box of the one
 * nearest the window's middle, if one is in the window.
 */
export function coversAt(
  doc: Document,
  host: Element,
  x: number,
  marked: readonly Element[],
  text: Rect | null,
): Covers {
  const t = tester(doc, host, marked, text);
  if (t === null) return NO_COVERS;
  const found = new Map<Element, Rect>();
  for (const py of [1, t.height / 2, t.height - 2]) t.cover(x, py, found);
  return {
    boxes: [...found.values()],
    modal: modalOver(t.at, t.positioned, t.isText, t.width, t.height, text),
  };
}

/**
 * What covers each marker at its own middle (window coordinates), as coversAt finds it: a small
 * fixed element between the column's probed points (a floating share button, a chat bubble),
 * which those three points miss. Two or three hit tests per marker in the window; a marker whose
 * middle is in a box already found, here or in `known` (the same look's earlier frames), costs
 * none. The caller bounds how many it asks about at once (MARKER_PROBES).
 */
export function markerCovers(
  doc: Document,
  host: Element,
  markers: readonly { x: number; y: number }[],
  marked: readonly Element[],
  text: Rect | null,
  known: readonly Rect[] = [],
): Rect[] {
  const t = tester(doc, host, marked, text);
  if (t === null) return [];
  const found = new Map<Element, Rect>();
  const inside = (m: { x: number; y: number }): boolean => {
    const holds = (b: Rect): boolean => m.x >= b.left && m.x < b.right && m.y >= b.top && m.y < b.bottom;
    if (known.some(holds)) return true;
    for (const b of found.values()) if (holds(b)) return true;
    return false;
  };
  for (const m of markers) if (m.y > 0 && m.y < t.height && !inside(m)) t.cover(m.x, m.y, found);
  return [...found.values()];
}

/**
 * The markers probed at their own middles in one frame: a bound on a frame's hit tests. A window
 * holding more (a long article of short paragraphs) is probed over successive frames.
 */
export const MARKER_PROBES = 12;

/** The hit tests coversAt and markerCovers share, or null in a document without hit testing. */
function tester(doc: Document, host: Element, marked: readonly Element[], text: Rect | null) {
  const view = doc.defaultView;
  // A document without hit testing (a test's simulated DOM) has nothing to tell.
  if (view === null || typeof doc.elementsFromPoint !== 'function') return null;
  const width = doc.documentElement.clientWidth;
  const height = doc.documentElement.clientHeight;
  const seen = new Map<Element, Element | null>();
  /** The element or its nearest ancestor that is fixed or sticky, if any (ancestors.ts). */
  const positioned = (start: Element | null): Element | null =>
    nearestUp(
      start,
      (el) => {
        const style = view.getComputedStyle(el);
        // Below the page's own content (a fixed backdrop at a negative z-index) it covers nothing.
        return POSITIONED.has(style.position) && !(Number.parseInt(style.zIndex, 10) < 0);
      },
      seen,
    );
  /** The element holds marked text or is inside it. */
  const isText = (el: Element): boolean => marked.some((m) => el.contains(m) || m.contains(el));
  /** The page's own elements at a point, topmost first: the overlay is above them all. */
  const at = (px: number, py: number): Element[] =>
    doc.elementsFromPoint(Math.max(0, px), py).filter((el) => el !== host);
  /** Adds to `found` the fixed or sticky element topmost at (x, py) that covers the text's column there. */
  const cover = (x: number, py: number, found: Map<Element, Rect>): void => {
    const hits = at(x, py);
    const top = hits[0];
    const positionedTop = positioned(top ?? null);
    if (top === undefined || positionedTop === null || isText(positionedTop)) return;
    // What covers is the outermost element hit there up to the fixed or sticky one: a full-window
    // layer the pointer passes through (a toast or cookie bar's portal) is never hit, and boxed
    // as the cover it would hide every marker, where the bar it holds covers a strip.
    let over: Element = top;
    for (const el of hits) if (positionedTop.contains(el) && el.contains(top)) over = el;
    if (found.has(over)) return;
    // Beside the text at the same height, the text drawn over it: the element is behind the text.
    const beside = at(x + RULE_TO_TEXT, py);
    const under = beside.indexOf(over);
    if (under > 0 && beside.slice(0, under).some(isText)) return;
    const r = over.getBoundingClientRect();
    // Across marked text that is drawn over it: behind the text too (where no text was beside it).
    // Only where its box reaches into the text: there a hit that finds the text says the text is
    // drawn over it; beside a button in the margin it finds the text whatever the button is.
    const into = text === null ? NaN : text.left + 8;
    const y =
      text === null || r.left > into || r.right <= into
        ? NaN
        : textLine(text, Math.max(r.top, 0), Math.min(r.bottom, height));
    const onText = y < r.bottom ? at(into, y)[0] : undefined;
    if (onText !== undefined && isText(onText)) return;
    found.set(over, { top: r.top, left: r.left, bottom: r.bottom, right: r.right });
  };
  return { at, positioned, isText, cover, width, height };
}

/** From the markers' column to inside the paragraph's text: past the rule's inset, into the first letter. */
const RULE_TO_TEXT = 5;

/**
 * Whether the page shows a modal over its text: the element topmost at a point of marked text in
 * the window (a hit test there finds it, not the text) is fixed or sticky and is also hit at the
 * window's middle, whether it is topmost there (a wall) or under its own dialog drawn as its
 * sibling (a consent manager's backdrop); or the element topmost at the middle is fixed or sticky
 * and holds what is over the text (a dialog and its backdrop in one element). A sticky figure
 * behind the text, a fixed sidebar beside the article, a sticky header or a bar at the window's
 * foot is not one: the text can be read, and so can the markers.
 */
function modalOver(
  at: (px: number, py: number) => Element[],
  positioned: (el: Element | null) => Element | null,
  isText: (el: Element) => boolean,
  width: number,
  height: number,
  text: Rect | null,
): boolean {
  const middle = at(width / 2, height / 2);
  const wall = positioned(middle[0] ?? null);
  const y = text === null ? NaN : textLine(text, 0, height);
  // No marked text in the window: the middle alone tells (the legend would be drawn over the wall).
  if (text === null || Number.isNaN(y)) return wall !== null && !isText(wall);
  const top = at(text.left + 8, y)[0];
  if (top === undefined) return false;
  if (wall !== null && !isText(wall) && wall.contains(top)) return true;
  const over = positioned(top);
  if (over === null || isText(over)) return false;
  // Hit at the middle too, under whatever is drawn there, not only boxed across it: a full-window
  // layer the pointer passes through (a toast or cookie bar's portal) is never hit, so the bar it
  // holds over the text is not a wall.
  return middle.includes(over);
}

/**
 * A height inside a paragraph's first line between `top` and `bottom` (window coordinates), where
 * a hit test a few letters in finds its text: NaN if the paragraph is not between them.
 */
function textLine(text: Rect, top: number, bottom: number): number {
  const y = Math.max(text.top, top) + 8;
  return y < Math.min(text.bottom, bottom) ? y : NaN;
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
