// The bounded walk up the page's tree that the overlay's readings share: a paragraph's scrolling
// container (scrollers.ts), the fixed or sticky element a hit test found inside (cover.ts).

/**
 * How many ancestors up an element is looked for: a hostile page nests elements thousands deep,
 * and what the overlay looks for (a scrolling <main>, a sticky header) sits near the top.
 */
const MAX_DEPTH = 64;

/**
 * The nearest of `start` and its ancestors, below the body, that passes `test`, or null. `seen`
 * holds what earlier walks found for each element they passed (null: nothing), so the paragraphs
 * of one article, or the hit tests of one frame, walk their shared ancestors once.
 */
export function nearestUp(
  start: Element | null,
  test: (el: Element) => boolean,
  seen: Map<Element, Element | null>,
): Element | null {
  const doc = start?.ownerDocument;
  const path: Element[] = [];
  let found: Element | null = null;
  for (
    let el = start;
    el !== null && el !== doc?.body && el !== doc?.documentElement && path.length < MAX_DEPTH;
    el = el.parentElement
  ) {
    const known = seen.get(el);
    if (known !== undefined) {
      found = known;
      break;
    }
    path.push(el);
    if (test(el)) {
      found = el;
      break;
    }
  }
  for (const el of path) seen.set(el, found);
  return found;
}
