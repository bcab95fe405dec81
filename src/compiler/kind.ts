// Step: a claim's kind and speaker, from the kinds and speakers of its pieces.

import type { ClaimKind } from '../model/types.ts';

const KIND_PRIORITY: ClaimKind[] = ['statement', 'response', 'report', 'context'];

/**
 * The kind most of a claim's attributed pieces have; ties go to the more specific kind. A
 * sentence that names no speaker or outlet (a headline, a rewrite) does not vote: it is
 * "context" only for lack of words, so a claim is context only when no sentence says more.
 */
export function majorityKind(items: readonly { kind: ClaimKind }[]): ClaimKind {
  const votes = (k: ClaimKind): number => items.filter((s) => s.kind === k).length;
  const said = KIND_PRIORITY.filter((k) => k !== 'context' && votes(k) > 0);
  return (
    said.sort((a, b) => votes(b) - votes(a) || KIND_PRIORITY.indexOf(a) - KIND_PRIORITY.indexOf(b))[0] ??
    'context'
  );
}

/** The party most of a response's pieces name as speaking; ties go to the first named. */
export function majoritySpeaker(items: readonly { speaker: string | null }[]): string | null {
  const votes = new Map<string, number>();
  for (const s of items) if (s.speaker !== null) votes.set(s.speaker, (votes.get(s.speaker) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, n] of votes) if (best === null || n > (votes.get(best) ?? 0)) best = name;
  return best;
}
