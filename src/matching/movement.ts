// A movement told the other way: "Facebook shares rose after the company reported its quarterly
// revenue" shares the stock, the company, the quarter and the revenue with "Shares in Facebook
// plummeted … after the firm missed quarterly revenue forecasts", and states the opposite. The
// lexicon reads the words of rising and falling it knows ("rose", "climbed", "shares closed up";
// "fell", "plummeted") as one of two terms, so the direction is one term on each side.

import type { MatchSentence } from '../model/types.ts';
import type { PageUnit } from './page-unit.ts';
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

const PERCENTAGE = analyse('5%').terms[1] ?? 'percentag';
const UNSCALED_FIGURE = /^#[\d.]+$/;

/**
 * Whether a term tells what a share move is, as opposed to what it followed: its direction, and
 * where the claim unit sizes it in percent (`sized`), the percentage and its figure. Said of a
 * stock none of these says whose move it is: "revenue rose about 3.5%" and "Facebook shares
 * increased by about 3.5%" share all three.
 */
export const isOfMove = (term: string, sized: boolean): boolean =>
  term === RISE || term === FALL || (sized && (term === PERCENTAGE || UNSCALED_FIGURE.test(term)));

/** Whether a claim unit sizes its move in percent ("increased by about 3.5%"). */
export const sizedInPercent = (claimTerms: readonly string[]): boolean => claimTerms.includes(PERCENTAGE);

/** What may stand between a company's name and the verb of its move: "Facebook closed up 4.4%". */
const TO_MOVE = /^\s+(?:(?:was|were|is|has|had|have|closed|ended|finished|opened|traded|stood|itself)\s+)*$/i;

/**
 * Whether the page unit tells a move of something other than the stock whose move the claim unit
 * tells: the claim unit holds the stock, the page unit names no stock ("Quarterly earnings fell",
 * "advertising revenue rose about 3.5%" against "Facebook shares increased by about 3.5%"), nor
 * the subject itself as what moved, as market reports do ("Facebook rose 3.5%", "Facebook closed
 * up 4.4%"). The move's own words are then no evidence of the claim's (checks.ts). O(unit).
 */
export function movesAnotherThing(claimTerms: readonly string[], unit: PageUnit): boolean {
  if (!claimTerms.includes(STOCK) || unit.terms.includes(STOCK)) return false;
  const { text, spans } = unit.paragraph;
  const { end } = unit.unit;
  for (const m of unit.mentions()) {
    if (m.kind !== 'subject') continue;
    // The first direction after the name, if only a verb of trading stands between them.
    for (let i = 0; i < spans.terms.length; i++) {
      const at = spans.at[i] ?? -1;
      if (at < m.end || at >= end || !isMovement(spans.terms[i] ?? '')) continue;
      if (TO_MOVE.test(text.slice(m.end, at))) return false;
      break;
    }
  }
  return true;
}

/**
 * A stock word as written: one company's stock, its shares, its share price. "Stocks" are many
 * companies' (the market's, a sector's), never one's.
 */
const STOCK_WORD = /\b(?:stock|shares|share\s+price|stock\s+price)\b/gi;
/** Before a stock word, words that point back at the page's subject: "The stock", "its shares", "the company's shares". */
const POINTS_BACK =
  /(?:^|[^A-Za-z])(?:the|its|(?:the\s+)?(?:company|firm|social\s+network|network|giant)['\u2019]s)\s+$/i;
/** Between the subject's name and a stock word it owns: "Facebook shares", "Facebook's stock". */
const OWNS = /^(?:['\u2019]s)?\s+$/;
/** Between a stock word and its owner after it: "shares of Facebook", "shares in Facebook". */
const OWNED_BY = /^\s+(?:of|in)\s+$/i;

/**
 * Whether the page unit tells whose stock moved and it is the subject's: a stock word the subject
 * owns ("Facebook shares", "Facebook's stock", "shares of Facebook") or that points back at it,
 * the page's subject by context ("The stock rose anyway.", "its shares", "the company's stock").
 * "Stocks rose broadly on Monday" is the market's, "Tech shares rallied" a sector's. O(unit).
 */
export function subjectsStock(unit: PageUnit): boolean {
  const { text } = unit.paragraph;
  const { start, end } = unit.unit;
  const subject = unit.mentions().filter((m) => m.kind === 'subject');
  const part = text.slice(start, end);
  STOCK_WORD.lastIndex = 0;
  for (let w = STOCK_WORD.exec(part); w !== null; w = STOCK_WORD.exec(part)) {
    const at = start + w.index;
    const after = at + w[0].length;
    if (POINTS_BACK.test(text.slice(Math.max(start, at - 30), at))) return true;
    for (const m of subject)
      if (
        (m.end <= at && OWNS.test(text.slice(m.end, at))) ||
        (m.start >= after && OWNED_BY.test(text.slice(after, m.start)))
      )
        return true;
  }
  return false;
}
