// Step of the claim units (match-data.ts): the clause a seed clause holds inside it, a unit of its
// own. The clause breaks (units.ts) cut at punctuation and a few conjunctions, the same on a page
// and in the index; a seed sentence also frames a fact inside one clause with no such break:
// "Facebook has told banks that the additional customer information could be used [to offer
// services that might entice users to spend more time on Messenger]". A page that states only the
// inner fact ("services that keep people inside Messenger for longer") shares too little of the
// whole unit's terms to meet it (test/eval/LOG.md, "Session 23 (misses23)", class 2). Only the
// infinitive: a reporting verb's "that"-clause and a predicate joined by "and" were measured and
// found nothing more (test/eval/LOG.md, "Session 25 (clause25)").
// Cut on the index's side only: a page's clause is matched whole, its framing part of what it says.
// The cut takes away who the clause is about, which match-data.ts gives back as the names its
// sentence holds before it (`MatchSentence.about`, read by checks.ts).

import { splitSentences } from '../text/sentences.ts';
import { clauses, type Unit } from '../text/units.ts';

/**
 * An infinitive right after a verb's past form, the act's purpose or object with the same subject
 * ("could be used to offer services", "declined to comment on …", "was forced to apologize"), or
 * after "in order". Not after an object or a noun ("asked banks to share", "seeks to offer",
 * "ways to deepen"): measured, every infinitive finds the same pairs and makes twice the units,
 * and one of them met a generic sentence ("Facebook wants to offer new features to users in Asia"
 * as the banks' request; test/eval/LOG.md, "Session 25 (clause25)"). "to" before a determiner, a
 * pronoun or a number is a preposition ("used to the idea").
 */
const INFINITIVE =
  /(?<=(?:[a-z]ed|\border)\s+)to\s+(?!(?:the|a|an|its|their|his|her|our|your|this|that|these|those|them|it|us|him|me|you|\d)\b)[a-z]/g;

export interface InnerClause extends Unit {
  /** Where its sentence starts: what the sentence says before the clause is its frame. */
  sentenceStart: number;
}

/** The least length of an inner clause, as of any clause unit (units.ts). */
const MIN_CLAUSE_CHARS = 30;

/**
 * The inner clauses of a text's clauses, each to the end of the clause it opens in and read with
 * the polarity of that clause from its start ("declined to comment on …" still declines). O(n) in
 * the text's length.
 */
export function innerClauses(text: string): InnerClause[] {
  const out: InnerClause[] = [];
  splitSentences(text).forEach((s, sentence) => {
    for (const c of clauses(s.text)) {
      const clause = s.text.slice(c.start, c.end);
      INFINITIVE.lastIndex = 0;
      for (let m = INFINITIVE.exec(clause); m !== null; m = INFINITIVE.exec(clause)) {
        if (clause.length - m.index < MIN_CLAUSE_CHARS) continue;
        const start = s.start + c.start;
        out.push({
          start: start + m.index,
          end: s.start + c.end,
          sentence,
          polarityFrom: start,
          sentenceStart: s.start,
        });
      }
    }
  });
  return out;
}
