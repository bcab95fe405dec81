import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { Engine } from '../../../src/matching/engine.ts';
import * as tables from '../../../src/matching/prepare.ts';
import { idfWeights, PAGE_UNKNOWN_WEIGHT } from '../../../src/matching/weights.ts';
import { parseTextPage } from '../../../src/cli/text-page.ts';
import { LOOKUP_FORMAT, type ClaimIndex } from '../../../src/model/types.ts';
import { ROOT, seedIndex, seedStory } from '../helpers.ts';

// The engine's own calls to lookupTables are counted: the real function, watched.
vi.mock('../../../src/matching/prepare.ts', async (actual) => {
  const real = await actual<typeof import('../../../src/matching/prepare.ts')>();
  return { ...real, lookupTables: vi.fn(real.lookupTables) };
});
const made = vi.mocked(tables.lookupTables);
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

/** What the engine finds on each dev page: the story recognised (its tables aside) and the matches. */
const found = (engine: Engine): unknown[] =>
  pages.map((p) => {
    const { story, ...rest } = engine.analyse(p);
    return { story: story?.id ?? null, ...rest };
  });

describe("the index's matcher tables", () => {
  test('the engine reads the index’s tables instead of making them, and finds what it would have made', () => {
    made.mockClear();
    const fromIndex = found(new Engine(index));
    // A background's first page is spared making them: that is what the compiler wrote them for.
    expect(made).not.toHaveBeenCalled();
    const own = found(new Engine(withLookup((s) => delete s.lookup)));
    expect(made).toHaveBeenCalledTimes(index.stories.length);
    expect(fromIndex).toEqual(own);
    expect(own.some((r) => (r as { story: string | null }).story !== null)).toBe(true);
  });

  test('tables of another format are set aside and made again, matching the same', () => {
    made.mockClear();
    // Another format's tables, here emptied of postings, would match nothing were they read.
    const stale = withLookup((s) => {
      if (s.lookup === undefined) return;
      s.lookup.format = LOOKUP_FORMAT + 1;
      s.lookup.postings = s.lookup.postings.map(() => []);
    });
    const matches = found(new Engine(stale));
    expect(made).toHaveBeenCalledTimes(stale.stories.length);
    expect(matches).toEqual(found(new Engine(index)));
  });

  test('the tables’ fields and their format number change together', () => {
    // A field added, renamed or dropped without raising LOOKUP_FORMAT would let an index an older
    // build wrote be misread: change this line and raise the number in the same commit.
    const story = seedStory();
    const lookup = tables.lookupTables(story, idfWeights(index, PAGE_UNKNOWN_WEIGHT));
    expect({ format: LOOKUP_FORMAT, fields: Object.keys(lookup).sort() }).toEqual({
      format: 1,
      fields: ['claimsWith', 'event', 'format', 'postings', 'terms', 'unindexed', 'weightOf'],
    });
    expect(story.lookup?.format).toBe(LOOKUP_FORMAT);
  });
});
