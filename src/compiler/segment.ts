// Where a seed sentence splits into separate claims. The matcher's clause breaks (units.ts) cut
// wherever a sentence may carry a second fact; a claim must also read as a fact on its own, so
// some pieces stay with the clause before them:
// - the tail of a list ("card transactions, checking balances, and geolocation of purchases"):
//   the last item is not a fact, it is part of the one the list belongs to;
// - a piece that opens with a pronoun ("…, saying it can help the firms"): without the clause
//   before it nobody can tell what "it" is;
// - a piece after a clause left open ("woven into, and facilitate, interactions …": the first
//   clause ends on a preposition).
// And one more break: a sentence that opens with a subordinate clause ("While Facebook insisted
// …, many pointed out …") carries two statements, often by two speakers.

import { clauses, type Piece } from '../text/units.ts';

const PRONOUN_START = /^["'\u201C\u2018]?(?:it|they|he|she|this|these|those|its|their|them)\b/i;
/** A clause that ends on one of these words is not finished. */
const OPEN_END = /\b(?:into|onto|to|of|with|for|from|by|in|on|at|about|the|a|an|and|or)$/i;
const SUBORDINATE_START = /^(?:While|Although|Though|Whereas)\s/;

export interface ClaimPiece extends Piece {
  /** The main clause after a leading subordinate one: it has its own subject and speaker. */
  ownClause?: boolean;
}

export function claimPieces(sentence: string): ClaimPiece[] {
  const out: ClaimPiece[] = [];
  for (const piece of clauses(sentence).flatMap((p) => splitSubordinate(sentence, p))) {
    const prev = out[out.length - 1];
    if (prev !== undefined && belongsToPrevious(sentence, prev, piece)) prev.end = piece.end;
    else out.push({ ...piece });
  }
  return out;
}

function belongsToPrevious(sentence: string, prev: Piece, piece: Piece): boolean {
  const gap = sentence.slice(prev.end, piece.start);
  const before = sentence.slice(prev.start, prev.end);
  const text = sentence.slice(piece.start, piece.end);
  const listTail = /^\s*,\s+and\s*$/i.test(gap) && before.includes(',');
  return listTail || OPEN_END.test(before) || PRONOUN_START.test(text);
}

/** "While X, Y" → "While X" and "Y", cut at the first comma. */
function splitSubordinate(sentence: string, p: Piece): ClaimPiece[] {
  const text = sentence.slice(p.start, p.end);
  if (!SUBORDINATE_START.test(text)) return [p];
  const comma = text.indexOf(', ');
  if (comma < 0) return [p];
  return [
    { start: p.start, end: p.start + comma },
    { start: p.start + comma + 2, end: p.end, ownClause: true },
  ];
}
