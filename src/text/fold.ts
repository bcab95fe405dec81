// Character-level folding shared by the index compiler and the page: both sides must see the
// same characters, or a copy on the page silently stops matching its seed.

import { escapeRegExp } from './pattern.ts';

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2039': "'",
  '\u203A': "'",
};
const DASH_CHARS = '\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D';
const DASHES = new RegExp(`[${DASH_CHARS}]`);
// Soft hyphens, zero-width and bidi controls: invisible, so a reader never sees them and they must
// not split words.
const INVISIBLE_CHARS = '\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`);
const SPACE = /\s/;
/** Printable ASCII other than the backtick: unchanged by folding. */
const isPlain = (code: number): boolean => code > 32 && code < 127 && code !== 96;

export interface Folded {
  text: string;
  /** For each folded character, the index of the original character it came from. */
  map: number[];
}

/**
 * NFKC, quotes and dashes to ASCII, invisible characters dropped, runs of white space to one space,
 * trimmed. Keeps a map back to the original offsets. O(n) in the input length.
 */
export function foldWithMap(input: string): Folded {
  let text = '';
  const map: number[] = [];
  let pendingSpace = false;
  const emit = (c: string, at: number): void => {
    if (INVISIBLE.test(c)) return;
    if (SPACE.test(c)) {
      pendingSpace = text.length > 0;
      return;
    }
    if (pendingSpace) {
      text += ' ';
      map.push(at);
      pendingSpace = false;
    }
    const out = QUOTES[c] ?? (DASHES.test(c) ? '-' : c);
    text += out;
    for (let k = 0; k < out.length; k++) map.push(at);
  };
  let i = 0;
  while (i < input.length) {
    // Fast path: a run of printable ASCII other than the backtick is copied as one slice (most of
    // any page); a pending space before it is a single space.
    let end = i;
    while (end < input.length && isPlain(input.charCodeAt(end))) end++;
    if (end > i) {
      if (pendingSpace) {
        text += ' ';
        map.push(i);
        pendingSpace = false;
      }
      text += input.slice(i, end);
      for (let k = i; k < end; k++) map.push(k);
      i = end;
      continue;
    }
    const at = i;
    const ch = String.fromCodePoint(input.codePointAt(i) ?? 0);
    i += ch.length;
    if (ch.charCodeAt(0) < 128) {
      emit(ch, at);
      continue;
    }
    // NFKC first, then fold what it produced: "⁻" becomes "−", which is a dash like any other.
    for (const c of ch.normalize('NFKC')) emit(c, at);
  }
  return { text, map };
}

/** Characters that fold to exactly one character (NFKC too leaves each one character long). */
const ONE_FOR_ONE =
  /^[!-~\u00C0-\u00FF\u2010-\u2015\u2018-\u201F\u2032\u00AB\u00BB\u2039\u203A\u2212 \t\n\r\u00A0]*$/;
/** White space that folding would drop or merge, moving the offsets after it. */
const MOVES = /^\s|\s\s|\s$/;
const CHANGED = /[`\t\n\r\u00A0\u2010-\u2015\u2018-\u201F\u2032\u00AB\u00BB\u2039\u203A\u2212]/g;
const foldOne = (c: string): string => (SPACE.test(c) ? ' ' : (QUOTES[c] ?? '-'));

/**
 * The folded text for tokenising, with `map` null when every character folds to one in place
 * (most paragraphs: one native replace instead of a loop over every character). Where `map` is
 * null an offset into the folded text is the same offset into the input.
 */
export function foldForWords(input: string): { text: string; map: number[] | null } {
  if (ONE_FOR_ONE.test(input) && !MOVES.test(input))
    return { text: input.replace(CHANGED, foldOne), map: null };
  return foldWithMap(input);
}

export function fold(input: string): string {
  return foldWithMap(input).text;
}

// The gate's scan (src/gate/gate.ts) runs on every page, over its whole text: folding all of it as
// above would cost it several times the scan. It folds only what would hide a word from the scan:
// invisible characters, and the compatibility forms NFKC turns into ASCII letters (full-width
// "Ｆａｃｅｂｏｏｋ", ligatures "ﬁ"). White space, dashes and quotes stay: its patterns
// (scanPattern) accept every form that folds to theirs.
// Full-width digits and letters only: full-width punctuation, on every Chinese or Japanese page,
// hides no anchor and would make the gate copy and normalise the whole text there.
const WIDE_CHARS = '\\uFB00-\\uFB06\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A';
const HIDES_WORDS = new RegExp(`[${INVISIBLE_CHARS}${WIDE_CHARS}]`);
const INVISIBLE_ALL = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
const WIDE = new RegExp(`[${WIDE_CHARS}]`);

/**
 * The text with invisible characters dropped and compatibility forms NFKC-folded, for a scan by
 * scanPattern's expressions. The text itself, not a copy, when it holds neither (most pages):
 * then one native scan of it. O(n).
 */
export function foldForScan(text: string): string {
  if (!HIDES_WORDS.test(text)) return text;
  const visible = text.replace(INVISIBLE_ALL, '');
  return WIDE.test(visible) ? visible.normalize('NFKC') : visible;
}

const QUOTE_CHARS = Object.keys(QUOTES).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const quotesFor = (to: string): string =>
  `[${escapeRegExp(to)}${Object.keys(QUOTES)
    .map((c, i) => (QUOTES[c] === to ? QUOTE_CHARS[i] : ''))
    .join('')}]`;
/** What a folded space, dash or quote stands for in unfolded text, as pattern source. */
const UNFOLDED: Record<string, string> = {
  ' ': '\\s+',
  '-': `[-${DASH_CHARS}]`,
  "'": quotesFor("'"),
  '"': quotesFor('"'),
};

/**
 * Pattern source that finds folded words (an anchor such as "social network") in text that
 * foldForScan has read: any run of white space for a space, any dash for a hyphen, any quote for
 * a quote. Every other character is matched as written.
 */
export const scanPattern = (folded: string): string =>
  [...folded].map((c) => UNFOLDED[c] ?? escapeRegExp(c)).join('');

const SPACES_ALL = /\s+/g;
const DASHES_ALL = new RegExp(`[${DASH_CHARS}]`, 'g');
const QUOTES_ALL = new RegExp(`[${QUOTE_CHARS.join('')}]`, 'g');

/** What scanPattern's expression found, folded as the words it was built from. O(n). */
export const foldScanned = (found: string): string =>
  found
    .replace(SPACES_ALL, ' ')
    .replace(DASHES_ALL, '-')
    .replace(QUOTES_ALL, (c) => QUOTES[c] ?? c);
