// Watches a living page: article text that arrives late, "read more" expanders, single-page-app
// navigation. The observer callback only compares the address, skips batches that touch nothing
// but our own overlay host, and counts the text the batch added and removed (a walk of the nodes
// it names, stopped at a bound); the rerun is debounced and rate-limited, so a page that mutates
// constantly costs that look per batch and one rerun every `minIntervalMs` at most. The debounce
// has a maximum wait: a page that never stays quiet (a ticker) is still read again, and a move to
// another address under it still reported.

import { HOST_TAG } from './host.ts';

const HOST_NAME = HOST_TAG.toUpperCase();
/**
 * The most text counted in one batch, in characters and in text nodes walked: ten times what the
 * gate waits for (src/content/gate-loop.ts), so a page that appends a 200,000-cell grid or swaps
 * in 10 MB costs that walk, not one of what it added.
 */
const COUNT_CAP = 5_000;

export type ChangeReason = 'mutation' | 'navigation';

export interface WatchOptions {
  /** Quiet time after the last mutation before rerunning. */
  debounceMs: number;
  /** Longest a rerun waits for quiet after the first change it is for. */
  maxWaitMs: number;
  /** Least time between two reruns, however busy the page. */
  minIntervalMs: number;
  /**
   * `grown`: the new text the page gained since the last call, in characters (up to 5,000 a
   * batch): per batch what it added, less what it removed when that was a small update in place
   * (a ticker's digits bring none; a new article swapped in for the old brings all of its own).
   */
  onChange(reason: ChangeReason, grown: number): void;
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

/**
 * Text removed in one batch, up to this, is an update in place (a ticker's figures, a clock, a
 * counter), netted against what the batch added; a batch that removes more swaps in new text (a
 * new article where the old one was), which counts whole.
 */
const IN_PLACE_CHARS = 200;

/** The new text one batch of mutations brought the page, in characters (see IN_PLACE_CHARS). */
function growth(records: readonly MutationRecord[]): number {
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
    // Counted only as far as it decides between an update in place and a swap.
    for (const n of r.removedNodes)
      if (removed <= IN_PLACE_CHARS) removed += textLength(n, IN_PLACE_CHARS + 1);
  }
  for (const [t, old] of edited) {
    added += Math.min(t.length, COUNT_CAP);
    removed += old.length;
  }
  return Math.min(COUNT_CAP, removed > IN_PLACE_CHARS ? added : Math.max(0, added - removed));
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
  let grown = 0;
  const fire = (): void => {
    const reason = pending ?? 'mutation';
    const gained = grown;
    pending = null;
    grown = 0;
    if (signal.aborted) return;
    lastRun = Date.now();
    opts.onChange(reason, gained);
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
        grown += growth(page);
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
