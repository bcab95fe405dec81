// A refusal to speak or no answer: "declined to comment", "refused to say", "would not discuss",
// "did not immediately respond", "had no comment". What such a sentence will not talk about is
// neither stated nor denied by it. Asked of a sentence with ", and" or ", or" (refused-matter.ts):
// one small expression finds the words a refusal starts on, and only the word or two after each is
// read (a large expression of every form cost a first page more).

import { isLetter } from './chars.ts';

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
/** A word that may stand between the negation and its verb: "did not immediately respond". */
const TRANSPARENT = 'immediately';
/**
 * The words a refusal starts on: a verb of refusing, a negation ("not", "never", "didn't"), or
 * "no" ("no comment"). Small, so that a first page compiles little; each alternative starts on a
 * fixed word or a word's letters before "n't", so one pass.
 */
const TRIGGER = /\b(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|not|never|no|[a-z]+n['\u2019]t)\b/gi;

/** The lower-cased word after `at` (past what is no letter) within `to`, and where it ends. */
function wordAfter(text: string, at: number, to: number): [string, number] {
  let i = at;
  while (i < to && !isLetter(text.charCodeAt(i))) i++;
  let j = i;
  while (j < to && isLetter(text.charCodeAt(j))) j++;
  return [text.slice(i, j).toLowerCase(), j];
}

/**
 * Where the first refusal to speak in text[from, to) ends (just after its word of speaking:
 * "declined to comment|", "would not say|"), or -1. O(to − from): one pass of TRIGGER, and the
 * word or two after each of its words.
 */
export function refusalEnd(text: string, from = 0, to = text.length): number {
  // The part alone: scanning the text for a trigger would read on past `to`.
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(part); m !== null; m = TRIGGER.exec(part)) {
    const starts = m[0].toLowerCase();
    let [word, end] = wordAfter(part, m.index + m[0].length, part.length);
    if (starts.startsWith('declin') || starts.startsWith('refus')) {
      // "declined comment", "declined to comment".
      if (word === 'comment') return from + end;
      if (word !== 'to') continue;
      [word, end] = wordAfter(part, end, part.length);
      if (SPEAKING.has(word)) return from + end;
      continue;
    }
    if (starts === 'no') {
      if (word === 'comment') return from + end;
      continue;
    }
    if (word === TRANSPARENT) [word, end] = wordAfter(part, end, part.length);
    if (SPEAKING.has(word)) return from + end;
  }
  return -1;
}
