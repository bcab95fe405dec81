// The page text the gate reads: the body's text, cut at a bound (src/pipeline/bounds.ts).

import { MAX_GATE_CHARS } from '../pipeline/bounds.ts';

/** O(min(text length, MAX_GATE_CHARS)) after the browser's own textContent walk. */
export function gateText(doc: Document): string {
  return (doc.body?.textContent ?? '').slice(0, MAX_GATE_CHARS);
}
