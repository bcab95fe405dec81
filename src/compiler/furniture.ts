// Seeds are scraped pages: strip what is page furniture, not article (share bars, "Like this:",
// "More news: …" teasers, datelines, repeated headlines), and keep offsets into the file.

import { fold } from '../text/fold.ts';
import { splitSentences, type Span } from '../text/sentences.ts';

const FURNITURE: RegExp[] = [
  /^(share|tweet|email|print|like this:?|related( news| stories| articles)?|latest|recommended|advertisement|comments?|read more|subscribe)$/i,
  /^more (news|stories):/i,
  /^(published|updated|posted):/i,
  /\|\s*[Bb]y\s+\p{Lu}/u,
  /^(don't|do not) miss\b/i,
];

export interface SeedSentence extends Span {
  /** Index of the paragraph (line) in the seed, counting kept paragraphs only. */
  paragraph: number;
  /** True for the seed's headline (its first kept line). */
  headline: boolean;
}

export interface SeedParagraph {
  start: number;
  end: number;
  sentences: SeedSentence[];
}

/** Paragraphs (one per line) and their sentences, furniture removed; offsets index the file. */
export function seedParagraphs(text: string): SeedParagraph[] {
  const seen = new Set<string>();
  const out: SeedParagraph[] = [];
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    // Bullets and list marks are layout, not text.
    const lead = /^[\s\u2022\u00B7*\-–]*/.exec(rawLine)?.[0].length ?? 0;
    const line = rawLine.slice(lead).replace(/\s+$/, '');
    if (line === '' || FURNITURE.some((re) => re.test(line))) continue;
    const key = fold(line).toLowerCase();
    if (seen.has(key)) continue; // repeated headline or teaser
    seen.add(key);
    const start = lineStart + lead;
    const paragraph = out.length;
    const sentences = splitSentences(line).map((s) => ({
      text: s.text,
      start: start + s.start,
      end: start + s.end,
      paragraph,
      headline: paragraph === 0,
    }));
    out.push({ start, end: start + line.length, sentences });
  }
  return out;
}
