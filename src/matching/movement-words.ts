// The stock checks' readings of the words around a share move (movement.ts), read character by
// character. They were case-insensitive regular expressions, which V8 compiles on a background's
// first page that mentions a stock (about 8M instructions for the five, more than the checks'
// own work there); each reader gives the same answer as the expression its comment quotes
// (test/unit/matching/movement-words.test.ts compares them on generated text).

import { isLetter, isSpace, isWordChar, lowerAscii, spacesBack, spacesFrom } from '../text/chars.ts';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Where the run of `\w` characters from `i` ends. */
function wordFrom(text: string, i: number): number {
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

/** Where the run of non-space characters from `i` ends. */
function tokenFrom(text: string, i: number): number {
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

const SUFFIXES: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'plc']);
const TRADING: ReadonlySet<string> = new Set([
  ...['was', 'were', 'is', 'has', 'had', 'have', 'closed', 'ended', 'finished', 'opened', 'traded'],
  ...['stood', 'itself'],
]);
const ABOUT: ReadonlySet<string> = new Set(['about', 'some', 'around', 'nearly', 'almost']);

/**
 * Whether what stands between a company's name and the verb of its move is only what market
 * reports put there (movement.ts explains why): `TO_MOVE`,
 * /^\.?(?:\s+(?:Inc|Corp|Co|Ltd|Plc)\b\.?)?(?:\s*\([A-Z.:]+(?:\s+[A-Z.]+)?\))?(?:\s*,[^,;]{1,60},)?
 * \s+(?:(?:was|were|is|has|had|have|closed|ended|finished|opened|traded|stood|itself)\s+)*
 * (?:(?:about|some|around|nearly|almost|more\s+than)\s+)?(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+)?$/i.
 * Each optional part opens with what no later part can take (a suffix word, a bracket, a comma),
 * so one reading from the left decides.
 */
export function leadsToMove(text: string): boolean {
  let i = 0;
  if (text.charCodeAt(i) === 46 /* . */) i++;
  // A suffix: "Facebook Inc. rose".
  let j = spacesFrom(text, i);
  let k = wordFrom(text, j);
  if (j > i && SUFFIXES.has(lowerAscii(text, j, k))) {
    i = k;
    if (text.charCodeAt(i) === 46) i++;
  }
  // A ticker in brackets: "(FB.O)", "(NASDAQ: FB)" ([A-Z] is any case under the `i` flag).
  j = spacesFrom(text, i);
  if (text.charCodeAt(j) === 40 /* ( */) {
    k = j + 1;
    while (k < text.length && (isLetter(text.charCodeAt(k)) || text[k] === '.' || text[k] === ':')) k++;
    if (k === j + 1) return false;
    const gap = spacesFrom(text, k);
    if (gap > k) {
      k = gap;
      const word = k;
      while (k < text.length && (isLetter(text.charCodeAt(k)) || text[k] === '.')) k++;
      if (k === word) return false;
    }
    if (text.charCodeAt(k) !== 41 /* ) */) return false;
    i = k + 1;
  }
  // One appositive between commas, at most 60 characters and no semicolon.
  j = spacesFrom(text, i);
  if (text.charCodeAt(j) === 44 /* , */) {
    const close = text.indexOf(',', j + 1);
    if (close < 0 || close === j + 1 || close - j - 1 > 60 || text.slice(j + 1, close).includes(';'))
      return false;
    i = close + 1;
  }
  if (!isSpace(text.charCodeAt(i))) return false;
  i = spacesFrom(text, i);
  // Each word below must be followed by whitespace; `tokenFrom` stops only at whitespace or the end.
  const word = (): string => lowerAscii(text, i, tokenFrom(text, i));
  const next = (): void => {
    i = spacesFrom(text, tokenFrom(text, i));
  };
  const spaced = (): boolean => isSpace(text.charCodeAt(tokenFrom(text, i)));
  while (i < text.length && TRADING.has(word()) && spaced()) next();
  if (ABOUT.has(word()) && spaced()) next();
  else if (word() === 'more' && spaced()) {
    const more = i;
    next();
    if (word() === 'than' && spaced()) next();
    else i = more;
  }
  // The move's size: "3.5%", "3.5 %", "3.5 percent", "3.5 per cent".
  if (i < text.length) {
    k = i;
    while (k < text.length && (isDigit(text.charCodeAt(k)) || text[k] === '.')) k++;
    if (k === i) return false;
    k = spacesFrom(text, k);
    if (text.charCodeAt(k) === 37 /* % */) k += 1;
    else if (lowerAscii(text, k, k + 7) === 'percent') k += 7;
    else if (lowerAscii(text, k, k + 3) === 'per' && isSpace(text.charCodeAt(k + 3))) {
      k = spacesFrom(text, k + 3);
      if (lowerAscii(text, k, k + 4) !== 'cent') return false;
      k += 4;
    } else return false;
    if (!isSpace(text.charCodeAt(k))) return false;
    i = spacesFrom(text, k);
  }
  return i === text.length;
}

const STOCK: ReadonlySet<string> = new Set(['stock', 'stocks']);
const MARKET_PLACE: ReadonlySet<string> = new Set([
  ...['market', 'markets', 'exchange', 'exchanges', 'index', 'indices', 'indexes', 'futures'],
]);
const PRICE: ReadonlySet<string> = new Set(['price', 'prices']);
const VALUE: ReadonlySet<string> = new Set(['value', 'valuation', 'capitalisation', 'capitalization', 'cap']);

/** A stock word found in text: where it starts and ends, and whether it is a market's. */
export interface StockWord {
  start: number;
  end: number;
  market: boolean;
}

/**
 * The stock words of `text` in order (movement.ts says which): `STOCK_WORD`,
 * /\b(?:(stocks?\s+(?:markets?|exchanges?|index|indices|indexes|futures))|(?:share|stock)\s+prices?
 * |stocks?|shares|market\s+(?:value|valuation|capitali[sz]ation|cap))\b/gi, group 1 the market's.
 * Every word of it is whole, so reading the `\w` run at each place one of its first words starts
 * finds the same. The places are found by the string's own search, not a loop over every
 * character: run on every unit a check reads, such a loop is hot enough for V8 to optimise on a
 * first page, which cost more than the expression.
 */
export function stockWords(text: string): StockWord[] {
  const found: StockWord[] = [];
  // Where lower case changes the length ("İ"), its places are not the text's: read every word.
  const lower = text.toLowerCase();
  const whole = lower.length !== text.length;
  let from = 0;
  while (from < text.length) {
    const i = whole ? from : firstOf(lower, from);
    if (i < 0) break;
    if (!isWordChar(text.charCodeAt(i)) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) {
      from = i + 1;
      continue;
    }
    const end = wordFrom(text, i);
    const word = lowerAscii(text, i, end);
    // The word after this one, where only whitespace stands between.
    const gap = spacesFrom(text, end);
    const nextEnd = gap > end ? wordFrom(text, gap) : gap;
    const next = lowerAscii(text, gap, nextEnd);
    let to = -1;
    let market = false;
    if (STOCK.has(word) && MARKET_PLACE.has(next)) {
      to = nextEnd;
      market = true;
    } else if ((word === 'share' || word === 'stock') && PRICE.has(next)) to = nextEnd;
    else if (STOCK.has(word) || word === 'shares') to = end;
    else if (word === 'market' && VALUE.has(next)) to = nextEnd;
    if (to >= 0) found.push({ start: i, end: to, market });
    from = to >= 0 ? to : end;
  }
  return found;
}

/** The first place from `from` where a stock word's first word may start in lower-case text, or -1. */
function firstOf(lower: string, from: number): number {
  // Three searches written out: a loop over an array literal makes the array and an iterator at
  // each call in a background not yet optimised.
  const stock = lower.indexOf('stock', from);
  const share = lower.indexOf('share', from);
  const market = lower.indexOf('market', from);
  let first = stock;
  if (share >= 0 && (first < 0 || share < first)) first = share;
  if (market >= 0 && (first < 0 || market < first)) first = market;
  return first;
}

/** Where the run of ASCII letters and hyphens ending at `end` starts. */
function lettersBefore(text: string, end: number): number {
  while (end > 0 && (isLetter(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 45)) end--;
  return end;
}

/**
 * Whether text ends with a word pointing back at whoever the page is about and whitespace ("its
 * ", "the "): `POINTS_BACK`, /(?:^|[^A-Za-z])(?:the|its|their)\s+$/i.
 */
export function pointsBack(text: string): boolean {
  const end = spacesBack(text, text.length);
  if (end === text.length) return false;
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  const word = lowerAscii(text, start, end);
  return word === 'the' || word === 'its' || word === 'their';
}

/**
 * The common noun that owns what follows text, as "bank" of "the bank's " or "streaming company"
 * of "the streaming company's ", or null: `NOUN_OWNS`,
 * /\bthe\s+([a-z-]+(?:\s+[a-z-]+){0,2})['\u2019]s\s+$/i, group 1. Its words are whole words
 * between whitespace; the leftmost "the" is the one before the most of them (three at most).
 */
export function nounOwner(text: string): string | null {
  let end = spacesBack(text, text.length);
  if (end === text.length || end < 2) return null;
  const s = text.charCodeAt(end - 1);
  const apostrophe = text.charCodeAt(end - 2);
  if ((s !== 115 && s !== 83) || (apostrophe !== 39 && apostrophe !== 0x2019)) return null;
  end -= 2;
  let noun: string | null = null;
  let at = end;
  for (let words = 1; words <= 3; words++) {
    const start = lettersBefore(text, at);
    if (start === at) break;
    const gap = spacesBack(text, start);
    if (gap === start) break;
    const the = gap - 3;
    if (
      the >= 0 &&
      lowerAscii(text, the, gap) === 'the' &&
      (the === 0 || !isWordChar(text.charCodeAt(the - 1)))
    )
      noun = text.slice(start, end);
    at = gap;
  }
  return noun;
}
