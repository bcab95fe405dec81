// Matching units: a sentence, its clauses, and its quotations. A page that quotes half of a seed
// sentence should match that half, not be diluted by the other; a page sentence that carries
// two facts should match each.

import { namedAsides } from './named-asides.ts';
import { splitSentences } from './sentences.ts';

/**
 * Breaks between clauses that state separate facts: the compiler splits claims here. Not at a
 * dash: "… asking for transaction data - this is not true" is one (negated) statement.
 */
const CLAUSE_BREAK =
  /\s*(?:[;:]|,\s+(?:and|but|while|which|as well as|according|saying|adding|citing)\b|\s+(?:but|while|whereas)\s+)\s*/gi;
/** Finer breaks, at every comma: for matching only (a list of banks is not two facts). */
const FINE_BREAK = /\s*(?:[;:]|,\s|\s-+\s|\s+(?:but|while|whereas)\s+)\s*/gi;
/** A clause that opens on a condition. */
const CONDITION = /^(?:(?:and|or|but)\s+)?(?:if|unless|whether)\b/i;
const QUOTED = /["\u201C]([^"\u201C\u201D]+)["\u201D]/g;

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

/** Non-overlapping clauses of one sentence, in order; the whole sentence when it has none. O(n). */
export function clauses(sentence: string, fine = false): Piece[] {
  const re = fine ? FINE_BREAK : CLAUSE_BREAK;
  const pieces: Piece[] = [];
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (m.index > last) pieces.push({ start: last, end: m.index });
    last = m.index + m[0].length;
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
  let denied: number[] = [];
  const reportedFrom = (from: number, start: number): number => {
    let at = from;
    for (const x of denied) if (x <= start && x > at) at = x;
    return at;
  };
  splitSentences(text).forEach((s, sentence) => {
    first = out.length;
    denied = [];
    add(sentence, s.start, { start: 0, end: s.text.length });
    const coarse = clauses(s.text);
    // Each denied reported clause of this sentence, to the end of the clause it starts in.
    for (; r < reported.length && (reported[r] ?? 0) < s.start + s.text.length; r++) {
      const at = reported[r] ?? 0;
      if (at <= s.start || !negations.some((n) => n >= s.start && n < at)) continue;
      denied.push(at);
      const end = coarse.find((p) => s.start + p.start <= at && at < s.start + p.end)?.end ?? s.text.length;
      if (s.start + end - at >= minClauseChars) add(sentence, s.start, { start: at - s.start, end });
    }
    // Start of the clause holding an offset; asked in increasing order, so one walk: O(clauses).
    let c = 0;
    const clauseStart = (at: number): number => {
      // Asked again for an earlier offset (the quotations come after the fine pieces): walk anew.
      if (c > 0 && (coarse[c]?.start ?? Infinity) > at) c = 0;
      while (c < coarse.length && (coarse[c]?.end ?? 0) <= at) c++;
      const p = coarse[c];
      return p !== undefined && p.start <= at ? p.start : at;
    };
    // A clause of a condition ("if your bank offers a Messenger service") states nothing; it
    // stays in its sentence.
    const asserts = (p: Piece): boolean =>
      p.end - p.start >= minClauseChars && !CONDITION.test(s.text.slice(p.start, p.end));
    if (coarse.length > 1) for (const p of coarse) if (asserts(p)) add(sentence, s.start, p);
    // A comma splits a list or an aside, not a statement: each piece has its clause's polarity.
    const fine = clauses(s.text, true);
    if (fine.length > 1)
      for (const p of fine) if (asserts(p)) add(sentence, s.start, p, p.start - clauseStart(p.start));
    // A name and its relative aside, read with the aside's own polarity (named-asides.ts).
    for (const p of namedAsides(s.text)) if (asserts(p)) add(sentence, s.start, p);
    // A quotation is a unit of its own: pages quote statements inside sentences of their own.
    // It carries the polarity of its clause: 'It is not, a spokesperson said, "actively asking …"'.
    QUOTED.lastIndex = 0;
    for (let q = QUOTED.exec(s.text); q !== null; q = QUOTED.exec(s.text)) {
      const at = q.index + 1;
      const inner = q[1] ?? '';
      if (inner.length >= minClauseChars && inner.length < s.text.length - 2)
        add(sentence, s.start, { start: at, end: at + inner.length }, at - clauseStart(at));
    }
  });
  return out;
}
