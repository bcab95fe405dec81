// A name and the aside that describes it, as one matching unit: "Citigroup, which confirmed the
// talks, would not say whether it would share data" states that Citigroup confirmed the talks,
// affirmed, whatever the sentence's main clause denies. Cut at its commas, the aside alone
// ("which confirmed the talks") lacks the name it is about, and the whole sentence is negated by
// its main clause. "Messenger, with 1.3B monthly users" likewise states what Messenger has. The
// compiler reads a seed's appositive with its head for the same reason (src/compiler/pieces.ts,
// `about`); this is the page's side.

import { holdsAt, isNameChar, isSpace, isWordChar, lowerAscii, spacesBack, spacesFrom } from './chars.ts';
import { nativeOnFirstUse } from './pattern.ts';
import type { Piece } from './units.ts';

/**
 * A relative clause after a comma: ", which …", ", who …", ", whose …", to the next comma,
 * semicolon or colon, or the sentence's end; or what the name has, ", with …" ("Messenger, with
 * 1.3B monthly users, already supports …": wire copy gives a thing's figures so, and the whole
 * sentence's other facts dilute them). The name before it is its head.
 */
const RELATIVE = nativeOnFirstUse(/,\s+(?:which|who|whose|with)\s[^,;:]*/g);
/**
 * An upper-case letter (`\p{Lu}`) outside ASCII and Latin-1, asked only of a character that may
 * start a name's word where the character after it does not; the expression is compiled, with its
 * Unicode tables, only on a page that has one there.
 */
const UPPER = /^\p{Lu}$/u;
/**
 * How far before an aside its name may start: a name is a few words, and looking back no further
 * keeps a sentence of many asides linear in its length.
 */
const NAME_CHARS = 100;

/**
 * Whether the code point is an upper-case letter (`\p{Lu}`): by range in ASCII and Latin-1
 * (À to Þ but ×), none among the general punctuation (curly quotes, dashes), else by UPPER.
 */
const isUpper = (cp: number): boolean => {
  if (cp < 0x100) return (cp >= 65 && cp <= 90) || (cp >= 0xc0 && cp <= 0xde && cp !== 0xd7);
  if (cp >= 0x2000 && cp <= 0x206f) return false;
  return UPPER.test(String.fromCodePoint(cp));
};

/**
 * Where the run of capitalised words that ends at `end` starts (each word a capital and then
 * `[\w.&'-]`, the words apart by white space), reading no further back than `from`; -1 when the
 * text before `end` is no such word. The leftmost start, as the expression
 * `(?:\p{Lu}[\w.&'-]*\s+)*\p{Lu}[\w.&'-]*$` would find in the text from `from` to `end`, read
 * back from `end` once: a word at a time, its own characters first.
 */
function nameStart(text: string, from: number, end: number): number {
  let start = -1;
  let wordEnd = end;
  for (;;) {
    // The word's tail of word characters, then its capital: the one before the tail (a capital
    // outside ASCII is no word character), else the tail's first ASCII capital.
    let tail = wordEnd;
    while (tail > from && isNameChar(text.charCodeAt(tail - 1))) tail--;
    let capital = -1;
    if (tail > from) {
      const last = text.charCodeAt(tail - 1);
      const pair =
        last >= 0xdc00 &&
        last <= 0xdfff &&
        tail - 2 >= from &&
        (text.charCodeAt(tail - 2) & 0xfc00) === 0xd800;
      const at = pair ? tail - 2 : tail - 1;
      if (isUpper(text.codePointAt(at) ?? 0)) capital = at;
    }
    for (let i = tail; capital < 0 && i < wordEnd; i++) {
      const c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) capital = i;
    }
    if (capital < 0) return start;
    start = capital;
    // A word before it only across white space, and only if the whole of this word is one.
    if (capital === from || !isSpace(text.charCodeAt(capital - 1))) return start;
    const gap = spacesBack(text, capital, from);
    if (gap === from) return start;
    wordEnd = gap;
  }
}

/**
 * The white space and full stops that end an aside, read from the first of the run only: from each
 * of them a long run took quadratic time (exported for its property test against the quadratic
 * form it replaced, backtracking.test.ts).
 */
export const TRAILING_SPACE_OR_DOT = /(?<![\s.])[\s.]+$/;
/** Words that open a sentence to link it to the one before: capitalised there, never a name. */
const CONNECTIVES = new Set('however but instead meanwhile and so moreover yet still plus'.split(' '));

/**
 * How much of the text from `start` is a linking word, in any case, and the white space after it
 * (`^(?:however|…)\b\s*`, case-insensitive: a whole word of `\w`), or 0. Read by character, not
 * by a case-insensitive expression, which V8 compiles with its case tables on a first page.
 */
function connectiveLength(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isWordChar(text.charCodeAt(i))) i++;
  if (!CONNECTIVES.has(lowerAscii(text, start, i))) return 0;
  return Math.min(spacesFrom(text, i), end) - start;
}

/**
 * Whether the aside at `at` is a ", with" that does not describe the name starting at `name` (a
 * linking word opening the sentence with it): it does only where the name opens a clause (the
 * sentence's start, past a linking word; after `,;:` or "that"). After a verb or preposition
 * ("talks with JPMorgan Chase, with Citigroup or with Wells Fargo", "fell on Monday, with
 * investors worried that …") it continues a list or opens an absolute clause, and cut out it
 * would state what the sentence denies. "with which/whom" is a relative and stays one. Reads
 * back from `name` only across white space.
 */
function isWithList(sentence: string, at: number, name: number): boolean {
  const word = spacesFrom(sentence, at + 1);
  if (!holdsAt(sentence, word, 'with') || holdsAt(sentence, spacesFrom(sentence, word + 4), 'wh'))
    return false;
  const before = spacesBack(sentence, name);
  if (before === 0) return false;
  const c = sentence.charCodeAt(before - 1);
  if (c === 44 || c === 59 || c === 58) return false; // , ; :
  return !(
    before >= 4 &&
    holdsAt(sentence, before - 4, 'that') &&
    (before === 4 || !isWordChar(sentence.charCodeAt(before - 5)))
  );
}

/**
 * Each relative aside of `sentence` that follows a name, from the name's start to the aside's
 * end (the sentence's last full stop left out). O(sentence length).
 */
export function namedAsides(sentence: string): Piece[] {
  const out: Piece[] = [];
  const relative = RELATIVE();
  relative.lastIndex = 0;
  for (let m = relative.exec(sentence); m !== null; m = relative.exec(sentence)) {
    const name = nameStart(sentence, Math.max(0, m.index - NAME_CHARS), m.index);
    if (name < 0) continue;
    const start = name + connectiveLength(sentence, name, m.index);
    if (start >= m.index) continue;
    if (isWithList(sentence, m.index, name)) continue;
    const end = m.index + m[0].replace(TRAILING_SPACE_OR_DOT, '').length;
    out.push({ start, end });
  }
  return out;
}
