// Step: which context claims are their writer's opinion, not a fact of the story. A seed's own
// judgement ("You might rightly question why …", "Many pointed out that there is no reason to
// trust …") is kept in the index, traceable like every claim, but it states nothing a page can
// repeat as a fact: a page that shares its words shares the story's vocabulary (issue #18, class 4).
//
// The marks are narrow on purpose: a fact marked here silently stops matching, an opinion missed
// costs a wrong pair at most. Each family is a kind of wording style guides flag as the writer's
// own view (Wikipedia's MOS:YOU, MOS:WEASEL, WP:CRYSTAL and MOS:EDITORIAL), written out from the
// seeds' four opinions and narrowed against ordinary news facts (review R28a): the reader asked to
// wonder, a view put in unnamed mouths, the future told as certain, an ironic "not exactly". Stance
// adverbs were tried and left out: "Facebook obviously already has partnerships with PayPal" is a
// fact with an aside. Opinion in general (evaluative adjectives, rhetorical questions, "should") is
// not read. What someone is quoted or reported as saying is theirs, not the writer's: a sentence
// with a word of saying or reporting anywhere outside its quotes (and outside the unnamed mouths)
// is read as reported and gets no mark, which lets an opinion beside a report through (1 of 3,167
// sentences of the eval pages, review R28b): the safe side. Narrowed again by R28b: "bound to" is
// also a duty, "you could ask" an explainer's, "not exactly clear" a hedge, "many said" a group
// just named.

import type { ClaimKind } from '../model/types.ts';
import { firstSpeechVerb } from '../matching/speakers.ts';

const QUOTED = /["\u201C][^"\u201C\u201D]*["\u201D]|\u2018[^\u2018\u2019]*\u2019/g;

/** A view put in unnamed mouths ("many pointed out", "critics say", "it is widely believed"). */
const UNNAMED =
  /\b(?:(?:(?:many|some|most)(?:\s+(?:people|observers|commentators))?|critics)\s+(?:have\s+)?(?:pointed out|point out|argue|argued|believe|believed|feel|felt|contend|contended)|(?:(?:many|some|most)\s+(?:people|observers|commentators)|critics)\s+(?:say|said))\b|\bit is (?:widely |often |generally |commonly )?(?:believed|thought|said|felt|argued)\b/i;

/** A source named as saying or reporting it: then the words are reported, not the writer's view. */
const REPORTED = /\b(?:reported|reports|reportedly|wrote|noted|warned)\b/i;

const MARKS: readonly RegExp[] = [
  // The reader asked to wonder ("You might rightly question why …"), not "you" in an explainer.
  /\byou\s+(?:might|may|could|would|should)\s+(?:well\s+|rightly\s+)?(?:wonder|question|think|be forgiven)\b/i,
  // The future told as certain ("is sure to draw criticism"); a hedge ("likely") is news's own.
  /\b(?:is|are|was|were)\s+(?:sure|certain)\s+to\b/i,
  /\b(?:will|would)\s+(?:surely|undoubtedly|certainly)\b/i,
  // Understatement, the ironist's own voice ("doesn't exactly have the best track record").
  /(?:\bnot|n['\u2019]t|\bnever)\s+exactly\b(?!\s+(?:clear|known|sure|certain)\b)/i,
];

/** Whether a seed's words, outside what they quote or report, carry a mark of the writer's opinion. */
export function judges(text: string): boolean {
  const own = text.replace(QUOTED, (q) => ' '.repeat(q.length));
  const unnamed = UNNAMED.exec(own);
  const rest =
    unnamed === null
      ? own
      : own.slice(0, unnamed.index) +
        ' '.repeat(unnamed[0].length) +
        own.slice(unnamed.index + unnamed[0].length);
  if (firstSpeechVerb(rest) !== null || REPORTED.test(rest)) return false;
  return unnamed !== null || MARKS.some((mark) => mark.test(own));
}

/**
 * A context claim is commentary when every seed that carries it does so with a mark of opinion:
 * one seed stating it plainly makes it something that seed reports. Reports, statements and
 * responses have someone answering for them and are never commentary.
 */
export function isCommentary(kind: ClaimKind, quotes: readonly string[]): boolean {
  return kind === 'context' && quotes.length > 0 && quotes.every(judges);
}
