// Step: claim ids. A claim's id is a hash of its first appearance (seed file, folded text, and
// which repeat of those words in the seed it is), so a rebuild gives the same ids. Its aliases
// are the ids of its other appearances: pieces are read seed by seed, so a seed added after the
// others leaves every earlier appearance in the index, and an id an earlier build gave still
// names the claim that now holds that appearance, as its id or as an alias, even where the new
// seed joined two claims into one. The repeat count makes every appearance's id its own: the same
// words twice in a seed (a clause of two different sentences, say) would otherwise share one id,
// and a later seed could move it from one claim to another.

import type { Claim } from '../model/types.ts';
import { fold } from '../text/fold.ts';
import { hash32 } from '../text/hash.ts';
import { BuildError } from './errors.ts';

/** A place in a seed: the id function is keyed by it. */
interface At {
  seed: string;
  start: number;
}

/**
 * The id of the `repeat`-th later appearance of these words in this seed. The first (0) hashes
 * `seed|text` only, as ids did before repeats were counted, so no id an earlier build gave changes.
 * A later one adds its count after a newline: folding turns every white space into a space, so no
 * piece's words can spell a copy's count ("x" twice is not "x|1" once).
 */
export function claimId(head: { seed: string; text: string }, repeat = 0): string {
  const key = wordsIn(head.seed, head.text);
  return `c${hash32(repeat === 0 ? key : `${key}\n${repeat}`)
    .toString(36)
    .padStart(7, '0')}`;
}

/** The words of a piece as its id hashes them: the same for every copy in one seed. */
const wordsIn = (seed: string, text: string): string => `${seed}|${fold(text).toLowerCase()}`;

/**
 * Each piece's id, looked up by where it stands. The repeat of a folded text is counted within its
 * own seed in reading order, so it depends on that seed alone and adding a seed changes no count.
 * A place no piece starts at is a compiler bug: it stops the build rather than sharing one id.
 * O(pieces log pieces).
 */
export function appearanceIds(dir: string, pieces: readonly (At & { text: string })[]): (at: At) => string {
  const ids = new Map<string, string>();
  const seen = new Map<string, number>();
  const inOrder = [...pieces].sort((a, b) =>
    a.seed < b.seed ? -1 : a.seed > b.seed ? 1 : a.start - b.start,
  );
  for (const p of inOrder) {
    const words = wordsIn(p.seed, p.text);
    const repeat = seen.get(words) ?? 0;
    seen.set(words, repeat + 1);
    ids.set(`${p.seed}@${p.start}`, claimId(p, repeat));
  }
  return (at) => {
    const id = ids.get(`${at.seed}@${at.start}`);
    if (id === undefined)
      throw new BuildError(`${dir}/${at.seed}`, null, `no piece starts at offset ${at.start} to give an id`);
    return id;
  };
}

/** Each appearance's id, from claims already compiled: every piece is an appearance, as it was read. */
export const claimAppearanceIds = (
  dir: string,
  claims: readonly { appearances: Claim['appearances'] }[],
): ((at: At) => string) =>
  appearanceIds(
    dir,
    claims.flatMap((c) => c.appearances.map((a) => ({ ...a, text: a.quote }))),
  );

/** Two appearances whose ids hash alike; `file` is the story read later. */
export class IdCollision extends BuildError {
  constructor(dir: string, id: string, first: string, second: string) {
    super(
      dir,
      null,
      `the id ${id} names two claims (${first}; ${second}): two appearances hash alike. Rename ` +
        'whichever of the two seed files was added most recently: its ids are new, so no link ' +
        'holds them yet',
    );
  }
}

/**
 * Every id and alias names one claim. Each appearance has its own id, so two equal ones are two
 * stories each with a seed of one file name holding the same words, or a 32-bit hash collision:
 * a link would open either claim, so the build stops, naming the two appearances the id was made
 * from. O(appearances log appearances).
 */
export function checkUniqueIds(
  dir: string,
  claims: readonly { id: string; aliases: readonly string[]; appearances: Claim['appearances'] }[],
  taken = new Map<string, string>(),
): Map<string, string> {
  // The appearance each id was made from.
  const idOf = claimAppearanceIds(dir, claims);
  for (const c of claims)
    for (const id of [c.id, ...c.aliases]) {
      const at = c.appearances.find((a) => idOf(a) === id) ?? c.appearances[0];
      const here = `${dir}/${at?.seed ?? '?'} at offset ${at?.start ?? '?'}: "${at?.quote ?? ''}"`;
      const other = taken.get(id);
      if (other !== undefined) throw new IdCollision(dir, id, other, here);
      taken.set(id, here);
    }
  return taken;
}

/**
 * The claims with their aliases: the ids of their other appearances, sorted. O(appearances).
 * An appearance's id that is another claim's id or alias would send a link to two claims; it
 * can only come from a hash collision, and checkUniqueIds then stops the build.
 */
export function withAliases(dir: string, claims: readonly Claim[], idOf: (at: At) => string): Claim[] {
  const result = claims.map(({ id, aliases: _, ...rest }) => {
    const aliases = [...new Set(rest.appearances.map(idOf))].filter((a) => a !== id).sort();
    return { id, aliases, ...rest };
  });
  checkUniqueIds(dir, result);
  return result;
}
