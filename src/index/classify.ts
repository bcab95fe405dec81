// The kind of a seed sentence: the subject speaking (statement), another party speaking
// (response), an outlet's report, or context. Decided by who is the speaker of the first
// speech verb, so "Facebook said …, the WSJ said" is Facebook's statement, reported by the WSJ.

import type { ClaimKind } from '../core/types.ts';
import type { EntityFinder, Mention } from './attribution.ts';

const SPEECH = /\b(said|says|saying|told|tells|denied|denies|deny|insisted|insists|clarified|explained|confirmed|stated|disputed|acknowledged|declined|decline|directed|added|statement|according to)\b/g;
const REPORTING = /\b(reported|reports|reportedly|notes|according to (the )?(report|reports|sources))\b/i;
const FIRST_PERSON_QUOTE = /^["\u201C'].*\b(we|our|we're|we've)\b/i;

export function classify(text: string, finder: EntityFinder, credited: boolean): ClaimKind {
  const mentions = finder.mentions(text);
  SPEECH.lastIndex = 0;
  for (let m = SPEECH.exec(text); m !== null; m = SPEECH.exec(text)) {
    const verb = m[0].toLowerCase();
    // "…, says report" / "…, said Citigroup": after a comma the speaker follows the verb.
    const inverted = /,\s*$/.test(text.slice(0, m.index)) && /^(says|said)$/.test(verb);
    if (inverted && /^\s+(the\s+)?(report|reports|newspaper)\b/i.test(text.slice(m.index + verb.length))) return 'report';
    const speaker = verb === 'according to' || inverted ? mentions.find((x) => x.start >= m!.index + verb.length) : lastBefore(mentions, m.index);
    if (speaker === undefined) continue;
    if (speaker.kind === 'subject') return 'statement';
    if (speaker.kind === 'party') return 'response';
    if (speaker.kind === 'outlet') break;
  }
  if (FIRST_PERSON_QUOTE.test(text)) return 'context'; // a quote whose speaker the sentence does not say
  if (credited || REPORTING.test(text)) return 'report';
  return 'context';
}

function lastBefore(mentions: Mention[], at: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of mentions) if (m.end <= at) found = m;
  return found;
}
