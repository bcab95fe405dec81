// Step: claim ids. A claim's id is a hash of its first appearance (seed file, folded text), so a
// rebuild gives the same ids and a seed added after the others renames no claim.

import { fold } from '../text/fold.ts';
import { hash32 } from '../text/hash.ts';
import { BuildError } from './errors.ts';

export function claimId(head: { seed: string; text: string } | undefined): string {
  return `c${hash32(`${head?.seed ?? ''}|${fold(head?.text ?? '').toLowerCase()}`)
    .toString(36)
    .padStart(7, '0')}`;
}

export function checkUniqueIds(dir: string, claims: readonly { id: string }[]): void {
  const ids = new Set<string>();
  for (const c of claims) {
    if (ids.has(c.id))
      throw new BuildError(
        dir,
        null,
        `two claims got the id ${c.id}: the same sentence appears twice in one seed`,
      );
    ids.add(c.id);
  }
}
