// One copy of the full script per page. The script is injected into a tab that may have it
// already (src/content/main.ts says when); a second copy would read and watch the page twice over.
// The copy is found under a key in the isolated world the page's content scripts share, which
// outlives an update or a reload of the extension in a tab that stays open.

/** Takes a later injection into the page; false when this copy is gone and a fresh one must start. */
export type Injected = () => boolean;

/**
 * The key holds this version's copy. An earlier release stored `true` under an unversioned key;
 * bump the version whenever what is stored there changes, so an old copy is never called.
 */
export const COPY_KEY = Symbol.for('backstory.content/2');

/**
 * Hands the injection to the live copy in the page, or starts one: when there is none, when what
 * the key holds is not a copy of this version, or when that copy says it is gone. A copy that
 * stops clears the key only while it still holds that copy, never a newer one's.
 */
export function oneCopy(
  scope: Partial<Record<symbol, unknown>>,
  start: (onStop: () => void) => Injected,
  key: symbol = COPY_KEY,
): void {
  const running = scope[key];
  if (typeof running === 'function' && alive(running as Injected)) return;
  // Stopping is never synchronous with starting (it waits on the background), so `injected` is set.
  const injected: Injected = start(() => {
    if (scope[key] === injected) delete scope[key];
  });
  scope[key] = injected;
}

/** An orphaned copy may throw as it stops (its extension API is gone): then it is gone too. */
function alive(running: Injected): boolean {
  try {
    return running();
  } catch {
    return false;
  }
}
