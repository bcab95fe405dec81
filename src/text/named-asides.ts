// A name and the aside that describes it, as one matching unit: "Citigroup, which confirmed the
// talks, would not say whether it would share data" states that Citigroup confirmed the talks,
// affirmed, whatever the sentence's main clause denies. Cut at its commas, the aside alone
// ("which confirmed the talks") lacks the name it is about, and the whole sentence is negated by
// its main clause. The compiler reads a seed's appositive with its head for the same reason
// (src/compiler/pieces.ts, `about`); this is the page's side.

import type { Piece } from './units.ts';

/**
 * A relative clause after a comma: ", which …", ", who …", ", whose …", to the next comma,
 * semicolon or colon, or the sentence's end. The name before it is its head.
 */
const RELATIVE = /,\s+(?:which|who|whose)\s[^,;:]*/g;
/** A run of capitalised words ending where the aside starts: the name the aside describes. */
const NAME_BEFORE = /(?:\p{Lu}[\w.&'-]*\s+)*\p{Lu}[\w.&'-]*$/u;
/**
 * How far before an aside its name may start: a name is a few words, and looking back no further
 * keeps a sentence of many asides linear in its length.
 */
const NAME_CHARS = 100;
/** Words that open a sentence to link it to the one before: capitalised there, never a name. */
const CONNECTIVE = /^(?:however|but|instead|meanwhile|and|so|moreover|yet|still|plus)\b\s*/i;

/**
 * Each relative aside of `sentence` that follows a name, from the name's start to the aside's
 * end (the sentence's last full stop left out). O(sentence length).
 */
export function namedAsides(sentence: string): Piece[] {
  const out: Piece[] = [];
  for (const m of sentence.matchAll(RELATIVE)) {
    const from = Math.max(0, m.index - NAME_CHARS);
    const run = NAME_BEFORE.exec(sentence.slice(from, m.index));
    if (run === null) continue;
    const connective = CONNECTIVE.exec(run[0]);
    const start = from + run.index + (connective === null ? 0 : connective[0].length);
    if (start >= m.index) continue;
    const end = m.index + m[0].replace(/[\s.]+$/, '').length;
    out.push({ start, end });
  }
  return out;
}
