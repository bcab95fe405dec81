// A sentence that recalls a report as the time or cause of something else: "The survey was in the
// field shortly after The Wall Street Journal reported that Facebook had asked large banks for
// customer data", "an effort that drew scrutiny after a report that it had asked big banks for
// customers' financial data", "Facebook drew criticism last year over reports it sought bank
// data". What it recalls is background to what the sentence tells: a page on another topic
// mentions the story so in passing. Read with the native string search and a few words' scan, no
// expression to compile.

import { isWordChar, wordCharsBack } from './chars.ts';

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
  'report reports reported reporting revelation revelations revealed story stories article articles news'.split(
    ' ',
  ),
);
/** The beginnings of REPORTING's words, searched for first: most sentences hold none. */
const REPORTING_STARTS: readonly string[] = ['report', 'revea', 'stor', 'article', 'news'];
/**
 * The most words from the background word to the report ("after The Wall Street Journal first
 * reported", "in the wake of a Wall Street Journal report").
 */
const GAP = 7;
/**
 * Marks that end a phrase: a report past one is not the background word's ("over privacy
 * worries, the paper reported").
 */
const PHRASE_ENDS = ',;:.!?()\u2014';

/**
 * The phrase of a report the text recalls (see above), [from, to), or null: a report, and within
 * GAP words before it, with no mark of a phrase's end between, a background word (`from`); the
 * phrase runs to the first such mark after the report, or the text's end (`to`). The leftmost
 * such phrase. The reports are found by the native string search, and only the few words before
 * each are read: every sentence that holds a pair is asked. O(text).
 */
export function recalledPhrase(text: string): { from: number; to: number } | null {
  const lower = text.toLowerCase();
  // Offsets are the text's: a character whose lower case is longer ("İ") would shift them, and
  // such a sentence is read as recalling nothing.
  if (lower.length !== text.length) return null;
  let from = -1;
  let report = -1;
  for (const start of REPORTING_STARTS)
    for (let at = lower.indexOf(start); at >= 0; at = lower.indexOf(start, at + start.length)) {
      if (at > 0 && isWordChar(lower.charCodeAt(at - 1))) continue;
      const word = wordAt(lower, at);
      if (!REPORTING.has(word)) continue;
      const background = backgroundBefore(lower, at);
      if (background >= 0 && (from < 0 || background < from)) {
        from = background;
        report = at + word.length;
      }
    }
  if (from < 0) return null;
  let to = report;
  while (to < lower.length && !PHRASE_ENDS.includes(lower.charAt(to))) to++;
  return { from, to };
}

/** Where the nearest background word within GAP words before `at` starts, or -1 (see recalledPhrase). */
function backgroundBefore(lower: string, at: number): number {
  let start = at;
  for (let n = 0; n < GAP; n++) {
    start = wordStartBefore(lower, start, true);
    if (start < 0) return -1;
    const word = wordAt(lower, start);
    // "… since last year according to the report": the report is the news's source (review R27b).
    if (word === 'according') return -1;
    const verb = word === 'following' && BEING.has(wordAt(lower, wordStartBefore(lower, start, false)));
    if (BACKGROUND.has(word) && !verb) return start;
  }
  return -1;
}

/**
 * Where the word that ends before `at` starts, past what stands between; -1 where none does, or,
 * with `marks`, where a mark of a phrase's end stands between.
 */
function wordStartBefore(lower: string, at: number, marks: boolean): number {
  let end = at;
  while (end > 0 && !isWordChar(lower.charCodeAt(end - 1))) {
    if (marks && PHRASE_ENDS.includes(lower.charAt(end - 1))) return -1;
    end--;
  }
  const start = wordCharsBack(lower, end);
  return start === end ? -1 : start;
}

/** The word that starts at `at` ("" at -1). */
function wordAt(lower: string, at: number): string {
  if (at < 0) return '';
  let end = at;
  while (end < lower.length && isWordChar(lower.charCodeAt(end))) end++;
  return lower.slice(at, end);
}
