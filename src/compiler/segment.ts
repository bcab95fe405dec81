// Where a seed sentence splits into separate claims. The matcher's clause breaks (units.ts) cut
// wherever a sentence may carry a second fact; a claim must also read as a fact on its own, so
// some pieces stay with the clause before them:
// - the tail of a list ("card transactions, checking balances, and geolocation of purchases"):
//   the last item is not a fact, it is part of the one the list belongs to;
// - a piece that opens with a pronoun ("…, saying it can help the firms"): without the clause
//   before it nobody can tell what "it" is;
// - a piece after a clause left open ("woven into, and facilitate, interactions …": the first
//   clause ends on a preposition).
// The second half of "not just X, but also Y" is cut as a matching unit of its own but states
// one fact with the first (`withPrevious`): the halves apart say less ("not just a platform for
// friends") or nothing ("also a place to buy and sell").
// And more breaks: a sentence that opens with a subordinate clause ("While Facebook insisted
// …, many pointed out …") carries two statements, often by two speakers; and a comma before a
// phrase that says something of its own about what precedes it, the way ", which" does: an
// elaboration (", including card transactions and balances, …") or an appositive with its
// relative clause ("Cambridge Analytica, the consultancy that accessed data on …"). A clause
// after "but", ";" or ", and" whose own subject speaks ("…, but banks said …") is cut like the
// main clause after "While …,": another speaker's words, never the completion of the clause
// before it.

import { firstSpeechVerb } from '../matching/speakers.ts';
import { isAsciiCapital, isLowSurrogate, isNameChar, spacesBack } from '../text/chars.ts';
import { clauses, type Piece } from '../text/units.ts';

const PRONOUN_START = /^["'\u201C\u2018]?(?:it|they|he|she|this|these|those|its|their|them)\b/i;
/** A clause that ends on one of these words is not finished. */
const OPEN_END = /(?:^|\s)(?:into|onto|to|of|with|for|from|by|in|on|at|about|the|a|an|and|or)$/i;
/** The first half of "not just X, but (also) Y" ("doesn't want to just be X, but also Y"). */
const NOT_JUST = /(?:\bnot|n't|\bnever)(?:\s+[\w']+){0,3}?\s+(?:just|only|simply|merely)\b/i;
const SUBORDINATE_START = /^(?:While|Although|Though|Whereas)\s/;
/** A subordinate clause's comma that opens an appositive (", a private hospital, for …"). */
const APPOSITIVE_COMMA = /^(?:a|an|the)\s+[^,]{1,40},\s/;
/**
 * An appositive's description up to its relative pronoun ("the political analytics company
 * that "): lower-case words, none a past tense ("a Facebook spokesperson clarified that" is a
 * clause of its own, not a description).
 */
export const APPOSITIVE = /^(?:the|an?)\s+(?:(?![\w-]*ed\s)[a-z][\w-]*\s+){1,4}?(?:that|who)\s+(?=\S)/;
const ASIDE = new RegExp(`,\\s+(?=including\\s|${APPOSITIVE.source.slice(1)})`, 'g');

/** Words that open a sentence to link it to the one before: never a name, nor part of a fact. */
export const CONNECTIVES = [
  'however',
  'but',
  'instead',
  'meanwhile',
  'and',
  'so',
  'moreover',
  'furthermore',
  'additionally',
  'indeed',
  'yet',
  'still',
  'in brief',
  'in short',
  'plus',
];
const CONNECTIVE = new RegExp(`^(?:${CONNECTIVES.join('|')})\\b\\s*`, 'i');
/** A sentence's connective and a subordinating "while", all before a piece ("But while "). */
const AFTER_CONNECTIVE = new RegExp(
  `^\\s*(?:${CONNECTIVES.join('|')})\\b[\\s,]*(?:while|although|though|whereas)\\s+$`,
  'i',
);

export interface ClaimPiece extends Piece {
  /**
   * A clause with its own subject and speaker: the main clause after a leading subordinate one,
   * or a clause after "but", ";" or ", and" whose subject speaks ("…, but banks said …"). Read
   * on its own, and the pieces before it without it.
   */
  ownClause?: boolean;
  /** An own clause's subject that only describes ("the bank"): where it is in the sentence. */
  description?: { start: number; end: number };
  /** An appositive's head ("Cambridge Analytica" for ", the consultancy that …"): where it starts. */
  head?: number;
  /** One fact with the piece before it ("…, but also Y" after "not just X"): one claim. */
  withPrevious?: boolean;
  /** A leading "While X" cut from its main clause: X is said for itself, without "While". */
  subordinate?: boolean;
}

export function claimPieces(sentence: string): ClaimPiece[] {
  const out: ClaimPiece[] = [];
  const cut = clauses(sentence)
    .flatMap((p) => splitSubordinate(sentence, p))
    .flatMap((p) => splitAsides(sentence, p));
  let own: ClaimPiece | null;
  for (const piece of cut) {
    const prev = out[out.length - 1];
    if (prev !== undefined && belongsToPrevious(sentence, prev, piece)) {
      prev.end = piece.end;
      // "While X, it Y" read whole is no lone "While X": its "While" stays for the wording.
      delete prev.subordinate;
    } else if (prev !== undefined && (own = speaksAfterBreak(sentence, prev, piece)) !== null) out.push(own);
    else if (prev !== undefined && completesPrevious(sentence, prev, piece))
      out.push({ ...piece, withPrevious: true });
    else out.push({ ...piece });
  }
  return out;
}

/**
 * A break after which a clause may have a subject of its own: "but", "while", "whereas", a
 * semicolon, or "and" after a comma or a semicolon (a list's "and" joins no clauses).
 */
const CLAUSE_BREAK = /(?:(?:^|[\s,;])(?:but|while|whereas)|[,;]\s*and|;)\s*$/i;
/** A conjunction the clause cut keeps at the start of the piece ("; but Mercy Hospital said"). */
const LEADING_CONJUNCTION = /^(?:but|and)\s+/i;
/** Words after "but" that continue the first half's subject ("but also said …"). */
const CONTINUING = /^(?:also|rather|too|instead|then|later|still|only|just)\b/i;
/** A subject: up to five words, no punctuation that would end a phrase. */
const SUBJECT = /^["'\u201C\u2018]?(?:[\w.&'\u2019-]+\s+){0,4}[\w.&'\u2019-]+$/;
/**
 * A subject that names no one but a voice of whoever the sentence is about ("…, but a
 * spokesperson said …", "but the company said"), or the first person ("but we never said …"):
 * the first half's speaker still speaks.
 */
const SAME_VOICE =
  /^(?:(?:a|an|the|its|their)\s+(?:spokesperson|spokesman|spokeswoman|spokespeople|representative|company|firm)$|(?:we|i|you)\b)/i;
/** A description that names no one ("the bank", "the hospital"): it refers back to a party. */
const DESCRIPTION = /^the\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*$/;
/** Quotation marks that open and close: curly ones by their side, straight ones in turns. */
const QUOTE_MARKS = /["\u201C\u201D]/g;

/** Whether `at` is inside a quotation the sentence opened before it. */
function insideQuotation(sentence: string, at: number): boolean {
  let open = false;
  for (const m of sentence.slice(0, at).matchAll(QUOTE_MARKS))
    open = m[0] === '"' ? !open : m[0] === '\u201C';
  return open;
}

/**
 * "…, but banks said …" (or "; Mercy Hospital said", ", and Mercy Hospital said"): the clause
 * after the break names a subject of its own that speaks (the matcher's speech verbs,
 * speakers.ts). Its words are that speaker's, not the first half's speaker's, and it states
 * another fact. The clause is its own piece; a subject that only describes ("the bank") is
 * marked so the compiler can read it as the party it refers back to. "…, but declined to
 * comment", "…, but also said …", "…, but a spokesperson said …" and a break inside a quotation
 * ('"…, but we never said …," a Facebook spokesperson said') have the first half's speaker, and
 * null is returned.
 */
function speaksAfterBreak(sentence: string, prev: Piece, piece: Piece): ClaimPiece | null {
  const raw = sentence.slice(piece.start, piece.end);
  const lead = LEADING_CONJUNCTION.exec(raw)?.[0] ?? '';
  if (!CLAUSE_BREAK.test(sentence.slice(prev.end, piece.start) + lead)) return null;
  if (insideQuotation(sentence, piece.start)) return null;
  const text = raw.slice(lead.length);
  const verb = firstSpeechVerb(text);
  if (verb === null) return null;
  const before = text.slice(0, verb.end - verb.verb.length);
  const subject = before.trim();
  if (subject === '' || !SUBJECT.test(subject) || CONTINUING.test(subject) || SAME_VOICE.test(subject))
    return null;
  const start = piece.start + lead.length;
  if (!DESCRIPTION.test(subject)) return { ...piece, ownClause: true };
  return { ...piece, ownClause: true, description: { start, end: start + before.trimEnd().length } };
}

function belongsToPrevious(sentence: string, prev: Piece, piece: Piece): boolean {
  const gap = sentence.slice(prev.end, piece.start);
  const before = sentence.slice(prev.start, prev.end);
  const text = sentence.slice(piece.start, piece.end);
  const listTail = /^\s*,\s+and\s*$/i.test(gap) && before.includes(',');
  return listTail || OPEN_END.test(before) || PRONOUN_START.test(text);
}

/**
 * "…not just X, but also Y": Y completes the statement X began, where Y has no subject of its
 * own. "…would not simply hand over records, but Globex insisted …" is another speaker's fact.
 */
function completesPrevious(sentence: string, prev: Piece, piece: Piece): boolean {
  const before = sentence.slice(prev.start, prev.end);
  return NOT_JUST.test(before) && COMPLETION.test(sentence.slice(prev.end, piece.end));
}

/**
 * "but" and a completion: "also", "rather", "too", "instead", or a word that is no name (no
 * capital), no pronoun and no determiner, so the subject before it is the first half's.
 */
export const COMPLETION =
  /^\s*(?:,\s*)?but\s+(?:(?:also|rather|too|instead)\b|(?!(?:it|they|he|she|we|i|you|this|that|these|those|the|a|an|its|their|his|her|our|one|some)\b)[a-z])/;

/**
 * Whether `text` ends in a capitalised word, as `/\p{Lu}[\w.&'-]*$/u` reads it: a capital, then
 * word characters and marks to the end. Read back once from the end, not searched from each
 * capital of a run of them (quadratic: 8,000 capitals took 38 ms). O(length of the last word).
 */
export function endsInName(text: string): boolean {
  return wordStart(text, text.length) >= 0;
}

/**
 * Where the run of capitalised words that ends `text` starts, as
 * `/(?:\p{Lu}[\w.&'-]*\s+)*\p{Lu}[\w.&'-]*$/u` finds it, or -1: word by word back from the end,
 * each read once (the expression searched from each capital: 8,000 took 68 ms). O(n).
 */
export function capitalisedRun(text: string): number {
  let start = wordStart(text, text.length);
  while (start > 0) {
    const space = spacesBack(text, start);
    const before = space < start ? wordStart(text, space) : -1;
    if (before < 0) break;
    start = before;
  }
  return start;
}

/**
 * Where the capitalised word that ends at `end` starts: its first capital after which only
 * name characters (`[\w.&'-]`) stand, the earliest there is, or -1. Code unit by code unit, as
 * the expressions it replaced read them.
 */
function wordStart(text: string, end: number): number {
  let t = end;
  while (t > 0 && isNameChar(text.charCodeAt(t - 1))) t--;
  // A capital that is no word character ("É", "𝐀") only right before the word characters.
  const pair = t > 1 && isLowSurrogate(text.charCodeAt(t - 1)) ? 2 : 1;
  if (t > 0 && CAPITAL.test(text.slice(t - pair, t))) return t - pair;
  for (let i = t; i < end; i++) if (isAsciiCapital(text.charCodeAt(i))) return i;
  return -1;
}
const CAPITAL = /^\p{Lu}$/u;

/**
 * Where a leading "While X, Y" clause ends in `text`: its first comma but one that opens an
 * appositive after a name ("Though Globex denied X it asked Lakeside Clinic, a private hospital,
 * for Y": no end there, and the sentence is one). -1 where there is none: a word like "Though"
 * is dropped only at the clause's real end, since without it the rest may concede the opposite.
 */
export function subordinateEnd(text: string, from = 0): number {
  for (let comma = text.indexOf(', ', from); comma >= 0; comma = text.indexOf(', ', comma + 2)) {
    const appositive = endsInName(text.slice(0, comma)) && APPOSITIVE_COMMA.test(text.slice(comma + 2));
    if (!appositive) return comma;
    comma = text.indexOf(', ', comma + 2);
    if (comma < 0) return -1;
  }
  return -1;
}

/**
 * "While X, Y" → "While X" and "Y", cut at the clause's end. Also where a connective before
 * "while" left it a piece of its own ("But while X, Y": the piece is "X, Y", and "Y" is another
 * voice's, never read as X's speaker's).
 */
function splitSubordinate(sentence: string, p: Piece): ClaimPiece[] {
  const text = sentence.slice(p.start, p.end);
  const lead = AFTER_CONNECTIVE.exec(sentence.slice(0, p.start));
  if (!SUBORDINATE_START.test(text) && !(lead !== null && lead[0].length === p.start)) return [p];
  const comma = subordinateEnd(text);
  if (comma < 0) return [p];
  return [
    { start: p.start, end: p.start + comma, subordinate: true },
    { start: p.start + comma + 2, end: p.end, ownClause: true },
  ];
}

/** A piece cut before each aside that states something of its own (see ASIDE). */
function splitAsides(sentence: string, p: ClaimPiece): ClaimPiece[] {
  const text = sentence.slice(p.start, p.end);
  const out: ClaimPiece[] = [{ ...p }];
  for (const m of text.matchAll(ASIDE)) {
    const at = p.start + m.index;
    const elaboration = /^,\s+including\b/.test(text.slice(m.index));
    // An appositive describes the name before it; without one (", the company believes that")
    // the words are a clause of the sentence.
    const head = elaboration ? undefined : headBefore(sentence, at);
    if (!elaboration && head === undefined) continue;
    const last = out[out.length - 1];
    if (last !== undefined) last.end = at;
    const start = at + m[0].length;
    // "Facebook, the network that has 2 billion users, asked banks": the appositive ends at its
    // closing comma, and what follows is the name's own predicate, a piece of its own.
    const close = head === undefined ? -1 : sentence.indexOf(', ', start);
    if (close < 0 || close >= p.end) out.push({ start, end: p.end, ...(head === undefined ? {} : { head }) });
    else out.push({ start, end: close, head: head as number }, { start: close + 2, end: p.end });
  }
  return out;
}

/**
 * Where the name an appositive describes starts: its run of capitalised words before `end`,
 * less a connective that opens the sentence ("However, the bank that …" describes no name).
 */
export function headBefore(sentence: string, end: number): number | undefined {
  const text = sentence.slice(0, end);
  const at = capitalisedRun(text);
  if (at < 0) return undefined;
  const run = text.slice(at);
  const connective = CONNECTIVE.exec(run);
  if (connective === null) return at;
  return connective[0].length < run.length ? at + connective[0].length : undefined;
}
