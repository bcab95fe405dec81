// Adding a seed breaks no link: every id a build of seeds 1..k gave is, in a build of seeds
// 1..k+1, the id or an alias of exactly one claim, and that claim holds the appearance the id was
// made from, so a card's link, a saved story-page anchor or a JSON-LD @id still finds its fact.

import { describe, expect, test } from 'vitest';
import { readStory } from '../../../src/compiler/build.ts';
import { appearanceIds, claimAppearanceIds, withAliases } from '../../../src/compiler/claim-id.ts';
import { compileIndex, type StoryInput } from '../../../src/compiler/compile.ts';
import { BuildError } from '../../../src/compiler/errors.ts';
import { MentionFinder } from '../../../src/matching/speakers.ts';
import { fold } from '../../../src/text/fold.ts';
import { lostIds, SEEDS, seedStory } from '../helpers.ts';

/**
 * The story built from its first `k` seeds, as a maintainer would have had it: story.json holding
 * an entry for each of those seeds only (the build stops on an entry for a file not in the folder),
 * the statement records they quote and the outlets and parties they name (a seed is added with
 * its outlet and the parties it brings in).
 */
function firstSeeds(input: StoryInput, k: number): StoryInput {
  const seeds = input.seeds.slice(0, k);
  const quoted = (quote: string): boolean => seeds.some((s) => fold(s.text).includes(fold(quote)));
  // Names found as the compiler finds them (with their capitals, an initial's dot optional).
  const named = (n: { aliases: readonly string[] }): boolean => {
    const finder = new MentionFinder([{ kind: 'party', id: 'named', aliases: n.aliases }]);
    return seeds.some((s) => finder.mentions(s.text).length > 0);
  };
  const { story } = input;
  return {
    ...input,
    seeds,
    story: {
      ...story,
      seeds: Object.fromEntries(
        Object.entries(story.seeds).filter(([name]) => seeds.some((s) => s.name === name)),
      ),
      outlets: story.outlets.filter(named),
      parties: story.parties.filter(named),
      statements: story.statements.filter((s) => quoted(s.quote)),
    },
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
    const aliases = story.claims.flatMap((c) => c.aliases);
    expect(aliases.length).toBeGreaterThan(0);
    expect(aliases.filter((a) => ids.has(a))).toEqual([]);
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  test("each claim's aliases are sorted, so a rebuild writes the same index", () => {
    const many = story.claims.filter((c) => c.aliases.length > 1);
    expect(many.length).toBeGreaterThan(0);
    for (const c of many) expect(c.aliases).toEqual([...c.aliases].sort());
  });

  test("an appearance whose id is another claim's stops the build naming both, not a silent alias", () => {
    // Each appearance hashes apart, so only a hash collision does this: made here by hand.
    const idOf = claimAppearanceIds('seeds', story.claims);
    const from = story.claims.find((c) => c.appearances.length > 1);
    const later = from?.appearances[1];
    const other = story.claims.find((c) => c !== from);
    if (from === undefined || later === undefined || other === undefined) throw new Error('too few claims');
    const collided = story.claims.map((c) => (c === other ? { ...c, id: idOf(later) } : c));
    expect(() => withAliases('seeds', collided, idOf)).toThrow(BuildError);
    expect(() => withAliases('seeds', collided, idOf)).toThrow(`seeds/${later.seed}`);
    expect(() => withAliases('seeds', collided, idOf)).toThrow(other.appearances[0]?.quote ?? '?');
    // The appearance whose id collided, not its claim's head: the one whose seed to rename.
    expect(() => withAliases('seeds', collided, idOf)).toThrow(
      `seeds/${later.seed} at offset ${later.start}: "${later.quote}"`,
    );
    // Without the collision every later appearance is its claim's alias.
    const plain = withAliases('seeds', story.claims, idOf);
    expect(plain.find((c) => c.id === from.id)?.aliases).toContain(idOf(later));
  });

  test('a place no piece starts at stops the build naming the seed and offset, not a shared id', () => {
    const idOf = appearanceIds('seeds', [{ seed: '001_a.txt', start: 13, text: 'Globex paid Mercy.' }]);
    expect(idOf({ seed: '001_a.txt', start: 13 })).toMatch(/^c[0-9a-z]+$/);
    expect(() => idOf({ seed: '001_a.txt', start: 40 })).toThrow(BuildError);
    expect(() => idOf({ seed: '001_a.txt', start: 40 })).toThrow(
      'seeds/001_a.txt: no piece starts at offset 40',
    );
  });

  test('an id or alias that moved to a claim not holding its appearance counts as lost', () => {
    // The check the seed-added property relies on must see a link that opens the wrong fact.
    const a = story.claims.find((c) => c.aliases.length > 0);
    const b = story.claims.find((c) => c !== a);
    if (a === undefined || b === undefined) throw new Error('too few claims');
    const before = { ...story, claims: [a] };
    const moved = { ...story, claims: [{ ...b, id: a.id, aliases: a.aliases }] };
    const lost = lostIds(before, moved);
    expect(lost).toContain(`${a.id} "${a.appearances[0]?.quote ?? ''}"`);
    expect(lost).toHaveLength(1 + a.aliases.length);
    // Only its aliases moved: the id still finds its claim, each alias is lost.
    const aliasesMoved = {
      ...story,
      claims: [
        { ...a, aliases: [] },
        { ...b, aliases: a.aliases },
      ],
    };
    expect(lostIds(before, aliasesMoved)).toHaveLength(a.aliases.length);
    expect(lostIds(before, before)).toEqual([]);
  });
});
