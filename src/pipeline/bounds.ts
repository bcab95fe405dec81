// What Backstory reads of a page, wherever it runs (the extension, check, eval, the benchmark).
// No paragraph of news copy is as long as MAX_PARAGRAPH_CHARS (about 1,600 words): a block that
// is (a dump, a transcript, text never broken into paragraphs) is left unread, since matching it
// would be one long task however the work is sliced. A 10 MB page is read to MAX_PARAGRAPHS or
// MAX_ARTICLE_CHARS only, and its gate text to MAX_GATE_CHARS: a story's anchor words are in any
// article's first part.

export const MAX_PARAGRAPHS = 600;
export const MAX_ARTICLE_CHARS = 400_000;
export const MAX_PARAGRAPH_CHARS = 10_000;
export const MAX_GATE_CHARS = 2_000_000;

/** The paragraphs that are read, in order: overlong ones skipped, the rest up to the bounds. */
export function boundParagraphs<P>(paragraphs: readonly P[], text: (p: P) => string): P[] {
  let chars = 0;
  const out: P[] = [];
  for (const p of paragraphs) {
    const length = text(p).length;
    if (length > MAX_PARAGRAPH_CHARS) continue;
    if (out.length >= MAX_PARAGRAPHS || chars + length > MAX_ARTICLE_CHARS) break;
    chars += length;
    out.push(p);
  }
  return out;
}
