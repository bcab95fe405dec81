// Backstory's own modules, bundled for the benchmark and run in the page's main world so the
// page's clock can time them: the same gate, extraction, matcher and overlay the content script
// runs, plus the two yardsticks (a TreeWalker text pass, Mozilla's Readability).

import { Readability } from '@mozilla/readability';
import { Engine } from '../../src/core/engine.ts';
import { compileGate } from '../../src/core/gate.ts';
import type { ClaimIndex, GateFile } from '../../src/core/types.ts';
import { Overlay } from '../../src/content/overlay/overlay.tsx';
import { extractParagraphs } from '../../src/page/extract.ts';
import { gateText } from '../../src/page/text.ts';

const time = (fn: () => void): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

let engine: Engine | null = null;

export const bench = {
  /** The floor: one pass that reads every text node. */
  floor(): number {
    return time(() => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      for (let t = w.nextNode(); t !== null; t = w.nextNode()) n += (t.nodeValue ?? '').length;
      if (n < 0) throw new Error('unreachable');
    });
  },
  /** The content script's work on every page: read the text, test each story's anchors. */
  gate(gate: GateFile): { ms: number; passed: string[] } {
    let passed: string[] = [];
    const ms = time(() => {
      const test = compileGate(gate.stories);
      passed = test(gateText(document));
    });
    return { ms, passed };
  },
  load(index: ClaimIndex): void {
    engine = new Engine(index);
  },
  /** Extraction + gate + matching, as the content script does past the cheap gate. */
  analyse(): { ms: number; extractMs: number; paragraphs: number; matches: number; story: string | null } {
    if (engine === null) throw new Error('load an index first');
    const e = engine;
    let paragraphs: string[] = [];
    const t0 = performance.now();
    const extractMs = time(() => {
      paragraphs = extractParagraphs(document).map((p) => p.text);
    });
    const result = e.analyse(paragraphs, document.body.textContent ?? '');
    const ms = performance.now() - t0;
    return { ms, extractMs, paragraphs: paragraphs.length, matches: result.matches.length, story: result.story?.id ?? null };
  },
  /** Highlights, markers and one layout pass of the overlay for the page's matches. */
  overlay(): number {
    if (engine === null) throw new Error('load an index first');
    const paragraphs = extractParagraphs(document);
    const result = engine.analyse(paragraphs.map((p) => p.text));
    if (result.story === null) return 0;
    const story = result.story;
    const ms = time(() => {
      const o = new Overlay(document);
      o.show(story, paragraphs, result.matches);
      o.flush();
      void document.body.offsetHeight; // the layout the overlay caused, inside the measurement
      o.destroy();
    });
    return ms;
  },
  readability(): number {
    return time(() => {
      new Readability(document.cloneNode(true) as Document).parse();
    });
  },
  /** Time to evaluate a script of this source, by inserting it (an empty one is the baseline). */
  evaluate(source: string): number {
    const s = document.createElement('script');
    s.textContent = source;
    return time(() => document.head.append(s));
  },
  heap(): number | null {
    const m = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return m === undefined ? null : m.usedJSHeapSize;
  },
};

(globalThis as unknown as { __bench: typeof bench }).__bench = bench;
