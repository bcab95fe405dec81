// The page text the gate reads: the body's text, cut at a bound (src/pipeline/bounds.ts).

import { MAX_GATE_CHARS } from '../pipeline/bounds.ts';

/**
 * The reader's work budget, in steps: each element a native textContent reads whole, each element
 * a size check looks at, each node the descent steps over. Once spent, the rest of the page is
 * walked text node by text node, at most this many more: extraction's bound in elements
 * (src/page/extract.ts), as a page with more before its article is one whose article extraction
 * would mostly not reach either. A 200,000-element page (a grid of one letter per cell) took a
 * long task to walk whole.
 */
export const MAX_GATE_NODES = 50_000;

/**
 * The most elements read by one native textContent: an ordinary news page whole (one of 100,000
 * words has about 6,000), yet few enough that a read past the character bound overshoots it by a
 * block of a huge page, not by the page.
 */
export const BLOCK_ELEMENTS = 10_000;

/**
 * The body's textContent up to `max` characters. A block, the body first, of at most `block`
 * elements is read by its own textContent in one native call; a bigger one is descended into, its
 * loose text and child blocks read the same way in document order. Every element read or sized
 * and every node stepped over is charged to `maxNodes`; once that is spent, or past depth 32, the
 * rest of the page is walked text node by text node (whose empty elements the engine skips
 * natively), at most `maxNodes` text nodes more. So an ordinary page costs a few native calls,
 * where a walk of every text node cost Firefox, whose DOM calls are dear, up to four times
 * textContent's time; and a hostile one (a million empty elements, towers of nested ones) about a
 * walk. The bounds count elements, not text: a block read whole is copied whole, so one block of
 * few elements but much text (a million text nodes between comments, 10 MB in one paragraph)
 * overshoots `max` by its text before the cut. src/tools/bench/read-text.ts measures all this.
 * Self-contained (no module helpers) so the benchmark can run its source in a page.
 */
export function gateText(
  doc: Document,
  max = MAX_GATE_CHARS,
  maxNodes = MAX_GATE_NODES,
  block = BLOCK_ELEMENTS,
): string {
  const body = doc.body;
  if (body === null) return '';
  // Sizing a subtree at every level of a 2,000-deep nest would cost its depth times its size:
  // past this depth the reader walks instead.
  const maxDepth = 32;
  let text = '';
  let work = 0;
  let walked = false;
  const done = (): boolean => walked || text.length >= max;
  // Everything from `from` on, in document order, to the end of the body: the reader's last step.
  const walkFrom = (from: Node): void => {
    walked = true;
    // NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION: the nodes textContent is made of, in its order.
    const walker = doc.createTreeWalker(body, 0x4 | 0x8);
    walker.currentNode = from;
    let node: Node | null = from.nodeType === 3 || from.nodeType === 4 ? from : walker.nextNode();
    for (let nodes = 0; node !== null && nodes < maxNodes && text.length < max; nodes++) {
      text += (node as CharacterData).data;
      node = walker.nextNode();
    }
  };
  // `big`: the element is known to hold more than a block, so it is not sized again.
  const read = (element: Element, depth: number, big: boolean): void => {
    const limit = Math.min(block, maxNodes - work);
    if (limit <= 0 || depth >= maxDepth) return walkFrom(element);
    if (!big) {
      // Sized without counting a huge subtree: a live collection is filled only as far as the
      // index asked for, so this looks at no more than `limit` elements.
      const all = element.firstElementChild === null ? null : element.getElementsByTagName('*');
      const size = all === null ? 1 : all.item(limit - 1) === null ? all.length + 1 : Infinity;
      work += Math.min(size, limit);
      if (size <= limit) {
        text += element.textContent ?? '';
        return;
      }
    }
    // An only element child holds all but one of the elements just counted: as many as a block
    // at least, so descending into it, as sizing it would mostly conclude, gives the same text.
    const only = element.firstElementChild === element.lastElementChild;
    for (let node = element.firstChild; node !== null && !done(); node = node.nextSibling) {
      if (work >= maxNodes) return walkFrom(node);
      work++;
      // Node.TEXT_NODE, CDATA_SECTION_NODE, ELEMENT_NODE; comments and the rest hold no text.
      if (node.nodeType === 3 || node.nodeType === 4) text += (node as CharacterData).data;
      else if (node.nodeType === 1) read(node as Element, depth + 1, only);
    }
  };
  read(body, 0, false);
  return text.length > max ? text.slice(0, max) : text;
}
