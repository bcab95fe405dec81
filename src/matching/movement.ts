// A movement told the other way: "Facebook shares rose after the company reported its quarterly
// revenue" shares the stock, the company, the quarter and the revenue with "Shares in Facebook
// plummeted … after the firm missed quarterly revenue forecasts", and states the opposite. The
// lexicon reads the words of rising and falling it knows ("rose", "climbed", "shares closed up";
// "fell", "plummeted") as one of two terms, so the direction is one term on each side.

import type { MatchSentence } from '../model/types.ts';
import { analyse } from '../text/terms.ts';

const RISE = analyse('rise').terms[0] ?? 'rise';
const FALL = analyse('fall').terms[0] ?? 'fall';

const STOCK = analyse('stock').terms[0] ?? 'stock';

/**
 * Which way a claim says a share price moved: 1 up, -1 down, 0 neither, both, or no share price
 * ("lost its contracts" is no move of the "87 million users" a claim counts). The whole claim:
 * its clause "after the firm missed quarterly revenue forecasts" says no direction, its sentence
 * does.
 */
export function directionOf(claim: readonly MatchSentence[]): number {
  let rises = false;
  let falls = false;
  let stock = false;
  for (const unit of claim) {
    rises ||= unit.terms.includes(RISE);
    falls ||= unit.terms.includes(FALL);
    stock ||= unit.terms.includes(STOCK);
  }
  return !stock || rises === falls ? 0 : rises ? 1 : -1;
}

/**
 * Whether the page unit says only rise where the claim (`directionOf`) says a share price only
 * fell, or the reverse: "Facebook's market value fell by 3.5%" is no rise of its shares. Run only
 * on pairs that score.
 */
export function movesOtherWay(direction: number, pageTerms: readonly string[]): boolean {
  if (direction === 0) return false;
  const pageRises = pageTerms.includes(RISE);
  const pageFalls = pageTerms.includes(FALL);
  return pageRises !== pageFalls && pageRises !== direction > 0;
}

/** Whether a term is a direction of movement: a share move is told by whose stock and which way. */
export const isMovement = (term: string): boolean => term === RISE || term === FALL;

/** Whether a term is a share price's: whose stock moved is the other half of a share move. */
export const isStock = (term: string): boolean => term === STOCK;
