// The background's idle time between a gate passing and the page's match (the full script is being
// injected and reads the article meanwhile) spent on what a fresh worker's first match would
// otherwise do while the reader waits: preparing the story and compiling the matcher's code, which
// V8 interprets and compiles at its first use (README "Performance": a re-woken worker's first
// match took ~30 ms against ~5 ms warm).

import type { Engine } from '../matching/engine.ts';
import type { Story } from '../model/types.ts';
import { readPageInSlices } from '../pipeline/pipeline.ts';

/**
 * Claims read as the warm-up's page, at most: the whole story of today's index (56 claims), as V8
 * first compiles a function and only after many runs compiles it again, faster. A few sentences
 * compile the code but save a 2,000-word page's first match little (measured in
 * src/tools/bench/LOG.md, session 21); the match stops the warm-up wherever it has got to.
 */
export const WARM_UP_CLAIMS = 64;

/**
 * Reads a few of the story's own claims as a page and throws the result away: the same functions
 * a page's match runs are then compiled, and the story's prepared tables are in the engine. No page
 * text is read and nothing is kept but the engine's prepared story, which the first match would
 * make the same. The claims are spread over the story, so its kinds of claim (reports, denials,
 * statements) take their own paths through the checks.
 *
 * Cost bound: WARM_UP_CLAIMS sentences of the index, matched in slices of one sentence with
 * `pause()` before each, so a match that arrives meanwhile waits behind one sentence at most; a
 * `pause()` that rejects stops the warm-up there.
 */
export async function warmUp(engine: Engine, story: Story, pause: () => Promise<void>): Promise<void> {
  const step = Math.max(1, Math.floor(story.claims.length / WARM_UP_CLAIMS));
  const paragraphs = story.claims
    .filter((_, i) => i % step === 0)
    .slice(0, WARM_UP_CLAIMS)
    .map((c) => c.text);
  await pause();
  await readPageInSlices(engine, { paragraphs, gate: { ids: [story.id] } }, pause, 1);
}
