// Remembered results for words: pages repeat their words, so stems and terms are worked out once
// per word. Bounded in entries, so a hostile page of endless distinct words cannot grow a cache
// forever, and in key length, so 20,000 entries cannot each hold a paragraph-long "word" (a page's
// paragraphs are up to 10,000 characters): a word that long is not a word a page repeats.

const LIMIT = 20000;
/** Longer keys are worked out each time; English words and tickers are far shorter. */
export const LONGEST_KEY = 64;

/** Stores `value` under `key` (emptying the cache first when it is full) and returns it. O(1). */
export function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (key.length > LONGEST_KEY) return value;
  if (cache.size >= LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}
