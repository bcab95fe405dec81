// One entry point for "what does this page say about which story", used alike by the content
// script, the check CLI and the evaluation, so all three see the same answers.

import { compileGate } from '../gate/gate.ts';
import { recognise } from './recognise.ts';
import {
  matchParagraphs,
  prepare,
  type PageContext,
  type ParagraphMatch,
  type PreparedStory,
} from './match.ts';
import { lookupTables } from './prepare.ts';
import { LOOKUP_FORMAT, type ClaimIndex, type Story } from '../model/types.ts';
import { idfWeights, PAGE_UNKNOWN_WEIGHT } from './weights.ts';
import type { Weights } from './similarity.ts';

export interface PageResult {
  story: Story | null;
  score: number;
  paragraphs: number;
  matches: ParagraphMatch[];
}

export class Engine {
  private readonly weight: Weights;
  private readonly gate: (text: string) => string[];
  private readonly prepared = new Map<string, PreparedStory>();

  constructor(readonly index: ClaimIndex) {
    this.weight = idfWeights(index, PAGE_UNKNOWN_WEIGHT);
    this.gate = compileGate(
      index.stories.map((s) => ({ id: s.id, anchors: s.gate.anchors, descriptions: s.gate.descriptions })),
    );
  }

  /** Stories whose cheap signature the text passes: one scan for subjects, then their anchors. */
  candidates(text: string): Story[] {
    return this.stories(this.gate(text));
  }

  /** The index's stories among these ids; an id the index does not know is ignored. */
  stories(ids: readonly string[]): Story[] {
    return this.index.stories.filter((s) => ids.includes(s.id));
  }

  /** Full analysis of a page's paragraphs: gate, then matching against each candidate story. */
  analyse(paragraphs: readonly string[], text = paragraphs.join('\n')): PageResult {
    return this.analyseAgainst(paragraphs, this.candidates(text));
  }

  /** Matching against stories the gate already let through, in one go. */
  analyseAgainst(paragraphs: readonly string[], candidates: readonly Story[]): PageResult {
    const steps = this.steps(paragraphs, candidates, Infinity, Infinity);
    for (;;) {
      const step = steps.next();
      if (step.done === true) return step.value;
    }
  }

  /**
   * The same analysis in slices of at most `slice` paragraphs and, past the first paragraph of a
   * slice, `sliceChars` characters, awaiting `pause()` between slices, so a huge article never
   * holds the thread for one long task.
   */
  async analyseInSlices(
    paragraphs: readonly string[],
    candidates: readonly Story[],
    pause: () => Promise<void>,
    slice = 20,
    sliceChars = 8_000,
  ): Promise<PageResult> {
    const steps = this.steps(paragraphs, candidates, slice, sliceChars);
    for (;;) {
      const step = steps.next();
      if (step.done === true) return step.value;
      await pause();
    }
  }

  /** The matching loop, yielding after each slice; the best recognised story wins. */
  private *steps(
    paragraphs: readonly string[],
    candidates: readonly Story[],
    slice: number,
    sliceChars: number,
  ): Generator<void, PageResult> {
    let best: PageResult = { story: null, score: 0, paragraphs: paragraphs.length, matches: [] };
    for (const story of candidates) {
      const prepared = this.prepare(story);
      const matches: ParagraphMatch[] = [];
      const context: PageContext = { stated: 0 };
      for (let i = 0; i < paragraphs.length;) {
        let end = i + 1;
        let chars = paragraphs[i]?.length ?? 0;
        while (
          end < paragraphs.length &&
          end - i < slice &&
          chars + (paragraphs[end]?.length ?? 0) <= sliceChars
        )
          chars += paragraphs[end++]?.length ?? 0;
        const part = i === 0 && end === paragraphs.length ? paragraphs : paragraphs.slice(i, end);
        for (const m of matchParagraphs(prepared, part, this.weight, undefined, context))
          matches.push(i === 0 ? m : { ...m, paragraph: m.paragraph + i });
        i = end;
        yield;
      }
      best = this.better(best, story, matches, paragraphs);
    }
    return best;
  }

  private prepare(story: Story): PreparedStory {
    const known = this.prepared.get(story.id);
    if (known !== undefined) return known;
    // Tables of another format were laid out or filled by other code: made again, they match
    // as the compiler's would have.
    const tables = story.lookup?.format === LOOKUP_FORMAT ? story.lookup : lookupTables(story, this.weight);
    const made = prepare(story, this.weight, undefined, tables);
    this.prepared.set(story.id, made);
    return made;
  }

  private better(
    best: PageResult,
    story: Story,
    matches: ParagraphMatch[],
    paragraphs: readonly string[],
  ): PageResult {
    const count = paragraphs.length;
    const r = recognise(story, matches, paragraphs);
    return r.recognised && r.score > best.score
      ? { story, score: r.score, paragraphs: count, matches }
      : best;
  }
}
