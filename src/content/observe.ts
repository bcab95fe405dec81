// Watches a living page: article text that arrives late, "read more" expanders, single-page-app
// navigation. The observer callback only compares the address and skips batches that touch
// nothing but our own overlay host (a look at each record's target and nodes); the rerun is
// debounced and rate-limited, so a page that mutates constantly costs that look per batch and one
// rerun every `minIntervalMs` at most.

import { HOST_TAG } from './host.ts';

const HOST_NAME = HOST_TAG.toUpperCase();

export interface WatchOptions {
  /** Quiet time after the last mutation before rerunning. */
  debounceMs: number;
  /** Least time between two reruns, however busy the page. */
  minIntervalMs: number;
  onChange(reason: 'mutation' | 'navigation'): void;
}

export function watchPage(win: Window, signal: AbortSignal, opts: WatchOptions): void {
  const doc = win.document;
  let timer = 0;
  let lastRun = 0;
  let url = win.location.href;
  // A navigation pending in the debounce is not lost to the mutations that follow it (a
  // single-page app renders its new page right after changing the address): the rerun then still
  // says so, and the old page's overlay goes at once.
  let pending: 'mutation' | 'navigation' | null = null;
  const fire = (): void => {
    const reason = pending ?? 'mutation';
    pending = null;
    if (signal.aborted) return;
    lastRun = Date.now();
    opts.onChange(reason);
  };
  const schedule = (reason: 'mutation' | 'navigation'): void => {
    if (signal.aborted) return;
    pending = pending === 'navigation' ? pending : reason;
    win.clearTimeout(timer);
    const wait = Math.max(opts.debounceMs, lastRun + opts.minIntervalMs - Date.now());
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
        if (checkUrl()) return;
        // Our own overlay host changing is not the page changing.
        if (
          records.every(
            (r) =>
              (r.target as Element).nodeName === HOST_NAME ||
              [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeName === HOST_NAME),
          )
        )
          return;
        schedule('mutation');
      });
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
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
