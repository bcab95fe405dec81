import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { Engine } from '../../../src/matching/engine.ts';
import { lookupTables } from '../../../src/matching/prepare.ts';
import { idfWeights, PAGE_UNKNOWN_WEIGHT } from '../../../src/matching/weights.ts';
import { parseTextPage } from '../../../src/cli/text-page.ts';
import { LOOKUP_FORMAT, type ClaimIndex } from '../../../src/model/types.ts';
import { ROOT, seedIndex, seedStory } from '../helpers.ts';

// Compiled first: the compiler makes the tables with the same function.
const index = seedIndex();

const dir = path.join(ROOT, 'test/eval/dev/pages');
const pages = fs
  .readdirSync(dir)
  .map((f) => parseTextPage(fs.readFileSync(path.join(dir, f), 'utf8')).paragraphs);

/** The seed index with its stories' tables changed (a copy). */
function withLookup(change: (story: ClaimIndex['stories'][number]) => void): ClaimIndex {
  const changed = JSON.parse(JSON.stringify(index)) as ClaimIndex;
  for (const story of changed.stories) change(story);
  return changed;
}

/** An engine whose calls of lookupTables (the real one, watched) are counted. */
function watched(of: ClaimIndex): { engine: Engine; made: ReturnType<typeof vi.fn> } {
  const made = vi.fn(lookupTables);
  return { engine: new Engine(of, { makeTables: made }), made };
}

/** What the engine finds on each dev page: the story recognised (its tables aside) and the matches. */
const found = (engine: Engine): unknown[] =>
  pages.map((p) => {
    const { story, ...rest } = engine.analyse(p);
    return { story: story?.id ?? null, ...rest };
  });

describe("the index's matcher tables", () => {
  test('the engine reads the index’s tables instead of making them, and finds what it would have made', () => {
    const fromIndex = watched(index);
    const fromIndexFound = found(fromIndex.engine);
    // A background's first page is spared making them: that is what the compiler wrote them for.
    expect(fromIndex.made).not.toHaveBeenCalled();
    const none = watched(withLookup((s) => delete s.lookup));
    const own = found(none.engine);
    expect(none.made).toHaveBeenCalledTimes(index.stories.length);
    expect(fromIndexFound).toEqual(own);
    expect(own.some((r) => (r as { story: string | null }).story !== null)).toBe(true);
  });

  test('tables of another format are set aside and made again, matching the same', () => {
    // Another format's tables, here emptied of postings, would match nothing were they read.
    const stale = withLookup((s) => {
      if (s.lookup === undefined) return;
      s.lookup.format = LOOKUP_FORMAT + 1;
      s.lookup.postings = s.lookup.postings.map(() => []);
    });
    const { engine, made } = watched(stale);
    const matches = found(engine);
    expect(made).toHaveBeenCalledTimes(stale.stories.length);
    expect(matches).toEqual(found(new Engine(index)));
  });

  test('a story whose tables do not fit its claims is told and made again at its first use, and only then', () => {
    // Two stories: the seed story as compiled, and a copy whose tables a faulty build spoilt (every
    // weight 0, which would recognise no story page were it read).
    const good = seedStory();
    const spoilt = JSON.parse(JSON.stringify(good)) as typeof good;
    spoilt.id = `${good.id}-copy`;
    if (spoilt.lookup === undefined) throw new Error('the built index has no matcher tables');
    spoilt.lookup.weightOf = spoilt.lookup.weightOf.map(() => 0);
    const made = vi.fn(lookupTables);
    const told: [string, string][] = [];
    const engine = new Engine(
      { ...index, stories: [good, spoilt] },
      { makeTables: made, badTables: (id, problem) => told.push([id, problem]) },
    );
    const page = pages.find((p) => engine.analyseAgainst(p, [good]).story !== null) ?? [];
    // The good story matched at once: loading the index, and using it, checked nothing of the other.
    expect(engine.analyseAgainst(page, [good]).story?.id).toBe(good.id);
    expect(told).toEqual([]);
    expect(made).not.toHaveBeenCalled();
    // The spoilt story's first use: refused with the reason, made again, matching as the good one.
    const fromSpoilt = engine.analyseAgainst(page, [spoilt]);
    expect(told).toEqual([[spoilt.id, expect.stringMatching(/posted but weighs 0/) as string]]);
    expect(made).toHaveBeenCalledTimes(1);
    expect(fromSpoilt.story?.id).toBe(spoilt.id);
    expect(fromSpoilt.matches).toEqual(engine.analyseAgainst(page, [good]).matches);
    // Checked once: the next page finds its tables prepared.
    engine.analyseAgainst(page, [spoilt]);
    expect(told.length).toBe(1);
  });

  test('the tables’ fields and their format number change together', () => {
    // A field added, renamed or dropped without raising LOOKUP_FORMAT would let an index an older
    // build wrote be misread: change this line and raise the number in the same commit.
    const story = seedStory();
    const lookup = lookupTables(story, idfWeights(index, PAGE_UNKNOWN_WEIGHT));
    expect({ format: LOOKUP_FORMAT, fields: Object.keys(lookup).sort() }).toEqual({
      format: 2,
      fields: [
        'claimsWith',
        'direction',
        'event',
        'format',
        'partyHeads',
        'postings',
        'terms',
        'unindexed',
        'weightOf',
      ],
    });
    expect(story.lookup?.format).toBe(LOOKUP_FORMAT);
  });
});
