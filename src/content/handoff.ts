// The gate script and the full script run in the same isolated world of the page: the gate
// script leaves the stories its gate let through here, and the full script it has injected takes
// them for its first read, so the gate runs once per page load, not twice.

const KEY = Symbol.for('backstory.gate-passed');
type Scope = { [KEY]?: string[] };

export function handOver(ids: string[]): void {
  (globalThis as Scope)[KEY] = ids;
}

/** The stories handed over, once; null when the full script was injected without the gate (the popup). */
export function takeHandedOver(): string[] | null {
  const scope = globalThis as Scope;
  const ids = scope[KEY] ?? null;
  delete scope[KEY];
  return ids;
}
