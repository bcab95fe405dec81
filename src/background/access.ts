// Keeps the gate script's registration in step with the reader's grant: registered on every
// http(s) page while Backstory may read all sites, unregistered when the reader takes that back.
// The manifest declares no content script, so a fresh install reads nothing until asked.

/** The gate, as the build writes it (vite.config.ts lists src/content/gate.ts as an input). */
export const GATE_SCRIPT_ID = 'backstory-gate';
export const GATE_SCRIPT = 'src/content/gate.js';
/** The highlight styles; inert until the overlay marks a paragraph. */
export const PAGE_CSS = 'src/content/page.css';

export interface AccessDeps {
  /** Whether the reader granted every site (automatic checking). */
  automatic(): Promise<boolean>;
  /** Ids of the content scripts registered now. */
  registered(): Promise<string[]>;
  register(): Promise<void>;
  unregister(): Promise<void>;
}

/** Registers or unregisters the gate to match the grant; returns whether it is now registered. */
export async function syncGate(deps: AccessDeps): Promise<boolean> {
  const [on, ids] = await Promise.all([deps.automatic(), deps.registered()]);
  const has = ids.includes(GATE_SCRIPT_ID);
  if (on && !has) await deps.register();
  if (!on && has) await deps.unregister();
  return on;
}
