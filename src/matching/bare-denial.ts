// The subject's denial in a word: "Facebook denied the report.", "The company says the story is
// wrong.", "Facebook disputed that account.", "Facebook is pushing back against a Wall Street
// Journal story about its dealings with banks." Each tells the subject's answer to the story, the
// statement story.json marks primary, though it shares none of that statement's words but the
// report's noun, so no score finds it. Read only where the subject itself denies (the sentence tells
// the subject acting, or the subject speaks it) and the sentence says little else (BARE_WORDS):
// "Facebook denied a report that it sold user data to advertisers" is another report's denial.
// "Facebook disputed the report" may still be of any report, so such a pair is shown on a page the
// story's other claims make about it and never counts toward that (`aside`, match.ts).

import { deniesWhatWasSaid } from '../text/denial.ts';
import { analyse } from '../text/terms.ts';
import type { Story } from '../model/types.ts';
import { escapeRegExp } from '../text/pattern.ts';
import type { PageUnit } from './page-unit.ts';
import type { PreparedStory } from './prepare.ts';
import { INFORMATIVE } from './score.ts';
import type { Weights } from './similarity.ts';
import { namesNoOther, subjectActs } from './speakers.ts';

/** Most informative terms a bare denial holds besides its words of what was said and of falsity. */
const BARE_WORDS = 2;

/** The terms of the nouns of what was said (src/text/denial.ts's SAID): no content of their own. */
const SAID_TERMS: ReadonlySet<string> = new Set(
  analyse(
    'report story article claim allegation suggestion characterisation characterization assertion account',
  ).terms,
);
/** The terms of the words of falsity: no content of their own. */
const FALSE_TERMS: ReadonlySet<string> = new Set(
  analyse(
    'false untrue inaccurate incorrect wrong misleading mistaken misreading mischaracterisation misrepresentation',
  ).terms,
);

/**
 * The story's publications by name (story.json's outlets, their aliases without an article),
 * longest first: made at the first sentence a bare denial is read of, once per story.
 */
const publicationsOf = new WeakMap<Story, RegExp>();
function publications(story: Story): RegExp {
  let found = publicationsOf.get(story);
  if (found === undefined) {
    const names = story.outlets
      .flatMap((o) => o.aliases.map((a) => a.replace(/^the\s+/i, '')))
      .filter((a) => a !== '')
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    // A story without outlets names none: an expression that never matches.
    found = new RegExp(names.length === 0 ? '(?!)' : `\\b(?:${names.join('|')})\\b`, 'g');
    publicationsOf.set(story, found);
  }
  return found;
}

/**
 * Whether the page unit is the subject's bare denial of what was said. The cheap tests first (few
 * terms of content, a negation or a word of falsity), since every unit of a page is asked: most end
 * there. ("report" is a stop word, so what was said is read from the text.) The story's
 * publications are no one else acting ("Facebook disputed the Journal's characterisation"): their
 * names are read as lower case when the sentence's subject is asked. O(unit).
 */
export function isBareDenial(prepared: PreparedStory, unit: PageUnit, weight: Weights): boolean {
  const { terms } = unit;
  let falsity = false;
  let content = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] ?? '';
    if (FALSE_TERMS.has(t)) falsity = true;
    else if (!SAID_TERMS.has(t) && weight(t) > INFORMATIVE) content++;
  }
  if (content > BARE_WORDS || (!unit.negated && !falsity)) return false;
  const { text, mentions } = unit.paragraph;
  const { start, end } = unit.unit;
  const part = text.slice(start, end);
  let publication = false;
  const unnamed = part.replace(publications(prepared.story), (name) => {
    publication = true;
    return name.toLowerCase();
  });
  // The subject denies: the sentence opens on it, or it speaks the sentence, which names no one else.
  const read = text.slice(0, start) + unnamed;
  const speaks = unit.speaker === prepared.story.subject.name && namesNoOther(read, start, end, mentions);
  if (!speaks && !subjectActs(read, start, end, mentions, prepared.described)) return false;
  return deniesWhatWasSaid(part, publication);
}
