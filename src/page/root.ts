// Where the article is: the elements whose text is read, in document order. Markup that names
// the article (schema.org articleBody, else <article>) wins when it holds 2,000 characters of
// article text or half what the densest block of paragraph text (Readability's idea) holds; else
// that block and its siblings that carry article text too (an article split around an ad or
// into several blocks).

import { markupFurniture, namedFurniture } from './furniture.ts';
import type { Steps } from './steps.ts';
import { walkRuns, type Run } from './walk.ts';
import { sentenceLike } from './lines.ts';

/** Elements, characters and candidates the search may look at; a real page needs far fewer. */
const SCORE_ELEMENTS = 50_000;
const SCORE_CHARS = 2_000_000;
const MAX_CANDIDATES = 200;
/**
 * Markup that names the article wins with this much article text, or half the densest block's:
 * a page may dump far more unmarked text (endless comments, a log) after its article.
 */
const SEMANTIC_CHARS = 2_000;
/** A sibling of the densest block joins the article with this share of its score. */
const SIBLING_SHARE = 0.2;
/** …or as a <p> with this much paragraph text of its own. */
const SIBLING_P_CHARS = 80;
/** How much less a block's text counts for each ancestor level up (Readability's). */
const DIVIDERS = [1, 2, 6, 9, 12];
/** Blocks scoring this share of the best, three of them, make their container the article. */
const RIVAL_SHARE = 0.75;
const MIN_RIVALS = 3;

/** A run's weight as article text: its characters outside links, if it reads as a sentence. */
function weight(r: Run): number {
  if (!sentenceLike(r.text)) return 0;
  return r.text.length * (1 - Math.min(1, r.linkChars / Math.max(1, r.chars)));
}

/** Text nodes the furniture sizes may read in all. */
const SIZE_NODES = 200_000;
/** Text nodes a size read reads between yields. */
const SIZE_STEP = 1_000;

/** Whether an element is furniture: known at once, or once its size is read (in steps). */
type Skip = (el: Element) => boolean | Steps<boolean>;

/**
 * The length of some text nodes (`next` gives them, then null), counted as far as asked, in steps,
 * without copying the text: textContent copies a whole subtree's text at once, 25–43 ms for a block
 * of 2.8 million characters in Chromium. `upTo` counts on from where the last call stopped;
 * `ended` once `next` has no more.
 */
class TextCount {
  length = 0;
  ended = false;

  constructor(
    private readonly next: () => Node | null,
    /** Whether a node is still among those counted: the page may move it between two steps. */
    private readonly holds: (node: Node) => boolean,
    private readonly reads: { nodes: number },
  ) {}

  /** Counts until the length passes `enough`, `most` more nodes are counted, or the nodes or the budget end. */
  *upTo(enough: number, most = Infinity): Steps<void> {
    for (let n = 0; n < most && !this.ended && this.length <= enough && this.reads.nodes > 0; n++) {
      const node = this.next();
      if (node === null) {
        this.ended = true;
        return;
      }
      this.length += (node as CharacterData).length;
      if (--this.reads.nodes % SIZE_STEP === 0) {
        yield;
        // Moved elsewhere meanwhile, the walker would go on among other nodes: what was counted stands.
        if (!this.holds(node)) this.ended = true;
      }
    }
  }
}

// NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION: the nodes textContent is made of.
const TEXT_NODES = 0x4 | 0x8;

/** An element's own text: its textContent's nodes. */
function ownText(el: Element, reads: { nodes: number }): TextCount {
  const walker = el.ownerDocument.createTreeWalker(el, TEXT_NODES);
  return new TextCount(
    () => walker.nextNode(),
    (n) => el.contains(n),
    reads,
  );
}

/** The body's text outside an element: the nodes after its subtree, then those before it. */
function textAround(el: Element, body: Element, reads: { nodes: number }): TextCount {
  const after = el.ownerDocument.createTreeWalker(body, TEXT_NODES);
  let last: Node = el;
  while (last.lastChild !== null) last = last.lastChild;
  after.currentNode = last;
  const before = el.ownerDocument.createTreeWalker(body, TEXT_NODES);
  before.currentNode = el;
  return new TextCount(
    () => after.nextNode() ?? before.previousNode(),
    (n) => body.contains(n) && !el.contains(n),
    reads,
  );
}

/**
 * Furniture judged on the whole page: by markup always; by class or id words only when the
 * element holds less than half of the body's text, since a wrapper around the whole page can
 * carry any class (`has-sidebar`, `i-nav_drawer_slide`) without being a sidebar. Sizes are read
 * within a budget of text nodes, then names count as they are.
 */
function pageFurniture(body: Element): Skip {
  const reads = { nodes: SIZE_NODES };
  // A block is judged once: the walks meet it again, and a search climbs through it again.
  const judged = new WeakMap<Element, boolean>();
  const remember = (el: Element, verdict: boolean): boolean => {
    judged.set(el, verdict);
    return verdict;
  };
  // Less than half of the body's text: less than the text around it. The two are counted in
  // turn, the smaller on, until one ends below the other: a sidebar costs its own text and as
  // much of the page's again, a wrapper around the page the little text outside it, twice.
  function* small(el: Element): Steps<boolean> {
    const own = ownText(el, reads);
    const around = textAround(el, body, reads);
    for (;;) {
      if (own.ended && around.length > own.length) return remember(el, true);
      if (around.ended && own.length >= around.length) return remember(el, false);
      // Out of budget with the size unknown: the name counts as it is.
      if (reads.nodes <= 0) return remember(el, true);
      if (!own.ended && own.length <= around.length) yield* own.upTo(around.length, SIZE_STEP);
      else yield* around.upTo(own.length, SIZE_STEP);
    }
  }
  return (el) => {
    if (markupFurniture(el)) return true;
    // An element that says it is the article is judged by its size among the candidates, not
    // by its class (WordPress gives every post `author-NAME`).
    if (el.tagName === 'ARTICLE' || !namedFurniture(el) || el.getAttribute('itemprop') === 'articleBody')
      return false;
    return judged.get(el) ?? (reads.nodes <= 0 || small(el));
  };
}

/** The article's elements; yields between native searches of the whole page and within walks. */
export function* articleRoots(doc: Document): Steps<Element[]> {
  const body = doc.body;
  if (body === null) return [];
  const skip = pageFurniture(body);
  const budget = { elements: SCORE_ELEMENTS, chars: SCORE_CHARS };
  const contentOf = (runs: readonly Run[]): number => runs.reduce((n, r) => n + weight(r), 0);
  // Markup that names the article, outside furniture: schema.org's articleBody first (the
  // site's own word for the article's text), then <article>. Each is read on its own first, so
  // a page that names an article of some length is never scored whole.
  const named: { best: Element | null; most: number }[] = [];
  for (const selector of ['[itemprop~="articleBody"]', 'article']) {
    let best: Element | null = null;
    let most = 0;
    const found = [...body.querySelectorAll(selector)].slice(0, MAX_CANDIDATES);
    yield;
    for (const el of found) {
      // <meta itemprop="articleBody" content=…> holds no text of the page.
      if (el.tagName === 'META' || (yield* insideFurniture(el, body, skip))) continue;
      const n = contentOf(yield* walkRuns(el, { skip }, budget));
      if (n > most) {
        best = el;
        most = n;
      }
    }
    named.push({ best, most });
  }
  const [schema, article] = named as [(typeof named)[0], (typeof named)[0]];
  if (schema.best !== null && schema.most >= SEMANTIC_CHARS) return [schema.best];
  if (schema.best === null && article.best !== null && article.most >= SEMANTIC_CHARS) return [article.best];

  const all = yield* walkRuns(body, { skip }, { elements: SCORE_ELEMENTS, chars: SCORE_CHARS });
  if (!all.some((r) => weight(r) > 0)) return [body];
  const dense = yield* densest(body, all, skip);
  const enough = Math.min(
    contentOf(all.filter((r) => dense.some((x) => x.contains(r.element)))) / 2,
    SEMANTIC_CHARS,
  );
  for (const { best, most } of named) if (best !== null && most >= enough) return [best];
  return dense;
}

/**
 * Readability's candidate scoring: each block of 25 characters or more scores 1, one more per
 * comma and per 100 characters (three at most), for its container, half for the one above and
 * less for three more levels up; a candidate starts from its tag's and class's weight, and its
 * score is cut by the share of its text in links. The best one, moved up to a container when
 * three other candidates score nearly as much (an article cut into sections), with its siblings
 * that carry article text too.
 */
function* densest(body: Element, runs: readonly Run[], skip: Skip): Steps<Element[]> {
  const score = new Map<Element, number>();
  const text = new Map<Element, number>();
  const links = new Map<Element, number>();
  for (const r of runs) {
    const points =
      r.text.length < 25
        ? 0
        : 1 + (r.text.match(/[,，、]/g)?.length ?? 0) + Math.min(3, Math.floor(r.text.length / 100));
    let level = 0;
    // Text straight in the body scores nothing: the article is never found above the body.
    const from = r.element === body ? null : r.element.parentElement;
    for (let e = from; e !== null && level < DIVIDERS.length; e = e.parentElement) {
      if (points > 0) score.set(e, (score.get(e) ?? initial(e)) + points / (DIVIDERS[level] as number));
      text.set(e, (text.get(e) ?? 0) + r.chars);
      links.set(e, (links.get(e) ?? 0) + r.linkChars);
      level++;
      if (e === body) break;
    }
  }
  for (const [e, v] of score) score.set(e, v * (1 - (links.get(e) ?? 0) / Math.max(1, text.get(e) ?? 0)));
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  let [best, top] = ranked[0] ?? [body, 0];
  const rivals = ranked
    .slice(1, 5)
    .filter(([, v]) => v >= top * RIVAL_SHARE)
    .map(([e]) => e);
  if (rivals.length >= MIN_RIVALS) {
    for (let e = best.parentElement; e !== null && e !== body; e = e.parentElement) {
      if (rivals.filter((r) => e.contains(r)).length >= MIN_RIVALS) {
        best = e;
        top = score.get(e) ?? top;
        break;
      }
    }
  }
  // Up while the container scores more than the block (Readability: "the parent may be better").
  let last = top;
  for (let e = best.parentElement; e !== null && e !== body; e = e.parentElement) {
    const v = score.get(e);
    if (v === undefined || v < top / 3) break;
    if (v > last) {
      best = e;
      top = v;
      break;
    }
    last = v;
  }
  return yield* withSiblings(best, top, score, skip);
}

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/i;
const NEGATIVE =
  /hidden|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

/** A candidate's starting score: Readability's weights of its tag and of its class and id. */
function initial(el: Element): number {
  let v = 0;
  const tag = el.tagName;
  if (tag === 'DIV') v += 5;
  else if (tag === 'PRE' || tag === 'TD' || tag === 'BLOCKQUOTE') v += 3;
  else if (/^(ADDRESS|OL|UL|DL|DD|DT|LI|FORM)$/.test(tag)) v -= 3;
  else if (/^(H[1-6]|TH)$/.test(tag)) v -= 5;
  for (const name of [el.getAttribute('class') ?? '', el.id]) {
    if (name === '') continue;
    if (NEGATIVE.test(name)) v -= 25;
    if (POSITIVE.test(name)) v += 25;
  }
  return v;
}

/** The densest block and those of its siblings that hold article text too, in document order. */
function* withSiblings(
  best: Element,
  top: number,
  score: Map<Element, number>,
  skip: Skip,
): Steps<Element[]> {
  const parent = best.parentElement;
  if (parent === null || best === best.ownerDocument.body) return [best];
  const reads = { nodes: SIZE_NODES };
  const out: Element[] = [];
  for (const c of [...parent.children]) {
    if (c === best) {
      out.push(c);
      continue;
    }
    const verdict = skip(c);
    if (typeof verdict === 'boolean' ? verdict : yield* verdict) continue;
    const v = score.get(c) ?? 0;
    if (v >= Math.max(10, top * SIBLING_SHARE)) out.push(c);
    else if (c.tagName === 'P') {
      // A paragraph beside the article's text (Readability's rule for <p> siblings).
      const count = ownText(c, reads);
      yield* count.upTo(SIBLING_P_CHARS - 1);
      if (count.length >= SIBLING_P_CHARS) out.push(c);
    }
  }
  return out;
}

function* insideFurniture(el: Element, body: Element, skip: Skip): Steps<boolean> {
  for (let e: Element | null = el; e !== null && e !== body; e = e.parentElement) {
    const verdict = skip(e);
    if (typeof verdict === 'boolean' ? verdict : yield* verdict) return true;
  }
  return false;
}
