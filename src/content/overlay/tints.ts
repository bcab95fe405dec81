// How a marked paragraph looks at rest and when the reader is on it. At rest (most of a story
// page is marked) a paragraph gets a faint tint of its kind's colour and a thin rule in the
// margin: the page stays readable as the page's own. The paragraph whose card is open, or whose
// marker has focus, gets its kind's full colour with its own text colour (src/view/kinds.ts).

import type { ClaimKind } from '../../model/types.ts';
import { KINDS } from '../../view/kinds.ts';
import { luminance, parseColour } from './colour.ts';

/**
 * The resting tint's opacity over the page, by the page's theme. The tint sets no text colour, so
 * the page's own stays; over a dark page its light pastel lifts the background under light text,
 * so a dark page gets less of it. At 35% a light page's text keeps 11:1 or more (#333 on #fafafa;
 * 15.7:1 for #1b1b1b on white); at 18% a dark page's keeps 4.7:1 or more, down to white on #595959
 * (5.9:1 for #ccc on #222, 9.1:1 for #e4e4e4 on #121212).
 */
const REST_ALPHA = { light: '59', dark: '2e' } as const; // 0x59 / 0xff = 0.35, 0x2e / 0xff = 0.18

/** The CSS Custom Highlight holding a kind's paragraphs at rest, on a light page or a dark one. */
export const restingName = (kind: ClaimKind, dark = false): string =>
  `backstory-${kind}-rest${dark ? '-dark' : ''}`;

/** The page's `::highlight()` rules for the resting tint, one per kind and theme (page.css, at build time). */
export function restingHighlights(): string {
  return [false, true]
    .flatMap((dark) =>
      KINDS.map(
        (k) =>
          `::highlight(${restingName(k.kind, dark)}) { background-color: ${k.colour}${REST_ALPHA[dark ? 'dark' : 'light']}; }`,
      ),
    )
    .join('\n');
}

/**
 * Whether a computed text colour is light, which tells a dark page: it reads better on black than
 * on white (WCAG relative luminance over 0.18). Any form the browser computes is read (colour.ts):
 * rgb(), and oklch(), lab(), color() as a page using CSS Color 4 gets them; a form not known there
 * counts as dark text, the light page's tint.
 */
export function lightText(color: string): boolean {
  const c = parseColour(color);
  return c !== null && luminance(c) > 0.18;
}

/** The overlay's `.rule.kind-<kind>` classes (its shadow root's stylesheet). */
export function ruleClasses(): string {
  // The kinds' table's margin rule, as the page's fallback draws it: one colour per kind.
  return KINDS.map((k) => `.rule.kind-${k.kind} { background: ${k.mark}; }`).join('\n');
}
