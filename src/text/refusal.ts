// A refusal to speak or no answer: "declined to comment", "refused to say", "would not discuss",
// "did not immediately respond", "had no comment". What such a sentence will not talk about is
// neither stated nor denied by it. Read word by word with no regular expression: it is asked of
// every sentence of a page (refused-matter.ts) and of negated pairs (checks.ts), and a first page
// would pay for compiling a large expression.

/** Words of speaking a refusal or a non-answer is about. */
const SPEAKING: ReadonlySet<string> = new Set([
  'comment',
  'say',
  'discuss',
  'address',
  'elaborate',
  'disclose',
  'confirm',
  'specify',
  'answer',
  'respond',
  'reply',
  'return',
  // "has not commented", "has not said whether": the forms after "has"/"had".
  'commented',
  'said',
  'discussed',
  'disclosed',
  'confirmed',
  'responded',
  'replied',
  'returned',
  'answered',
]);
/** Verbs of refusing: "declined to comment", "declined comment". */
const REFUSING: ReadonlySet<string> = new Set([
  'decline',
  'declines',
  'declined',
  'declining',
  'refuse',
  'refuses',
  'refused',
  'refusing',
]);
/** A word that may stand between the negation and its verb: "did not immediately respond". */
const TRANSPARENT = 'immediately';

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Whether a lower-cased word negates the verb after it: "not", "never", "didn't", "won't". */
function negates(word: string): boolean {
  if (word === 'not' || word === 'never') return true;
  const n = word.length;
  return (
    n > 3 && word.charCodeAt(n - 1) === 116 && isApostrophe(word.charCodeAt(n - 2)) && word[n - 3] === 'n'
  );
}

/**
 * Where the first refusal to speak in text[from, to) ends (just after its word of speaking:
 * "declined to comment|", "would not say|"), or -1. O(to − from), one pass over its words.
 */
export function refusalEnd(text: string, from = 0, to = text.length): number {
  let before = '';
  let last = '';
  let i = from;
  while (i < to) {
    while (i < to && !isLetter(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && (isLetter(text.charCodeAt(i)) || isApostrophe(text.charCodeAt(i)))) i++;
    if (i === start) break;
    const word = text.slice(start, i).toLowerCase();
    if (
      (SPEAKING.has(word) && ((before !== '' && REFUSING.has(before) && last === 'to') || negates(last))) ||
      (word === 'comment' && (REFUSING.has(last) || last === 'no'))
    )
      return i;
    if (word === TRANSPARENT && negates(last)) continue;
    before = last;
    last = word;
  }
  return -1;
}

/** Whether text holds any word of refusing at all ("declined", "refuses"): a claim's loose test. */
export function refuses(text: string): boolean {
  const lower = text.toLowerCase();
  return lower.includes('declin') || lower.includes('refus') || refusalEnd(text) >= 0;
}
