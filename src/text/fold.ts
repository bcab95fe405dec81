// Character-level folding shared by the index compiler and the page: both sides must see the
// same characters, or a copy on the page silently stops matching its seed.

import { isSpace } from './chars.ts';
import { escapeRegExp, nativeOnFirstUse } from './pattern.ts';

// Quotes NFKC leaves as they are: it runs first, and turns "″" into "′′" and "´" into a space and an
// accent.
const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2039': "'",
  '\u203A': "'",
};
const DASH_CHARS = '\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D';
/** Whether a code unit is one of DASH_CHARS. */
const isDash = (c: number): boolean =>
  (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
// Soft hyphens, zero-width and bidi controls: invisible, so a reader never sees them and they must
// not split words.
const INVISIBLE_CHARS = '\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
/** Whether a code unit is one of INVISIBLE_CHARS, by comparisons (a call per unit in the loop). */
const isInvisible = (c: number): boolean =>
  c === 0xad ||
  c === 0xfeff ||
  (c >= 0x200b &&
    c <= 0x2069 &&
    (c <= 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c !== 0x2065)));
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
  // A character (one code point, one or two units) is tested by its first unit: no space, dash or
  // invisible character is a surrogate. Comparisons, not expressions: V8 compiles an expression
  // again for each of a page's first texts held two bytes a character (any curly quote), which
  // cost more than every character's test.
  const emit = (c: string, at: number): void => {
    const code = c.charCodeAt(0);
    if (isInvisible(code)) return;
    if (isSpace(code)) {
      pendingSpace = text.length > 0;
      return;
    }
    if (pendingSpace) {
      text += ' ';
      map.push(at);
      pendingSpace = false;
    }
    const out = QUOTES[c] ?? (isDash(code) ? '-' : c);
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
const ONE_FOR_ONE = nativeOnFirstUse(
  /^[!-~\u00C0-\u00FF\u2010-\u2015\u2018-\u201F\u2032\u00AB\u00BB\u2039\u203A\u2212 \t\n\r\u00A0]*$/,
);
/** White space that folding would drop or merge, moving the offsets after it. */
const MOVES = nativeOnFirstUse(/^\s|\s\s|\s$/);
const CHANGED = /[`\t\n\r\u00A0\u2010-\u2015\u2018-\u201F\u2032\u00AB\u00BB\u2039\u203A\u2212]/g;
const foldOne = (c: string): string => (isSpace(c.charCodeAt(0)) ? ' ' : (QUOTES[c] ?? '-'));

/**
 * The folded text for tokenising, with `map` null when every character folds to one in place
 * (most paragraphs: one native replace instead of a loop over every character). Where `map` is
 * null an offset into the folded text is the same offset into the input.
 */
export function foldForWords(input: string): { text: string; map: number[] | null } {
  if (ONE_FOR_ONE().test(input) && !MOVES().test(input))
    return { text: input.replace(CHANGED, foldOne), map: null };
  return foldWithMap(input);
}

export function fold(input: string): string {
  return foldWithMap(input).text;
}

// The gate's scan (src/gate/gate.ts) runs on every page the reader allows, over its whole text, so
// it folds only what a news page plausibly puts inside the story's words, and cheaply. Invisible
// characters (a soft hyphen from a hyphenation script, zero-width characters, a word joiner, a BOM,
// bidi marks) are dropped: one test of the text, and one replace only where it holds one. White
// space, dashes and quotes are not folded but matched in every form by scanPattern's expressions
// ("\s", NBSP included, for a space). Nothing else: NFKC forms (full-width "Ｆａｃｅｂｏｏｋ",
// ligatures "ﬁ", math bold, circled letters) stay as written. The story's anchors are English
// words, and a page that writes English in those forms is spam, not news; folding them took a
// table of code points and a pass over every page with a character above U+00FF (nearly every
// page: curly quotes), two to four times the cost of the scan. The matcher (fold above) still
// folds them.
// The soft hyphen, the only one below U+0100, looked for by a native search; the class of the
// others cannot match a text the engine keeps one byte per character, and costs nothing there.
const INVISIBLE_ABOVE_FF = new RegExp(`[${INVISIBLE_CHARS.replace('\\u00AD', '')}]`);

/**
 * How many UTF-16 units foldForScanInSteps folds between yields: under a millisecond of work once
 * V8 has compiled the loop, 4–6 ms before (2 MB of soft hyphens in Node under load; at 65,536 a
 * step the first steps took 13–16 ms).
 */
export const FOLD_STEP = 1 << 14;

/**
 * The text with invisible characters dropped, for a scan by scanPattern's expressions: the text
 * itself when it holds none (most pages), after a test of it. Otherwise one pass over its UTF-16
 * units into a typed array, O(n): a native replace costs a call per character dropped, 88 ms on 2 MB
 * of soft hyphens, a long task.
 */
export function foldForScan(text: string): string {
  const steps = foldForScanInSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * foldForScan, yielding every FOLD_STEP units: the gate script folds a page's text between its
 * read and its scan over several tasks, as a whole bound of soft hyphens took 22–41 ms at once.
 * Each unit is kept or dropped on its own, and each step's units are decoded as they are kept (a
 * streaming decoder keeps a surrogate pair cut between two steps whole), so no step grows with
 * the text: the text folds the same in steps as in one go.
 */
export function* foldForScanInSteps(text: string): Generator<void, string, void> {
  if (!text.includes('\u00AD') && !INVISIBLE_ABOVE_FF.test(text)) return text;
  const out = new Uint16Array(Math.min(text.length, FOLD_STEP));
  // Decodes the units as written: a Uint16Array holds them in the platform's byte order,
  // little-endian on every machine the browsers run this on (x86, ARM), one unit for one. A lone
  // surrogate, which a page may hold or the gate's cut at MAX_GATE_CHARS may leave by splitting a
  // pair, becomes U+FFFD, still one unit: harmless, as no anchor or description holds a surrogate
  // or U+FFFD, the text's other characters are unchanged, and the scan's text is never mapped
  // back to the page. Its own decoder: a fold left unfinished (a read overtaken) leaves no half
  // pair behind for the next.
  const decoder = new TextDecoder('utf-16le');
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += FOLD_STEP) {
    if (start > 0) yield;
    const end = Math.min(text.length, start + FOLD_STEP);
    let n = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      // Most units are below the soft hyphen: one comparison.
      if (c < 0xad || !isInvisible(c)) out[n++] = c;
    }
    pieces.push(decoder.decode(out.subarray(0, n), { stream: end < text.length }));
  }
  return pieces.join('');
}

const QUOTE_CHARS = Object.keys(QUOTES).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const quotesFor = (to: string): string =>
  `[${escapeRegExp(to)}${Object.keys(QUOTES)
    .map((c, i) => (QUOTES[c] === to ? QUOTE_CHARS[i] : ''))
    .join('')}]`;
/**
 * White space but a line break, written out: what `[^\S\n]` matches, every UTF-16 code unit the
 * same. The gate's expressions are case-insensitive, and V8 closes a negated class under case over
 * every code point with ICU's tables: about 8.6M instructions on a background's next four story
 * pages, on the thread that matches, where this class costs about 0.1M.
 */
const SPACE_IN_LINE =
  '[\\t\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';
/**
 * What a folded space, dash or quote stands for in unfolded text, as pattern source. A space is a
 * run of white space with at most one line break in it: the matcher folds within a paragraph, and
 * a blank line ("social\n\nNetwork Rail") parts two, which the gate must not join into one anchor.
 * Written as a white space ahead, then the run: the class twice, where `(?:S+(?:\nS*)?|\nS*)`,
 * the same runs, wrote it three times, and V8 closes each copy under case as it compiles (the
 * gate's bank group compiled in 1.06M instructions, from 1.75M). What follows a space in a
 * pattern is never white space, so the run is taken whole either way. The second run only after a
 * line break: `S*\n?S*` (the break optional between two runs of one class) let a run that is not
 * followed by the anchor's next word be split between the two every way, time growing with the
 * square of its length (64,000 spaces after "social": 4 s on a page's main thread).
 */
const UNFOLDED: Record<string, string> = {
  ' ': `(?=\\s)${SPACE_IN_LINE}*(?:\\n${SPACE_IN_LINE}*)?`,
  '-': `[-${DASH_CHARS}]`,
  "'": quotesFor("'"),
  '"': quotesFor('"'),
};

/**
 * Pattern source that finds folded words (an anchor such as "social network") in text that
 * foldForScan has read: white space within a paragraph for a space, any dash for a hyphen, any
 * quote for a quote. Every other character is matched as written.
 */
export const scanPattern = (folded: string): string =>
  [...folded].map((c) => UNFOLDED[c] ?? escapeRegExp(c)).join('');

/** Whether scanPattern writes a class for any of the folded words' characters: a space, dash or quote. */
export const hasUnfolded = (folded: string): boolean =>
  folded.includes(' ') || folded.includes('-') || folded.includes("'") || folded.includes('"');

/**
 * What scanPattern's expression found, folded as the words it was built from: each run of white
 * space one space, each dash a hyphen, each quote its ASCII quote. O(n). Read by character: the
 * three expressions it was would be compiled again on a page's text held two bytes a character.
 */
export function foldScanned(found: string): string {
  let out = '';
  let spaced = false;
  for (let i = 0; i < found.length; i++) {
    const c = found.charCodeAt(i);
    if (isSpace(c)) {
      if (!spaced) out += ' ';
      spaced = true;
      continue;
    }
    spaced = false;
    const ch = found[i] ?? '';
    out += isDash(c) ? '-' : (QUOTES[ch] ?? ch);
  }
  return out;
}
