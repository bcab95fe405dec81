// What the toolbar button shows for a tab: the claims its page carries, on the badge and in the
// title (the tooltip, and what a screen reader announces for the button), and whether the reader
// has the highlights off there. The claims are still counted with the highlights off (the popup
// lists them), so the button says both: the count on a muted badge, "highlights off" in words.

import { badgeText, buttonTitle } from '../view/button.ts';
import type { PageView } from '../view/describe.ts';

/** The badge with the highlights drawn: white text on it at 11.6:1. */
export const BADGE_ON = '#1f3a60';
/** The badge with the highlights off: grey, white text on it at 5.3:1 (WCAG AA). */
export const BADGE_OFF = '#6b6b6b';

export interface ButtonFace {
  text: string;
  colour: string;
  title: string;
}

export function buttonFace(claims: number, highlights: boolean): ButtonFace {
  const title = buttonTitle(claims);
  return {
    text: badgeText(claims),
    colour: highlights ? BADGE_ON : BADGE_OFF,
    title: claims > 0 && !highlights ? `${title}; highlights off` : title,
  };
}

/** The distinct claims a page carries (a claim found in two paragraphs counts once). */
export const claimCount = (view: PageView | null): number =>
  view === null ? 0 : new Set(view.claims.map((c) => c.claimId)).size;
