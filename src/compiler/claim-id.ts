// Step: claim ids. A claim's id is a hash of its first appearance (seed file, folded text), so a
// rebuild gives the same ids. Its aliases are the ids its other appearances would have as a
// claim's first: pieces are read seed by seed, so a seed added after the others leaves every
// earlier appearance in the index, and an id an earlier build gave still names the claim that
// now holds that appearance, as its id or as an alias, even where the new seed joined two
// claims into one.

import type { Claim } from '../model/types.ts';
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

/**
 * The claims with their aliases: the ids of their other appearances, sorted, none a claim's own
 * id (a link names the claim whose id it is). An alias on two claims would send a reader's link
 * to either: the build stops. O(appearances).
 */
export function withAliases(dir: string, claims: readonly Claim[]): Claim[] {
  const primary = new Set(claims.map((c) => c.id));
  const owner = new Map<string, string>();
  return claims.map(({ id, ...rest }) => {
    const ids = new Map(rest.appearances.map((a) => [claimId({ seed: a.seed, text: a.quote }), a]));
    const aliases = [...ids.keys()].filter((a) => !primary.has(a)).sort();
    for (const alias of aliases) {
      const other = owner.get(alias);
      const a = ids.get(alias);
      if (other !== undefined && a !== undefined)
        throw new BuildError(
          `${dir}/${a.seed}`,
          null,
          `claims ${other} and ${id} both got the alias ${alias}: "${a.quote}" appears twice in this seed; remove one copy`,
        );
      owner.set(alias, id);
    }
    return { id, aliases, ...rest };
  });
}
