// A second pass over the claims: pieces the term overlap left apart are one claim when the
// matcher, reading one claim's piece as a page paragraph, finds the other claim in it. The
// matcher decides at run time whether a sentence carries a claim; an index that splits what the
// matcher joins shows readers two claims where a page states one fact. The never-merge rules of
// the first pass hold here too (see `mayMerge`).

import { matchParagraphs, prepare } from '../matching/match.ts';
import type { Weights } from '../matching/similarity.ts';
import type { Story } from '../model/types.ts';
import { GroupJoin, sharesWhatHappened, type ClusterItem } from './cluster.ts';

export interface MatchedPiece extends ClusterItem {
  seed: string;
  text: string;
  headline: boolean;
}

/**
 * `groups` (indexes into `pieces`) joined wherever a piece of one is matched to the other's
 * claim (`story.claims[k]` is built from `groups[k]`). Same order rules as `cluster`.
 */
export function joinByMatcher(
  groups: readonly number[][],
  pieces: readonly MatchedPiece[],
  story: Story,
  weight: Weights,
): number[][] {
  const prepared = prepare(story, weight);
  const claimIndex = new Map(story.claims.map((c, k) => [c.id, k]));
  const joins = new GroupJoin(groups, pieces);
  for (const [x, members] of groups.entries()) {
    for (const i of members) {
      // A headline states the story's gist in a few words and meets several of its facts
      // ("Facebook wants banks to hand over your financial information" meets what was asked
      // for as well as the asking): it shows where a fact is, not which two are one.
      if (pieces[i]?.headline !== false) continue;
      for (const m of matchParagraphs(prepared, [pieces[i]?.text ?? ''], weight)) {
        const y = claimIndex.get(m.claimId);
        if (y === undefined || joins.find(y) === joins.find(x)) continue;
        // The appearance the match rests on must share more with the piece than who is
        // involved (the matcher lets a bank's name and "talks" carry a paraphrase).
        const a = pieces[i];
        const rests = m.evidence[0];
        const b = (groups[y] ?? [])
          .map((j) => pieces[j])
          .find((q) => q !== undefined && q.seed === rests?.seed && q.text === rests.quote);
        if (a !== undefined && b !== undefined && sharesWhatHappened(a, b, weight)) joins.join(x, y);
      }
    }
  }
  return joins.groups();
}
