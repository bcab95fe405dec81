// A sentence that recalls a report as the time or cause of something else: "The survey was in the
// field shortly after The Wall Street Journal reported that Facebook had asked large banks for
// customer data", "an effort that drew scrutiny after a report that it had asked big banks for
// customers' financial data", "Facebook drew criticism last year over reports it sought bank
// data". What it recalls is background to what the sentence tells: a page on another topic
// mentions the story so in passing. Read word by word, with no expression to compile.

import { isWordChar } from './chars.ts';

/**
 * Words that make what follows the time, cause or setting of the sentence's own news, or a memory
 * ("readers remember the stories in 2018 that …", "in the wake of reports that …").
 */
const BACKGROUND: ReadonlySet<string> = new Set(
  (
    'after since following amid over despite before when until wake remember remembers ' +
    'remembered remembering recall recalls recalled recalling'
  ).split(' '),
);
/** Forms of "be", before which "following" is a verb ("We are following a report …"). */
const BEING: ReadonlySet<string> = new Set('is are was were be been re'.split(' '));
/** A report named, or told as reported. */
const REPORTING: ReadonlySet<string> = new Set(
  'report reports reported reporting revelation revelations story stories article articles'.split(' '),
);
/** The most words from the background word to the report ("after The Wall Street Journal reported"). */
const GAP = 5;
/** Marks that end a phrase: a report past one is not the background word's ("over privacy worries, the paper reported"). */
const PHRASE_ENDS = ',;:.!?()\u2014';

/**
 * Where the background word of a report the text recalls starts (see above), or -1: a background
 * word, then within GAP words and no mark of a phrase's end, a report. O(text).
 */
export function recalledAt(text: string): number {
  let since = -1;
  let sinceAt = -1;
  let words = 0;
  let previous = '';
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const inWord = isWordChar(c);
    if (inWord && from < 0) from = i;
    else if (!inWord && from >= 0) {
      const word = text.slice(from, i).toLowerCase();
      words++;
      if (BACKGROUND.has(word) && !(word === 'following' && BEING.has(previous))) {
        since = words;
        sinceAt = from;
      } else if (since >= 0 && words - since <= GAP && REPORTING.has(word)) return sinceAt;
      previous = word;
      from = -1;
    }
    if (!inWord && PHRASE_ENDS.includes(text[i] ?? '')) since = -1;
  }
  return -1;
}
