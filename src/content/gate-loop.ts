// When the gate script reads the page: once when it loads, again when the page moves to another
// address, and again when the page has grown by a real amount of new text (an article that
// arrives late, a live blog's next entry). After a few such reads find nothing on one address,
// the next ones wait longer and longer (a backoff, up to half an hour): a page that is not about a
// story and lives long (comments, a ticker, an endless feed) then costs a few reads of its text an
// hour, not one every two seconds, and a story that arrives late on it is still found.

import { PAGE_TIMING, watchPage, type WatchOptions } from './observe.ts';

export interface GateLoopDeps {
  win: Window;
  /**
   * The page's text for the gate, bounded (src/page/text.ts): at once, or later when a huge page
   * is read over several tasks (src/content/slices.ts).
   */
  read(): string | Promise<string>;
  gate(text: string): string[];
  /** The gate let these stories through: the full script takes over; this loop is done. */
  passed(ids: string[]): void;
  /** Tells the background this address has no story; false when the background is gone. */
  noStory(): Promise<boolean>;
}

export interface RegatePolicy {
  /**
   * New text, in characters, the page must gain beyond the longest it was when read, or bring in
   * one batch, before it is read again: about a paragraph or two. Measured against the longest, so
   * text swapped or edited in place a little at a time (a rotating headline, a ticker whose
   * figures change length) never adds up to it, while a new page swapped in at once does.
   */
  minGrowth: number;
  /** Reads on one address, after the first, that may find nothing before the backoff begins. */
  maxMisses: number;
  /** The least time from the last read to the first read in backoff; each next one waits `backoffFactor` times longer. */
  backoffMs: number;
  backoffFactor: number;
  /** The longest the backoff waits: what a page that grows forever costs, a read this often. */
  maxBackoffMs: number;
}

export const REGATE: RegatePolicy = {
  minGrowth: 500,
  maxMisses: 3,
  backoffMs: 60_000,
  backoffFactor: 4,
  maxBackoffMs: 30 * 60_000,
};

type Timing = Omit<WatchOptions, 'onChange'>;

/** Runs the gate now and as the page changes, until it passes or `signal` aborts. */
export function gateLoop(
  deps: GateLoopDeps,
  signal: AbortSignal,
  policy: RegatePolicy = REGATE,
  timing: Timing = PAGE_TIMING,
): void {
  const { win } = deps;
  // Aborted when the gate passed or the background is gone, which the caller's signal cannot know.
  const done = new AbortController();
  signal.addEventListener('abort', () => done.abort());
  let reportedUrl = '';
  let misses = 0;
  let lastReadAt = 0;
  /** The longest the page's text was when read on this address, and its length at the last read. */
  let longest = 0;
  let lastLength = 0;
  /** The text the page gained since the last read, net of what it lost; the most one batch brought. */
  let gained = 0;
  let largest = 0;
  let backoffTimer = 0;
  /** A read under way (a huge page is read over several tasks), and whether another is due after it. */
  let reading = false;
  let again = false;
  const run = (): void => {
    if (done.signal.aborted) return;
    win.clearTimeout(backoffTimer);
    backoffTimer = 0;
    if (reading) {
      again = true;
      return;
    }
    const href = win.location.href;
    // What the page does from here on is the next read's news.
    gained = 0;
    largest = 0;
    const text = deps.read();
    if (typeof text === 'string') return judge(text);
    reading = true;
    void text.then((later) => {
      reading = false;
      const due = again;
      again = false;
      // Read while the page moved to another address: not that address's text, nor the old one's.
      if (win.location.href !== href) return run();
      judge(later);
      // Asked for again during the read: read again if the page grew meanwhile, as the policy
      // allows (a page that keeps growing is judged each time, never read in a loop unjudged).
      if (due && !done.signal.aborted && grew()) reread();
    });
  };
  const judge = (text: string): void => {
    if (done.signal.aborted) return;
    lastReadAt = Date.now();
    lastLength = text.length;
    longest = Math.max(longest, lastLength);
    const ids = deps.gate(text);
    if (ids.length > 0) {
      done.abort();
      deps.passed(ids);
      return;
    }
    if (reportedUrl === win.location.href) return;
    reportedUrl = win.location.href;
    void deps.noStory().then((alive) => alive || done.abort());
  };
  const grew = (): boolean =>
    lastLength + gained >= longest + policy.minGrowth || largest >= policy.minGrowth;
  /** Reads the grown page now, or when its backoff allows; a page that shrank back meanwhile is left. */
  const reread = (): void => {
    const late = misses - policy.maxMisses;
    const wait =
      late < 0 ? 0 : Math.min(policy.backoffMs * policy.backoffFactor ** late, policy.maxBackoffMs);
    const due = lastReadAt + wait - Date.now();
    if (due <= 0) {
      misses++;
      run();
    } else if (backoffTimer === 0)
      backoffTimer = win.setTimeout(() => {
        backoffTimer = 0;
        if (grew()) reread();
      }, due);
  };
  done.signal.addEventListener('abort', () => win.clearTimeout(backoffTimer));
  run();
  watchPage(win, done.signal, {
    ...timing,
    onChange: (reason, change) => {
      gained += change.net;
      largest = Math.max(largest, change.largest);
      if (reason === 'navigation') {
        misses = 0;
        longest = 0;
        run();
      } else if (grew()) reread();
    },
  });
}
