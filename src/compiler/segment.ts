// Where a seed sentence splits into separate claims. The matcher's clause breaks (units.ts) cut
// wherever a sentence may carry a second fact; a claim must also read as a fact on its own, so
// two kinds of piece stay with the clause before them:
// - the tail of a list ("card transactions, checking balances, and geolocation of purchases"):
//   the last item is not a fact, it is part of the one the list belongs to;
// - a piece that opens with a pronoun ("…, saying it can help the firms"): without the clause
//   before it nobody can tell what "it" is.

import { clauses, type Piece } from '../text/units.ts';

const PRONOUN_START = /^["'\u201C\u2018]?(?:it|they|he|she|this|these|those|its|their|them)\b/i;

export function claimPieces(sentence: string): Piece[] {
  const out: Piece[] = [];
  for (const piece of clauses(sentence)) {
    const prev = out[out.length - 1];
    if (prev !== undefined && belongsToPrevious(sentence, prev, piece)) prev.end = piece.end;
    else out.push({ ...piece });
  }
  return out;
}

function belongsToPrevious(sentence: string, prev: Piece, piece: Piece): boolean {
  const gap = sentence.slice(prev.end, piece.start);
  const listTail = /^\s*,\s+and\s*$/i.test(gap) && sentence.slice(prev.start, prev.end).includes(',');
  return listTail || PRONOUN_START.test(sentence.slice(piece.start, piece.end));
}
