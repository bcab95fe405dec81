import { LEAD_CHARS } from '../core/text-page.ts';

// The page text the gate reads. First the lead: the title, the description and social-card tags,
// the address and the first few thousand characters of the body's text, which is where an
// article about a story names its subject; a page whose lead names no subject is never read
// further. Then, past the lead, the body's text, cut at a bound: a story's anchor words are in
// any article's first part, so a 10 MB page is not read to its end.

const MAX_GATE_CHARS = 2_000_000;

/** O(min(text length, MAX_GATE_CHARS)) after the browser's own textContent walk. */
export function gateText(doc: Document): string {
  return (doc.body?.textContent ?? '').slice(0, MAX_GATE_CHARS);
}

const LEAD_META = 'meta[name="description"],meta[property="og:title"],meta[property="og:description"],meta[name="twitter:title"],meta[name="keywords"]';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** NodeFilter.SHOW_TEXT, without the global: the check CLI's DOM in Node has none. */
const SHOW_TEXT = 4;
/** Text nodes the lead looks at, whitespace or not: a page of empty nodes is not walked to its end. */
const LEAD_NODES = 5000;

/** O(LEAD_CHARS + LEAD_NODES + a few meta tags): never proportional to the page's size. */
export function leadText(doc: Document): string {
  const parts: string[] = [doc.title, doc.location?.href ?? ''];
  for (const m of doc.querySelectorAll(LEAD_META)) parts.push(m.getAttribute('content') ?? '');
  let budget = LEAD_CHARS;
  if (doc.body !== null) {
    const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
    let nodes = 0;
    for (let t = walker.nextNode(); t !== null && budget > 0 && nodes++ < LEAD_NODES; t = walker.nextNode()) {
      if (SKIP.has(t.parentElement?.tagName ?? '')) continue;
      const v = (t.nodeValue ?? '').slice(0, budget);
      if (v.trim() === '') continue;
      parts.push(v);
      budget -= v.length;
    }
  }
  return parts.join('\n');
}
