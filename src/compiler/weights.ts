// Step 2: term weights. IDF over every piece of every story, flattened, with the story's names
// weighed by what they are: the subject supports a match, an outlet says who reported, a party
// is as strong a sign as a figure.

import { partyTerm } from '../matching/speakers.ts';
import { nameTerms } from './names.ts';
import type { StoryFile } from './story-file.ts';

const SUBJECT_WEIGHT = 0.3;

export interface Weighting {
  idf: Record<string, number>;
  unknownIdf: number;
}

export function weighTerms(
  stories: readonly StoryFile[],
  pieces: readonly { terms: Set<string> }[],
): Weighting {
  const df = new Map<string, number>();
  for (const s of pieces) for (const t of s.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = pieces.length;
  const idf: Record<string, number> = {};
  // The seeds are all about their story, so raw IDF over them would call the story's own core
  // words (ask, bank, data) uninformative. Flattened (0.6 + idf/2, chosen on the dev set): every
  // content word counts, rare ones more.
  const flatten = (d: number): number => round(0.6 + Math.log((n + 1) / (d + 0.5)) / 2);
  for (const [t, d] of [...df.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    idf[t] = flatten(d);
  for (const story of stories) {
    // The subject's name is in nearly every sentence: it may support a match, never make one.
    for (const t of nameTerms(story.subject.aliases, true)) idf[t] = SUBJECT_WEIGHT;
    // Outlet names say who reported, not what: they must not make two claims look alike.
    for (const t of nameTerms(story.outlets.flatMap((o) => o.aliases))) idf[t] = 0;
    // A party's name is one term for what were two or three words ("Wells Fargo"), and as strong
    // a sign as a figure: it weighs double, as it counts double (evidenceOf).
    for (const p of story.parties) {
      const t = partyTerm(p.name);
      if (idf[t] !== undefined) idf[t] = round(idf[t] * 2);
    }
  }
  return { idf, unknownIdf: flatten(0) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
