// How a marked paragraph looks at rest and when the reader is on it. At rest (most of a story
// page is marked) a paragraph gets a faint tint of its kind's colour and a thin rule in the
// margin: the page stays readable as the page's own. The paragraph whose card is open, or whose
// marker has focus, gets its kind's full colour with its own text colour (src/view/kinds.ts).

import type { ClaimKind } from '../../model/types.ts';
import { KINDS } from '../../view/kinds.ts';
import { contrast, fromHex, luminance, over, parseColour, toHex, WHITE, type Rgba } from './colour.ts';

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

/** The least contrast a margin rule keeps against the page behind it (WCAG 1.4.11, a graphic). */
export const RULE_CONTRAST = 3;

/**
 * A kind's margin rule as drawn on this background: its own colour where that shows at
 * RULE_CONTRAST, else that colour taken towards black or white, whichever stands further from the
 * background, just far enough. The kinds' colours are middle greys' lightness, which shows on
 * white and near-black pages but not on a mid-grey one (#7a7a7a on #767676, 1.05:1).
 */
export function ruleShade(mark: string, background: Rgba): string {
  const own = fromHex(mark);
  if (contrast(own, background) >= RULE_CONTRAST) return mark;
  const black: Rgba = { r: 0, g: 0, b: 0, a: 1 };
  // One of the two is 4.58:1 or more from any colour (the square root of 21).
  const target = contrast(black, background) >= contrast(WHITE, background) ? black : WHITE;
  for (let t = 0.05; t < 1; t += 0.05) {
    // Measured as it will be drawn, in whole #rrggbb steps.
    const mixed = toHex(over({ ...target, a: t }, own));
    if (contrast(fromHex(mixed), background) >= RULE_CONTRAST) return mixed;
  }
  return toHex(target);
}

/** The overlay's `.rule.kind-<kind>` classes (its shadow root's stylesheet). */
export function ruleClasses(): string {
  // The kinds' table's margin rule, as the page's fallback draws it: one colour per kind.
  return KINDS.map((k) => `.rule.kind-${k.kind} { background: ${k.mark}; }`).join('\n');
}
