// The page text the gate reads: the body's text, cut at a bound. A story's anchor words are in
// any article's first part, so a 10 MB page is not read to its end.

const MAX_GATE_CHARS = 2_000_000;

/** O(min(text length, MAX_GATE_CHARS)) after the browser's own textContent walk. */
export function gateText(doc: Document): string {
  return (doc.body?.textContent ?? '').slice(0, MAX_GATE_CHARS);
}
