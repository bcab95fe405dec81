// Sentence splitting with offsets, shared by the compiler (offsets into seed files) and the
// page (sentences of a paragraph). Linear: one regex scan and a constant look-back per candidate.

import { startsWithDigit } from './chars.ts';
import { letterPattern, nativeOnFirstUse } from './pattern.ts';

const ABBREVIATIONS = new Set(
  (
    'inc co corp ltd plc llc mr mrs ms dr prof sr jr st mt ave gen gov sen rep rev lt col capt sgt ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec vs etc al approx dept est fig ' +
    'e.g i.e u.s u.k u.n e.u'
  ).split(' '),
);

export interface Span {
  text: string;
  start: number;
  end: number;
}

// A terminator, any closing quotes or brackets, then white space; or a bullet (•, ●, ▪, ◦, ‣),
// which starts an item of a list run into one paragraph ("Key points • … • …"). A terminator is
// read from the first of a run ("!!!") only: from each of its marks, a long run took quadratic time.
export const CANDIDATE = /(?<![.!?])[.!?]+["'\u201D\u2019)\]]*\s+|[\u2022\u25CF\u25AA\u25E6\u2023]/g;
const candidate = nativeOnFirstUse(CANDIDATE);

/** Quotation marks and brackets before a word. */
const OPENING_MARKS = nativeOnFirstUse(/^[("'\u201C\u2018[]+/);

/** "No. 5" abbreviates number; "No. Amazon and Google asked too." answers a question. */
const NUMBER_SIGN = new Set(['no', 'nos']);

const INITIALS = letterPattern(/^([A-Z]\.)*[A-Z]$/, String.raw`^(\p{Lu}\.)*\p{Lu}$`, 'u');
const OPENS_SENTENCE = letterPattern(
  /^["'\u201C\u2018([]?[A-Z\d]/,
  String.raw`^["'\u201C\u2018([]?[\p{Lu}\d]`,
  'u',
);

/** The run of non-space characters that ends at `end`, read backwards: O(its length), not O(end). */
function tokenBefore(text: string, start: number, end: number): string {
  let i = end;
  while (i > start && !/\s/.test(text[i - 1] ?? ' ')) i--;
  return text.slice(i, end);
}

/** Whether the dot at `end` closes an abbreviation, not the sentence that began at `start`. */
function isAbbreviation(text: string, start: number, end: number, next: string): boolean {
  const last = tokenBefore(text, start, end);
  if (last === '') return false;
  const token = last.replace(OPENING_MARKS(), '');
  if (NUMBER_SIGN.has(token.toLowerCase())) return startsWithDigit(next);
  // Initials and dotted acronyms such as "J" or "U.S": a sentence rarely ends on one, while
  // "U.S. Bancorp" is common in news copy. The cost: "... in the U.S. The ..." stays one sentence.
  return ABBREVIATIONS.has(token.toLowerCase()) || INITIALS(token).test(token);
}

/** Split text into sentences; offsets index into `text`. Empty text gives no sentences. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const candidates = candidate();
  candidates.lastIndex = 0;
  for (let m = candidates.exec(text); m !== null; m = candidates.exec(text)) {
    const c = m[0].charCodeAt(0);
    if (c !== 46 /* . */ && c !== 33 /* ! */ && c !== 63 /* ? */) {
      // A bullet: whatever came before it was an item, or a heading, of its own (push trims the
      // white space around it).
      push(spans, text, start, m.index);
      start = m.index + m[0].length;
      continue;
    }
    const end = m.index + m[0].trimEnd().length;
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    const dot = m[0].startsWith('.');
    // The next sentence starts with a capital, a digit or an opening quote; "said. the" is not a break.
    const startsSentence = OPENS_SENTENCE(next).test(next);
    if (!startsSentence || (dot && !m[0].startsWith('..') && isAbbreviation(text, start, m.index, next)))
      continue;
    push(spans, text, start, end);
    start = m.index + m[0].length;
  }
  push(spans, text, start, text.length);
  return spans;
}

function push(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) spans.push({ text: text.slice(s, e), start: s, end: e });
}
