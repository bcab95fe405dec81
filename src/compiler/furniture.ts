// Seeds are scraped pages: strip what is page furniture, not article (share bars, "Like this:",
// "More news: …" teasers, datelines, repeated headlines), and keep offsets into the file.

import { fold } from '../text/fold.ts';
import { splitSentences, type Span } from '../text/sentences.ts';

/** Each kind of furniture, as a build error names it, and the pattern that finds it in a line. */
/** A line's trailing white space, read from the first of the run only (exported for its property test against the quadratic form it replaced, backtracking.test.ts). */
export const TRAILING_SPACE = /(?<!\s)\s+$/;
const FURNITURE: { what: string; re: RegExp }[] = [
  {
    what: 'a share button or section label',
    re: /^(share|tweet|email|print|like this:?|related( news| stories| articles)?|latest|recommended|advertisement|comments?|read more|subscribe)$/i,
  },
  { what: 'a teaser', re: /^more (news|stories):/i },
  { what: 'a timestamp', re: /^(published|updated|posted):/i },
  { what: 'a byline', re: /\|\s*[Bb]y\s+\p{Lu}/u },
  { what: 'a teaser', re: /^(don't|do not) miss\b/i },
];

/** A line of a seed with its bullets and trailing space cut off: `start` indexes the file. */
interface Line {
  /** 1-based, counting every line of the file. */
  number: number;
  start: number;
  text: string;
}

function* linesOf(text: string): Generator<Line> {
  let offset = 0;
  let number = 0;
  for (const raw of text.split('\n')) {
    const lineStart = offset;
    offset += raw.length + 1;
    number++;
    // Bullets and list marks are layout, not text.
    const lead = /^[\s\u2022\u00B7*\-–]*/.exec(raw)?.[0].length ?? 0;
    yield { number, start: lineStart + lead, text: raw.slice(lead).replace(TRAILING_SPACE, '') };
  }
}

/** The furniture rule a line falls under, and the part of the line it matched; null for article text. */
function furnitureOf(line: string): { what: string; matched: string } | null {
  for (const { what, re } of FURNITURE) {
    const m = re.exec(line);
    if (m !== null) return { what, matched: m[0] };
  }
  return null;
}

/**
 * The first line of a seed dropped as furniture, and the rule that dropped it: what a seed with no
 * article text left is blamed on. Null when no line is furniture.
 */
export function firstFurniture(
  text: string,
): { line: number; text: string; what: string; matched: string } | null {
  for (const line of linesOf(text)) {
    const rule = line.text === '' ? null : furnitureOf(line.text);
    if (rule !== null) return { line: line.number, text: line.text, ...rule };
  }
  return null;
}

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
  for (const { start, text: line } of linesOf(text)) {
    if (line === '' || furnitureOf(line) !== null) continue;
    const key = fold(line).toLowerCase();
    if (seen.has(key)) continue; // repeated headline or teaser
    seen.add(key);
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
