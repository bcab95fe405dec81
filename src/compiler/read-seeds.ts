// Reads the seed articles: every *.txt in the folder, in name order, strictly as UTF-8.
// A file that would add nothing to the index stops the build: it is a wrong paste, not an article.

import fs from 'node:fs';
import path from 'node:path';
import { BuildError } from './errors.ts';
import { firstFurniture, seedParagraphs } from './furniture.ts';

export interface SeedFile {
  name: string;
  text: string;
}

export function readSeeds(dir: string): SeedFile[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new BuildError(
      dir,
      null,
      "seeds folder is missing: create it and put the story's articles in it as .txt files",
    );
  }
  const names = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  if (names.length === 0)
    throw new BuildError(dir, null, 'seeds folder has no .txt articles: add at least one');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return names.map((name) => {
    const file = path.join(dir, name);
    const bytes = fs.readFileSync(file);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      const bad = firstInvalidUtf8(bytes);
      const line = bytes.subarray(0, bad).filter((b) => b === 10).length + 1;
      throw new BuildError(
        file,
        line,
        `not UTF-8 text (invalid byte at offset ${bad}): save the article as UTF-8`,
      );
    }
    if (bytes.includes(0)) throw new BuildError(file, null, 'contains NUL bytes: this is not a text article');
    if (text.trim().length === 0)
      throw new BuildError(file, null, 'is empty: remove it or paste the article text in');
    if (seedParagraphs(text).length === 0) throw noArticle(file, text);
    return { name, text };
  });
}

/**
 * A seed whose every line was dropped, blamed on its first dropped line and the rule that dropped
 * it: a rule can match inside a line (a byline after a bar), and a whole article pasted as one line
 * is then dropped with it, which "every line is furniture" alone would not explain.
 */
function noArticle(file: string, text: string): BuildError {
  const first = firstFurniture(text);
  const fix =
    'paste the article text in, each paragraph on a line of its own, and a byline or share button on a line of its own';
  if (first === null) return new BuildError(file, null, `has no article text after furniture: ${fix}`);
  const quote = first.text.length > 60 ? `${first.text.slice(0, 60)}…` : first.text;
  return new BuildError(
    file,
    first.line,
    `has no article text after furniture: "${quote}" was read as ${first.what} ("${first.matched}"), ` +
      `and no line is left as article text; ${fix}`,
  );
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest invalid prefix; a cut inside a valid multibyte char is
  // treated as valid by decoding with stream: true.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
