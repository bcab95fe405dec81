// What the toolbar button says about the tab: a count on the badge, and the same in words in its
// title (the tooltip, and what a screen reader announces for the button).

import { count } from './plural.ts';

export const badgeText = (claims: number): string => (claims > 0 ? String(claims) : '');

export const buttonTitle = (claims: number): string =>
  claims > 0 ? `Backstory: ${count(claims, 'claim')} from the story on this page` : 'Backstory';
