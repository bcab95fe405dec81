// Seeds + story.json → the claim index. Pure over its inputs (no fs), so tests can compile
// variations of the seeds in memory. One step per module:
//   pieces.ts      seeds → sentences → clauses that state something, with credit and speaker
//   weights.ts     term weights over every piece of every story
//   story.ts       one story: group pieces into claims (cluster.ts by their terms, figures.ts
//                  by the counts they give, self-match.ts by what the matcher finds in
//                  them, then denials.ts one speaker's denials of one act), then per claim its kind
//                  (kind.ts, statements.ts), wording (wording.ts), provenance (provenance.ts),
//                  id (claim-id.ts), matching data (match-data.ts); answers (answers.ts); the
//                  gate's signature (gate-signature.ts); the seed articles' headlines, bylines
//                  and dates (sources.ts)
//   validate.ts    (model) the checksum over the result

import type { ClaimIndex } from '../model/types.ts';
import { lookupTables } from '../matching/prepare.ts';
import { idfWeights, PAGE_UNKNOWN_WEIGHT } from '../matching/weights.ts';
import { indexChecksum } from '../model/validate.ts';
import type { StoryInput } from './input.ts';
import { checkUniqueIds } from './claim-id.ts';
import { readPieces } from './pieces.ts';
import { compileStory } from './story.ts';
import { weighTerms } from './weights.ts';

export type { StoryInput } from './input.ts';

export function compileIndex(inputs: StoryInput[]): ClaimIndex {
  // IDF over every piece of every story, so weights are shared by all stories.
  const perStory = inputs.map((input) => ({ input, pieces: readPieces(input) }));
  const { idf, unknownIdf } = weighTerms(
    inputs.map((i) => i.story),
    perStory.flatMap((s) => s.pieces),
  );
  const index: ClaimIndex = { version: 1, checksum: '', idf, unknownIdf, stories: [] };
  const weight = idfWeights(index);
  // The story page's anchors and the JSON-LD @ids of all stories share one namespace.
  const taken = new Map<string, string>();
  for (const { input, pieces } of perStory) {
    const story = compileStory(input, pieces, weight);
    checkUniqueIds(input.dir, story.claims, taken);
    index.stories.push(story);
  }
  // The matcher's tables, with the engine's weights (engine.ts): made here, a background's first
  // page reads them instead of making them (src/tools/bench/LOG.md).
  const engineWeight = idfWeights(index, PAGE_UNKNOWN_WEIGHT);
  for (const story of index.stories) story.lookup = lookupTables(story, engineWeight);
  index.checksum = indexChecksum(index);
  return index;
}
