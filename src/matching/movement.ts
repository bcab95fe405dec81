// A movement told the other way: "Facebook shares rose after the company reported its quarterly
// revenue" shares the stock, the company, the quarter and the revenue with "Shares in Facebook
// plummeted … after the firm missed quarterly revenue forecasts", and states the opposite. The
// lexicon reads the words of rising and falling it knows ("rose", "climbed", "shares closed up";
// "fell", "plummeted") as one of two terms, so the direction is one term on each side.

import type { MatchSentence } from '../model/types.ts';
import type { PageUnit } from './page-unit.ts';
import { firstIndex } from '../text/bisect.ts';
import { MONTHS } from '../text/calendar.ts';
import { STOP_WORDS } from '../text/lexicon.ts';
import { splitSentences, type Span } from '../text/sentences.ts';
import { lowerAscii } from '../text/chars.ts';
import { nativeOnFirstUse } from '../text/pattern.ts';
import { analyse } from '../text/terms.ts';
import { leadsToMove, nounOwner, pointsBack, stockWords } from './movement-words.ts';

const RISE = analyse('rise').terms[0] ?? 'rise';
const FALL = analyse('fall').terms[0] ?? 'fall';

const STOCK = analyse('stock').terms[0] ?? 'stock';

/**
 * Which way a claim says a share price moved: 1 up, -1 down, 0 neither, both, or no share price
 * ("lost its contracts" is no move of the "87 million users" a claim counts). The whole claim:
 * its clause "after the firm missed quarterly revenue forecasts" says no direction, its sentence
 * does. The compiler writes each claim's into the index (`StoryLookup.direction`), so a change
 * here shows only once the index is rebuilt (`npm run build:index`).
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

/**
 * Whether a page's word is the market's plural "stocks" in any case, as /^stocks$/i reads it:
 * ASCII letters only, as that expression (no u flag) folds, so neither "\u017ftocks" nor a Kelvin
 * sign for the "k" is one. Written out so no expression is compiled for two or three tests.
 */
export const isStocksWord = (word: string): boolean => lowerAscii(word, 0, word.length) === 'stocks';

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

/**
 * Whether the claim unit holds the stock and the page unit does not: only then may the page unit
 * tell a move of something else (`movesAnotherThing`). A test of two term lists, which callers
 * make first to skip reading the unit's names and stock words.
 */
export const leavesOutStock = (claimTerms: readonly string[], pageTerms: readonly string[]): boolean =>
  claimTerms.includes(STOCK) && !pageTerms.includes(STOCK);

/** A description of the subject opening a stretch of text: "The social network" (group 1). */
const DESCRIBED = /\b[Tt]he\s+([a-z-]+(?:\s+[a-z-]+){0,2})\b/g;

/**
 * Whether the page unit tells a move of something other than the stock whose move the claim unit
 * tells: the claim unit holds the stock, the page unit names no stock of the subject's
 * ("Quarterly earnings fell", "advertising revenue rose about 3.5%" against "Facebook shares
 * increased by about 3.5%"; "Facebook's market value rose" is its stock, `stockOwners`), nor
 * the subject itself as what moved, by name or description, as market reports do ("Facebook rose
 * 3.5%", "The social network rose about 3.5%"). The move's own words are then no evidence of the
 * claim's (checks.ts). O(unit terms × the subject's mentions in the unit + the unit's stock words
 * × paragraph).
 */
export function movesAnotherThing(claimTerms: readonly string[], unit: PageUnit, subject: Subject): boolean {
  if (!leavesOutStock(claimTerms, unit.terms)) return false;
  if (stockOwners(unit, subject).includes('subject')) return false;
  const { text } = unit.paragraph;
  const { start, end } = unit.unit;
  for (const m of unit.mentions()) if (m.kind === 'subject' && movesItself(unit, m.end)) return false;
  DESCRIBED.lastIndex = 0;
  const part = text.slice(start, end);
  for (let d = DESCRIBED.exec(part); d !== null; d = DESCRIBED.exec(part)) {
    const at = start + d.index;
    const words = (d[1] ?? '').split(/\s+/);
    // The longest run of words that is one of the subject's descriptions ("the social network rose").
    for (let n = words.length; n > 0; n--) {
      const noun = words.slice(0, n).join(' ');
      if (!describes(noun, subject)) continue;
      const after = text.indexOf(noun, at) + noun.length;
      if (pointee(unit.paragraph, at, subject) === 'subject' && movesItself(unit, after)) return false;
      break;
    }
  }
  return true;
}

/**
 * Whether the first direction after `from` in the unit follows it with only what may stand
 * between a company's name and the verb of its move, as market reports write them ("Facebook
 * closed up 4.4%", "Facebook Inc (FB.O) rose", "Facebook, which owns Instagram, rose", "Facebook
 * traded about 3.5% higher"; `leadsToMove`): a suffix, a ticker, one appositive between commas,
 * trading verbs and the move's size (a dot closes "Inc." where the name the page knows is
 * "Facebook Inc"). Only these, so that the name as the sentence's subject is what moved;
 * "Facebook said advertising revenue rose" tells another thing's move.
 */
function movesItself(unit: PageUnit, from: number): boolean {
  const { text, spans } = unit.paragraph;
  const { end } = unit.unit;
  for (let i = firstIndex(spans.at.length, (j) => (spans.at[j] ?? 0) < from); i < spans.terms.length; i++) {
    const at = spans.at[i] ?? end;
    if (at >= end) return false;
    if (isMovement(spans.terms[i] ?? '')) return leadsToMove(text.slice(from, at));
  }
  return false;
}

/** The subject's names and descriptions, as story.json gives them. */
export interface Subject {
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * A name right before a stock word that owns it: "Tesla shares", "Twitter's share price",
 * "Facebook Inc. shares", "Facebook (FB.O) shares", "Facebook Inc's (FB.O) shares" (group 1).
 */
const NAME_OWNS = nativeOnFirstUse(
  /([A-Z][A-Za-z&.-]*)(?:\s+(?:Inc|Corp|Co|Ltd|Plc)\b\.?)?(?:['\u2019]s)?(?:\s+\([A-Z.:]+(?:\s+[A-Z.]+)?\))?(?:['\u2019]s)?\s+$/,
);
/**
 * The characters before a stock word that NAME_OWNS reads. It backtracks quadratically in its
 * input, so only this slice keeps it cheap on a hostile page: backtracking.test.ts allows it
 * while the bound stays this small.
 */
export const NAME_OWNS_READS = 60;
/** Between a stock word and its owner after it: "shares of Facebook", "shares in the bank". */
const OWNED_BY = nativeOnFirstUse(/^\s+(?:of|in)\s+/i);
/** The owner after OWNED_BY: a name (group 1) or a common noun after "the" (group 2). */
const OWNER_AFTER = /^(?:([A-Z][A-Za-z&.-]*)|the\s+([a-z-]+(?:\s+[a-z-]+){0,2}))/;
/** Capitalised words that own no shares: a sentence's opening determiners, a market's place, months. */
const NO_OWNER: ReadonlySet<string> = new Set([
  ...['The', 'Its', 'Their', 'His', 'Her', 'Our', 'Your', 'These', 'Those', 'This', 'That', 'Such'],
  ...['Both', 'All', 'Some', 'Many', 'Most', 'Other', 'Company', 'Group', 'Wall', 'Street', 'Nasdaq'],
  ...['Dow'],
  ...MONTHS,
]);
/** A ticker ("FB shares"): it may be the subject's, and story.json lists no tickers. */
const TICKER = /^[A-Z]{1,5}$/;
/** The name joined by "and" before an owner: "Facebook and " of "Facebook and Twitter shares". */
const JOINED_OWNER = /[A-Z][A-Za-z&.-]*(?:['\u2019]s)?\s+and\s+$/;
/** The characters before a name that JOINED_OWNER reads: quadratic in its input, as NAME_OWNS_READS. */
export const JOINED_OWNER_READS = 40;
/** The generic words a page calls any company by; story.json adds the subject's own descriptions. */
const GENERIC = ['company', 'firm'];

/**
 * Whose a stock word is: the subject's, someone else's (a company, a bank, a sector, "stocks"),
 * the market's as a place ("stock market", "on the Stock Exchange"), or unsaid.
 */
export type Owner = 'subject' | 'other' | 'market' | 'none';

const descriptionsOf = new WeakMap<readonly string[], ReadonlySet<string>>();
/** The subject's descriptions without their article ("company", "social media giant"). */
function descriptions(subject: Subject): ReadonlySet<string> {
  let d = descriptionsOf.get(subject.aliases);
  if (d === undefined) {
    d = new Set([
      ...GENERIC,
      ...subject.aliases.filter((a) => /^the\s/i.test(a)).map((a) => a.replace(/^the\s+/i, '').toLowerCase()),
    ]);
    descriptionsOf.set(subject.aliases, d);
  }
  return d;
}

/** Whether a common noun ("bank", "streaming company", "social media giant") is one of the subject's descriptions. */
function describes(noun: string, subject: Subject): boolean {
  return descriptions(subject).has(noun.toLowerCase().replace(/\s+/g, ' '));
}

const sentencesOf = new WeakMap<PageUnit['paragraph'], readonly Span[]>();
/** Where the sentence holding `at` starts, as the page is cut into sentences. */
function sentenceStart(paragraph: PageUnit['paragraph'], at: number): number {
  let spans = sentencesOf.get(paragraph);
  if (spans === undefined) {
    spans = splitSentences(paragraph.text);
    sentencesOf.set(paragraph, spans);
  }
  let start = 0;
  for (const s of spans) if (s.start <= at) start = s.start;
  return start;
}

/**
 * Whom a word pointing back ("its shares", "The stock", "Shares rose", "the company's stock")
 * points at: the nearest organisation named before it, a name the page knows in its paragraph, or
 * the capitalised word opening its sentence ("Nvidia lost … as its shares plummeted") but a
 * function word, a day, or a plural ("Investors shrugged: the stock rose"). The subject's stock
 * where that is the subject or nobody is named: the page's subject by context, as wire copy
 * writes. Only the sentence's opening word, as names elsewhere in it are as often products or
 * exchanges ("Messenger", "NASDAQ: FB") as owners.
 */
function pointee(paragraph: PageUnit['paragraph'], at: number, subject: Subject): Owner {
  const { mentions } = paragraph;
  let nearest = -1;
  let theSubject = true;
  for (const m of mentions)
    if (m.kind !== 'outlet' && m.end <= at) {
      nearest = m.start;
      theSubject = m.id === subject.name;
    }
  const name = unknownOpeningName(paragraph, at);
  if (name !== null && name.at > nearest) theSubject = false;
  return theSubject ? 'subject' : 'other';
}

/**
 * The name the page knows nothing of that opens the sentence holding `at`, before `at`, and
 * where it stands ("Nvidia" of "Nvidia lost … as its shares plummeted"); null where the sentence
 * opens with a known name, a function word or day, a plural ("Investors shrugged"), or an
 * adverb and its comma ("Meanwhile, …").
 */
function unknownOpeningName(
  paragraph: PageUnit['paragraph'],
  at: number,
): { word: string; at: number } | null {
  const { text, mentions } = paragraph;
  const from = sentenceStart(paragraph, at);
  const first = OPENING_WORD.exec(text.slice(from, at));
  if (first === null) return null;
  const word = first[1] ?? '';
  const wordAt = from + first[0].length - word.length;
  if (
    NO_OWNER.has(word) ||
    NOT_A_NAME.has(word.toLowerCase()) ||
    /s$/.test(word) ||
    text.startsWith(',', wordAt + word.length) ||
    mentions.some((m) => m.start <= wordAt && wordAt < m.end)
  )
    return null;
  return { word, at: wordAt };
}

/** A sentence's first word where capitalised, past any quotes and bullets (group 1). */
const OPENING_WORD = /^[\s"'\u201c\u2018(\u2022\u25CF\u25AA\u25E6\u2023-]*([A-Z][A-Za-z&-]*)\b/;
/** Before a word opening its sentence: quotes, a bracket, a bullet. */
const OPENING = nativeOnFirstUse(/^[\s"'\u201c\u2018(\u2022\u25CF\u25AA\u25E6\u2023-]*$/);
/** Capitalised words that name no company: function and stop words ("By", "Last", "Monday"). */
const NOT_A_NAME = new Set(STOP_WORDS);

/** Whether a mention of the subject covers the offset. */
function isSubjectAt(paragraph: PageUnit['paragraph'], at: number, subject: Subject): boolean {
  return paragraph.mentions.some((m) => m.start <= at && at < m.end && m.id === subject.name);
}

/**
 * Whose the stock word at [at, after) is. A name before it or after "of"/"in" owns it, and the
 * subject's ("Facebook Inc. shares", "shares in Facebook", "Facebook and Twitter shares") or a
 * ticker's (which may be the subject's) is the subject's; a common noun ("the bank's", "shares
 * in the chipmaker") is another's unless it is one of the subject's descriptions, which points
 * back; "its", "the", or a sentence opening with the stock word ("Shares closed up 4.4%") point
 * back (`pointee`); the market's words ("stock market", plural "stocks") are another's.
 */
function ownerAt(unit: PageUnit, at: number, after: number, market: boolean, subject: Subject): Owner {
  if (market) return 'market';
  const { paragraph } = unit;
  const { text } = paragraph;
  const before = text.slice(Math.max(0, at - NAME_OWNS_READS), at);
  const word = text.slice(at, after);
  const name = NAME_OWNS().exec(before);
  if (name !== null && !NO_OWNER.has(name[1] ?? '')) {
    const nameAt = at - before.length + name.index;
    if (isSubjectAt(paragraph, nameAt, subject) || TICKER.test(name[1] ?? '')) return 'subject';
    // "Facebook and Twitter shares": the subject owns them too.
    const joined = JOINED_OWNER.exec(text.slice(Math.max(0, nameAt - JOINED_OWNER_READS), nameAt));
    const joinedAt = nameAt - Math.min(JOINED_OWNER_READS, nameAt) + (joined?.index ?? 0);
    return joined !== null && isSubjectAt(paragraph, joinedAt, subject) ? 'subject' : 'other';
  }
  // A common noun that owns it: "the bank's shares", "the streaming company's stock".
  const noun = nounOwner(before);
  if (noun !== null) return describes(noun, subject) ? pointee(paragraph, at, subject) : 'other';
  const of = OWNED_BY().exec(text.slice(after, after + 8));
  if (of !== null) {
    const ownerAt = after + of[0].length;
    const owner = OWNER_AFTER.exec(text.slice(ownerAt, ownerAt + 60));
    if (owner?.[1] !== undefined)
      return isSubjectAt(paragraph, ownerAt, subject) || TICKER.test(owner[1]) ? 'subject' : 'other';
    if (owner?.[2] !== undefined) {
      const nouns = owner[2].split(/\s+/);
      // "shares in the social media giant rose": the longest run of words that is a description.
      for (let n = nouns.length; n > 0; n--)
        if (describes(nouns.slice(0, n).join(' '), subject)) return pointee(paragraph, at, subject);
      return 'other';
    }
  }
  if (isStocksWord(word)) return 'other';
  const opens = OPENING().test(text.slice(sentenceStart(paragraph, at), at));
  // "its shares", "the stock", "their stock" point back at whoever the page is about.
  if (pointsBack(before) || opens) return pointee(paragraph, at, subject);
  return 'none';
}

/**
 * The owners of the stock words in a page unit, in order. A stock word as written, the one
 * definition the checks share (`stockWords`; the lexicon's stock term is read from the same words,
 * but for market value, which it reads as value): one company's stock, its shares, share or stock
 * price, market value or capitalisation, or a market's ("stock market", "stock index", "stock
 * exchange"), which is no company's. "Stocks" are written the same, and read as many companies'
 * unless someone owns them ("Facebook stocks"). O(unit + its stock words × paragraph mentions).
 */
function stockOwners(unit: PageUnit, subject: Subject): readonly Owner[] {
  // Kept on the unit (one story's subject per matcher call): a unit that scores against several
  // claim units holding the stock is asked the same at each.
  if (unit.stockOwners !== null) return unit.stockOwners;
  const { text } = unit.paragraph;
  const { start, end } = unit.unit;
  const part = text.slice(start, end);
  const owners: Owner[] = [];
  for (const w of stockWords(part))
    owners.push(ownerAt(unit, start + w.start, start + w.end, w.market, subject));
  unit.stockOwners = owners;
  return owners;
}

/**
 * Whether the page unit tells whose stock moved and it is the subject's: a stock word the subject
 * owns ("Facebook shares", "Facebook Inc. shares", "shares of Facebook", "FB shares") or that
 * points back at it (`pointee`: "The stock rose anyway.", "its shares", "Shares closed up 4.4%").
 * "Stocks rose broadly" and "the stock market rallied" are the market's, "Tech shares rallied" a
 * sector's, "JPMorgan said its shares rose" JPMorgan's.
 */
export function subjectsStock(unit: PageUnit, subject: Subject): boolean {
  return stockOwners(unit, subject).includes('subject');
}

/**
 * Whether the claim unit holds the stock and the page unit tells only someone else's: it has
 * stock words, none is the subject's, and one is another's ("Twitter's share price plummeted",
 * "The bank's shares", "Shares in the chipmaker plunged", "Stocks fell sharply", "Nvidia lost …
 * as its shares plummeted") or the market's. O(unit + its stock words × paragraph).
 * "Facebook and Twitter shares fell" tells the subject's move.
 */
export function anothersStock(claimTerms: readonly string[], unit: PageUnit, subject: Subject): boolean {
  if (!claimTerms.includes(STOCK)) return false;
  const owners = stockOwners(unit, subject);
  if (owners.includes('subject')) return false;
  // The market is where the subject's shares trade ("In the Stock Exchange, Facebook has gained
  // 4 per cent") as well as what moved ("The stock market plummeted"): its move only where the
  // unit does not name the subject.
  return (
    owners.includes('other') ||
    (owners.includes('market') && !unit.mentions().some((m) => m.id === subject.name))
  );
}
