// A denial of what was said, in a word: "denied the report", "says the story is wrong", "disputed
// that account", "pushed back against the Journal's story", "says that is a misreading". It states
// that the report is false and nothing of what the report said, which is why it meets none of the
// report's words. src/matching/bare-denial.ts asks it of a page sentence that opens on the subject
// or that the subject speaks. Read word by word, with no regular expression: case-insensitive
// alternations of these words cost a background's first page more to compile (src/tools/bench/
// LOG.md, session 26) than all the rest of the rule.

import { isWordChar } from './chars.ts';

/** Words that call what was said false, or its telling wrong. */
const FALSITY_WORDS: readonly string[] = [
  'false',
  'falsely',
  'untrue',
  'inaccurate',
  'incorrect',
  'incorrectly',
  'wrong',
  'wrongly',
  'misleading',
  'mistaken',
  'misread',
  'misreads',
  'misreading',
];
/** The longer words of falsity by their beginnings, in all their forms: "mischaracterised". */
const FALSITY_STARTS: readonly string[] = ['mischaracteri', 'misrepresent'];
/** Every word of falsity in its forms, for a reader of terms (bare-denial.ts): one list. */
export const FALSITY_FORMS: readonly string[] = [
  ...FALSITY_WORDS,
  ...['se', 'sed', 'ses', 'sing', 'sation', 'ze', 'zed', 'zes', 'zing', 'zation'].map(
    (end) => `mischaracteri${end}`,
  ),
  ...['', 's', 'ed', 'ing', 'ation', 'ations'].map((end) => `misrepresent${end}`),
];
/** What "not" makes a word of falsity: "not true". */
const NOT_FALSITY: ReadonlySet<string> = new Set(['true', 'accurate', 'correct']);

/**
 * The words of denying, the lexicon's deny concept inflected (src/text/lexicon.ts: deny, dispute,
 * reject, refute, rebut, contest; "push back" is read as two words), as a verb or a noun.
 */
const DENYING: ReadonlySet<string> = new Set(
  (
    'deny denies denied denying denial denials dispute disputes disputed disputing reject rejects ' +
    'rejected rejecting rejection rejections refute refutes refuted refuting rebut rebuts rebutted ' +
    'rebutting rebuttal rebuttals contest contests contested contesting pushback'
  ).split(' '),
);
const PUSH: ReadonlySet<string> = new Set(['push', 'pushes', 'pushed', 'pushing']);

/**
 * What was said, as a noun a denial can be of. Not "account" alone: on this topic it is as often a
 * bank account ("that account" or "this account" is what someone told).
 */
export const SAID_WORDS: readonly string[] = [
  'report',
  'reports',
  'story',
  'stories',
  'article',
  'articles',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'suggestion',
  'suggestions',
  'characterisation',
  'characterisations',
  'characterization',
  'characterizations',
  'assertion',
  'assertions',
];
/** Verbs that give a verdict on what was said and nothing of its own: "called the report inaccurate". */
export const VERDICT_WORDS: readonly string[] = [
  'call',
  'called',
  'label',
  'labelled',
  'labeled',
  'describe',
  'described',
  'dismiss',
  'dismissed',
  'brand',
  'branded',
];
const SAID: ReadonlySet<string> = new Set(SAID_WORDS);
const FALSITY: ReadonlySet<string> = new Set(FALSITY_WORDS);
const POINTING: ReadonlySet<string> = new Set(['that', 'this']);
/** "that is a misreading", "it was false": what was just said, then a verb of being. */
const POINTED: ReadonlySet<string> = new Set(['that', 'this', 'it']);
const BEING: ReadonlySet<string> = new Set(['is', 'was']);
const BEING_ELIDED: ReadonlySet<string> = new Set(["that's", "it's"]);
const BEFORE_FALSITY: ReadonlySet<string> = new Set(['a', 'an', 'simply', 'just', 'plainly']);

/** The text's words in lower case, an apostrophe inside a word kept ("it's"). O(text). */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : SPACE;
    // An apostrophe (straight or curly) between two characters of a word.
    const inWord =
      isWordChar(c) || ((c === 39 || c === 0x2019) && from >= 0 && isWordChar(text.charCodeAt(i + 1)));
    if (inWord && from < 0) from = i;
    else if (!inWord && from >= 0) {
      const word = text.slice(from, i);
      // "May" with its capital is the month ("In May, Facebook denied the report."): a modal
      // opening a sentence asks, and a question is no denial already.
      out.push(word === 'May' ? word : word.toLowerCase().replace('\u2019', "'"));
      from = -1;
    }
  }
  return out;
}
const SPACE = 32;

const isFalsity = (word: string): boolean =>
  FALSITY.has(word) || FALSITY_STARTS.some((start) => word.startsWith(start));

/**
 * Words that leave a denial unasserted or make it no denial: a condition or a question ("if",
 * "whether"), a modal ("may", "would", "can"), an expectation ("expected to", "yet to"), an
 * admission ("admitted it was wrong"), a refusal ("declined to deny", "stopped short of denying").
 */
const UNASSERTED: ReadonlySet<string> = new Set(
  (
    'if whether may might could would should can cannot expected expects likely unlikely yet short ' +
    'admit admits admitted admitting concede concedes conceded conceding acknowledge acknowledges ' +
    'acknowledged acknowledging confess confesses confessed confessing decline declines declined ' +
    'declining refuse refuses refused refusing'
  ).split(' '),
);
/** Words of negation besides "not true": any of them negates or hedges the denial itself. */
const NEGATION: ReadonlySet<string> = new Set('not no never neither nor nobody none nothing'.split(' '));

/**
 * Whether the text asserts a denial of something said: a word of denying or of falsity beside a
 * noun of what was said ("denied the report", "called the story wrong", "disputed that account"),
 * or what was just said called false ("that is a misreading", "that's not true"); and nothing that
 * negates, questions or hedges the denial ("did not deny the report", "neither confirmed nor
 * denied", "Did Facebook deny the report?", "is expected to deny", "admitted it was wrong": review
 * R26b). Who denies it and what else the text says are the caller's to read. O(text).
 */
export function deniesWhatWasSaid(text: string): boolean {
  if (text.includes('?')) return false;
  const words = wordsOf(text);
  let denies = false;
  let said = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const next = words[i + 1] ?? '';
    if (UNASSERTED.has(w) || w.endsWith("n't")) return false;
    if (NEGATION.has(w)) {
      // "not true", "not accurate": a word of falsity, the one negation a denial may hold.
      if (w !== 'not' || !NOT_FALSITY.has(next)) return false;
      denies = true;
      if (pointedAt(words, i)) said = true;
      i++;
    } else if (DENYING.has(w) || (PUSH.has(w) && next === 'back')) denies = true;
    else if (isFalsity(w)) {
      denies = true;
      if (pointedAt(words, i)) said = true;
    } else if (SAID.has(w) || (POINTING.has(w) && next === 'account')) said = true;
  }
  return denies && said;
}

/** Whether the word of falsity at `at` is said of "that", "this" or "it": "that is a misreading". */
function pointedAt(words: readonly string[], at: number): boolean {
  let i = at - 1;
  if (BEFORE_FALSITY.has(words[i] ?? '')) i--;
  if (BEING_ELIDED.has(words[i] ?? '')) return true;
  return BEING.has(words[i] ?? '') && POINTED.has(words[i - 1] ?? '');
}
