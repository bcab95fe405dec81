// The kind of a seed sentence: the subject speaking (statement), another party speaking
// (response), an outlet's report, or context. Decided by who is the speaker of the first
// speech verb, so "Facebook said …, the WSJ said" is Facebook's statement, reported by the WSJ.

import { firstSpeechVerb, isMention, speakerOf, type Mention } from '../matching/speakers.ts';
import type { ClaimKind } from '../model/types.ts';
import type { EntityFinder } from './attribution.ts';

const REPORTING = /\b(reported|reports|reportedly|notes|according to (the )?(report|reports|sources))\b/i;
const FIRST_PERSON_QUOTE = /^["\u201C'].*\b(we|our|we're|we've)\b/i;

export interface Classified {
  kind: ClaimKind;
  /** The subject or party speaking, for statements and responses. */
  speaker: string | null;
}

/**
 * Said before the story: "Facebook acknowledged last month that it was facing inquiries" is
 * background to the story, not the subject answering it.
 */
const EARLIER =
  /\b(?:last (?:week|month|year)|earlier (?:this|that) (?:year|month|week)|(?:months|years) (?:ago|earlier))\b/i;

/** A quoted passage, its marks included (offsets are kept by blanking it, not removing it). */
const QUOTED = /["\u201C][^"\u201C\u201D]*["\u201D]/g;

const PRESS = /^(?:the )?(?:reporters|journalists|press|media|news agency|newspaper)\b/i;

/**
 * Words the subject told someone it deals with ("Facebook has told banks that …"), not the
 * press: the public knows them from a report, so the sentence reports them; it is not the
 * subject's statement.
 */
function toldInPrivate(text: string, mentions: readonly Mention[]): boolean {
  // Whom the first speech verb was said to decides whose words these are: the speaker's verb,
  // not one inside the words quoted ('"…, but hospitals told us …," a Globex spokesperson said'),
  // unless the quotation is all there is (a seed quoting a report whole).
  const first = firstSpeechVerb(text.replace(QUOTED, (q) => ' '.repeat(q.length))) ?? firstSpeechVerb(text);
  if (first === null || (first.verb !== 'told' && first.verb !== 'tells')) return false;
  const at = first.end + (/^\s*/.exec(text.slice(first.end))?.[0].length ?? 0);
  if (PRESS.test(text.slice(at))) return false;
  return !mentions.some((m) => m.kind === 'outlet' && m.start >= at && m.start <= at + 4);
}

export function classify(text: string, finder: EntityFinder, credited: boolean): Classified {
  const mentions = finder.mentions(text);
  const speaker = speakerOf(text, mentions);
  if (isMention(speaker) && EARLIER.test(text)) return { kind: 'context', speaker: null };
  if (speaker === 'report') return { kind: 'report', speaker: null };
  if (isMention(speaker) && speaker.kind === 'subject')
    return toldInPrivate(text, mentions)
      ? { kind: 'report', speaker: null }
      : { kind: 'statement', speaker: speaker.id };
  if (isMention(speaker) && speaker.kind === 'party') return { kind: 'response', speaker: speaker.id };
  if (FIRST_PERSON_QUOTE.test(text)) return { kind: 'context', speaker: null }; // a quote whose speaker the sentence does not say
  if (credited || REPORTING.test(text)) return { kind: 'report', speaker: null };
  return { kind: 'context', speaker: null };
}
