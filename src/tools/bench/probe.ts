// Backstory's own modules, bundled for the benchmark and run in the page's main world so the
// page's clock can time them: the same gate, extraction and overlay the content script runs, the
// matcher the background runs (timed here, in the same JavaScript engine, as a stand-in for the
// background's context), plus the two yardsticks (a TreeWalker text pass, Mozilla's Readability).

import { Readability } from '@mozilla/readability';
import { Engine } from '../../matching/engine.ts';
import { readPage, type PageOutcome } from '../../pipeline/pipeline.ts';
import { compileGate } from '../../gate/gate.ts';
import type { ClaimIndex, GateFile } from '../../model/types.ts';
import { Overlay } from '../../content/overlay/overlay.tsx';
import { extractParagraphs, type PageParagraph } from '../../page/extract.ts';
import { gateText } from '../../page/text.ts';

const time = (fn: () => void): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

let engine: Engine | null = null;
/** The paragraphs the last page() read, the stories its gate let through, and the last match(). */
let read: PageParagraph[] = [];
let candidates: string[] = [];
let matched: PageOutcome | null = null;

const loaded = (): Engine => {
  if (engine === null) throw new Error('load an index first');
  return engine;
};

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
  /**
   * The full content script's work on the page's thread past the gate script: extraction (its
   * gate runs again only when the page changes; the verdict here is the gate script's).
   */
  page(): { ms: number; extractMs: number; paragraphs: number } {
    // The gate script's verdict, handed over to the full script: not the full script's work.
    candidates = loaded()
      .candidates(gateText(document))
      .map((s) => s.id);
    let extractMs = 0;
    const ms = time(() => {
      extractMs = time(() => {
        read = extractParagraphs(document);
      });
    });
    return { ms, extractMs, paragraphs: read.length };
  },
  /** The page pipeline on the paragraphs page() read, as the background runs it (here in the page's context). */
  match(): { ms: number; matches: number; story: string | null } {
    const e = loaded();
    const texts = read.map((p) => p.text);
    const t0 = performance.now();
    matched = readPage(e, { paragraphs: texts, gate: { ids: candidates } });
    const ms = performance.now() - t0;
    return { ms, matches: matched.result.matches.length, story: matched.view?.storyId ?? null };
  },
  /** Highlights, markers and one layout pass of the overlay for the last match()'s claims. */
  overlay(): number {
    const view = matched?.view ?? null;
    if (view === null) return 0;
    return time(() => {
      const o = new Overlay(document, { openStory: () => undefined });
      o.show(view, read);
      o.flush();
      void document.body.offsetHeight; // the layout the overlay caused, inside the measurement
      o.destroy();
    });
  },
  /**
   * The overlay's first look for what covers the markers (a few hit tests and what they find), in
   * the frame after its first render: from a frame callback asked for before show() to one asked
   * for after, so the overlay's own callback runs between them. The overlay is destroyed before
   * the ResizeObserver's report, so the repaint that frame also holds in the extension is not timed.
   */
  async overlayLook(): Promise<number> {
    const view = matched?.view ?? null;
    if (view === null) return 0;
    let t0 = 0;
    requestAnimationFrame(() => (t0 = performance.now()));
    const o = new Overlay(document, { openStory: () => undefined });
    o.show(view, read);
    o.flush();
    void document.body.offsetHeight;
    const t1 = await new Promise<number>((resolve) =>
      requestAnimationFrame(() => resolve(performance.now())),
    );
    o.destroy();
    return t1 - t0;
  },
  readability(): number {
    return time(() => {
      new Readability(document.cloneNode(true) as Document).parse();
    });
  },
  /**
   * Time to evaluate a script of this source, by inserting it (an empty one is the baseline). A
   * script that throws fails the run: a page error is otherwise silent, and what it times is the
   * error's making (session 20's run timed a TypeError from a stub without getManifest: 2.6 ms in
   * Chromium for 78 KB, where the script's own evaluation is 0.9).
   */
  evaluate(source: string): number {
    const s = document.createElement('script');
    s.textContent = source;
    let thrown: unknown = null;
    const onError = (e: ErrorEvent): void => {
      thrown = e.error ?? e.message;
    };
    addEventListener('error', onError);
    const ms = time(() => document.head.append(s));
    removeEventListener('error', onError);
    if (thrown !== null) throw new Error(`the evaluated script threw: ${String(thrown)}`);
    return ms;
  },
  heap(): number | null {
    const m = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return m === undefined ? null : m.usedJSHeapSize;
  },
};

(globalThis as unknown as { __bench: typeof bench }).__bench = bench;
