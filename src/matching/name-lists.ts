// Names in a list ("Google and Amazon have also sought banking info"): a page unit whose list
// names other companies in the place of the claim's ("Google and Apple have also asked banks",
// "Apple and Microsoft have also approached banks") tells of those companies, not the claim,
// though it shares the claim's event word for word. The story's parties are told apart by the
// checks already (details.ts); companies outside its cast are known only by their capitals.

import { titleCase } from './speakers.ts';
import { remember } from '../text/memo.ts';
import { analyse } from '../text/terms.ts';

/** A name the story knows where a text has it (offsets into that text), as its mention finder gives it. */
export interface Known {
  id: string;
  start: number;
  end: number;
}

/** Words, and the commas that join names into a list. O(length). */
const TOKEN = /[A-Za-z0-9][A-Za-z0-9&'\u2019.-]*|,/g;
const JOINS = new Set(['and', 'or', '&', ',']);
/** A list ends in a conjunction and a capitalised name. */
const CONJUNCTION = /(?:\b(?:and|or)|&)\s+[A-Z]/;

/** Whether a text may hold a list of names at all (most units do not): asked before its names are found. */
export const mayList = (text: string): boolean => CONJUNCTION.test(text);
/** What parentheses hold ("PayPal (PYPL.O)", a ticker) is no name of a list. */
const PARENTHESES = /\([^()]{0,40}\)/g;
/** A run of more capitalised words than this is a title or a heading, not a name. */
const NAME_WORDS = 5;
/** An abbreviation is a short word ("Amex", "Citi", "BofA"). */
const ABBREVIATION_LETTERS = 8;

const isCapital = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** Whether the analysis keeps a word (lower case) as a term; remembered: a page repeats its names. */
function isTermWord(word: string): boolean {
  return termWords.get(word) ?? remember(termWords, word, analyse(word).terms.length > 0);
}
const termWords = new Map<string, boolean>();

/**
 * A name as lists compare it: a known name by its id ("@Citigroup" for "Citi"), another by its
 * words in lower case, stop words left out ("But Google" is "google"); '' for none.
 */
function nameOf(words: readonly string[]): string {
  if (words.length > NAME_WORDS) return '';
  let name = '';
  for (const w of words) {
    const word = w.toLowerCase().replace(/(?:['\u2019]s?|\.)$/, '');
    if (!isTermWord(word)) continue;
    name = name === '' ? word : `${name} ${word}`;
  }
  return name;
}

/**
 * Each list of two names or more joined by "and", "or" or "&" (commas between): a name is a run
 * of capitalised words, or a name the story knows (`known`, in text order). O(length).
 */
export function nameLists(text: string, known: readonly Known[] = []): string[][] {
  return nameListsAt(text, known).map((l) => l.names);
}

/** A list of names and where it is in its text. */
export interface NameList {
  names: string[];
  start: number;
  end: number;
}

/** The same lists with where each is (`nameLists`). */
export function nameListsAt(text: string, known: readonly Known[] = []): NameList[] {
  // A line in title case or capitals marks no names.
  if (!mayList(text) || titleCase(text)) return [];
  const plain = text.replace(PARENTHESES, (m) => ' '.repeat(m.length));
  const lists: NameList[] = [];
  // Where the list being read starts, and where its last name ends.
  let from = -1;
  let to = -1;
  // The list being read, the words of the name being read, the known name the last word was
  // part of (-1: none), whether a join followed the last name, and whether a conjunction did.
  let names: string[] = [];
  let words: string[] = [];
  let knownAt = -1;
  let joined = false;
  let conjunction = false;
  const close = (): void => {
    const name = nameOf(words);
    if (name !== '') names.push(name);
    words = [];
    knownAt = -1;
  };
  const flush = (): void => {
    close();
    if (names.length >= 2 && conjunction) lists.push({ names, start: from, end: to });
    names = [];
    from = -1;
    joined = false;
    conjunction = false;
  };
  let k = 0;
  for (const m of plain.matchAll(TOKEN)) {
    const w = m[0];
    while (k < known.length && (known[k]?.end ?? 0) <= m.index) k++;
    const inName = words.length > 0 || knownAt >= 0;
    const at = known[k];
    if (at !== undefined && at.start <= m.index) {
      // A known name, however the text spells it ("Citi", "Citigroup Inc."), is its id.
      if (knownAt === k) continue;
      if (inName || (!joined && names.length > 0)) flush();
      names.push(`@${at.id}`);
      if (from < 0) from = at.start;
      to = at.end;
      knownAt = k;
      joined = false;
    } else if (isCapital(w)) {
      if (knownAt >= 0 || (!inName && !joined && names.length > 0)) flush();
      words.push(w);
      if (from < 0) from = m.index;
      to = m.index + w.length;
      joined = false;
    } else if (JOINS.has(w.toLowerCase()) && (inName || joined)) {
      close();
      if (w !== ',') conjunction = true;
      joined = true;
    } else flush();
  }
  flush();
  return lists;
}

/**
 * Whether `short` is made of a prefix of each of `long`'s words in turn, as an abbreviation is
 * ("amex" of "american express", "citi" of "citigroup"). At most NAME_WORDS levels of at most
 * ABBREVIATION_LETTERS tries each.
 */
function abbreviates(short: string, long: readonly string[], from = 0, word = 0): boolean {
  if (from === short.length) return word > 0;
  const whole = long[word];
  if (whole === undefined) return false;
  for (let n = Math.min(whole.length, short.length - from); n >= 1; n--)
    if (short.startsWith(whole.slice(0, n), from) && abbreviates(short, long, from + n, word + 1))
      return true;
  return false;
}

/** Whether two names of lists may name one company: the same, a word in common, or an abbreviation of the other. */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith('@') && b.startsWith('@')) return false;
  // A name the story knows, against one it does not, by its words ("Chase" of "JPMorgan Chase").
  const aw = a.replace(/^@/, '').toLowerCase().split(' ');
  const bw = b.replace(/^@/, '').toLowerCase().split(' ');
  if (aw.some((w) => bw.includes(w))) return true;
  const shortOf = (x: readonly string[], y: readonly string[]): boolean =>
    x.length === 1 && (x[0]?.length ?? 0) <= ABBREVIATION_LETTERS && abbreviates(x[0] ?? '', y);
  return shortOf(aw, bw) || shortOf(bw, aw);
}

/**
 * Whether a page unit's lists (`page`, from `nameLists`) name other companies in the place of a
 * list of the claim's seed sentence (`claim`): no list of the page holds every name of the claim's
 * list, and one holds a name the claim's does not. A list of some of the claim's names and no
 * other ("Chase, Wells and Citi") names no other company.
 */
export function swapsNames(claim: readonly string[][], page: readonly string[][]): boolean {
  for (const c of claim) {
    const inClaim = (n: string): boolean => c.some((x) => sameName(n, x));
    if (page.some((p) => c.every((n) => p.some((x) => sameName(n, x))))) continue;
    if (page.some((p) => !p.every(inClaim))) return true;
  }
  return false;
}
