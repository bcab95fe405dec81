// Step: the seeds read in order. Seed files are numbered, and their order is the order the facts
// were learnt: the claims of seeds 1..k are known before seed k+1 is read. Seed k+1's pieces
// may join one known claim each, or found new ones; they are never the reason two known claims
// become one (a recap "Globex is not using billing data for ads and will never sell patient
// records" would otherwise join the two promises it repeats, and the later one's id, which
// hashes its first appearance, would be gone). So each prefix of the seeds is grouped in turn,
// the first appearance of every claim of the prefix before it kept at the head of a claim of
// its own (cluster.ts, `keepsHeads`). The other pieces are grouped afresh each time: with more
// seeds the weights are better, and a wording the first seed alone put with another fact may
// leave it for its own (the claim it leaves keeps its id). Each prefix is weighed as a build of
// those seeds alone would weigh it, so a build of seeds 1..k finds the same first appearances
// as the first k steps here: a claim of seeds 1..k keeps its id once seed k+1 is added.

import { idfWeights } from '../matching/weights.ts';
import type { Weights } from '../matching/similarity.ts';
import type { StoryFile } from './story-file.ts';
import { weighTerms } from './weights.ts';

/**
 * Groups `count` pieces (the first seeds' pieces, in seed order) with `weight`; `heads` are the
 * first appearances of the claims of the seeds before the newest.
 */
export type GroupPrefix = (count: number, weight: Weights, heads: ReadonlySet<number>) => number[][];

/**
 * The groups of all `pieces` (in seed order), grouped seed by seed. Each seed's step costs one
 * grouping of the pieces up to it: a build of N seeds groups N prefixes.
 */
export function groupInSeedOrder(
  story: StoryFile,
  seeds: readonly { name: string }[],
  pieces: readonly { seed: string; terms: Set<string> }[],
  group: GroupPrefix,
): number[][] {
  let groups: number[][] = [];
  let count = 0;
  for (const seed of seeds) {
    const known = count;
    while (pieces[count]?.seed === seed.name) count++;
    if (count === known) continue;
    const heads = new Set(groups.map((g) => Math.min(...g)));
    // The story's own pieces only: another story's seeds must not regroup this one's either.
    const weight = idfWeights(weighTerms([story], pieces.slice(0, count)));
    groups = group(count, weight, heads);
  }
  return groups;
}
