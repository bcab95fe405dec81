// Building regular expressions from words: names, aliases and anchors come from story data, and
// their characters must be matched as written, never read as pattern syntax.

/** The text with every character that means something in a pattern escaped. O(length). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Text of ASCII and of characters beyond it that are never letters or marks: Latin-1 punctuation
 * and signs, general punctuation, currency signs, arrows, technical and box-drawing symbols,
 * dingbats. In such text the only letters are A–Z and a–z.
 */
const NO_LETTERS_BEYOND_ASCII = nativeOnFirstUse(
  /^[\0-\x7F\u00A0-\u00A9\u00AB-\u00B4\u00B6-\u00B9\u00BB-\u00BF\u00D7\u00F7\u2000-\u206F\u20A0-\u20CF\u2190-\u23FF\u2500-\u27BF]*$/,
);

/**
 * Whether every letter in the text is an ASCII letter. Where it is, an expression over Unicode
 * letters (\p{L}) finds exactly what its twin over [A-Za-z] finds, and the twin costs V8 about a
 * hundredth as much to compile: each Unicode property is built from ICU's tables, several
 * megainstructions, on a page load that otherwise does not need them. O(length).
 */
export const lettersAreAscii = (text: string): boolean => NO_LETTERS_BEYOND_ASCII().test(text);

/**
 * One expression over letters, for a given text: `ascii` where the text's letters are all ASCII,
 * else the same expression over Unicode letters (`unicode`, its source), compiled the first time
 * a text needs it. Written as a literal, a Unicode property pattern would be parsed, and its
 * properties built, as the script loads, needed or not.
 */
export function letterPattern(ascii: RegExp, unicode: string, flags: string): (text: string) => RegExp {
  let full: RegExp | null = null;
  const native = nativeOnFirstUse(ascii);
  return (text) => (lettersAreAscii(text) ? native() : (full ??= new RegExp(unicode, flags)));
}

/** A subject long enough for V8 and SpiderMonkey to compile an expression to native code at once. */
const LONG_SUBJECT = '\0'.repeat(1001);

/**
 * The expression, compiled to native code now. V8 compiles an expression at its first run to
 * bytecode for its interpreter and at its second to native code (its tier-up), but to native code
 * at once for a subject of 1,000 characters or more. The matcher runs most of its expressions on a
 * sentence, a clause or the characters before a word, so a first page paid for both, the bytecode
 * (peephole-optimised) the dearer: NAME_OWNS cost 1.09M instructions so, 0.41M run first on 1,000
 * NULs (src/tools/bench/LOG.md, session 30). An expression given here must read those in linear
 * time: each fails at a NUL in a step or two, or takes them all in one match (`[^A-Za-z\d]+`,
 * lettersAreAscii's anchored class). `lastIndex` is 0 after it. Now, for the expressions the
 * tokeniser runs as the background loads (stem.ts, terms.ts: modules of its bundle alone); at their
 * first use (nativeOnFirstUse) for the rest, so that a page or a popup that never runs one compiles
 * nothing. Firefox's SpiderMonkey is read (review R30d, from memory of its source; not measured
 * here) to compile at once only for a subject longer than 1,000 characters, so the subject has
 * 1,001; where an engine does not, the cost is one more run of a few microseconds.
 */
export function compiledNative<T extends RegExp>(re: T): T {
  re.test(LONG_SUBJECT);
  re.lastIndex = 0;
  return re;
}

/** The expression, compiled to native code at its first use (compiledNative): a page that never runs it compiles nothing. */
export function nativeOnFirstUse(re: RegExp): () => RegExp {
  let ready = false;
  return () => {
    if (!ready) {
      ready = true;
      compiledNative(re);
    }
    return re;
  };
}
