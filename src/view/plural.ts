// Counted nouns, so no reader sees "1 claims": English only, as every word Backstory shows is.

/** "A", "A and B", "A, B and C". */
export const listOf = (names: readonly string[]): string =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;

/** "1 claim", "3 claims", "0 claims"; `many` for irregular plurals. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
