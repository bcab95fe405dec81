// The subject's denial in a word: "Facebook denied the report.", "The company says the story is
// wrong.", "Facebook disputed that account.", "Facebook is pushing back against a Wall Street
// Journal story about its dealings with banks." Each tells the subject's answer to the story, the
// statement story.json marks primary, though it shares none of that statement's words but the
// report's noun, so no score finds it. Read only of a whole sentence (a clause is read only where
// the lookup found something in its sentence, and what a page states must not hang on that) that
// opens on the subject or that the subject itself speaks, and that says little else (BARE_WORDS):
// "Facebook denied a report that it sold user data to advertisers" is another report's denial.
// "Facebook disputed the report" may still be of any report, so such a pair is shown on a page the
// story's other claims make about it and never counts toward that (`aside`, match.ts).

import type { Story } from '../model/types.ts';
import { isWordChar, lowerAscii } from '../text/chars.ts';
import { deniesWhatWasSaid } from '../text/denial.ts';
import { DENIAL_TERMS } from './denial-terms.ts';
import type { PageUnit } from './page-unit.ts';
import type { PreparedStory } from './prepare.ts';
import { INFORMATIVE } from './score.ts';
import type { Weights } from './similarity.ts';
import {
  analyseNamed,
  isMention,
  namesNoOther,
  OFFICE_WORDS,
  shiftedTo,
  speakerOf,
  subjectActs,
  withoutOfficeHolders,
} from './speakers.ts';

/**
 * Most informative terms a bare denial holds besides its word of falsity, its noun of what was said
 * among them ("Facebook is pushing back against a Wall Street Journal story about its dealings with
 * banks": report, partnership, bank), and most terms of any weight (the subject's and the
 * publication's words weigh little): a sentence with more says more than a denial. Asked first,
 * since every sentence of a page is asked and most are longer: the rest is read only of the few
 * under it.
 */
const BARE_WORDS = 3;
const MOST_TERMS = 8;

/**
 * The terms of the words that call something false (a unit that is not negated is a denial only
 * with one of them, or a word of denying read as a noun, `namesDenial`), and of the nouns of what
 * was said and the verbs that give a verdict on it (of the story whatever the story), and of the
 * offices. The terms come made (denial-terms.ts: at build time for the extension); the sets are
 * made at the first page's first short sentence, so a background that matches nothing makes none.
 */
interface WordTerms {
  falsity: ReadonlySet<string>;
  said: ReadonlySet<string>;
  offices: ReadonlySet<string>;
}
let termsOfWords: WordTerms | null = null;
const wordTerms = (): WordTerms =>
  (termsOfWords ??= {
    falsity: new Set(DENIAL_TERMS.falsity),
    said: new Set(DENIAL_TERMS.said),
    offices: new Set(DENIAL_TERMS.offices),
  });

/**
 * Whether the lower-cased text holds a word of denying that is as often a noun and so leaves its
 * sentence affirmed, with no term ("Facebook disputes the report": src/text/terms.ts, DENIAL_NOUNS).
 */
const namesDenial = (lower: string): boolean =>
  lower.includes('disput') || lower.includes('contest') || lower.includes('pushback');

/** Whether the lower-cased text holds a word of an office (OFFICE_WORDS), as a word or inside one. */
const namesOffice = (lower: string): boolean => OFFICE_WORDS.some((word) => lower.includes(word));

/**
 * The story's publications by name (story.json's outlets, their aliases without an article),
 * longest first: made at the first sentence a bare denial is read of, once per story.
 */
const publicationsOf = new WeakMap<Story, readonly string[]>();
function publications(story: Story): readonly string[] {
  let names = publicationsOf.get(story);
  if (names === undefined) {
    names = story.outlets
      .flatMap((o) => o.aliases.map((a) => (a.toLowerCase().startsWith('the ') ? a.slice(4) : a)))
      .filter((a) => a !== '')
      .sort((a, b) => b.length - a.length);
    publicationsOf.set(story, names);
  }
  return names;
}

/**
 * The text with each of the names written in lower case where it stands as a word: "Facebook
 * disputed the Journal's characterisation" is the subject acting, the publication no one else
 * acting. indexOf per name, no expression to compile; ASCII only, so offsets hold. O(text × names).
 */
function lowerNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) {
    const lower = lowerAscii(name, 0, name.length);
    if (lower.length !== name.length) continue;
    for (let at = out.indexOf(name); at >= 0; at = out.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if ((at > 0 && isWordChar(out.charCodeAt(at - 1))) || isWordChar(out.charCodeAt(end))) continue;
      out = out.slice(0, at) + lower + out.slice(end);
    }
  }
  return out;
}

/**
 * Whether the whole-sentence page unit is the subject's bare denial of what was said: few terms,
 * the sentence opening on the subject (past an opening of time) or the subject named as its
 * speaker in it (not carried from the sentence before: "Some analysts said the report was wrong."
 * after a sentence of Facebook's is theirs, review R26b), no one else named, and a denial asserted
 * (`deniesWhatWasSaid`). O(sentence).
 */
export function isBareDenial(prepared: PreparedStory, unit: PageUnit, weight: Weights): boolean {
  if (unit.terms.length > MOST_TERMS) return false;
  const { start, end } = unit.unit;
  const text = unit.paragraph.text.slice(start, end);
  const counted = countTerms(unit.terms, prepared, weight);
  const lower = text.toLowerCase();
  // Most short sentences end here: more said than a denial, and no office whose holder's name
  // could be what makes it more (below). Asked before the words are read: reading them for every
  // short negated sentence cost 1.3M instructions an analysis (src/tools/bench/LOG.md, session 27).
  if (!counted.bare && !namesOffice(lower)) return false;
  if (!unit.negated && !counted.calledFalse && !namesDenial(lower)) return false;
  // The words first: the few short negated sentences end there, and only a denial is read for its subject.
  if (!deniesWhatWasSaid(text)) return false;
  const mentions = shiftedTo(unit.mentions(), start);
  // A spokeswoman's name is no more of what is denied than the subject's ("Facebook spokeswoman
  // Elisabeth Diana said the report was inaccurate."): the terms are counted again without it.
  let part = text;
  if (!counted.bare) {
    part = withoutOfficeHolders(text, mentions);
    if (part === text || !countTerms(analyseNamed(part, mentions).terms, prepared, weight).bare) return false;
  }
  part = lowerNames(part, publications(prepared.story));
  if (!namesNoOther(part, 0, part.length, mentions)) return false;
  const speaker = speakerOf(part, mentions);
  const speaks = isMention(speaker) && speaker.id === prepared.story.subject.name;
  return speaks || subjectActs(part, 0, part.length, mentions, prepared.described);
}

/**
 * Whether the terms are few enough and all of the story or of what was said (`bare`), and whether
 * one calls something false. A term of an office ("representative") says who speaks and is not
 * counted.
 */
function countTerms(
  terms: readonly string[],
  prepared: PreparedStory,
  weight: Weights,
): { bare: boolean; calledFalse: boolean } {
  let content = 0;
  let calledFalse = false;
  let foreign = false;
  const { falsity, said, offices } = wordTerms();
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] ?? '';
    if (falsity.has(t)) calledFalse = true;
    else if (offices.has(t)) continue;
    else if (weight(t) > INFORMATIVE) {
      content++;
      // A word of content none of the story's claims holds tells what else the denial is of:
      // "denied reports of a data breach", "rejected the allegations of bias" (review R26c).
      if (!said.has(t) && !prepared.termId.has(t)) foreign = true;
    }
  }
  return { bare: content <= BARE_WORDS && !foreign, calledFalse };
}
