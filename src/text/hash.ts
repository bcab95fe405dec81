// A fast, stable 32-bit string hash (FNV-1a): shingles, claim ids and the index checksum.

/** FNV-1a 32-bit hash: stable ids and shingle hashes without a crypto dependency in the page. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
