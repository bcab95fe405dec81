// Watches a living page: article text that arrives late, "read more" expanders, single-page-app
// navigation. Mutations are only counted in the observer callback; the rerun is debounced and
// rate-limited, so a page that mutates constantly costs a counter increment per batch.

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
  const fire = (reason: 'mutation' | 'navigation'): void => {
    if (signal.aborted) return;
    lastRun = Date.now();
    opts.onChange(reason);
  };
  const schedule = (reason: 'mutation' | 'navigation'): void => {
    if (signal.aborted) return;
    win.clearTimeout(timer);
    const wait = Math.max(opts.debounceMs, lastRun + opts.minIntervalMs - Date.now());
    timer = win.setTimeout(() => fire(reason), wait);
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
