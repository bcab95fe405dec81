// A refusal to speak or no answer: "declined to comment", "refused to say", "would not discuss",
// "did not immediately respond", "had no comment". What such a sentence will not talk about is
// neither stated nor denied by it. The one reader of refusals: asked of a sentence with ", and" or
// ", or" (refused-matter.ts), and of a party's short negated answer (bare-answer.ts, which takes
// only the party's own refusal, a bare "Wells Fargo declined." too, and no non-answer). One small expression finds the words a
// refusal starts on, and only the word or two after each is read (a large expression of every form
// cost a first page more).

import { isLetter } from './chars.ts';
import { nativeOnFirstUse } from './pattern.ts';

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
  // "has not discussed", "never discussed": a denial as often as a refusal (review S18a).
  ['discussed', 'negated-more'],
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
 * fixed word or a word's letters before "n't", so one pass. It is
 * /\b(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|not|never|no|[a-z]+n['\u2019]t)\b/gi with each
 * letter's two cases written out, which matches the same (without the u flag, `i` folds an ASCII
 * letter to its other case only; refusal.test.ts compares them): compiling the `i` form, which
 * V8 closes over ICU's case data, and its 28 runs cost the first analysis of the 2,000-word page
 * 0.76M instructions more (src/tools/bench/LOG.md, session 23). Exported for that test.
 */
export const TRIGGER =
  /\b(?:[dD][eE][cC][lL][iI][nN](?:[eE]|[eE][sS]|[eE][dD]|[iI][nN][gG])|[rR][eE][fF][uU][sS](?:[eE]|[eE][sS]|[eE][dD]|[iI][nN][gG])|[nN][oO][tT]|[nN][eE][vV][eE][rR]|[nN][oO]|[a-zA-Z]+[nN]['\u2019][tT])\b/g;
const trigger = nativeOnFirstUse(TRIGGER);

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
 * "declined comment"), or a negation and a word of speaking, by that word's kind (SPEAKING). "no
 * comment" is a negated comment. A bare "Wells Fargo declined." is the party's answer alone
 * (refusesAsParty).
 */
export type RefusalForm = 'refused' | 'negated' | 'negated-more' | 'unanswered';

/** Refusals to speak and non-answers: what a refused matter follows (refused-matter.ts). */
export const TO_SPEAK: ReadonlySet<RefusalForm> = new Set([
  'refused',
  'negated',
  'negated-more',
  'unanswered',
]);

/**
 * Where the first refusal of one of `forms` in text[from, to) ends (just after its word of speaking:
 * "declined to comment|", "would not say|"), or
 * -1. O(to − from): one pass of TRIGGER, and the word or two after each of its words.
 */
export function refusalOf(forms: ReadonlySet<RefusalForm>, text: string, from = 0, to = text.length): number {
  // The part alone: scanning the text for a trigger would read on past `to`.
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const words = trigger();
  words.lastIndex = 0;
  for (let m = words.exec(part); m !== null; m = words.exec(part)) {
    const starts = m[0].toLowerCase();
    const verbEnd = m.index + m[0].length;
    let [word, end] = wordAfter(part, verbEnd, part.length);
    if (starts.startsWith('declin') || starts.startsWith('refus')) {
      // "declined comment", "declined to comment".
      if (word === 'to') [word, end] = wordAfter(part, end, part.length);
      else if (word !== 'comment') word = '';
      if (word !== '' && SPEAKING.has(word) && forms.has('refused')) return from + end;
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

/** Words between a negation's subject and the negation: "Lakeside Clinic would not", "it has never". */
const AUXILIARY = new Set([
  'do',
  'does',
  'did',
  'would',
  'will',
  'could',
  'can',
  'has',
  'have',
  'had',
  'is',
  'was',
  'should',
]);
/** Perfect auxiliaries: after them, or after "never", a negated "discuss" denies rather than refuses. */
const PERFECT = new Set(['has', 'have', 'had']);
/** Words of speaking whose negated perfect or "never" tells of the past: "has not discussed it". */
const DENIED_IN_PERFECT = new Set(['discuss', 'address', 'specify']);
/** What a party's own "no comment" follows: "had no comment", not "said no comment was needed". */
const OWN_NO = new Set(['had', 'has', 'have', 'offered', 'offers', 'gave', 'gives']);
/** Who, besides the party's own name, refuses for it. */
const FOR_PARTY = new Set(['it', 'company', 'spokesman', 'spokeswoman', 'spokesperson', 'representative']);
/** What may follow a bare "declined": "declined further comment", "declined a request for comment". */
const AFTER_BARE = new Set([
  'further',
  'immediate',
  'comment',
  'comments',
  'a',
  'an',
  'request',
  'requests',
  'for',
  'interview',
]);
/** Words that make a clause after a bare refusal an attribution: ", a spokesman said." */
const ATTRIBUTION = new Set(['said', 'says', 'told', 'according']);
/** At most this many words in such an attribution. */
const ATTRIBUTION_WORDS = 6;
/** Opens a clause after a refusal, past any closing quote: ', a spokesman said'. */
const CLAUSE = /^[\s"'\u201d\u2019]*[,;:\u2013\u2014-]/;

/** The lower-cased word that ends just before `at`, across spaces only, and where it starts ('' if none). */
function wordBefore(text: string, at: number): [string, number] {
  let j = at;
  while (j > 0 && text.charCodeAt(j - 1) === 32) j--;
  let i = j;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  return [text.slice(i, j).toLowerCase(), i];
}

/**
 * Whether nothing but `allowed` words, or an attribution (", a spokesman said"), follows `at` to the
 * sentence's end: a refusal that says nothing more. O(sentence length).
 */
function endsBare(text: string, at: number, allowed: ReadonlySet<string>): boolean {
  let end = at;
  while (end < text.length && !'.!?'.includes(text.charAt(end))) end++;
  const words: string[] = [];
  for (let i = at; i < end;) {
    const [w, j] = wordAfter(text, i, end);
    if (w !== '') words.push(w);
    i = j;
  }
  if (words.every((w) => allowed.has(w))) return true;
  const clause = CLAUSE.test(text.slice(at, end));
  return clause && words.length <= ATTRIBUTION_WORDS && words.some((w) => ATTRIBUTION.has(w));
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * Whether the party named by `names` (its name's lower-cased words) answers by refusing in text: a
 * verb of refusing and its word of speaking ("declined to comment"); a bare "declined" right after
 * the party, "it" or "the company", followed by nothing but "further comment"-like words or an
 * attribution (not "Lakeside Clinic shares declined.", "revenue declined sharply"); its own "no
 * comment" ("had no comment", "No comment."), not one that was needed or someone else's, nor one
 * "beyond its statement" (it answered); or the party's negated word only of speaking ("would not
 * comment"), not "has not discussed" or "never addressed" (a denial), nor a negation whose subject
 * is not the party ("the contract did not specify"). Not "did not respond" (no answer, which the
 * precision round kept apart from a refusal), nor "would not disclose" (a refusal to act, often) or
 * "never said it would" (a denial). O(text length).
 */
export function refusesAsParty(text: string, names: readonly string[]): boolean {
  const party = (w: string): boolean => FOR_PARTY.has(w) || names.includes(w);
  const words = trigger();
  words.lastIndex = 0;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    const starts = m[0].toLowerCase();
    const verbEnd = m.index + m[0].length;
    const [after, end] = wordAfter(text, verbEnd, text.length);
    let word = after;
    const [before, beforeAt] = wordBefore(text, m.index);
    if (starts.startsWith('declin') || starts.startsWith('refus')) {
      // "declined comment", "declined to comment".
      if (word === 'to') word = wordAfter(text, end, text.length)[0];
      else if (word !== 'comment') word = '';
      if (word !== '' && SPEAKING.has(word)) return true;
      if (party(before) && endsBare(text, verbEnd, AFTER_BARE)) return true;
      continue;
    }
    if (starts === 'no') {
      if (word !== 'comment') continue;
      const [next, nextEnd] = wordAfter(text, end, text.length);
      const than = wordAfter(text, nextEnd, text.length)[0];
      // "no comment beyond its statement": it answered, by pointing to the statement.
      if (next === 'beyond' || next === 'except' || (next === 'other' && than === 'than')) continue;
      if (OWN_NO.has(before) || (before === '' && endsBare(text, end, NOTHING))) return true;
      continue;
    }
    if (word === TRANSPARENT) word = wordAfter(text, end, text.length)[0];
    if (SPEAKING.get(word) !== 'negated') continue;
    const [subject, auxiliary] = subjectOf(text, starts, before, beforeAt);
    if ((starts === 'never' || PERFECT.has(auxiliary)) && DENIED_IN_PERFECT.has(word)) continue;
    if (party(subject)) return true;
  }
  return false;
}

/**
 * A negation's subject and auxiliary, given the negation (lower-cased) and the word before it and
 * where that starts: "didn't" holds its auxiliary, "would not" has it before, "it never" has none.
 */
export function subjectOf(
  text: string,
  negation: string,
  before: string,
  beforeAt: number,
): [string, string] {
  // endsWith, not /n['\u2019]t$/: an expression compiled on a first page for two or three tests.
  const contracted = negation.endsWith("n't") || negation.endsWith('n\u2019t');
  const auxiliary = contracted ? negation.slice(0, -3) : AUXILIARY.has(before) ? before : '';
  return [!contracted && auxiliary !== '' ? wordBefore(text, beforeAt)[0] : before, auxiliary];
}

/**
 * Whether text negates something and the party named by `names` is the subject of none of its
 * negations: "The law does not address it, Lakeside Clinic said." O(text length).
 */
export function negatesOther(text: string, names: readonly string[]): boolean {
  let negates = false;
  const words = trigger();
  words.lastIndex = 0;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    const starts = m[0].toLowerCase();
    if (starts === 'no' || starts.startsWith('declin') || starts.startsWith('refus')) continue;
    const [before, beforeAt] = wordBefore(text, m.index);
    const subject = subjectOf(text, starts, before, beforeAt)[0];
    if (FOR_PARTY.has(subject) || names.includes(subject)) return false;
    negates = true;
  }
  return negates;
}

/**
 * Where the first refusal to speak or non-answer in text[from, to) ends (just after its word of
 * speaking: "declined to comment|", "would not say|"), or -1. O(to − from).
 */
export const refusalEnd = (text: string, from = 0, to = text.length): number =>
  refusalOf(TO_SPEAK, text, from, to);
