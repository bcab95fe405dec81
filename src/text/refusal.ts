// A refusal to speak or no answer: "declined to comment", "refused to say", "would not discuss",
// "did not immediately respond", "had no comment". What such a sentence will not talk about is
// neither stated nor denied by it. The one reader of refusals: asked of a sentence with ", and" or
// ", or" (refused-matter.ts), and of a party's short negated answer (bare-answer.ts, which takes a
// bare "Wells Fargo declined." too but no non-answer). One small expression finds the words a
// refusal starts on, and only the word or two after each is read (a large expression of every form
// cost a first page more).

import { isLetter } from './chars.ts';

/**
 * Words of speaking a refusal or a non-answer is about, each with what its negation tells: a
 * refusal to speak ("would not say"), one that may tell more, a refusal to act ("would not
 * disclose the data", "did not confirm it") or a denial ("never said it would"), or no answer at
 * all ("did not respond").
 */
const SPEAKING: ReadonlyMap<string, 'negated' | 'negated-more' | 'unanswered'> = new Map([
  ['comment', 'negated'],
  ['say', 'negated'],
  ['discuss', 'negated'],
  ['address', 'negated'],
  ['elaborate', 'negated'],
  ['specify', 'negated'],
  ['disclose', 'negated-more'],
  ['confirm', 'negated-more'],
  ['answer', 'unanswered'],
  ['respond', 'unanswered'],
  ['reply', 'unanswered'],
  ['return', 'unanswered'],
  // "has not commented", "has not said whether": the forms after "has"/"had".
  ['commented', 'negated'],
  ['said', 'negated-more'],
  ['discussed', 'negated'],
  ['disclosed', 'negated-more'],
  ['confirmed', 'negated-more'],
  ['responded', 'unanswered'],
  ['replied', 'unanswered'],
  ['returned', 'unanswered'],
  ['answered', 'unanswered'],
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
 * How a refusal reads: a verb of refusing and its word of speaking ("declined to comment",
 * "declined comment"); a verb of refusing with none ("Wells Fargo declined.", "refused to give
 * it"); or a negation and a word of speaking, by that word's kind (SPEAKING). "no comment" is a
 * negated comment.
 */
export type RefusalForm = 'refused' | 'verb' | 'negated' | 'negated-more' | 'unanswered';

/** Refusals to speak and non-answers: what a refused matter follows (refused-matter.ts). */
export const TO_SPEAK: ReadonlySet<RefusalForm> = new Set([
  'refused',
  'negated',
  'negated-more',
  'unanswered',
]);
/**
 * An answer a party gave by refusing: a verb of refusing, with or without its word of speaking, or
 * a negated word only of speaking (bare-answer.ts). Not "did not respond" (no answer, which the
 * precision round kept apart from a refusal), nor "would not disclose" (a refusal to act, often)
 * or "never said it would" (a denial).
 */
export const AS_ANSWER: ReadonlySet<RefusalForm> = new Set(['refused', 'verb', 'negated']);

/**
 * Where the first refusal of one of `forms` in text[from, to) ends (just after its word of speaking:
 * "declined to comment|", "would not say|"; after a verb of refusing without one, "declined|"), or
 * -1. O(to − from): one pass of TRIGGER, and the word or two after each of its words.
 */
export function refusalOf(forms: ReadonlySet<RefusalForm>, text: string, from = 0, to = text.length): number {
  // The part alone: scanning the text for a trigger would read on past `to`.
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(part); m !== null; m = TRIGGER.exec(part)) {
    const starts = m[0].toLowerCase();
    const verbEnd = m.index + m[0].length;
    let [word, end] = wordAfter(part, verbEnd, part.length);
    if (starts.startsWith('declin') || starts.startsWith('refus')) {
      // "declined comment", "declined to comment".
      if (word === 'to') [word, end] = wordAfter(part, end, part.length);
      else if (word !== 'comment') word = '';
      if (word !== '' && SPEAKING.has(word)) {
        if (forms.has('refused')) return from + end;
      } else if (forms.has('verb')) return from + verbEnd;
      continue;
    }
    if (starts === 'no') {
      if (word === 'comment' && forms.has('negated')) return from + end;
      continue;
    }
    if (word === TRANSPARENT) [word, end] = wordAfter(part, end, part.length);
    const form = SPEAKING.get(word);
    if (form !== undefined && forms.has(form)) return from + end;
  }
  return -1;
}

/**
 * Where the first refusal to speak or non-answer in text[from, to) ends (just after its word of
 * speaking: "declined to comment|", "would not say|"), or -1. O(to − from).
 */
export const refusalEnd = (text: string, from = 0, to = text.length): number =>
  refusalOf(TO_SPEAK, text, from, to);
