// The kind of a seed sentence: the subject speaking (statement), another party speaking
// (response), an outlet's report, or context. Decided by who is the speaker of the first
// speech verb, so "Facebook said …, the WSJ said" is Facebook's statement, reported by the WSJ.

import { isMention, speakerOf } from '../matching/speakers.ts';
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

export function classify(text: string, finder: EntityFinder, credited: boolean): Classified {
  const speaker = speakerOf(text, finder.mentions(text));
  if (isMention(speaker) && EARLIER.test(text)) return { kind: 'context', speaker: null };
  if (speaker === 'report') return { kind: 'report', speaker: null };
  if (isMention(speaker) && speaker.kind === 'subject') return { kind: 'statement', speaker: speaker.id };
  if (isMention(speaker) && speaker.kind === 'party') return { kind: 'response', speaker: speaker.id };
  if (FIRST_PERSON_QUOTE.test(text)) return { kind: 'context', speaker: null }; // a quote whose speaker the sentence does not say
  if (credited || REPORTING.test(text)) return { kind: 'report', speaker: null };
  return { kind: 'context', speaker: null };
}
