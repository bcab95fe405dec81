// One copy of the full script per page. The script is injected into a tab that may have it
// already (src/content/main.ts says when); a second copy would read and watch the page twice over.
// The copy is found under a key in the isolated world the page's content scripts share, which
// outlives an update or a reload of the extension in a tab that stays open.

/** A running copy as the next injection finds it. */
export interface Copy {
  /** The release that started it (the manifest's version). */
  version: string;
  /** Takes a later injection into the page; false when this copy is gone and a fresh one must start. */
  take(): boolean;
  /** Stops the copy for good: its watching, its overlay. */
  stop(): void;
}

/**
 * The key never changes, so whatever release runs next finds this one's copy; what is stored
 * under it carries its version, so an older copy is stopped rather than handed an injection it
 * may not understand. (Releases before this one stored `true`, then a bare function, under
 * versioned keys: nothing of theirs is called.)
 */
export const COPY_KEY = Symbol.for('backstory.content.copy');

/** Whether `value` has the shape of a copy: anything else under the key is never called. */
function isCopy(value: unknown): value is Copy {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Partial<Record<keyof Copy, unknown>>;
  return typeof c.version === 'string' && typeof c.take === 'function' && typeof c.stop === 'function';
}

/**
 * Hands the injection to the live copy of this version in the page, or starts one: when there is
 * none, when what the key holds is not a copy, when the copy there is of another version (it is
 * stopped first, so its overlay goes), or when that copy says it is gone. A copy that stops clears
 * the key only while it still holds that copy, never a newer one's.
 */
export function oneCopy(
  scope: Partial<Record<symbol, unknown>>,
  version: string,
  start: (onStop: () => void) => Omit<Copy, 'version'>,
  key: symbol = COPY_KEY,
): void {
  const running = scope[key];
  if (isCopy(running)) {
    if (running.version === version) {
      if (alive(() => running.take())) return;
    } else alive(() => (running.stop(), false));
  }
  // Stopping is never synchronous with starting (it waits on the background), so `copy` is set.
  const copy: Copy = {
    version,
    ...start(() => {
      if (scope[key] === copy) delete scope[key];
    }),
  };
  scope[key] = copy;
}

/** An orphaned copy may throw when called (its extension API is gone): then it is gone too. */
function alive(call: () => boolean): boolean {
  try {
    return call();
  } catch {
    return false;
  }
}
