// How a marked paragraph looks at rest and when the reader is on it. At rest (most of a story
// page is marked) a paragraph gets a faint tint of its kind's colour and a thin rule in the
// margin: the page stays readable as the page's own. The paragraph whose card is open, or whose
// marker has focus, gets its kind's full colour with its own text colour (src/view/kinds.ts).

import type { ClaimKind } from '../../model/types.ts';
import { KINDS } from '../../view/kinds.ts';

/**
 * The resting tint's opacity over the page: at 35% a page's own text keeps 5.1:1 or more on a
 * dark page (#e4e4e4 on #121212) and 15:1 on a white one. The tint sets no text colour, so the
 * page's own stays.
 */
const REST_ALPHA = '59'; // 0x59 / 0xff = 0.35

/** The CSS Custom Highlight holding a kind's paragraphs at rest. */
export const restingName = (kind: ClaimKind): string => `backstory-${kind}-rest`;

/** The page's `::highlight()` rules for the resting tint, one per kind (page.css, at build time). */
export function restingHighlights(): string {
  return KINDS.map(
    (k) => `::highlight(${restingName(k.kind)}) { background-color: ${k.colour}${REST_ALPHA}; }`,
  ).join('\n');
}

/** The overlay's `.rule.kind-<kind>` classes (its shadow root's stylesheet). */
export function ruleClasses(): string {
  // The kinds' table's margin rule, as the page's fallback draws it: one colour per kind.
  return KINDS.map((k) => `.rule.kind-${k.kind} { background: ${k.mark}; }`).join('\n');
}
