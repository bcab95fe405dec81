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
import { LOOKUP_FORMAT, type ClaimIndex, type Story, type StoryLookup } from '../model/types.ts';
import { lookupBoundsProblem } from '../model/validate.ts';
import { idfWeights, PAGE_UNKNOWN_WEIGHT } from './weights.ts';
import type { Weights } from './similarity.ts';

export interface PageResult {
  story: Story | null;
  score: number;
  paragraphs: number;
  matches: ParagraphMatch[];
}

export interface EngineOptions {
  /**
   * Makes a story's matcher tables where the index's are absent, of another format or do not fit
   * its claims (default `lookupTables`, what the compiler writes them with); a test counts the calls.
   */
  makeTables?: (story: Story, weight: Weights) => StoryLookup;
  /** Told, at a story's first use, that its tables did not fit its claims and were made again. */
  badTables?: (storyId: string, problem: string) => void;
}

export class Engine {
  private readonly weight: Weights;
  private readonly gate: (text: string) => string[];
  private readonly prepared = new Map<string, PreparedStory>();
  private readonly makeTables: (story: Story, weight: Weights) => StoryLookup;
  private readonly badTables: (storyId: string, problem: string) => void;

  constructor(
    readonly index: ClaimIndex,
    { makeTables = lookupTables, badTables = () => {} }: EngineOptions = {},
  ) {
    this.makeTables = makeTables;
    this.badTables = badTables;
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
      const context: PageContext = { stated: 0, recorded: new Set(), page: paragraphs };
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
    const made = prepare(story, this.weight, undefined, this.tables(story));
    this.prepared.set(story.id, made);
    return made;
  }

  /**
   * The story's tables as the index has them, checked against its claims here, at the story's first
   * use, not when the index is loaded: an index of many stories does not pay for them all at start,
   * and one story's bad tables do not hold up the others. Tables of another format were laid out or
   * filled by other code, and tables that do not fit the claims by a faulty build (which refuses to
   * write them, so it is told): made again, they match as the compiler's would have. The check is
   * the cheap one (lookupBoundsProblem): the build has checked the tables against the claims.
   */
  private tables(story: Story): StoryLookup {
    const own = story.lookup;
    if (own?.format !== LOOKUP_FORMAT) return this.makeTables(story, this.weight);
    const problem = lookupBoundsProblem(own, story.claims);
    if (problem === null) return own;
    this.badTables(story.id, problem);
    return this.makeTables(story, this.weight);
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
