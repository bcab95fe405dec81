// The name a sentence-opening description stands for: "The goal was to create new ways for
// Messenger to …. The smartphone texting service boasts 1.3 billion users." The second sentence's
// subject is Messenger, which a page names ("Messenger has about 1.3 billion users"); its own
// words share only the figure and "users" with such a page, and its unit's weight is mostly the
// description's. Read for the piece's matching units (pieces.ts, `about`), as an appositive's
// head is. The story's own cast is not read here: its aliases ("the social media giant") already
// name it. A wrong name makes the claim meet pages about another thing (review S22b: "Boston
// hospitals let patients see their records" met a seed's booking feature through "Boston"), so
// every guard below leaves a doubtful case alone rather than guess.

import type { Mention } from '../matching/speakers.ts';
import { CALENDAR_WORDS } from '../text/calendar.ts';
import { splitOnSpaces } from '../text/chars.ts';
import { FUNCTION_WORDS } from '../text/lexicon.ts';

/**
 * Words that end a description before its verb, or make the opening no description ("The idea is
 * that …", "The goal was …", "The company said …"): function words, auxiliaries and copulas.
 */
const NOT_DESCRIBING = new Set([
  ...FUNCTION_WORDS,
  ...'is are was were been being has had does did not said says'.split(' '),
]);
/**
 * A definite description opening the sentence: "The" and three lower-case words ("The smartphone
 * texting service boasts …"), so that a head noun and its verb ("The company said") are not taken
 * for one. A linking word before it ("However, the …") is not read: that would widen the rule,
 * unmeasured.
 */
const DESCRIPTION = /^\s*The\s+([a-z][a-z-]*)\s+([a-z][a-z-]*)\s+([a-z][a-z-]*)\s/;
/**
 * A plural third word: "The three largest banks" stands for several things, no one name; "The
 * chat app boasts" has its verb there, and its head is not known. "-ss" is singular ("business").
 */
const PLURAL = /[^s]s$/;
/**
 * Words before a name that make it a place, a source or a channel, not the thing a description
 * refers back to: "in San Jose", "a survey by Pew", "pay through Messenger".
 */
const NOT_REFERRED = new Set('in at by from of through via'.split(' '));
/** A word opening with a capital ("Carebook", "CEO", "U.S.", "Inc."), after any opening quote. */
const CAPITALISED = /^["'\u201c\u2018(]?\p{Lu}/u;
/**
 * A name a description can stand for: a capital, then letters, digits or `&'-`, and (LOWER) a
 * lower-case letter among them, which "CEO" and "U" lack.
 */
const NAME_WORD = /^\p{Lu}[\p{L}\p{N}&'-]*$/u;
const LOWER = /\p{Ll}/u;
/** Marks that may close a word, and end a run of capitalised words there. */
const CLOSING = /[,;:.!?"'\u201d\u2019)]+$/;

/**
 * The one name the sentence before (`previous`, its story mentions `known`) gives that the story
 * does not know, where `sentence` opens on a singular description of three words; else null. A
 * name here is one capitalised word, not the sentence's first, with no capitalised word beside
 * it: a run of two ("John Smith", "San Jose", "CEO Mark Zuckerberg", "Facebook Inc.") may be a
 * person, a place or a title, which no description of a thing stands for, and an abbreviation
 * ("Inc.", "U.S.") is no name. Two such names, or none, leave the description alone: which one it
 * stands for is not known. Bounded: one pass over each sentence.
 */
export function describedName(sentence: string, previous: string, known: readonly Mention[]): string | null {
  const m = DESCRIPTION.exec(sentence);
  if (m === null) return null;
  const words = m.slice(1, 4).map((w) => w ?? '');
  if (words.some((w) => NOT_DESCRIBING.has(w)) || PLURAL.test(words[2] ?? '')) return null;
  const tokens = splitOnSpaces(previous);
  // Each run of capitalised words in `previous` past its first word (a mark after a word ends its
  // run), as its tokens' indices and its span.
  const runs: { first: number; last: number; start: number; end: number }[] = [];
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const start = previous.indexOf(token, at);
    at = start + token.length;
    // The opening word is capitalised as the sentence's, not as a name's.
    if (i === 0 || !CAPITALISED.test(token)) continue;
    const run = runs[runs.length - 1];
    if (run !== undefined && run.last === i - 1 && !CLOSING.test(tokens[i - 1] ?? '')) {
      run.last = i;
      run.end = at;
    } else runs.push({ first: i, last: i, start, end: at });
  }
  const names = new Set<string>();
  for (const run of runs) {
    const token = tokens[run.first] ?? '';
    const word = token.replace(CLOSING, '');
    if (run.last === run.first && CALENDAR_WORDS.has(word.toLowerCase())) continue;
    if (known.some((k) => k.start < run.end && k.end > run.start)) continue;
    // A run of two words ("John Smith", "San Jose", "CEO Mark Zuckerberg"), an abbreviation
    // ("U.S.", "CEO", "Inc." inside the sentence) or a place or source ("in Boston", "by Pew") is
    // a name no description of a thing stands for, or none it surely does: it leaves it alone.
    const abbreviation = token.endsWith('.') && run.last < tokens.length - 1;
    const referred =
      run.last === run.first &&
      NAME_WORD.test(word) &&
      LOWER.test(word) &&
      !abbreviation &&
      !NOT_REFERRED.has((tokens[run.first - 1] ?? '').toLowerCase());
    // Any other name, which the description may as well stand for, leaves it alone too.
    names.add(referred ? word : '');
  }
  if (names.has('')) return null;
  return names.size === 1 ? ([...names][0] ?? null) : null;
}
