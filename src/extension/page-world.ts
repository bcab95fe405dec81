// A mark the gate script leaves in the page's isolated world, which the background reads through
// scripting.executeScript (the full script and any probe share that world): whether this document
// has the gate's registration, and so the highlights' stylesheet registered with it.

/** Run by the gate script first thing. */
export function markGateRan(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.gate-ran')] = true;
}

/**
 * Whether the gate script ran in this document. Passed to executeScript as `func`, which sends its
 * source alone: it may name nothing outside itself, so the key is written here again.
 */
export function gateRanHere(): boolean {
  return Symbol.for('backstory.gate-ran') in globalThis;
}
