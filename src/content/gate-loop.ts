// When the gate script reads the page: once when it loads, again when the page moves to another
// address, and again when the page has gained a real amount of new text (an article that arrives
// late) — but only a few times on one address. A page that is not about a story and lives long
// (comments, a ticker, an endless feed) then costs a few reads of its text, not one every two
// seconds for as long as it is open.

import { PAGE_TIMING, watchPage, type WatchOptions } from './observe.ts';

export interface GateLoopDeps {
  win: Window;
  /** The page's text for the gate, bounded (src/page/text.ts). */
  read(): string;
  gate(text: string): string[];
  /** The gate let these stories through: the full script takes over; this loop is done. */
  passed(ids: string[]): void;
  /** Tells the background this address has no story; false when the background is gone. */
  noStory(): Promise<boolean>;
}

export interface RegatePolicy {
  /** New text, in characters, the page must gain before it is read again: about a paragraph or two. */
  minGrowth: number;
  /** Reads on one address after the first that may find nothing before the loop waits for a new address. */
  maxMisses: number;
}

export const REGATE: RegatePolicy = { minGrowth: 500, maxMisses: 3 };

type Timing = Omit<WatchOptions, 'onChange'>;

/** Runs the gate now and as the page changes, until it passes or `signal` aborts. */
export function gateLoop(
  deps: GateLoopDeps,
  signal: AbortSignal,
  policy: RegatePolicy = REGATE,
  timing: Timing = PAGE_TIMING,
): void {
  const { win } = deps;
  // The loop's own end (the gate passed, the background is gone) as well as the caller's.
  const done = new AbortController();
  signal.addEventListener('abort', () => done.abort());
  let reportedUrl = '';
  let misses = 0;
  let grown = 0;
  const run = (): void => {
    if (done.signal.aborted) return;
    grown = 0;
    const ids = deps.gate(deps.read());
    if (ids.length > 0) {
      done.abort();
      deps.passed(ids);
      return;
    }
    if (reportedUrl === win.location.href) return;
    reportedUrl = win.location.href;
    void deps.noStory().then((alive) => alive || done.abort());
  };
  run();
  watchPage(win, done.signal, {
    ...timing,
    onChange: (reason, gained) => {
      grown += gained;
      if (reason === 'navigation') misses = 0;
      else if (grown < policy.minGrowth || misses >= policy.maxMisses) return;
      else misses++;
      run();
    },
  });
}
