// The speakers' and names' small readings of a word or two (speakers.ts), read character by
// character where they were regular expressions: they run on every name and clause of every
// page, and a character test, once V8 has optimised it, costs less than a call into the
// expression engine (the warm analysis of the 2,000-word page about 3.3M instructions lower; a
// first page's count did not move). Each reader gives the same answer as the expression its
// comment quotes (test/unit/matching/small-readers.test.ts compares them on generated text and
// the seeds' and dev pages' text).

import { isWordChar, lowerAscii, spacesFrom } from '../text/chars.ts';

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * `text` with each initial's `dot` after it dropped or replaced by `by`, where the initial is a
 * capital starting a word: "U.S." → "US" (`dot` ".", `by` ""), as
 * `text.replace(/\b([A-Z])\./g, '$1')`; for an escaped alias, `dot` "\\." and `by` "\\.?", as
 * `.replace(/\b([A-Z])\\\./g, '$1\\.?')`. Found by the string's own search: most names have no dot.
 */
export function replaceInitialDots(text: string, dot: string, by: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(dot, 1); at > 0; at = text.indexOf(dot, at + 1)) {
    // The initial: a capital at `at - 1`, starting a word, not already taken by the last match.
    if (at - 1 < from || !isUpper(text.charCodeAt(at - 1))) continue;
    if (at > 1 && isWordChar(text.charCodeAt(at - 2))) continue;
    out += text.slice(from, at) + by;
    from = at + dot.length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The length of a name's leading "The", "A" or "An" and the whitespace after it, else -1: /^(?:The|A|An)\s+/. */
export function leadingArticle(name: string): number {
  const word = name.startsWith('The') ? 3 : name.startsWith('An') ? 2 : name.startsWith('A') ? 1 : 0;
  if (word === 0) return -1;
  const end = spacesFrom(name, word);
  return end === word ? -1 : end;
}

/**
 * A capitalised word of lower-case ASCII letters opening text and the whitespace after it, as
 * `/^([A-Z][a-z]+)\s+/` (group 1 `word`, the whole match's length `length`), else null.
 */
export function capitalisedOpener(text: string): { word: string; length: number } | null {
  if (!isUpper(text.charCodeAt(0)) || !isLower(text.charCodeAt(1))) return null;
  let end = 2;
  while (isLower(text.charCodeAt(end))) end++;
  const length = spacesFrom(text, end);
  return length === end ? null : { word: text.slice(0, end), length };
}

/** Whether text ends with the word "but" or "and", in any case: /\b(?:but|and)$/i. */
export function endsWithJoin(text: string): boolean {
  const n = text.length;
  if (n < 3) return false;
  const word = lowerAscii(text, n - 3, n);
  return (word === 'but' || word === 'and') && (n === 3 || !isWordChar(text.charCodeAt(n - 4)));
}

/** The run of word characters opening text, as `^\w*` matches it (always, if only ''). */
export function leadingWord(text: string): string {
  let end = 0;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return text.slice(0, end);
}

/** Whether text is word characters only, at least one: /^\w+$/. */
export const isWord = (text: string): boolean => text !== '' && leadingWord(text).length === text.length;
