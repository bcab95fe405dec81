// The page's theme as its computed styles tell it: whether its marked text is light (a dark page,
// which gets the fainter tint) and the background each marked paragraph sits on (its margin
// rule's shade). Read when the overlay is shown and again when the theme can change (overlay.tsx),
// never per frame.

import { over, parseColour, WHITE, type Rgba } from './colour.ts';
import { lightText } from './tints.ts';

/** How many ancestors up a paragraph's background is looked for. */
const MAX_DEPTH = 64;

/**
 * The colour painted behind an element: its own background and its ancestors', each laid over
 * the one below, down to the first opaque one (or the white canvas). Background images are not
 * read (a gradient's colour is not one colour). `seen` holds what this read already found, so the
 * paragraphs of one article walk their shared ancestors once.
 */
export function backgroundOf(el: Element, view: Window, seen: Map<Element, Rgba>): Rgba {
  // Up to the first opaque background, one already read, or MAX_DEPTH levels (a hostile page nests
  // elements thousands deep): then laid over each other from the bottom up.
  const path: [Element, Rgba][] = [];
  let behind: Rgba = WHITE;
  for (let at: Element | null = el; at !== null; at = at.parentElement) {
    const known = seen.get(at);
    if (known !== undefined) {
      behind = known;
      break;
    }
    if (path.length >= MAX_DEPTH) break;
    const own = parseColour(view.getComputedStyle(at).backgroundColor) ?? { r: 0, g: 0, b: 0, a: 0 };
    path.push([at, own]);
    if (own.a >= 1) break;
  }
  for (const [at, own] of path.reverse()) {
    behind = own.a >= 1 ? own : over(own, behind);
    seen.set(at, behind);
  }
  return behind;
}

export interface Theme {
  /** The page is dark: its first marked paragraph's text is light. */
  dark: boolean;
  /** The background behind each marked paragraph, in the order given. */
  backgrounds: Rgba[];
}

/** The theme for these marked paragraphs (their elements, in reading order). */
export function readTheme(view: Window, elements: readonly Element[]): Theme {
  const seen = new Map<Element, Rgba>();
  const first = elements[0];
  return {
    dark: first !== undefined && lightText(view.getComputedStyle(first).color),
    backgrounds: elements.map((el) => backgroundOf(el, view, seen)),
  };
}
