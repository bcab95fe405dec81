// Is this page about a story? Two stages, cheapest first:
// 1. precheck: every anchor group of the story's signature occurs somewhere in the page's text
//    (one case-insensitive regex scan per group; most pages fail on the subject's name and stop);
// 2. recognise: after matching, enough distinct claims of the story were found, with enough
//    total confidence (the dev set's story pages carry 6 or more, near-topic pages 2 at most).

import type { ParagraphMatch } from './match.ts';
import type { Story } from './types.ts';
import { escapeRegExp } from './pattern.ts';

type Precheck = (text: string) => boolean;

interface GateStory {
  id: string;
  anchors: readonly (readonly string[])[];
  descriptions?: readonly string[];
}

/**
 * One gate for many stories: a single scan of the text for every story's first anchor group (its
 * subject's name), then each story found is tested on its other groups. A page that names no
 * subject is scanned once more, for the subjects' descriptions ("the social network"): many
 * subjects may share one, so they count only where no subject is named, and a page that names
 * its subject says which story it is. Returns the ids that pass.
 */
export function compileGate(stories: readonly GateStory[]): (text: string) => string[] {
  const names = scanner(stories.map((s) => s.anchors[0] ?? []));
  const descriptions = scanner(stories.map((s) => s.descriptions ?? []));
  // A story's other groups are compiled when its subject is first found: with many stories, a
  // page names few of them, and compiling every story's expressions on every page would cost
  // more than the scan.
  const rest: (Precheck | undefined)[] = [];
  const precheck = (i: number): Precheck => (rest[i] ??= compilePrecheck(stories[i]?.anchors.slice(1) ?? []));
  return (text) => {
    let found = names(text);
    if (!found.includes(true)) found = descriptions(text);
    return stories.filter((_, i) => found[i] === true && precheck(i)(text)).map((s) => s.id);
  };
}

/** For each story's list of words, whether the text holds one of them: one regex scan for all. */
function scanner(lists: readonly (readonly string[])[]): (text: string) => boolean[] {
  const lower = lists.map((words) => words.map((w) => w.toLowerCase()));
  const keys = [...new Set(lower.flat())].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const none = (): boolean[] => lists.map(() => false);
  if (keys.length === 0) return none;
  const pattern = new RegExp(keys.map(escapeRegExp).join('|'), 'gi');
  return (text) => {
    const seen = new Set<string>();
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) seen.add(m[0].toLowerCase());
    if (seen.size === 0) return none();
    const hits = [...seen];
    return lower.map((words) => words.some((w) => hits.some((n) => n.includes(w))));
  };
}

/** Compiles anchor groups once. The returned test is O(text length) per group. */
function compilePrecheck(anchors: readonly (readonly string[])[]): Precheck {
  const groups = anchors.map((words) => new RegExp(words.map(escapeRegExp).join('|'), 'i'));
  return (text) => groups.every((re) => re.test(text));
}

/** Minimum strongest single match: at least one paragraph must state a claim clearly. */
export const MIN_BEST_SCORE = 0.6;
/** Minimum summed score of the distinct claims: a few weak look-alikes are not the story. */
export const MIN_TOTAL_SCORE = 1.5;

export interface Recognition {
  recognised: boolean;
  /** Sum over distinct claims of their best match score. */
  score: number;
  claims: number;
}

export function recognise(story: Story, matches: readonly ParagraphMatch[]): Recognition {
  const best = new Map<string, number>();
  for (const m of matches) best.set(m.claimId, Math.max(best.get(m.claimId) ?? 0, m.score));
  const kinds = new Map(story.claims.map((c) => [c.id, c.kind]));
  // Context claims (Cambridge Analytica, share prices) are shared with neighbouring stories: they
  // never make a page about this one on their own.
  const core = [...best.entries()].filter(([id]) => kinds.get(id) !== 'context');
  const score = Math.round(core.reduce((s, [, v]) => s + v, 0) * 1000) / 1000;
  const strongest = Math.max(0, ...core.map(([, v]) => v));
  return { recognised: core.length >= story.gate.threshold && strongest >= MIN_BEST_SCORE && score >= MIN_TOTAL_SCORE, score, claims: core.length };
}
