// A saved page as plain text: optional "key: value" header ended by a line "---", then
// paragraphs separated by blank lines (the dev set's format, and the simplest thing to save).

export interface TextPage {
  header: Record<string, string>;
  paragraphs: string[];
}

/**
 * A header line, its value starting after the white space, which only the `\s*` reads (exported
 * for its property test against the quadratic form it replaced, backtracking.test.ts).
 */
export const HEADER_LINE = /^([\w-]+):\s*(?!\s)(.*)$/;

export function parseTextPage(text: string): TextPage {
  const header: Record<string, string> = {};
  let body = text.replace(/\r\n?/g, '\n');
  const sep = body.indexOf('\n---\n');
  if (sep >= 0) {
    const lines = body.slice(0, sep).split('\n');
    if (lines.every((l) => /^[\w-]+:\s/.test(l) || l.trim() === '')) {
      for (const l of lines) {
        const m = HEADER_LINE.exec(l);
        if (m !== null) header[m[1] ?? ''] = m[2] ?? '';
      }
      body = body.slice(sep + 5);
    }
  }
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return { header, paragraphs };
}
