// Watches a living page: article text that arrives late, "read more" expanders, single-page-app
// navigation. The observer callback only compares the address, skips batches that touch nothing
// but our own overlay host, and counts the text the batch added and removed (a walk of the nodes
// it names, stopped at a bound), so the caller can tell new text from text edited or swapped in
// place; the rerun is debounced and rate-limited, so a page that mutates
// constantly costs that look per batch and one rerun every `minIntervalMs` at most. The debounce
// has a maximum wait: a page that never stays quiet (a ticker) is still read again, and a move to
// another address under it still reported.

import { HOST_TAG } from './host.ts';

const HOST_NAME = HOST_TAG.toUpperCase();
/**
 * The most text counted in one batch, added and removed each, in characters and in text nodes
 * walked: ten times what the gate waits for (src/content/gate-loop.ts), so a page that appends a
 * 200,000-cell grid or swaps in 10 MB costs that walk, not one of what it added.
 */
const COUNT_CAP = 5_000;

export type ChangeReason = 'mutation' | 'navigation';

/** What the batches since the last call did to the page's text. */
export interface TextChange {
  /**
   * Characters added less characters removed (each up to 5,000 a batch): a ticker's figures, a
   * rotating headline or an article swapped for another of its size net to about nothing; only
   * text the page gains counts.
   */
  net: number;
  /**
   * The most text one batch added: a page that swaps in a new article for the old one at once (a
   * single-page app's next page) brings much text in one batch though it may not grow.
   */
  largest: number;
  /** Every batch edited at most a few words (IN_PLACE_CHARS) either way: a ticker, a clock, a counter. */
  inPlace: boolean;
}

const UNCHANGED: TextChange = { net: 0, largest: 0, inPlace: true };

export interface WatchOptions {
  /** Quiet time after the last mutation before rerunning. */
  debounceMs: number;
  /** Longest a rerun waits for quiet after the first change it is for. */
  maxWaitMs: number;
  /** Least time between two reruns, however busy the page. */
  minIntervalMs: number;
  onChange(reason: ChangeReason, change: TextChange): void;
}

/** The characters of text in a node and its subtree, counted up to `cap`, walking at most `cap` text nodes. */
function textLength(node: Node, cap = COUNT_CAP): number {
  if (node.nodeType === 3 || node.nodeType === 4) return Math.min((node as CharacterData).length, cap);
  if (node.nodeType !== 1 && node.nodeType !== 11) return 0;
  if (node.nodeName === HOST_NAME) return 0;
  const doc = node.ownerDocument;
  if (doc === null) return 0;
  // NodeFilter.SHOW_TEXT (| SHOW_CDATA_SECTION): the browser skips the elements itself.
  const walker = doc.createTreeWalker(node, 0x4 | 0x8);
  let n = 0;
  for (let seen = 0; n < cap && seen < cap && walker.nextNode() !== null; seen++)
    n += (walker.currentNode as CharacterData).length;
  return Math.min(n, cap);
}

/** Text added and removed in one batch, each up to this, is an edit in place, not new text. */
export const IN_PLACE_CHARS = 200;

/** What one batch of mutations did to the page's text, in characters. */
function batchChange(records: readonly MutationRecord[]): TextChange {
  let added = 0;
  let removed = 0;
  // A text node edited several times in one batch: its first old value against its value now.
  const edited = new Map<CharacterData, string>();
  for (const r of records) {
    if (r.type === 'characterData') {
      const t = r.target as CharacterData;
      if (!edited.has(t)) edited.set(t, r.oldValue ?? '');
      continue;
    }
    for (const n of r.addedNodes) if (added < COUNT_CAP) added += textLength(n, COUNT_CAP - added);
    for (const n of r.removedNodes) if (removed < COUNT_CAP) removed += textLength(n, COUNT_CAP - removed);
  }
  // An edited node counts by how much longer or shorter it got: a live blog that appends to one
  // text node gains what it appended, a ticker's digits nothing.
  for (const [t, old] of edited) {
    const delta = t.length - old.length;
    if (delta > 0) added += delta;
    else removed -= delta;
  }
  added = Math.min(added, COUNT_CAP);
  removed = Math.min(removed, COUNT_CAP);
  return {
    net: added - removed,
    largest: added,
    inPlace: added <= IN_PLACE_CHARS && removed <= IN_PLACE_CHARS,
  };
}

/**
 * The timing both content scripts watch a page with: quiet for 600 ms, or changing for 2 s, and
 * never more often than every 2 s.
 */
export const PAGE_TIMING = { debounceMs: 600, maxWaitMs: 2000, minIntervalMs: 2000 } as const;

export function watchPage(win: Window, signal: AbortSignal, opts: WatchOptions): void {
  const doc = win.document;
  let timer = 0;
  let lastRun = 0;
  let url = win.location.href;
  // A navigation pending in the debounce is not lost to the mutations that follow it (a
  // single-page app renders its new page right after changing the address): the rerun then still
  // says so, and the old page's overlay goes at once.
  let pending: ChangeReason | null = null;
  /** When the first change the pending rerun is for came. */
  let pendingSince = 0;
  let change = UNCHANGED;
  const fire = (): void => {
    const reason = pending ?? 'mutation';
    const since = change;
    pending = null;
    change = UNCHANGED;
    if (signal.aborted) return;
    lastRun = Date.now();
    opts.onChange(reason, since);
  };
  const schedule = (reason: ChangeReason): void => {
    if (signal.aborted) return;
    const now = Date.now();
    if (pending === null) pendingSince = now;
    pending = pending === 'navigation' ? pending : reason;
    win.clearTimeout(timer);
    const quiet = Math.min(opts.debounceMs, pendingSince + opts.maxWaitMs - now);
    const wait = Math.max(quiet, lastRun + opts.minIntervalMs - now, 0);
    timer = win.setTimeout(fire, wait);
  };
  const checkUrl = (): boolean => {
    if (win.location.href === url) return false;
    url = win.location.href;
    schedule('navigation');
    return true;
  };
  const MO = (win as Window & typeof globalThis).MutationObserver;
  if (typeof MO === 'function') {
    try {
      const observer = new MO((records: MutationRecord[]) => {
        // Our own overlay host changing is not the page changing.
        const page = records.filter(
          (r) =>
            r.target.nodeName !== HOST_NAME &&
            (r.type !== 'childList' ||
              ![...r.addedNodes, ...r.removedNodes].every((n) => n.nodeName === HOST_NAME)),
        );
        const batch = batchChange(page);
        change = {
          net: change.net + batch.net,
          largest: Math.max(change.largest, batch.largest),
          inPlace: change.inPlace && batch.inPlace,
        };
        if (checkUrl() || page.length === 0) return;
        schedule('mutation');
      });
      observer.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
        characterDataOldValue: true,
      });
      signal.addEventListener('abort', () => observer.disconnect());
    } catch {
      /* a page that broke MutationObserver gets no live updates, nothing worse */
    }
  }
  const onNav = (): void => void checkUrl();
  win.addEventListener('popstate', onNav);
  win.addEventListener('hashchange', onNav);
  signal.addEventListener('abort', () => {
    win.clearTimeout(timer);
    win.removeEventListener('popstate', onNav);
    win.removeEventListener('hashchange', onNav);
  });
}
