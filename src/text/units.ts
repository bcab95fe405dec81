// Matching units: a sentence, its clauses, and its quotations. A page that quotes half of a seed
// sentence should match that half, not be diluted by the other; a page sentence that carries
// two facts should match each.

import { holdsAt, isSpace, isWordChar, spacesBack, spacesFrom } from './chars.ts';
import { namedAsides } from './named-asides.ts';
import { polarityStarts } from './refused-matter.ts';
import { nativeOnFirstUse } from './pattern.ts';
import { splitSentences } from './sentences.ts';

/**
 * Words that break a clause after a comma (", and", ", according …"): the compiler splits claims
 * there. Not at a dash: "… asking for transaction data - this is not true" is one (negated)
 * statement.
 */
const CLAUSE_COMMA_WORDS = [
  'and',
  'but',
  'while',
  'which',
  'as well as',
  'according',
  'saying',
  'adding',
  'citing',
];
/** Words that break a clause between spaces, with no comma, coarse and fine alike. */
const CLAUSE_WORDS = ['but', 'while', 'whereas'];
/** A clause that opens on a condition. */
const CONDITION = nativeOnFirstUse(/^(?:(?:and|or|but)\s+)?(?:if|unless|whether)\b/i);
const QUOTED = nativeOnFirstUse(/["\u201C]([^"\u201C\u201D]+)["\u201D]/g);

export interface Piece {
  start: number;
  end: number;
}

export interface Unit extends Piece {
  /** Index of the sentence the unit belongs to, in the paragraph. */
  sentence: number;
  /** Where the unit's polarity is read from: a quotation carries the negation of its clause ("is not “…”"). */
  polarityFrom: number;
}

/**
 * Where the break that a run of white space from `from` ends in (`from` itself where it is not
 * white space) ends, or -1 where it ends in none. A break is white space around ";" or ":", around
 * a comma before one of CLAUSE_COMMA_WORDS (or, `fine`, any comma followed by white space),
 * around a run of dashes between white space (`fine`), or around one of CLAUSE_WORDS between
 * white space. A hand scanner rather than the expression it replaced
 * (`\s*(?:[;:]|,\s+(?:and|…)\b|\s+(?:but|while|whereas)\s+)\s*`), whose leading `\s*` and
 * inner `\s+` share every space of a run: 2,000 spaces took it 1.4 s, 4,000 11 s. O(length of
 * the break).
 */
function breakAt(text: string, from: number, fine: boolean): number {
  const b = spacesFrom(text, from);
  const c = text.charCodeAt(b);
  if (c === 59 || c === 58) return spacesFrom(text, b + 1);
  if (c === 44) {
    const after = spacesFrom(text, b + 1);
    if (fine) {
      if (after > b + 1) return after;
    } else if (after > b + 1) {
      const word = wordAt(text, after, CLAUSE_COMMA_WORDS);
      if (word > 0 && !isWordChar(text.charCodeAt(after + word))) return spacesFrom(text, after + word);
    }
  }
  // The rest need white space before them.
  if (b === from) return -1;
  if (fine && c === 45) {
    let d = b;
    while (text.charCodeAt(d) === 45) d++;
    if (isSpace(text.charCodeAt(d))) return spacesFrom(text, d);
  }
  const word = wordAt(text, b, CLAUSE_WORDS);
  if (word > 0 && isSpace(text.charCodeAt(b + word))) return spacesFrom(text, b + word);
  return -1;
}

/** The length of the first of `words` that `text` holds at `at`, case aside (ASCII only), or 0. */
function wordAt(text: string, at: number, words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (holdsAt(text, at, w)) return w.length;
  }
  return 0;
}

/**
 * Where a break can start: ";" or ":", a comma before white space (and, coarse, before one of
 * CLAUSE_COMMA_WORDS), or the last character of a run of white space before one of ";:," (and "-",
 * fine) or before one of CLAUSE_WORDS and white space (the scanner reads the run back to its
 * start). Built from the word lists, so that a word added to one is searched for too. A native search between them, so the scanner
 * reads a sentence's few candidates rather than each of its characters (in a background that has
 * not yet optimised it, the per-character scan doubled the matcher's cost). Every place where
 * breakAt finds a break is a candidate, and few others are (each costs breakAt's reading: a comma
 * before any word, or a run of white space before any word in "b" or "w", doubled the scanner's
 * cost). Each alternative reads a fixed few characters or, after a comma, one run of white space,
 * so the search is linear.
 */
const COARSE_START = nativeOnFirstUse(
  new RegExp(
    String.raw`[;:]|,\s+(?:${CLAUSE_COMMA_WORDS.join('|')})\b|\s(?:[;:,]|(?:${CLAUSE_WORDS.join('|')})\s)`,
    'gi',
  ),
);
const FINE_START = nativeOnFirstUse(
  new RegExp(String.raw`[;:]|,\s|\s(?:[;:,-]|(?:${CLAUSE_WORDS.join('|')})\s)`, 'gi'),
);

/** Non-overlapping clauses of one sentence, in order; the whole sentence when it has none. O(n). */
export function clauses(sentence: string, fine = false): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  const starts = fine ? FINE_START() : COARSE_START();
  for (let i = 0; i < sentence.length;) {
    starts.lastIndex = i;
    const next = starts.exec(sentence);
    if (next === null) break;
    // A run of white space is read from its start, which is never before where the search began
    // (it begins at a run's start or at a character that is no white space).
    i = isSpace(sentence.charCodeAt(next.index)) ? spacesBack(sentence, next.index + 1, i) : next.index;
    const end = breakAt(sentence, i, fine);
    if (end < 0) {
      // No break starts anywhere in this run of white space: each of its spaces ends it alike.
      i = Math.max(i + 1, spacesFrom(sentence, i));
      continue;
    }
    if (i > last) pieces.push({ start: last, end: i });
    last = i = end;
  }
  if (last < sentence.length) pieces.push({ start: last, end: sentence.length });
  return pieces;
}

/**
 * Sentences of a paragraph, their clauses (coarse and fine), names with their relative asides
 * (named-asides.ts) and quotations, and the clauses that
 * state what a report says (`reported`: where each starts, ascending; see reported.ts) where a
 * negation before them in their sentence (`negations`, offsets ascending) denies the report. Such
 * a clause is a unit to the end of its clause, and its polarity, like that of every piece after
 * its start, is read from there: "Facebook rejected a report that it asked banks for data" is a
 * denial as a whole and states the report in its part. Where nothing denies it, a reported clause
 * is stated as its sentence is, and no unit is added. O(n) in the text length, plus reported
 * clauses × negations for the denials (a paragraph has a few of each).
 */
export function units(
  text: string,
  minClauseChars = 30,
  reported: readonly number[] = [],
  negations: readonly number[] = [],
): Unit[] {
  const out: Unit[] = [];
  let first = 0;
  let r = 0;
  const add = (sentence: number, base: number, p: Piece, lead = 0): void => {
    const start = base + p.start;
    const end = base + p.end;
    // The same stretch can be a clause and a finer piece: one unit. Only this sentence's units
    // can be the same, and a sentence has a handful.
    for (let i = first; i < out.length; i++) if (out[i]?.start === start && out[i]?.end === end) return;
    out.push({ start, end, sentence, polarityFrom: reportedFrom(base + Math.max(0, p.start - lead), start) });
  };
  // The sentence's last denied reported clause that starts at or before `start`, if after `from`.
  // Indexed loops here and below: every unit of every page runs them, mostly before the engine is
  // optimised, and an unoptimised for-of makes an iterator and a result per step.
  let denied: number[] = [];
  const reportedFrom = (from: number, start: number): number => {
    let at = from;
    for (let i = 0; i < denied.length; i++) {
      const x = denied[i] ?? 0;
      if (x <= start && x > at) at = x;
    }
    return at;
  };
  splitSentences(text).forEach((s, sentence) => {
    first = out.length;
    denied = [];
    add(sentence, s.start, { start: 0, end: s.text.length });
    const coarse = clauses(s.text);
    // Where each clause's polarity is read from: its start, or a refusal's (refused-matter.ts).
    const from = polarityStarts(s.text, coarse);
    // Each denied reported clause of this sentence, to the end of the clause it starts in.
    for (; r < reported.length && (reported[r] ?? 0) < s.start + s.text.length; r++) {
      const at = reported[r] ?? 0;
      if (at <= s.start || !negations.some((n) => n >= s.start && n < at)) continue;
      denied.push(at);
      const end = coarse.find((p) => s.start + p.start <= at && at < s.start + p.end)?.end ?? s.text.length;
      if (s.start + end - at >= minClauseChars) add(sentence, s.start, { start: at - s.start, end });
    }
    // Where the polarity of the clause holding an offset is read from; asked in increasing
    // order, so one walk: O(clauses). An offset in the join before a refused matter's piece
    // ("and prescription histories …", a finer piece) is read as that piece.
    let c = 0;
    const clauseStart = (at: number): number => {
      // Asked again for an earlier offset (the quotations come after the fine pieces): walk anew.
      if (c > 0 && (coarse[c]?.start ?? Infinity) > at) c = 0;
      while (c < coarse.length && (coarse[c]?.end ?? 0) <= at) c++;
      const p = coarse[c];
      if (p === undefined) return at;
      const polarity = from?.[c] ?? p.start;
      return p.start <= at || polarity < at ? polarity : at;
    };
    // A clause of a condition ("if your bank offers a Messenger service") states nothing; it
    // stays in its sentence.
    const asserts = (p: Piece): boolean =>
      p.end - p.start >= minClauseChars && !CONDITION().test(s.text.slice(p.start, p.end));
    if (coarse.length > 1)
      for (let i = 0; i < coarse.length; i++) {
        const p = coarse[i];
        if (p !== undefined && asserts(p)) add(sentence, s.start, p, p.start - (from?.[i] ?? p.start));
      }
    // A comma splits a list or an aside, not a statement: each piece has its clause's polarity.
    const fine = clauses(s.text, true);
    if (fine.length > 1)
      for (let i = 0; i < fine.length; i++) {
        const p = fine[i];
        if (p !== undefined && asserts(p)) add(sentence, s.start, p, p.start - clauseStart(p.start));
      }
    // A name and its relative aside, read with the aside's own polarity (named-asides.ts).
    const asides = namedAsides(s.text);
    for (let i = 0; i < asides.length; i++) {
      const p = asides[i];
      if (p !== undefined && asserts(p)) add(sentence, s.start, p);
    }
    // A quotation is a unit of its own: pages quote statements inside sentences of their own.
    // It carries the polarity of its clause: 'It is not, a spokesperson said, "actively asking …"'.
    const quoted = QUOTED();
    quoted.lastIndex = 0;
    for (let q = quoted.exec(s.text); q !== null; q = quoted.exec(s.text)) {
      const at = q.index + 1;
      const inner = q[1] ?? '';
      if (inner.length >= minClauseChars && inner.length < s.text.length - 2)
        add(sentence, s.start, { start: at, end: at + inner.length }, at - clauseStart(at));
    }
  });
  return out;
}
