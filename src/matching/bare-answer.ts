// A party's bare answer: "Wells Fargo declined to comment." (the bank's name, a refusal, a word or
// two) said again in other words, "Wells Fargo declined to address the news.", shares the bank's
// name alone with it, under the three informative terms a pair must share: the refusal is a word
// of speaking ("declined"), not a term. Where both are that party's refusals, each of its name and
// at most BARE_WORDS other terms, and the party itself speaks in the page's sentence, the name is
// evidence enough. "Wells Fargo did not respond to a request for comment" is no answer the bank
// gave (no word of speaking), "JPMorgan declined to comment" another bank's, and "Wells Fargo
// declined to comment on the lawsuit" a refusal about a matter the story never names.

import { negatesOther, refusesAsParty } from '../text/refusal.ts';
import { namesOtherMatter } from './checks.ts';
import type { PageUnit } from './page-unit.ts';
import type { PreparedStory } from './prepare.ts';
import { INFORMATIVE } from './score.ts';
import type { Weights } from './similarity.ts';
import { partyTerm } from './speakers.ts';

/** A bare answer's terms besides its party's name: "comment", or "address" and "news". */
const BARE_WORDS = 2;

/** Informative terms besides the name `name`, or -1 where the terms lack it or name anyone else. */
function besidesName(terms: readonly string[], name: string, weight: Weights): number {
  let named = false;
  let words = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] ?? '';
    if (t === name) named = true;
    else if (t.startsWith('@')) return -1;
    else if (weight(t) > INFORMATIVE) words++;
  }
  return named ? words : -1;
}

const bare = (words: number): boolean => words >= 0 && words <= BARE_WORDS;

/** A party's name's lower-cased words, by which refusal.ts knows the party refusing. */
const nameWords = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '');

/** Whether claim unit k and the page unit are the same party's bare refusals, the party speaking on the page. */
export function bothBareAnswers(
  prepared: PreparedStory,
  k: number,
  unit: PageUnit,
  weight: Weights,
): boolean {
  if ((prepared.negated[k] ?? 0) !== 1 || !unit.negated) return false;
  const says = prepared.speakerOf[k] ?? null;
  if (says === null || says === prepared.story.subject.name || unit.speaker !== says) return false;
  const name = partyTerm(says);
  const claim = prepared.story.claims[prepared.claimOf[k] ?? -1];
  const claimUnit = claim?.match[prepared.unitOf[k] ?? -1];
  const claimText = claim?.appearances[claimUnit?.from ?? -1]?.quote ?? '';
  const pageText = unit.paragraph.text.slice(unit.unit.start, unit.unit.end);
  // Whether each refuses to speak, which the terms cannot show (its word is one of speaking):
  // without it a party's short negative statement ("Wells Fargo said it would not raise fees.")
  // would pass for its refusal (review S16c). The party's own, not its shares' fall or its
  // contract's silence (review S18a).
  const party = nameWords(says);
  // "declined to comment on the lawsuit" refuses another matter (as checks.ts reads a refusal).
  return (
    bare(besidesName(claimUnit?.terms ?? [], name, weight)) &&
    bare(besidesName(unit.terms, name, weight)) &&
    refusesAsParty(claimText, party) &&
    refusesAsParty(pageText, party) &&
    !namesOtherMatter(prepared, pageText)
  );
}

/**
 * Whether a page unit may meet claim unit k as far as refusals go: where k is a party's bare
 * refusal ("Lakeside Clinic declined to address the news."), a sentence that shares its words but
 * negates only what another subject does ("The law does not address it, Lakeside Clinic said.",
 * review S18a) does not; one the reader cannot tell ("nobody there wanted to comment") may. Any
 * other claim unit: yes. O(claim and page unit length).
 */
export function meetsRefusal(prepared: PreparedStory, k: number, unit: PageUnit, weight: Weights): boolean {
  if ((prepared.negated[k] ?? 0) !== 1) return true;
  const says = prepared.speakerOf[k] ?? null;
  if (says === null || says === prepared.story.subject.name) return true;
  const party = nameWords(says);
  const claim = prepared.story.claims[prepared.claimOf[k] ?? -1];
  const claimUnit = claim?.match[prepared.unitOf[k] ?? -1];
  const claimText = claim?.appearances[claimUnit?.from ?? -1]?.quote ?? '';
  if (
    !bare(besidesName(claimUnit?.terms ?? [], partyTerm(says), weight)) ||
    !refusesAsParty(claimText, party)
  )
    return true;
  const pageText = unit.paragraph.text.slice(unit.unit.start, unit.unit.end);
  return refusesAsParty(pageText, party) || !negatesOther(pageText, party);
}
