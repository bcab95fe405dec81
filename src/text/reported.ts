// Where a sentence states what a report says, whatever the sentence says of the report: "denied
// a report that it had asked banks for data", "rejects report it asked banks …", "nor did the
// statement mention the features the Journal said Facebook had floated". The negation governs the
// report (the sentence is a denial), not the reported clause, which states the report's claim as
// reported. A plain denial ("denied that it asked banks …") names no report and states nothing
// as reported: it is not found here.

import { lowerAscii, spacesBack, wordCharsBack } from './chars.ts';
import { nativeOnFirstUse } from './pattern.ts';

/**
 * A report named by a noun ("a Wall Street Journal report", "the claim", "rumours"), or a named
 * publication ("the Journal", "The New York Times": "the" and capitalised words) that says
 * something. Not "account": on this topic it is as often a bank account.
 */
export const REPORT =
  /\b(?:reports?|stor(?:y|ies)|articles?|claims?|allegations?|suggestions?|rumou?rs?|(?:news)?paper|[Tt]he(?:\s+[A-Z][\w.'’-]*)+)(?=[\s,])/g;
const report = nativeOnFirstUse(REPORT);

/** Verbs by which a report says what it says. */
export const SAYS = String.raw`(?:said|says|reported|reports|claimed|claims|alleged|alleges|suggested|suggests|stated|states|wrote|writes)`;

/**
 * What introduces the report's content after it, past an aside between commas ("a report,
 * published on Monday, which said …"): "that", "which said", "saying", a verb of saying ("the
 * Journal said"), or for a report noun the clause itself ("report it asked banks …", "claims
 * Facebook wants …"). Each alternative ends where the reported clause starts; the `that\s+`
 * alternative, tried first, reads "that said" ("that" and its white space). Group 2 holds the
 * verb of saying and group 1 the "which" before it: a verb right after the report (group 2 without group 1) is what reportedClauses
 * asks, with no second expression to compile on every first page. One alternative for both, so
 * the verbs are compiled once, not twice (0.4M instructions of a first analysis, session 29).
 */
const INTRODUCED = nativeOnFirstUse(
  new RegExp(
    String.raw`^(?:\s*,[^,;.]*,)?\s+(?:that\s+|(which\s+)?(${SAYS})\s+(?:that\s+)?|(?:saying|claiming|alleging|suggesting|stating)\s+(?:that\s+)?|(?=(?:it|they|he|she)\s|[A-Z]))`,
  ),
);
/** A publication's name, which opens with its article. */
export const NAMED = /^[Tt]he\s/;
const PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'in', 'to', 'by', 'with', 'about', 'on', 'from']);
const DETERMINERS: ReadonlySet<string> = new Set(['this', 'that', 'the', 'a', 'an', 'its', 'their']);

/**
 * Whether text ends in a preposition and perhaps a determiner, each followed by white space, just
 * before a report noun ("for this article"), as
 * /\b(?:for|in|to|by|with|about|on|from)\s+(?:(?:this|that|the|a|an|its|their)\s+)?$/i reads
 * it: read back by word, for the one or two a page asks (small-readers.test.ts holds the two equal).
 */
export function inAPhrase(text: string): boolean {
  const end = spacesBack(text, text.length);
  if (end === text.length) return false;
  const start = wordCharsBack(text, end);
  const word = lowerAscii(text, start, end);
  if (!DETERMINERS.has(word)) return PREPOSITIONS.has(word);
  const before = spacesBack(text, start);
  return before < start && PREPOSITIONS.has(lowerAscii(text, wordCharsBack(text, before), before));
}

/**
 * Offsets where a reported clause starts in a text, ascending. Only a publication that says
 * something counts (a verb of saying must follow "the Journal"); a report noun may introduce its
 * clause without one ("a report that …", "report it asked …"). O(text).
 */
export function reportedClauses(text: string): number[] {
  const out: number[] = [];
  // An exec loop: matchAll copies its expression at each call (cost17 measured it per paragraph).
  const reports = report();
  reports.lastIndex = 0;
  for (let m = reports.exec(text); m !== null; m = reports.exec(text)) {
    const name = NAMED.test(m[0]);
    const end = m.index + m[0].length;
    const after = INTRODUCED().exec(text.slice(end, end + 200));
    if (after === null) continue;
    // A publication's name introduces only through a verb of saying ("the Journal said …"), and
    // a verb of saying right after a report is the report's only where the report is not in a
    // phrase of its own ("two bankers contacted for this article said …": the bankers say it).
    const says = after[1] === undefined && after[2] !== undefined;
    if (name ? !says : says && inAPhrase(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const at = end + after[0].length;
    if (at < text.length && out[out.length - 1] !== at) out.push(at);
  }
  return out;
}
