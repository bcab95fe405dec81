// Character tests for readers that go through short strings by hand rather than by a regular
// expression (the stock checks' movement-words.ts, the speakers' name-words.ts, the capitals of
// terms.ts, the name before an aside in named-asides.ts, the names ending a seed's sentence in
// segment.ts). Each answers as the `\s`, `\w` or case-insensitive (no `u` flag) expression its
// comment names.

/** Whether a UTF-16 code unit is whitespace as `\s` reads it. */
export function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** An ASCII letter. */
export const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A word character as `\w` and `\b` read it. */
export const isWordChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95;
/** What a name's word may hold after its capital, as `[\w.&'-]` reads it. */
export const isNameChar = (c: number): boolean =>
  isWordChar(c) || c === 46 || c === 38 || c === 39 || c === 45;
/** Whether `text` opens with an ASCII digit, as `/^\d/` reads it (no expression to compile for a few tests). */
export const startsWithDigit = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
};
/** An ASCII capital, as `[A-Z]` reads it. */
export const isAsciiCapital = (c: number): boolean => c >= 65 && c <= 90;
/** Whether text is a capital and lower-case ASCII letters ("Bank"): /^[A-Z][a-z]+$/. */
export function isCapitalisedWord(text: string): boolean {
  if (text.length < 2 || !isAsciiCapital(text.charCodeAt(0))) return false;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
/** The second half of a surrogate pair. */
export const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * `text[from, to)` in lower case where its letters are ASCII, else '' (which no word list holds):
 * a case-insensitive expression without the `u` flag folds only ASCII to ASCII, where
 * toLowerCase would read the Kelvin sign as "k".
 */
export function lowerAscii(text: string, from: number, to: number): string {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 127) return '';
  return text.slice(from, to).toLowerCase();
}

/**
 * Whether `text` holds `word` (lower-case ASCII) at `at`, its letters in any case: what
 * `lowerAscii(text, at, at + word.length) === word` answers, without making two strings for each
 * word asked (the clause scanner asks a handful at every comma).
 */
export function holdsAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** Where the run of whitespace from `i` ends. */
export function spacesFrom(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Where the run of whitespace ending at `end` starts, going back no further than `from`. */
export function spacesBack(text: string, end: number, from = 0): number {
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Where the run of word characters (`\w`) ending at `end` starts. */
export function wordCharsBack(text: string, end: number): number {
  while (end > 0 && isWordChar(text.charCodeAt(end - 1))) end--;
  return end;
}

/** `text.split(/\s+/)`: the pieces between runs of whitespace, '' before a leading or after a trailing one. */
export function splitOnSpaces(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length;) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    out.push(text.slice(start, i));
    i = start = spacesFrom(text, i);
  }
  out.push(text.slice(start));
  return out;
}
