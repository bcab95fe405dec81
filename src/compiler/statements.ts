// Step: story.json's statement records → the pieces that carry them. Each record's quote must be
// in a seed (else the build stops, naming the record's line); the pieces it overlaps are the
// subject's own words.

import { fold, foldWithMap } from '../text/fold.ts';
import { BuildError } from './errors.ts';
import type { StoryInput } from './input.ts';

/** Piece index → index of the statement record it carries. */
export function resolveStatements(
  { dir, story, seeds }: StoryInput,
  pieces: readonly { seed: string; start: number; end: number }[],
): Map<number, number> {
  const found = new Map<number, number>();
  story.statements.forEach((st, k) => {
    const quote = fold(st.quote);
    let hit = false;
    for (const seed of seeds) {
      const folded = foldWithMap(seed.text);
      for (let at = folded.text.indexOf(quote); at >= 0; at = folded.text.indexOf(quote, at + 1)) {
        hit = true;
        const start = folded.map[at] ?? 0;
        const end = (folded.map[at + quote.length - 1] ?? 0) + 1;
        pieces.forEach((s, i) => {
          if (s.seed === seed.name && s.start < end && start < s.end) found.set(i, k);
        });
      }
    }
    if (!hit)
      throw new BuildError(
        `${dir}/story.json`,
        st.line,
        `statements[${k}].quote is not in any seed: "${st.quote.slice(0, 80)}" — copy it exactly from a seed article`,
      );
  });
  return found;
}
