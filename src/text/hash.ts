// A fast, stable 32-bit string hash (FNV-1a): shingles, claim ids and the index checksum.

/** FNV-1a 32-bit hash: stable ids and shingle hashes without a crypto dependency in the page. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    // h · 0x01000193 modulo 2³², as Math.imul, without its call (a page hashes a few thousand
    // word triples before the engine is optimised): the prime is 2²⁴ + 0x193; h is an int32
    // after `^=`, so h · 0x193 is under 2⁴⁰ and the sum under 2⁴¹, exact in a double. The next
    // `^=` and the last `>>> 0` would keep the low 32 bits anyway: `| 0` keeps h an int32 for
    // the optimised loop, which hashed 2M word triples in 0.11 s with it, 0.20 s without (the
    // unoptimised first analysis counts 0.5M instructions more with it: src/tools/bench/LOG.md).
    h = ((h << 24) + h * 0x193) | 0;
  }
  return h >>> 0;
}

/** The character between a shingle's words. */
const SPACE = 32;

/**
 * hash32 of three words joined by single spaces (a shingle), read from the words themselves: a
 * page hashes its units' word triples in its first analysis, and a joined string is an
 * allocation that `charCodeAt` flattens into a second. The same steps as hash32's loop, written
 * out per word, so the two give every triple the same hash (hash.test.ts).
 */
export function hash32Words(a: string, b: string, c: string): number {
  // Each length read once: in unoptimised code a read of `.length` is a property load per character.
  const na = a.length;
  const nb = b.length;
  const nc = c.length;
  let h = 0x811c9dc5;
  for (let i = 0; i < na; i++) {
    h ^= a.charCodeAt(i);
    h = ((h << 24) + h * 0x193) | 0;
  }
  h ^= SPACE;
  h = ((h << 24) + h * 0x193) | 0;
  for (let i = 0; i < nb; i++) {
    h ^= b.charCodeAt(i);
    h = ((h << 24) + h * 0x193) | 0;
  }
  h ^= SPACE;
  h = ((h << 24) + h * 0x193) | 0;
  for (let i = 0; i < nc; i++) {
    h ^= c.charCodeAt(i);
    h = ((h << 24) + h * 0x193) | 0;
  }
  return h >>> 0;
}
