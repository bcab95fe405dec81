// Matching units: a sentence, and its clauses when it is long. A page that quotes half of a
// seed sentence should match that half, not be diluted by the other.

import { splitSentences } from './sentences.ts';

const CLAUSE_BREAK = /\s*(?:[;:]|,\s|\s-+\s|\s+(?:but|while|whereas)\s+)\s*/gi;

const QUOTED = /["\u201C]([^"\u201C\u201D]+)["\u201D]/g;

export interface Unit {
  text: string;
  /** Offsets of the unit in the text it was cut from. */
  start: number;
  end: number;
  /** Index of the sentence the unit belongs to, in the paragraph. */
  sentence: number;
}

/** Sentences of a paragraph and, for each sentence, its clauses. O(n) in the text length. */
export function units(text: string, minClauseChars = 30): Unit[] {
  const out: Unit[] = [];
  splitSentences(text).forEach((s, sentence) => {
    out.push({ text: s.text, start: s.start, end: s.end, sentence });
    let last = 0;
    const pieces: { start: number; end: number }[] = [];
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(s.text); m !== null; m = CLAUSE_BREAK.exec(s.text)) {
      if (m[0].length === 0) {
        CLAUSE_BREAK.lastIndex++;
        continue;
      }
      pieces.push({ start: last, end: m.index });
      last = m.index + m[0].length;
    }
    // A quotation is a unit of its own: pages quote statements inside sentences of their own.
    for (const q of s.text.matchAll(QUOTED)) {
      const at = (q.index ?? 0) + 1;
      const inner = q[1] ?? '';
      if (inner.length >= minClauseChars && inner.length < s.text.length - 2) out.push({ text: inner, start: s.start + at, end: s.start + at + inner.length, sentence });
    }
    if (pieces.length === 0) return;
    pieces.push({ start: last, end: s.text.length });
    for (const p of pieces) {
      if (p.end - p.start < minClauseChars) continue;
      out.push({ text: s.text.slice(p.start, p.end), start: s.start + p.start, end: s.start + p.end, sentence });
    }
  });
  return out;
}
