// The page text the gate reads: the body's text, cut at a bound (src/pipeline/bounds.ts).

import { MAX_GATE_CHARS } from '../pipeline/bounds.ts';

/**
 * The most text nodes read, extraction's bound in elements (src/page/extract.ts): a page with
 * more before its article is one whose article extraction would mostly not reach either. A
 * 200,000-element page (a grid of one letter per cell) took a long task to walk whole.
 */
export const MAX_GATE_NODES = 50_000;

/**
 * The most elements read by one native textContent: an ordinary news page whole (one of 100,000
 * words has about 6,000), yet few enough that a read past the character bound overshoots it by a
 * block of a huge page, not by the page.
 */
export const BLOCK_ELEMENTS = 10_000;

/**
 * The body's textContent up to `max` characters, without copying the rest, reading at most
 * `maxNodes` nodes (an element read whole counts one per element in it). A block, the body first,
 * of at most `block` elements is read by its own textContent in one native call; a bigger one is
 * descended into, its loose text and child blocks read the same way in document order, until a
 * bound is reached. So an ordinary page costs a few native calls, where a walk of every text node
 * cost Firefox, whose DOM calls are dear, up to four times textContent's time; and a 10 MB page
 * about a walk to the bound. src/tools/bench/read-text.ts measures both. Self-contained (no
 * module helpers) so the benchmark can run its source in a page.
 */
export function gateText(
  doc: Document,
  max = MAX_GATE_CHARS,
  maxNodes = MAX_GATE_NODES,
  block = BLOCK_ELEMENTS,
): string {
  const body = doc.body;
  if (body === null) return '';
  // Counting a subtree at every level of a 2,000-deep nest would cost its depth times its size:
  // past this depth the reader walks text nodes one by one instead.
  const maxDepth = 32;
  let text = '';
  let nodes = 0;
  const full = (): boolean => text.length >= max || nodes >= maxNodes;
  const walk = (root: Element): void => {
    // NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION: the nodes textContent is made of, in its order.
    const walker = doc.createTreeWalker(root, 0x4 | 0x8);
    for (let node = walker.nextNode(); node !== null && !full(); node = walker.nextNode()) {
      text += (node as CharacterData).data;
      nodes++;
    }
  };
  const read = (element: Element, depth: number): void => {
    // Sized without counting a huge subtree: a live collection is filled only as far as the
    // index asked for, so this looks at no more than `limit` elements.
    const limit = Math.min(block, maxNodes - nodes);
    const all = element.firstElementChild === null ? null : element.getElementsByTagName('*');
    const size = all === null ? 1 : all.item(limit - 1) === null ? all.length + 1 : Infinity;
    if (size <= limit) {
      text += element.textContent ?? '';
      nodes += size;
      return;
    }
    if (depth >= maxDepth) return walk(element);
    for (let node = element.firstChild; node !== null && !full(); node = node.nextSibling) {
      // Node.TEXT_NODE, CDATA_SECTION_NODE, ELEMENT_NODE; comments and the rest hold no text.
      if (node.nodeType === 3 || node.nodeType === 4) {
        text += (node as CharacterData).data;
        nodes++;
      } else if (node.nodeType === 1) read(node as Element, depth + 1);
    }
  };
  if (!full()) read(body, 0);
  return text.length > max ? text.slice(0, max) : text;
}
