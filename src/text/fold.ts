// Character-level folding shared by the index compiler and the page: both sides must see the
// same characters, or a copy on the page silently stops matching its seed.

import { escapeRegExp } from './pattern.ts';

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
// invisible characters, and every character the matcher's fold turns into ASCII letters, digits,
// dashes or quotes that scanPattern does not accept as written (full-width "Ｆａｃｅｂｏｏｋ", ligatures
// "ﬁ", math bold "𝐅𝐚𝐜𝐞", circled "ⓕ", the Kelvin sign, superscripts, "ſ"); test/unit/text/
// fold-scan.test.ts checks every code point. Full-width punctuation other than dashes and quotes
// ("，" on every Chinese page) is not folded: a gate anchor holding "&" or "," written full-width
// would be missed. White space, dashes and quotes stay: scanPattern accepts every form of them.
const WIDE_BMP =
  '\\u00AA\\u00B2\\u00B3\\u00B9\\u00BA\\u0132\\u0133\\u017F\\u01C4-\\u01CC\\u01F1-\\u01F3\\u02B0-\\u02B8' +
  '\\u02E1-\\u02E3\\u1D2C-\\u1DBF\\u1FEF\\u2033\\u2034\\u2057\\u2070-\\u209C\\u20A8\\u2100-\\u2189' +
  '\\u2460-\\u24FF\\u2C7C\\u2C7D\\u3250-\\u33FF\\uA7F1-\\uA7F9\\uFB00-\\uFB06\\uFE31\\uFE32\\uFF02\\uFF07' +
  '\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF40-\\uFF5A';
/** Lead surrogate and trail range of the astral blocks that fold to ASCII (math letters, circled
 * and squared letters, segmented digits ...). */
const WIDE_ASTRAL: readonly [number, number, number][] = [
  [0xd801, 0xdf80, 0xdfba],
  [0xd833, 0xdcd6, 0xdcf9],
  [0xd835, 0xdc00, 0xdfff],
  [0xd83c, 0xdd00, 0xddff],
  [0xd83e, 0xdff0, 0xdff9],
];
const hex = (n: number): string => `\\u${n.toString(16).padStart(4, '0')}`;
/** The code ranges a class source ("\\u00AD\\u200B-\\u200F") names, in order, neighbours joined. */
function rangesOf(source: string): [number, number][] {
  const ranges = [...source.matchAll(/\\u([0-9A-F]{4})(?:-\\u([0-9A-F]{4}))?/gi)]
    .map((m): [number, number] => [parseInt(m[1] ?? '', 16), parseInt(m[2] ?? m[1] ?? '', 16)])
    .sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of ranges) {
    const last = out[out.length - 1];
    if (last !== undefined && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}
// Looked for cheaply, as most pages hold none of them: the Latin-1 members one by one (a native
// single-character search); the rest by classes of BMP characters above U+00FF (engines keep a
// text with no character above U+00FF one byte per character, where such a class cannot match
// and the test costs nothing), as an alternation of classes of at most 16 ranges each (V8 scans a
// class of 17 ranges or more ten to twenty times slower than one of 16, and the alternation a
// third faster than a test per class); the astral blocks by their lead surrogate first.
const LATIN1_HIDERS = ['\u00AD', '\u00AA', '\u00B2', '\u00B3', '\u00B9', '\u00BA'];
const ABOVE_FF = rangesOf(INVISIBLE_CHARS + WIDE_BMP).filter(([lo]) => lo > 0xff);
const HIDES_ABOVE_FF = new RegExp(
  Array.from({ length: Math.ceil(ABOVE_FF.length / 16) }, (_, i) => {
    const ranges = ABOVE_FF.slice(i * 16, i * 16 + 16);
    return `[${ranges.map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`)).join('')}]`;
  }).join('|'),
);
const ASTRAL_HIDERS = WIDE_ASTRAL.map(
  ([lead, lo, hi]) => [String.fromCharCode(lead), new RegExp(`${hex(lead)}[${hex(lo)}-${hex(hi)}]`)] as const,
);
const mayHideWords = (text: string): boolean =>
  LATIN1_HIDERS.some((c) => text.includes(c)) ||
  HIDES_ABOVE_FF.test(text) ||
  ASTRAL_HIDERS.some(([lead, pair]) => text.includes(lead) && pair.test(text));

// Each character that may fold has a slot: its code for the BMP, 0x10000 + 1,024 per astral block
// after that. A slot's fold is computed on first sight (NFKC) and kept: as one unit in a typed
// array (most: "ａ", "K", "𝐚"), or, for the few that grow ("ﬁ", "㎦"), as a string.
const KEEP = 0;
const DROP = 1;
const FOLD = 2;
/** Kinds 3 and up: the lead surrogate of astral block kind - 3. */
const LEAD = 3;
const MANY = 0xffff;
const UTF16 = new TextDecoder('utf-16le');
interface Tables {
  kind: Uint8Array;
  one: Uint16Array;
  many: string[];
}
let tables: Tables | undefined;
function foldTables(): Tables {
  if (tables !== undefined) return tables;
  const kind = new Uint8Array(0x10000);
  for (const [lo, hi] of rangesOf(INVISIBLE_CHARS)) kind.fill(DROP, lo, hi + 1);
  for (const [lo, hi] of rangesOf(WIDE_BMP)) kind.fill(FOLD, lo, hi + 1);
  WIDE_ASTRAL.forEach(([lead], b) => (kind[lead] = LEAD + b));
  const slots = 0x10000 + WIDE_ASTRAL.length * 0x400;
  return (tables = { kind, one: new Uint16Array(slots), many: new Array<string>(slots).fill('') });
}
/** Fills a slot from the folded characters; returns its one unit or MANY. */
function learn(t: Tables, slot: number, chars: string): number {
  const to = chars.normalize('NFKC');
  if (to.length !== 1) t.many[slot] = to;
  return (t.one[slot] = to.length === 1 ? to.charCodeAt(0) : MANY);
}

/**
 * The text with invisible characters dropped and the characters above NFKC-folded, for a scan by
 * scanPattern's expressions. The text itself, not a copy, when it holds none (most pages): then a
 * few native searches of it. Otherwise one pass over its UTF-16 units into a typed array with a
 * table lookup per unit, O(n): a hostile page of soft hyphens between every letter or of
 * full-width text costs that pass, where a replace or a normalisation per run costs a call per run
 * (over 100 ms on 2 MB).
 */
export function foldForScan(text: string): string {
  if (!mayHideWords(text)) return text;
  const t = foldTables();
  const { kind, one, many } = t;
  // Room for the rest of the text after every write, so the common write needs no check.
  let out = new Uint16Array(text.length + 64);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = kind[c] ?? KEEP;
    if (k === KEEP) {
      out[n++] = c;
      continue;
    }
    if (k === DROP) continue;
    let slot = c;
    if (k >= LEAD) {
      const block = WIDE_ASTRAL[k - LEAD];
      const trail = text.charCodeAt(i + 1);
      if (block === undefined || trail < block[1] || trail > block[2]) {
        out[n++] = c;
        continue;
      }
      slot = 0x10000 + (k - LEAD) * 0x400 + (trail - 0xdc00);
      i++;
    }
    let unit = one[slot] ?? KEEP;
    if (unit === 0) unit = learn(t, slot, k >= LEAD ? text.slice(i - 1, i + 1) : text.charAt(i));
    if (unit !== MANY) {
      out[n++] = unit;
      continue;
    }
    const to = many[slot] ?? '';
    if (out.length - n - to.length < text.length - i) {
      const bigger = new Uint16Array(out.length * 2 + to.length);
      bigger.set(out);
      out = bigger;
    }
    for (let j = 0; j < to.length; j++) out[n++] = to.charCodeAt(j);
  }
  return UTF16.decode(out.subarray(0, n));
}

const QUOTE_CHARS = Object.keys(QUOTES).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const quotesFor = (to: string): string =>
  `[${escapeRegExp(to)}${Object.keys(QUOTES)
    .map((c, i) => (QUOTES[c] === to ? QUOTE_CHARS[i] : ''))
    .join('')}]`;
/**
 * What a folded space, dash or quote stands for in unfolded text, as pattern source. A space is a
 * run of white space with at most one line break in it: the matcher folds within a paragraph, and
 * a blank line ("social\n\nNetwork Rail") parts two, which the gate must not join into one anchor.
 */
const UNFOLDED: Record<string, string> = {
  ' ': '(?:[^\\S\\n]+(?:\\n[^\\S\\n]*)?|\\n[^\\S\\n]*)',
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

const SPACES_ALL = /\s+/g;
const DASHES_ALL = new RegExp(`[${DASH_CHARS}]`, 'g');
const QUOTES_ALL = new RegExp(`[${QUOTE_CHARS.join('')}]`, 'g');

/** What scanPattern's expression found, folded as the words it was built from. O(n). */
export const foldScanned = (found: string): string =>
  found
    .replace(SPACES_ALL, ' ')
    .replace(DASHES_ALL, '-')
    .replace(QUOTES_ALL, (c) => QUOTES[c] ?? c);
