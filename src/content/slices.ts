// Runs a long read of the page (src/page/steps.ts) a slice at a time: when a slice has taken its
// budget, the page gets the thread back (its input, its timers, a frame when one is due) before
// the next one. A page of ordinary size is read in one slice, synchronously, as before; only a
// huge one is spread out.

import type { Steps } from '../page/steps.ts';

/**
 * A slice's budget: a fifth of a long task (50 ms), so that a machine several times slower than
 * the one it was measured on still stays under one.
 */
export const SLICE_MS = 10;

/**
 * A turn of the event loop: a message to ourselves, a task like any other, so what the page has
 * queued and a frame when one is due can come first. Not a timer: browsers run a hidden tab's
 * timers about once a second, and a huge page's read took 22 s there instead of 2 (Firefox ESR).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

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
