// Runs a long read of the page (src/page/steps.ts) a slice at a time: when a slice has taken its
// budget, the page gets the thread back (its input, its timers, a frame when one is due) before
// the next one. A page of ordinary size is read in one slice, synchronously, as before; only a
// huge one is spread out. In a hidden tab the browser runs timers about once a second, so a huge
// page read there takes that much longer, and costs it nothing meanwhile.

import type { Steps } from '../page/steps.ts';

/**
 * A slice's budget: a fifth of a long task (50 ms), so that a machine several times slower than
 * the one it was measured on still stays under one.
 */
export const SLICE_MS = 10;

/** The next task's turn: a timer, which both browsers run after pending input and rendering. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs `steps` to the end, `budgetMs` at a time. What ends within its first slice is returned at
 * once, not as a promise: an ordinary page is read within the task that asked, as before slices.
 */
export function inSlices<T>(
  steps: Steps<T>,
  pause: () => Promise<void> = nextTask,
  now: () => number = () => performance.now(),
  budgetMs = SLICE_MS,
): T | Promise<T> {
  const start = now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (now() - start >= budgetMs) return pause().then(() => inSlices(steps, pause, now, budgetMs));
  }
}
