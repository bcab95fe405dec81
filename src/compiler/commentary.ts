// Step: which context claims are their writer's opinion, not a fact of the story. A seed's own
// judgement ("You might rightly question why …", "Many pointed out that there is no reason to
// trust …") is kept in the index, traceable like every claim, but it states nothing a page can
// repeat as a fact: a page that shares its words shares the story's vocabulary (issue #18, class 4).
//
// The marks are the kinds of wording that Wikipedia's Manual of Style lists as "words to watch"
// for a writer's opinion, in general terms, not words picked from the seeds: the reader addressed,
// a view put in unnamed mouths, the future told as certain, and an adverb of the writer's stance.
// Quoted words are someone's own and mark no opinion of the writer's.

import type { ClaimKind } from '../model/types.ts';

const QUOTED = /["\u201C][^"\u201C\u201D]*["\u201D]/g;

const MARKS: readonly RegExp[] = [
  // The reader addressed: a writer's aside, not a report.
  /\b(?:you|your|yours|yourself)\b/i,
  // A view put in unnamed mouths ("many pointed out", "critics say", "it is widely believed").
  /\b(?:(?:many|some|most)(?:\s+(?:people|observers|commentators))?|critics)\s+(?:have\s+)?(?:pointed out|point out|argue|argued|say|said|believe|believed|feel|felt|contend|contended)\b/i,
  /\bit is (?:widely |often |generally |commonly )?(?:believed|thought|said|felt|argued)\b/i,
  // The future told as certain ("is sure to draw criticism", "will likely").
  /\b(?:is|are|was|were)\s+(?:sure|bound|certain|likely|unlikely)\s+to\b/i,
  /\b(?:will|would)\s+(?:surely|likely|probably|undoubtedly|certainly)\b/i,
  // An adverb of the writer's stance.
  /\b(?:rightly|wrongly|arguably|clearly|obviously|undoubtedly|frankly|unfortunately|fortunately|sadly|ironically|notoriously|of course|needless to say|without a doubt)\b/i,
  /(?:\bnot|n['\u2019]t|\bnever)\s+exactly\b/i,
];

/** Whether a seed's words, outside what they quote, carry a mark of the writer's opinion. */
export function judges(text: string): boolean {
  const own = text.replace(QUOTED, (q) => ' '.repeat(q.length));
  return MARKS.some((mark) => mark.test(own));
}

/**
 * A context claim is commentary when every seed that carries it does so with a mark of opinion:
 * one seed stating it plainly makes it something that seed reports. Reports, statements and
 * responses have someone answering for them and are never commentary.
 */
export function isCommentary(kind: ClaimKind, quotes: readonly string[]): boolean {
  return kind === 'context' && quotes.length > 0 && quotes.every(judges);
}
