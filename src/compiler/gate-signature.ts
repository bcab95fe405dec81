// Step: the cheap pre-check's signature of a story, from the terms every seed shares.

import { fold } from '../text/fold.ts';
import { GROUPS } from '../text/lexicon.ts';
import { stem } from '../text/stem.ts';
import type { GateSignature } from '../model/types.ts';
import { nameTerms } from './names.ts';
import type { SeedFile } from './read-seeds.ts';
import type { StoryFile } from './story-file.ts';

/**
 * The cheap pre-check's anchors: the subject's name, and the concepts every seed shares that
 * are neither the subject nor an outlet (for this story: banks, data). Each anchor is a list of
 * lowercase substrings, any of which may appear in the page's text; folded as the page's text is
 * (src/text/fold.ts: the gate's scan reads "social-media" for "social–media").
 */
export function gateSignature(
  story: StoryFile,
  seeds: readonly SeedFile[],
  pieces: readonly { seed: string; terms: Set<string> }[],
): GateSignature {
  const exclude = nameTerms([...story.subject.aliases, ...story.outlets.flatMap((o) => o.aliases)]);
  const seedCount = new Map<string, number>();
  const freq = new Map<string, number>();
  for (const seed of seeds) {
    const terms = new Set(pieces.filter((s) => s.seed === seed.name).flatMap((s) => [...s.terms]));
    for (const t of terms) seedCount.set(t, (seedCount.get(t) ?? 0) + 1);
  }
  for (const s of pieces) for (const t of s.terms) freq.set(t, (freq.get(t) ?? 0) + 1);
  const shared = [...seedCount.entries()]
    .filter(([t, c]) => c === seeds.length && !exclude.has(t) && !t.startsWith('#'))
    .sort(([a], [b]) => (freq.get(b) ?? 0) - (freq.get(a) ?? 0) || (a < b ? -1 : 1))
    .map(([t]) => t);
  const anchors = [[lower(story.subject.name)], ...shared.slice(0, 2).map(conceptAnchors)];
  return { anchors, descriptions: descriptionsOf(story.subject) };
}

/**
 * A shared concept's anchors: what a page may write for any word of its lexicon group (or the
 * concept itself, outside the lexicon), none holding another (where "issuer" is found, so is it in
 * "card issuer").
 */
export function conceptAnchors(concept: string): string[] {
  const group = GROUPS.find((g) => g[0] !== undefined && g[0].split('_').map(stem).join('_') === concept);
  const words = group === undefined ? [concept] : group.map((w) => w.replace(/_/g, ' '));
  return fewest(words.flatMap((w) => wordAnchors(w.toLowerCase())));
}

/**
 * The substrings that find a word in all its forms: its stem, which begins every form that shares
 * it ("lender" in "lenders"), and the word as written where the stem does not begin it: Porter2
 * turns a final y into i ("compani" begins "companies", never "company"), and src/text/stem.ts
 * stems an irregular form to another word ("sought" to "seek"). A phrase's last word alone is
 * stemmed, as the matcher stems each word: Porter2 given the whole phrase reads it as one word,
 * and cut "card issuer" to "card issu".
 */
function wordAnchors(phrase: string): string[] {
  const at = phrase.lastIndexOf(' ') + 1;
  const [head, last] = [phrase.slice(0, at), phrase.slice(at)];
  const stemmed = stem(last);
  return last.startsWith(stemmed) ? [head + stemmed] : [head + stemmed, phrase];
}

/** The words, but none that holds another: the gate finds a word wherever it finds what it holds. Sorted. */
const fewest = (words: readonly string[]): string[] =>
  [...new Set(words)].filter((a, _, all) => !all.some((b) => b !== a && a.includes(b))).sort();

/**
 * The descriptions a writer may use instead of the subject's name all through a piece ("the
 * social network"): a one-word description ("the company") could be anyone. Lowercase, none
 * containing the name or another description (the scan finds "social networking" by "social
 * network").
 */
function descriptionsOf(subject: StoryFile['subject']): string[] {
  const name = lower(subject.name);
  const forms = [...new Set(subject.aliases.map((a) => lower(a).replace(/^(the|a|an) /, '')))].filter(
    (a) => !a.includes(name) && a.split(/[\s-]+/).length >= 2,
  );
  return fewest(forms);
}

const lower = (words: string): string => fold(words).toLowerCase();
