// The page text the gate reads: the body's text, cut at a bound (src/pipeline/bounds.ts).

import { MAX_GATE_CHARS } from '../pipeline/bounds.ts';
import { foldForScanInSteps } from '../text/fold.ts';
import { runSteps, type Steps } from './steps.ts';

/**
 * The most text nodes the reader reads: extraction's bound in elements (src/page/extract.ts), as a
 * page with more before its article is one whose article extraction would mostly not reach either.
 * A 200,000-element page (a grid of one letter per cell) took a long task to read whole.
 */
export const MAX_GATE_NODES = 50_000;

/**
 * The body's textContent up to `max` characters and `maxNodes` text nodes, read text node by text
 * node, each only as far as the bound leaves (substringData): O(min(text nodes, maxNodes)) calls and
 * O(max) characters copied, however the page holds its text; empty elements cost no call (the
 * walker skips them natively). Native reads of whole blocks (textContent, b67ec24) made fewer calls
 * on an ordinary page, which Firefox's dear DOM calls paid for (a 5,000-word page about twice as
 * fast), but no native read stops at a bound: one paragraph of 10 MB, or a million text nodes
 * between comments, was copied whole before the cut (the million: 125 ms in Chromium, 123 in
 * Firefox, against 26 and 50 now). src/tools/bench/read-text.ts measures all this.
 */
export function gateText(doc: Document, max = MAX_GATE_CHARS, maxNodes = MAX_GATE_NODES): string {
  return runSteps(gateTextInSteps(doc, max, maxNodes));
}

/**
 * gateText, yielding every 1,000 text nodes (./steps.ts): the gate script reads a huge page over
 * several tasks. Self-contained (no module helpers) so the benchmark can run its source in a page.
 */
export function* gateTextInSteps(
  doc: Document,
  max = MAX_GATE_CHARS,
  maxNodes = MAX_GATE_NODES,
): Steps<string> {
  let body = doc.body;
  if (body === null) return '';
  // NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION: the nodes textContent is made of, in its order.
  let walker = doc.createTreeWalker(body, 0x4 | 0x8);
  let text = '';
  let nodes = 0;
  for (let node = walker.nextNode(); node !== null && nodes < maxNodes && text.length < max; nodes++) {
    // Only as much as the bound leaves: the whole data when it fits.
    text += (node as CharacterData).substringData(0, max - text.length);
    if (nodes % 1_000 === 999) {
      yield;
      // The page moved its text meanwhile (a new body, this node elsewhere): what was read is no
      // longer its text in order, so the read starts again, within what is left of the bound.
      if (doc.body !== body || !body.contains(node)) {
        body = doc.body;
        if (body === null) return '';
        walker = doc.createTreeWalker(body, 0x4 | 0x8);
        text = '';
        node = walker.nextNode();
        continue;
      }
    }
    node = walker.nextNode();
  }
  return text;
}

/**
 * The gate's text folded for its scan (foldForScan), the read and the fold both in steps: on a
 * page of 2 MB of soft hyphens the fold alone was a long task (22–41 ms). The content scripts'
 * gate takes it as folded (bundledGate) and does not fold it again.
 */
export function* scanTextInSteps(doc: Document): Steps<string> {
  return yield* foldForScanInSteps(yield* gateTextInSteps(doc));
}
