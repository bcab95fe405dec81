// The page text the gate reads: the body's text, cut at a bound (src/pipeline/bounds.ts).

import { MAX_GATE_CHARS } from '../pipeline/bounds.ts';

/**
 * The body's textContent up to `max` characters, without copying the rest: a walk of its text
 * nodes that stops at the bound. O(min(text, max)) characters and the text nodes they are in.
 */
export function gateText(doc: Document, max = MAX_GATE_CHARS): string {
  const body = doc.body;
  if (body === null) return '';
  // NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION: the nodes textContent is made of, in its order.
  const walker = doc.createTreeWalker(body, 0x4 | 0x8);
  const parts: string[] = [];
  let length = 0;
  while (length < max && walker.nextNode() !== null) {
    const data = (walker.currentNode as CharacterData).data;
    const kept = length + data.length > max ? data.slice(0, max - length) : data;
    parts.push(kept);
    length += kept.length;
  }
  return parts.join('');
}
