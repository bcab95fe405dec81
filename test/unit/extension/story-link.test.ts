// A story link names a claim only by an id the index's validation would accept: anything else
// opens the story page at its top, and a fragment that is no claim id is read as none.

import { describe, expect, test } from 'vitest';
import { STORY_PAGE, linkedId, storyPagePath } from '../../../src/extension/story-link.ts';
import { indexProblem } from '../../../src/model/validate.ts';
import { seedIndex } from '../helpers.ts';

/** Lowercase and digits, as the old link pattern allowed, but no claim id: the compiler's start with c. */
const NOT_IDS = ['abc', '12', 'c', 'C1a', 'c1-a', 'c1 a', ''];

describe('a story link', () => {
  test('opens the story page at a claim of the index, and finds it again', () => {
    const claim = seedIndex().stories[0]?.claims[0];
    if (claim === undefined) throw new Error('no claim compiled');
    const path = storyPagePath(claim.id);
    expect(path).toBe(`${STORY_PAGE}#claim-${claim.id}`);
    expect(linkedId(path.slice(STORY_PAGE.length))).toBe(claim.id);
  });

  test.each(NOT_IDS)('whose id "%s" is no claim id opens the story page at its top', (id) => {
    expect(storyPagePath(id)).toBe(STORY_PAGE);
    expect(linkedId(`#claim-${id}`)).toBeNull();
  });

  test('refuses no id that the index’s validation accepts', () => {
    const index = structuredClone(seedIndex());
    const claim = index.stories[0]?.claims[0];
    if (claim === undefined) throw new Error('no claim compiled');
    for (const id of NOT_IDS) {
      claim.id = id;
      expect(indexProblem(index)).toBe(`claim "${id}" has a malformed id`);
    }
  });
});
