// Step: a claim's wording, chosen from the seed text of its pieces.

import type { SeedPiece } from './pieces.ts';

export function pickCanonical(items: readonly SeedPiece[]): string {
  // The shortest complete sentence reads best as the claim's wording. A claim seen only as a
  // clause ("said it was not asking for transaction data") is worded by its whole sentence, so a
  // reader sees who said it.
  const complete = items.filter((s) => /^["'\u201C]?\p{Lu}/u.test(s.text) && /[.!?"'\u201D]$/.test(s.text));
  if (complete.length === 0)
    return (
      [...items].sort((a, b) => a.sentence.length - b.sentence.length || (a.seed < b.seed ? -1 : 1))[0]
        ?.sentence ?? ''
    );
  return (
    [...complete].sort((a, b) => a.text.length - b.text.length || (a.seed < b.seed ? -1 : 1))[0]?.text ?? ''
  );
}
