// The page pipeline: gate → bounds → match → describe, the one way Backstory reads a page,
// whoever calls it: the background (on the paragraphs a content script extracted and the stories
// its gate let through), the check CLI and the evaluation (on a saved page read by jsdom or
// the .txt reader), the benchmark's probe. Extraction stays with the caller (src/page).

import { Engine, type PageResult } from '../matching/engine.ts';
import { describePage, type PageView } from '../view/describe.ts';
import type { HeadlineLines } from '../view/numbering.ts';
import { boundParagraphs, MAX_GATE_CHARS } from './bounds.ts';

export interface PageInput {
  /** The article's paragraphs in extraction order. */
  paragraphs: readonly string[];
  /** The stories the gate let through (the page ran it), or the text to run the gate on. */
  gate: { ids: readonly string[] } | { text: string };
  /** Which lines are the page's headline, where the page reader found one. */
  headline?: HeadlineLines | null;
}

export interface PageOutcome {
  /** The matcher's result; its paragraph numbers are the input's. */
  result: PageResult;
  /** The page as the reader sees it, or null when it is not about a story. */
  view: PageView | null;
}

/**
 * Reads a page at once: for the command line and the evaluation, which have nothing else to do
 * meanwhile.
 */
export function readPage(engine: Engine, page: PageInput): PageOutcome {
  const { texts, at, stories } = prepare(engine, page);
  return outcome(engine.analyseAgainst(texts, stories), at, page);
}

/**
 * The same, awaiting `pause()` between slices of matching so a long article never holds the
 * thread for one long task (the background answers other tabs meanwhile).
 */
export async function readPageInSlices(
  engine: Engine,
  page: PageInput,
  pause: () => Promise<void>,
): Promise<PageOutcome> {
  const { texts, at, stories } = prepare(engine, page);
  return outcome(await engine.analyseInSlices(texts, stories, pause), at, page);
}

function prepare(engine: Engine, page: PageInput) {
  const stories =
    'ids' in page.gate
      ? engine.stories(page.gate.ids)
      : engine.candidates(page.gate.text.slice(0, MAX_GATE_CHARS));
  // Paragraph numbers of what is read: bounds may skip an overlong paragraph in the middle.
  const at = boundParagraphs(
    page.paragraphs.map((_, i) => i),
    (i) => page.paragraphs[i] ?? '',
  );
  return { texts: at.map((i) => page.paragraphs[i] ?? ''), at, stories };
}

function outcome(result: PageResult, at: readonly number[], page: PageInput): PageOutcome {
  const count = page.paragraphs.length;
  const matches = result.matches.map((m) => ({ ...m, paragraph: at[m.paragraph] ?? m.paragraph }));
  const read = { ...result, paragraphs: count, matches };
  // Numbered as the input is, as the matches are: a headline past the paragraphs names none, and
  // one that runs past them ends with them.
  const h = page.headline;
  const headline =
    h != null && h.first < count && h.count > 0
      ? { first: h.first, count: Math.min(h.count, count - h.first) }
      : null;
  return {
    result: read,
    view: read.story === null ? null : describePage(read.story, matches, count, headline),
  };
}
