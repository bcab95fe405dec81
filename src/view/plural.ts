// Counted nouns, so no reader sees "1 claims": English only, as every word Backstory shows is.

/** "1 claim", "3 claims", "0 claims"; `many` for irregular plurals. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
