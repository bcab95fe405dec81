// The article's paragraphs, in reading order, from a live Document, each with a way back to its
// DOM nodes for highlighting. One pass over the candidate root's block elements; nothing is
// modified.

export interface PageParagraph {
  text: string;
  /** The block element the paragraph lives in. */
  element: Element;
  /** First and last node of the paragraph inside the element (differ for <br>-split text). */
  first: Node;
  last: Node;
}

// Page furniture by tag, ARIA role or class/id words: never article text.
const SKIP_TAGS = new Set([
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FORM',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'SVG',
  'CANVAS',
  'FIGCAPTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);
const SKIP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alert',
  'menu',
  'menubar',
  'toolbar',
]);
const SKIP_WORDS =
  /(^|[\s_-])(comments?|share|sharing|social|related|recommended|promo|ads?|advert|advertisement|sponsor(ed)?|cookie|consent|newsletter|subscribe|signup|sidebar|footer|nav|navigation|menu|breadcrumbs?|popup|modal|teaser|outbrain|taboola|disqus|byline|dateline)([\s_-]|$)/i;
const BLOCKS = 'p, blockquote, li, div, section, td, pre';
const MIN_CHARS = 40;
/** Bounds the walk on hostile pages: an article has far fewer blocks than this. */
const MAX_BLOCKS = 20000;

function skipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role !== null && SKIP_ROLES.has(role)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const words = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  return words.trim() !== '' && SKIP_WORDS.test(words);
}

/** True when el or an ancestor up to root is furniture. O(depth). */
function insideSkipped(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e !== null && e !== root.parentElement; e = e.parentElement)
    if (skipped(e)) return true;
  return false;
}

/** The element most likely to hold the article: schema.org articleBody, the <article> with most paragraph text, <main>, else <body>. */
export function articleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (body === null) return null;
  const schema = doc.querySelector('[itemprop="articleBody"]');
  if (schema !== null) return schema;
  const articles = [...doc.querySelectorAll('article')].filter((a) => !insideSkipped(a, body));
  if (articles.length > 0) {
    const size = (a: Element): number =>
      [...a.querySelectorAll('p')].reduce((n, p) => n + (p.textContent?.length ?? 0), 0);
    return articles.reduce((best, a) => (size(a) > size(best) ? a : best));
  }
  return densestBlock(doc.querySelector('main, [role="main"]') ?? body);
}

/**
 * With no markup that names the article, the element holding the most paragraph-like text
 * (Readability's idea, simplified): each block scores the length of its own paragraph pieces,
 * its parent gets that score and its grandparent half; the best-scoring element wins, widened
 * to its parent when a sibling holds nearly as much (an article split around an ad). Forums,
 * teaser grids and link lists beside the article then fall outside the root. O(elements).
 */
function densestBlock(scope: Element): Element {
  const score = new Map<Element, number>();
  const blocks = scope.querySelectorAll(BLOCKS);
  const count = Math.min(blocks.length, MAX_BLOCKS);
  for (let i = 0; i < count; i++) {
    const el = blocks[i];
    if (el === undefined || skipped(el)) continue;
    let own = 0;
    for (const piece of brPieces(el)) if (piece.text.length >= MIN_CHARS) own += piece.text.length;
    if (own === 0) continue;
    const parent = el.parentElement;
    const grand = parent?.parentElement;
    // A block with its own text counts for its container (p in a div) and, half, one level up.
    if (parent !== null && parent !== undefined) score.set(parent, (score.get(parent) ?? 0) + own);
    if (grand !== null && grand !== undefined) score.set(grand, (score.get(grand) ?? 0) + own / 2);
    score.set(el, (score.get(el) ?? 0) + own);
  }
  let best: Element = scope;
  let top = 0;
  for (const [el, v] of score) {
    if (v > top && scope.contains(el)) {
      best = el;
      top = v;
    }
  }
  const parent = best.parentElement;
  if (parent !== null && best !== scope && scope.contains(parent)) {
    const rival = [...parent.children].some((c) => c !== best && (score.get(c) ?? 0) >= top * 0.6);
    if (rival) return parent;
  }
  return best;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Text of an element's direct content split at <br><br> (or single <br> between long lines). */
function brPieces(el: Element): { text: string; first: Node; last: Node }[] {
  const pieces: { text: string; first: Node; last: Node }[] = [];
  let nodes: Node[] = [];
  const flush = (): void => {
    const text = collapse(nodes.map((n) => n.textContent ?? '').join(''));
    const first = nodes[0];
    const last = nodes[nodes.length - 1];
    if (text !== '' && first !== undefined && last !== undefined) pieces.push({ text, first, last });
    nodes = [];
  };
  for (const n of el.childNodes) {
    if (n.nodeName === 'BR') flush();
    else if (n.nodeType === 1 && (BLOCK_CHILD.has(n.nodeName) || skipped(n as Element))) flush();
    else nodes.push(n);
  }
  flush();
  return pieces;
}

const BLOCK_CHILD = new Set([
  'P',
  'DIV',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'LI',
  'SECTION',
  'ARTICLE',
  'TABLE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGURE',
  'ASIDE',
  'NAV',
  'HEADER',
  'FOOTER',
  'FORM',
]);

/**
 * Paragraphs of the article in document order. A block element contributes its own text (inline
 * markup such as links and <em> stays inside the paragraph); a block with block children
 * contributes only its loose text between them. O(number of elements under the root).
 */
export function extractParagraphs(doc: Document): PageParagraph[] {
  const root = articleRoot(doc);
  if (root === null) return [];
  const out: PageParagraph[] = [];
  // Memo of "is this element, or an ancestor below the root, furniture?": each element is judged once.
  const memo = new Map<Element, boolean>();
  const hidden = (el: Element): boolean => {
    if (el === root) return false;
    const known = memo.get(el);
    if (known !== undefined) return known;
    const parent = el.parentElement;
    const value = skipped(el) || (parent !== null && hidden(parent));
    memo.set(el, value);
    return value;
  };
  const list = root.querySelectorAll(BLOCKS);
  const count = Math.min(list.length, MAX_BLOCKS);
  for (let i = -1; i < count; i++) {
    const el = i < 0 ? root : list[i];
    if (el === undefined || hidden(el)) continue;
    if (el.tagName === 'LI' && isLinkList(el)) continue;
    for (const piece of brPieces(el)) {
      if (!admits(piece.text, el.tagName)) continue;
      out.push({ text: piece.text, element: el, first: piece.first, last: piece.last });
    }
  }
  return out;
}

/**
 * Whether a block of this tag holding this text is read as article text once it is inside the
 * article and not furniture (the evaluation asks it of Readability's blocks too).
 */
export function admits(text: string, tag: string): boolean {
  if (SKIP_TAGS.has(tag.toUpperCase())) return false;
  return text.length >= MIN_CHARS && /[.!?"'\u201D)]$/.test(text);
}

/** A list whose items are all links is navigation or "related stories", not article text. */
function isLinkList(li: Element): boolean {
  const list = li.parentElement;
  if (list === null) return false;
  const items = list.children.length;
  return items > 1 && list.querySelectorAll(':scope > li > a:only-child').length === items;
}
