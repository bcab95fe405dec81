// Adding a seed breaks no link: every id a build of seeds 1..k gave is, in a build of seeds
// 1..k+1, the id or an alias of exactly one claim, and that claim holds the appearance the id was
// made from, so a card's link, a saved story-page anchor or a JSON-LD @id still finds its fact.

import { describe, expect, test } from 'vitest';
import { readStory } from '../../../src/compiler/build.ts';
import { withAliases } from '../../../src/compiler/claim-id.ts';
import { compileIndex, type StoryInput } from '../../../src/compiler/compile.ts';
import { BuildError } from '../../../src/compiler/errors.ts';
import { fold } from '../../../src/text/fold.ts';
import { lostIds, SEEDS, seedStory } from '../helpers.ts';

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

describe('claim ids when a seed is added', () => {
  test('each real seed, added to the seeds before it, leaves every earlier id naming its claim', () => {
    const input = readStory(SEEDS);
    expect(input.seeds.length).toBeGreaterThan(2);
    const builds = input.seeds.map((_, k) => compileIndex([firstSeeds(input, k + 1)]).stories[0]);
    for (let k = 1; k < builds.length; k++) {
      const [before, after] = [builds[k - 1], builds[k]];
      if (before === undefined || after === undefined) throw new Error('no story compiled');
      expect(lostIds(before, after), `adding ${input.seeds[k]?.name ?? ''}`).toEqual([]);
    }
  });
});

describe('aliases', () => {
  const story = seedStory();

  test('no alias of the real index is a claim id, none is on two claims', () => {
    const ids = new Set(story.claims.map((c) => c.id));
    const aliases = story.claims.flatMap((c) => c.aliases ?? []);
    expect(aliases.length).toBeGreaterThan(0);
    expect(aliases.filter((a) => ids.has(a))).toEqual([]);
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  test('one sentence twice in a seed, in two claims, stops the build naming the seed and the sentence', () => {
    // A later appearance of one claim, given to two others.
    const from = story.claims.find((c) => c.appearances.length > 1);
    const extra = from?.appearances[1];
    const [a, b] = story.claims.filter((c) => c !== from);
    if (a === undefined || b === undefined || extra === undefined) throw new Error('too few claims');
    const copy = { ...extra, start: extra.start + 1000, end: extra.end + 1000 };
    const twice = [
      { ...a, appearances: [...a.appearances, extra] },
      { ...b, appearances: [...b.appearances, copy] },
    ];
    expect(() => withAliases('seeds', twice)).toThrow(BuildError);
    expect(() => withAliases('seeds', twice)).toThrow(`seeds/${extra.seed}`);
    expect(() => withAliases('seeds', twice)).toThrow(extra.quote);
  });
});
