// Seeds are read in the order of their numbered files: a build of seeds 1..k+1 keeps every claim
// id of a build of seeds 1..k, so an id a reader saw (on a card, in the JSON-LD, on the story
// page) still names its claim once the next article is added.

import { describe, expect, test } from 'vitest';
import { readStory } from '../../../src/compiler/build.ts';
import { compileIndex, type StoryInput } from '../../../src/compiler/compile.ts';
import { fold } from '../../../src/text/fold.ts';
import { SEEDS } from '../helpers.ts';

/** The story built from its first `k` seeds, story.json holding the statement records they quote. */
function firstSeeds(input: StoryInput, k: number): StoryInput {
  const seeds = input.seeds.slice(0, k);
  const quoted = (quote: string): boolean => seeds.some((s) => fold(s.text).includes(fold(quote)));
  return {
    ...input,
    seeds,
    story: { ...input.story, statements: input.story.statements.filter((s) => quoted(s.quote)) },
  };
}

describe('claim ids in seed order', () => {
  test('each real seed, added to the seeds before it, renames none of their claims', () => {
    const input = readStory(SEEDS);
    expect(input.seeds.length).toBeGreaterThan(2);
    const builds = input.seeds.map((_, k) => compileIndex([firstSeeds(input, k + 1)]).stories[0]);
    for (let k = 1; k < builds.length; k++) {
      const kept = new Set(builds[k]?.claims.map((c) => c.id));
      const renamed = (builds[k - 1]?.claims ?? [])
        .filter((c) => !kept.has(c.id))
        .map((c) => `${c.id} ${c.appearances[0]?.quote ?? ''}`);
      expect(renamed, `adding ${input.seeds[k]?.name ?? ''}`).toEqual([]);
    }
  });
});
