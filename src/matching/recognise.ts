// Is this page about a story? Decided after matching: enough distinct claims of the story were
// found, with enough total confidence (the dev set's story pages carry 6 or more, near-topic pages
// 2 at most). The cheap test before matching is src/gate/gate.ts.

import type { ParagraphMatch } from './match.ts';
import type { Story } from '../model/types.ts';

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
  return {
    recognised:
      core.length >= story.gate.threshold && strongest >= MIN_BEST_SCORE && score >= MIN_TOTAL_SCORE,
    score,
    claims: core.length,
  };
}
