// The page text the gate reads: the body's text, cut at a bound (src/pipeline/bounds.ts).

import { MAX_GATE_CHARS } from '../pipeline/bounds.ts';

/**
 * The most text nodes read, extraction's bound in elements (src/page/extract.ts): a page with
 * more before its article is one whose article extraction would mostly not reach either. A
 * 200,000-element page (a grid of one letter per cell) took a long task to walk whole.
 */
export const MAX_GATE_NODES = 50_000;

/**
 * The body's textContent up to `max` characters, without copying the rest: a walk of its text
 * nodes that stops at the bounds. O(min(text, max)) characters, in at most `maxNodes` text nodes.
 * The trade, measured by src/tools/bench/read-text.ts: on a 10 MB page it takes a twentieth of
 * textContent's time in Chromium, a third or less in Firefox; on ordinary pages about as much in
 * Chromium; in Firefox, whose DOM calls cost more, a little more at 5,000 words and up to four
 * times as much from 20,000 (0.6 ms more there, about 5 ms more at 100,000). Appending to one
 * string, which the engine keeps in pieces until the gate reads it, was faster in Chromium than
 * collecting the pieces and joining them.
 */
export function gateText(doc: Document, max = MAX_GATE_CHARS, maxNodes = MAX_GATE_NODES): string {
  const body = doc.body;
  if (body === null) return '';
  // NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION: the nodes textContent is made of, in its order.
  const walker = doc.createTreeWalker(body, 0x4 | 0x8);
  let text = '';
  let nodes = 0;
  for (let node = walker.nextNode(); node !== null && text.length < max; node = walker.nextNode()) {
    text += (node as CharacterData).data;
    if (++nodes >= maxNodes) break;
  }
  return text.length > max ? text.slice(0, max) : text;
}
