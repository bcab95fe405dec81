// Remembered results for words: pages repeat their words, so stems and terms are worked out once
// per word. Bounded, so a hostile page of endless distinct words cannot grow a cache forever.

const LIMIT = 20000;

/** Stores `value` under `key` (emptying the cache first when it is full) and returns it. O(1). */
export function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}
