// A light clause that says one thing of what the clause before it names: "The idea is that
// messaging with a bank can be better than waiting on hold over the phone - and it's completely
// opt-in." Its own words ("completely opt-in") are too few to be a unit, and pages tell it apart
// from the rest of the sentence ("linking a bank to Messenger is entirely optional"), so it is a
// unit of its own, with its pronoun's antecedent carried in ("messaging with a bank"): a page must
// say what is opt-in, not only that something is.

/**
 * The clause: after a dash, a comma or a semicolon, "and it's / it is / it will be …" to the end of
 * the sentence, a few words with no clause of their own. Group 1: the clause up to its predicate.
 * Only "it": "this" and "that" mostly stand for the whole clause before, not a thing it names.
 */
const LIGHT_CLAUSE =
  /((?:\s[-\u2013\u2014]{1,2}\s*|[,;]\s*)and\s+it(?:['\u2019]s|\s+is|\s+was|\s+would\s+be|\s+will\s+be)\s+)[^.;,!?]{1,40}?[.,!?"'\u201D\u2019]*\s*$/i;

/**
 * The subject of the clause before it: its words up to its first auxiliary or modal, past a
 * leading "X is that" ("The idea is that messaging with a bank can be …") or a speech clause ("He
 * said (that) …"). Group 1.
 */
const SUBJECT =
  /^(?:[^,;]*?\b(?:(?:is|was)\s+that|said|says|say)\s+(?:that\s+)?)?([A-Za-z][^,;]{2,60}?)\s+(?:can|could|will|would|may|might|should|must|is|are|was|were|has|have|had)\b/;

/** Words an antecedent of "it" never opens with: a preposition opens an adverbial ("In 2018 …"). */
const NOT_A_SUBJECT = /^(?:in|on|at|for|by|after|before|during|since|until|from|with|as|when|while)\b/i;

/** A determiner before an antecedent's head ("the plan", "this feature"). */
const DETERMINER = /^(?:the|a|an|this|that|their|its|our|your|his|her)\s+/i;

/** Whether the antecedent's head is a plural ("Banks", "users"), which "it" does not stand for. */
function pluralHead(words: string): boolean {
  const head = words.replace(DETERMINER, '').split(/\s/)[0] ?? '';
  // Not "business", "status", "this".
  return /[^siu]s$/i.test(head);
}

export interface Carried {
  /** Where the antecedent is, in the sentence. */
  antecedent: { start: number; end: number };
  /** Where the light clause's predicate starts ("completely opt-in"); it runs to the sentence's end. */
  predicate: number;
}

/** The sentence's light clause and its antecedent, or null where it has none. O(sentence). */
export function carriedClause(sentence: string): Carried | null {
  const light = LIGHT_CLAUSE.exec(sentence);
  if (light?.[1] === undefined) return null;
  const subject = SUBJECT.exec(sentence.slice(0, light.index));
  const words = subject?.[1];
  if (subject === null || words === undefined || NOT_A_SUBJECT.test(words) || pluralHead(words)) return null;
  const start = subject.index + subject[0].indexOf(words);
  return {
    antecedent: { start, end: start + words.length },
    predicate: light.index + light[1].length,
  };
}
