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

/**
 * Words a piece must repeat in a row from a statement record to be quoting it (the README's
 * "How it is built" cites it).
 */
const QUOTED_WORDS = 6;

const wordsOf = (text: string): string[] =>
  fold(text)
    .toLowerCase()
    .match(/[\p{L}\p{N}']+/gu) ?? [];

/**
 * Pieces that quote part of a statement record ("the company is not \"actively asking financial
 * services companies for financial transaction data\"" quotes the official denial): piece index
 * → record index. Quoting the subject's words is stating them, whoever reports it.
 */
export function quotedStatements(
  records: readonly { quote: string }[],
  pieces: readonly { text: string }[],
): Map<number, number> {
  const runs = records.map((r) => {
    const w = wordsOf(r.quote);
    const set = new Set<string>();
    for (let i = 0; i + QUOTED_WORDS <= w.length; i++) set.add(w.slice(i, i + QUOTED_WORDS).join(' '));
    return set;
  });
  const out = new Map<number, number>();
  pieces.forEach((p, i) => {
    const w = wordsOf(p.text);
    for (let k = 0; k < runs.length && !out.has(i); k++)
      for (let j = 0; j + QUOTED_WORDS <= w.length; j++)
        if (runs[k]?.has(w.slice(j, j + QUOTED_WORDS).join(' '))) {
          out.set(i, k);
          break;
        }
  });
  return out;
}
