// Who a sentence-opening "they" is when they speak ("… A JPMorgan Chase spokeswoman said ….
// But they also said they were stepping lightly …"): the actor of the sentence before it in its
// paragraph, its named speaker or the subject or party it opens on. Read for the sentence's kind
// and speaker (the pieces) and for its wording (wording.ts). Where the sentence before names no
// such actor, "they" stays: a wrong name misleads where a pronoun does not.

import { firstSpeechVerb, type Mention } from '../matching/speakers.ts';
import type { Classified } from './classify.ts';
import type { Actor } from './pieces.ts';
import { CONNECTIVES, subordinateEnd } from './segment.ts';

const LEAD = `(?:(?:${CONNECTIVES.join('|')})\\b[,:]?\\s+)*`;
/** "they" opening a sentence, after its connectives ("But they told PCMag …"). */
const OPENS_ON_THEY = new RegExp(`^\\s*${LEAD}(they)\\b`, 'i');
/** What may stand before the name a sentence is about: connectives, "While", an article. */
const BEFORE_ACTOR = new RegExp(
  `^\\s*${LEAD}(?:(while|although|though|whereas)\\s+)?(?:(?:the|a|an)\\s+)?$`,
  'i',
);
/** A main clause after "While X," that goes on about X: it opens on a pronoun. */
const PRONOUN_OPENING = /^(?:it|its|they|he|she)\b/i;
/** A name owned ("Facebook's request") or one of two ("JPMorgan and Citigroup"): not the actor. */
const NOT_ALONE = /^(?:['\u2019]s?\b|\s*(?:,|and\b|or\b|&))/;

/** Where a sentence's opening "they" is; null where it does not open on one. */
export function openingThey(sentence: string): { start: number; end: number } | null {
  const m = OPENS_ON_THEY.exec(sentence);
  if (m === null) return null;
  const end = m[0].length;
  return { start: end - 4, end };
}

/**
 * Whether the sentence opens on "they" speaking ("But they also said …", "They told PCMag …"):
 * a company is "they" where its words are reported; elsewhere "they" is at least as often a
 * plural the sentence before named ("Facebook asked banks for data. But they refused."), which
 * only a parser could tell, and it stays.
 */
export function theySpeak(sentence: string): boolean {
  const at = openingThey(sentence);
  if (at === null) return false;
  const verb = firstSpeechVerb(sentence);
  if (verb === null) return false;
  const between = sentence.slice(at.end, verb.end - verb.verb.length);
  return /^\s+(?:(?:also|later|then|still|have|had|has)\s+)*$/i.test(between);
}

/** The sentence with its opening "they" read as the actor's name, to read who speaks in it. */
export function withThey(text: string, actor: Actor | null): string {
  const at = actor === null ? null : openingThey(text);
  return actor === null || at === null ? text : text.slice(0, at.start) + actor.name + text.slice(at.end);
}

/**
 * Who a sentence is about, for a "they" opening the next: the last speaker its pieces name
 * (`voices`, read with its own opening "they" resolved, and a description as its party); else the subject or party it opens on
 * (after its connectives, an article, or "While" when the main clause goes on with a pronoun),
 * neither owned nor one of two; else who its own opening "they" is; else no one. Offsets of the
 * actor are in the seed (`sentenceStart` is where the sentence starts).
 */
export function sentenceActor(
  sentence: string,
  sentenceStart: number,
  mentions: readonly Mention[],
  voices: readonly Classified[],
  they: Actor | null,
): Actor | null {
  const at = (m: Mention): Actor => ({
    name: m.id,
    start: sentenceStart + m.start,
    end: sentenceStart + m.end,
  });
  const speaker = [...voices].reverse().find((v) => v.speaker !== null)?.speaker;
  if (speaker !== undefined && speaker !== null) {
    const named = mentions.find((m) => m.id === speaker);
    if (named !== undefined) return at(named);
    if (they?.name === speaker) return they;
  }
  const first = mentions[0];
  if (first !== undefined && first.kind !== 'outlet' && !NOT_ALONE.test(sentence.slice(first.end))) {
    const before = BEFORE_ACTOR.exec(sentence.slice(0, first.start));
    const subordinate = before?.[1] !== undefined;
    const main = subordinate ? subordinateEnd(sentence, first.end) : -1;
    const goesOn = main >= 0 && PRONOUN_OPENING.test(sentence.slice(main + 2));
    if (before !== null && (!subordinate || goesOn)) return at(first);
  }
  return openingThey(sentence) === null ? null : they;
}
