// Keeps the gate script's registration in step with the reader's grant: registered on every
// http(s) page while Backstory may read all sites, on the sites the reader allowed one by one
// otherwise (from the popup or the browser's own per-site controls), and unregistered when
// nothing is granted. The manifest declares no content script, so a fresh install reads nothing
// until asked.

/** The gate, as the build writes it (vite.config.ts lists src/content/gate.ts as an input). */
export const GATE_SCRIPT_ID = 'backstory-gate';
export const GATE_SCRIPT = 'src/content/gate.js';
/** The highlight styles; inert until the overlay marks a paragraph. */
export const PAGE_CSS = 'src/content/page.css';

export interface AccessDeps {
  /** The http(s) match patterns the reader granted: every site, or sites one by one. */
  granted(): Promise<string[]>;
  /** The patterns the gate is registered for now; null while it is not registered. */
  registered(): Promise<string[] | null>;
  register(matches: string[]): Promise<void>;
  update(matches: string[]): Promise<void>;
  unregister(): Promise<void>;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * A runner that starts `run` once the previous run has settled: the grant can change twice in
 * quick succession (two sites allowed, the browser starting), and two overlapping syncs would
 * read the same registration and then both register, or leave the older grant's sites last.
 */
export function oneAtATime(run: () => Promise<unknown>, onError: (e: unknown) => void): () => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  return () => (last = last.then(run).then(() => undefined, onError));
}

/** Registers, updates or unregisters the gate to match the grant; returns the patterns it now runs on. */
export async function syncGate(deps: AccessDeps): Promise<string[]> {
  const [granted, current] = await Promise.all([deps.granted(), deps.registered()]);
  if (granted.length === 0) {
    if (current !== null) await deps.unregister();
  } else if (current === null) await deps.register(granted);
  else if (!sameSet(current, granted)) await deps.update(granted);
  return granted;
}
