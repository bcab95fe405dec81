// One pass over a part of the DOM in document order that cuts its text into runs: the text
// between two block boundaries (a block element's start or end, a <br>), each with its text
// nodes and the block it lives in. Every text node belongs to one run at most, whatever the
// markup (a <p> inside a <span>, a <main>, a <dl>): nothing is read twice. Furniture subtrees are
// not entered. Bounded: at most `budget.elements` elements visited and `budget.chars`
// characters of text read, shared by all the walks of one extraction. It yields every
// WALK_STEP elements (./steps.ts); a page changed meanwhile is read as it now is, and a walk
// whose place left its scope (removed, or moved elsewhere) ends there.

import type { Steps } from './steps.ts';

export interface Run {
  /** The run's text, whitespace collapsed. */
  text: string;
  /** The block element the run lives in (its nearest block ancestor inside the walk). */
  element: Element;
  /** First and last text node of the run that hold more than whitespace. */
  first: Node;
  last: Node;
  /** Characters of the run that sit inside links. */
  linkChars: number;
  /** Characters of the run, before collapsing whitespace. */
  chars: number;
}

export interface Budget {
  elements: number;
  chars: number;
}

export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const isBlock = (el: Element): boolean => BLOCK_TAGS.has(el.tagName.toUpperCase());

export interface WalkOptions {
  /** Start after this node's subtree instead of at the scope's first child. */
  after?: Node;
  /** Stop on reaching this element (its containers are entered, it is not). */
  until?: Element;
  /** Subtrees not to enter: known at once, or after a read in steps (a block's size). */
  skip: (el: Element) => boolean | Steps<boolean>;
}

/** Elements visited between two yields: well under a millisecond's work on a slow machine. */
const WALK_STEP = 1_000;

/** The runs of `scope` (or of the part between `after` and `until`), in document order. */
export function* walkRuns(scope: Element, opts: WalkOptions, budget: Budget): Steps<Run[]> {
  const out: Run[] = [];
  const blocks: Element[] = [];
  let links = 0;
  // Starting mid-tree: the blocks and links already open around the start point.
  let start: Node | null;
  if (opts.after !== undefined) {
    for (let e = opts.after.parentElement; e !== null && e !== scope; e = e.parentElement) {
      if (isBlock(e)) blocks.unshift(e);
      if (e.tagName === 'A') links++;
    }
    start = opts.after;
  } else start = scope.firstChild;
  blocks.unshift(scope);

  let parts: string[] = [];
  let first: Node | null = null;
  let last: Node | null = null;
  let linkChars = 0;
  let chars = 0;
  const flush = (): void => {
    if (first !== null && last !== null) {
      const text = parts.join('').replace(/\s+/g, ' ').trim();
      const element = blocks[blocks.length - 1] ?? scope;
      if (text !== '') out.push({ text, element, first, last, linkChars, chars });
    }
    parts = [];
    first = last = null;
    linkChars = chars = 0;
  };
  const exit = (el: Element): void => {
    if (isBlock(el)) {
      flush();
      blocks.pop();
    }
    if (el.tagName === 'A') links--;
  };

  let n: Node | null = start;
  // The `after` node itself is not read: the walk climbs from it.
  let skipNode = opts.after !== undefined;
  while (n !== null) {
    let entered = false;
    if (skipNode) skipNode = false;
    else if (n.nodeType === 3) {
      // Nothing more can be read: a page of millions of text nodes under a few elements is not
      // walked to its end for nothing.
      if (budget.chars <= 0) break;
      const data = (n as Text).data;
      const piece = data.length > budget.chars ? data.slice(0, budget.chars) : data;
      budget.chars -= piece.length;
      parts.push(piece);
      chars += piece.length;
      if (links > 0) linkChars += piece.length;
      if (/\S/.test(piece)) {
        first ??= n;
        last = n;
      }
    } else if (n.nodeType === 1) {
      const el = n as Element;
      if (el === opts.until) break;
      if (--budget.elements < 0) break;
      if (budget.elements % WALK_STEP === 0) {
        yield;
        // The page moved or removed this element meanwhile: what follows it is no longer the scope's.
        if (!scope.contains(el)) break;
      }
      const holdsEnd = opts.until !== undefined && el.contains(opts.until);
      const verdict = el.tagName === 'BR' || holdsEnd ? false : opts.skip(el);
      const skipped = typeof verdict === 'boolean' ? verdict : yield* verdict;
      // A verdict read in steps: the page may have moved this element meanwhile, as above.
      if (typeof verdict !== 'boolean' && !scope.contains(el)) break;
      if (el.tagName === 'BR') flush();
      else if (skipped) {
        // Furniture between two pieces of a block's text still ends the first piece.
        if (isBlock(el)) flush();
      } else {
        if (isBlock(el)) {
          flush();
          blocks.push(el);
        }
        if (el.tagName === 'A') links++;
        entered = true;
      }
    }
    if (entered && n.firstChild !== null) {
      n = n.firstChild;
      continue;
    }
    if (entered) exit(n as Element);
    // Climb to the next node in document order, closing the elements left behind.
    let cur: Node = n;
    n = null;
    while (cur !== scope) {
      if (cur.nextSibling !== null) {
        n = cur.nextSibling;
        break;
      }
      const parent: Node | null = cur.parentNode;
      // Not an element: a node the page detached and put in a fragment, never above the scope.
      if (parent === null || parent === scope || parent.nodeType !== 1) break;
      exit(parent as Element);
      cur = parent;
    }
  }
  flush();
  return out;
}
