// One entry point for "what does this page say about which story", used alike by the content
// script, the check CLI and the evaluation, so all three see the same answers.

import { compilePrecheck, recognise, type Precheck } from './gate.ts';
import { matchParagraphs, prepare, type ParagraphMatch, type PreparedStory } from './match.ts';
import type { ClaimIndex, Story } from './types.ts';
import { idfWeights } from './weights.ts';
import type { Weights } from './similarity.ts';

export interface PageResult {
  story: Story | null;
  score: number;
  paragraphs: number;
  matches: ParagraphMatch[];
}

export class Engine {
  private readonly weight: Weights;
  private readonly prechecks: Precheck[];
  private readonly prepared = new Map<string, PreparedStory>();

  constructor(readonly index: ClaimIndex) {
    this.weight = idfWeights(index);
    this.prechecks = index.stories.map((s) => compilePrecheck(s.gate.anchors));
  }

  /** Stories whose cheap signature the text passes. O(text length × anchor groups). */
  candidates(text: string): Story[] {
    return this.index.stories.filter((_, i) => this.prechecks[i]?.(text) === true);
  }

  /** Full analysis of a page's paragraphs: gate, then matching against each candidate story. */
  analyse(paragraphs: readonly string[], text = paragraphs.join('\n')): PageResult {
    let best: PageResult = { story: null, score: 0, paragraphs: paragraphs.length, matches: [] };
    for (const story of this.candidates(text)) {
      const prepared = this.prepared.get(story.id) ?? prepare(story, this.weight);
      this.prepared.set(story.id, prepared);
      const matches = matchParagraphs(prepared, paragraphs, this.weight);
      const r = recognise(story, matches);
      if (r.recognised && r.score > best.score) best = { story, score: r.score, paragraphs: paragraphs.length, matches };
    }
    return best;
  }
}
