// A long read of the page written as a generator that yields between small pieces of work: the
// content script spreads it over several tasks (src/content/slices.ts), so a huge page is never
// held up by Backstory for long, while the CLI, the tools and the tests run it to its end at once.
// One code path for both, so what the extension reads is what `check` reads.

/** Work that yields (nothing) between pieces, and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to its end now. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * `steps`, ended early with `null` at the first yield after `stop()` turns true: a read a newer
 * one has overtaken stops where it is instead of reading a huge page to its end for nothing.
 */
export function* unlessStopped<T>(steps: Steps<T>, stop: () => boolean): Steps<T | null> {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    yield;
    // Asked after the pause, before the next step's work: a stop that came meanwhile reads nothing more.
    if (stop()) {
      // Our reads hold no resources (no `finally`): closing the generator only drops it.
      steps.return(null as T);
      return null;
    }
  }
}
