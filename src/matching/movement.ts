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
 * Whether the page unit says only rise where the claim says only fall, or the reverse, of a
 * share price both tell: "lost its contracts" is no move of the "87 million users" a claim
 * counts. The whole claim: its clause "after the firm missed quarterly revenue forecasts" says
 * no direction, its sentence does. Run only on pairs that score.
 */
export function movesOtherWay(claim: readonly MatchSentence[], pageTerms: readonly string[]): boolean {
  if (!pageTerms.includes(STOCK)) return false;
  let claimRises = false;
  let claimFalls = false;
  let stock = false;
  for (const unit of claim) {
    claimRises ||= unit.terms.includes(RISE);
    claimFalls ||= unit.terms.includes(FALL);
    stock ||= unit.terms.includes(STOCK);
  }
  if (!stock || claimRises === claimFalls) return false;
  const pageRises = pageTerms.includes(RISE);
  const pageFalls = pageTerms.includes(FALL);
  return pageRises !== pageFalls && pageRises !== claimRises;
}
