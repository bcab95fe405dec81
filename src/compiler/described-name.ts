// The name a sentence-opening description stands for: "The goal was to create new ways for
// Messenger to …. The smartphone texting service boasts 1.3 billion users." The second sentence's
// subject is Messenger, which a page names ("Messenger has about 1.3 billion users"); its own words
// share only the figure and "users" with such a page, and its unit's weight is mostly the
// description's. Read for the piece's matching units (pieces.ts, `about`), as an appositive's head
// is. The story's own cast is not read here: its aliases ("the social media giant") already name it.

import type { Mention } from '../matching/speakers.ts';
import { MONTHS, WEEKDAYS } from '../text/calendar.ts';
import { CONNECTIVES } from './segment.ts';

const LEAD = `(?:(?:${CONNECTIVES.join('|')})\\b[,:]?\\s+)*`;
/**
 * Words that end a description before its verb, or make the opening no description ("The idea is
 * that …", "The goal was …", "The bank's …"): an auxiliary or copula, a preposition, a conjunction.
 */
const FUNCTION_WORD =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|does|did|do|of|to|in|on|at|for|with|from|by|as|that|which|who|and|or|but|not|also|said|says)$/;
/**
 * A definite description opening the sentence: "The" and at least three lower-case words before
 * any function word ("The smartphone texting service boasts …", "The social media giant has …"),
 * so that a head noun and its verb ("The company said", "The idea is") are not taken for one.
 */
const DESCRIPTION = new RegExp(`^\\s*${LEAD}The\\s+((?:[a-z][a-z-]*\\s+){3})`);
/** A run of capitalised words, the first after a word of the sentence (not its opening word). */
const NAME = /(?<=[\p{Ll},;:]\s+)\p{Lu}[\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*)*/gu;
const CALENDAR = new Set([...WEEKDAYS, ...MONTHS].map((w) => w.toLowerCase()));

/**
 * The one name the sentence before (`previous`, its story mentions `known`) gives that the story
 * does not know, where `sentence` opens on a description of three words or more; else null. Two
 * such names, or none, leave the description alone: which one it stands for is not known, and a
 * wrong name makes a unit meet pages about another thing. Bounded: one pass over each sentence.
 */
export function describedName(sentence: string, previous: string, known: readonly Mention[]): string | null {
  const m = DESCRIPTION.exec(sentence);
  if (m === null) return null;
  const words = (m[1] ?? '').trim().split(/\s+/);
  if (words.some((w) => FUNCTION_WORD.test(w))) return null;
  const names = new Set<string>();
  for (const n of previous.matchAll(NAME)) {
    const start = n.index;
    const end = start + n[0].length;
    if (known.some((k) => k.start < end && k.end > start)) continue;
    if (CALENDAR.has(n[0].toLowerCase())) continue;
    names.add(n[0]);
  }
  return names.size === 1 ? ([...names][0] ?? null) : null;
}
