// Where a sentence states what a report says, whatever the sentence says of the report: "denied
// a report that it had asked banks for data", "rejects report it asked banks …", "nor did the
// statement mention the features the Journal said Facebook had floated". The negation governs the
// report (the sentence is a denial), not the reported clause, which states the report's claim as
// reported. A plain denial ("denied that it asked banks …") names no report and states nothing
// as reported: it is not found here.

/**
 * A report named by a noun ("a Wall Street Journal report", "the claim", "rumours"), or a named
 * publication ("the Journal", "The New York Times": "the" and capitalised words) that says
 * something. Not "account": on this topic it is as often a bank account.
 */
export const REPORT =
  /\b(?:reports?|stor(?:y|ies)|articles?|claims?|allegations?|suggestions?|rumou?rs?|(?:news)?paper|[Tt]he(?:\s+[A-Z][\w.'’-]*)+)(?=[\s,])/g;

/** Verbs by which a report says what it says. */
export const SAYS = String.raw`(?:said|says|reported|reports|claimed|claims|alleged|alleges|suggested|suggests|stated|states|wrote|writes)`;

/**
 * What introduces the report's content after it, past an aside between commas ("a report,
 * published on Monday, which said …"): "that", "which said", "saying", a verb of saying ("the
 * Journal said", group 1), or for a report noun the clause itself ("report it asked banks …",
 * "claims Facebook wants …"). Each alternative ends where the reported clause starts. The
 * `that\s+` alternative, tried first, reads "that said" ("that" and its white space), so the
 * second is for "which said" alone. Group 1 holds a verb of saying right after the report, which
 * reportedClauses asks of it: no second expression to compile on every first page.
 */
const INTRODUCED = new RegExp(
  String.raw`^(?:\s*,[^,;.]*,)?\s+(?:that\s+|which\s+${SAYS}\s+(?:that\s+)?|(?:saying|claiming|alleging|suggesting|stating)\s+(?:that\s+)?|(${SAYS})\s+(?:that\s+)?|(?=(?:it|they|he|she)\s|[A-Z]))`,
);
/**
 * Whether REPORT's match is a publication's name, which opens with its article: its nouns open with
 * neither "The" nor "the". Read by its first letters, where `/^[Tt]he\s/` was one more expression
 * compiled on every first page (run once per report found).
 */
const isNamed = (report: string): boolean => report.startsWith('The') || report.startsWith('the');
/** A preposition and perhaps a determiner just before a report noun: "for this article". */
export const IN_A_PHRASE =
  /\b(?:for|in|to|by|with|about|on|from)\s+(?:(?:this|that|the|a|an|its|their)\s+)?$/i;

/**
 * Offsets where a reported clause starts in a text, ascending. Only a publication that says
 * something counts (a verb of saying must follow "the Journal"); a report noun may introduce its
 * clause without one ("a report that …", "report it asked …"). O(text).
 */
export function reportedClauses(text: string): number[] {
  const out: number[] = [];
  // An exec loop: matchAll copies its expression at each call (cost17 measured it per paragraph).
  REPORT.lastIndex = 0;
  for (let m = REPORT.exec(text); m !== null; m = REPORT.exec(text)) {
    const name = isNamed(m[0]);
    const end = m.index + m[0].length;
    const after = INTRODUCED.exec(text.slice(end, end + 200));
    if (after === null) continue;
    // A publication's name introduces only through a verb of saying ("the Journal said …"), and
    // a verb of saying right after a report is the report's only where the report is not in a
    // phrase of its own ("two bankers contacted for this article said …": the bankers say it).
    const says = after[1] !== undefined;
    if (name ? !says : says && IN_A_PHRASE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const at = end + after[0].length;
    if (at < text.length && out[out.length - 1] !== at) out.push(at);
  }
  return out;
}
