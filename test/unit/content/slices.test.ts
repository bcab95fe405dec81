// @vitest-environment happy-dom
// A long read of the page in slices (src/content/slices.ts): a huge page gets the thread back
// between slices, an ordinary one is read in one go, and what is read is what one read finds.

import { expect, test } from 'vitest';
import { inSlices, SLICE_MS } from '../../../src/content/slices.ts';
import { extractInSteps, extractParagraphs } from '../../../src/page/extract.ts';
import { gateText, gateTextInSteps } from '../../../src/page/text.ts';
import { unlessStopped } from '../../../src/page/steps.ts';

/** A clock that moves 4 ms each time it is read, once a step: a slow machine's steps. */
function slowClock(): () => number {
  let t = 0;
  return () => (t += 4);
}

function page(paragraphs: number, cells: number): Document {
  const doc = document.implementation.createHTMLDocument('Facebook asked banks for data');
  const article = doc.createElement('article');
  for (let i = 0; i < paragraphs; i++) {
    const p = doc.createElement('p');
    p.textContent = `Facebook asked the banks for their customers’ card data, paragraph ${i}, said the report.`;
    article.append(p);
  }
  const grid = doc.createElement('div');
  for (let i = 0; i < cells; i++) grid.append(Object.assign(doc.createElement('span'), { textContent: 'x' }));
  doc.body.append(article, grid);
  return doc;
}

test('a huge page is read over several slices, each giving the page the thread back, and reads as one read does', async () => {
  const doc = page(20, 30_000);
  let pauses = 0;
  const pause = async (): Promise<void> => void pauses++;
  const text = await inSlices(gateTextInSteps(doc), pause, slowClock());
  expect(text).toBe(gateText(doc));
  expect(pauses).toBeGreaterThan(0);
  pauses = 0;
  const paragraphs = await inSlices(extractInSteps(doc), pause, slowClock());
  expect(paragraphs.map((p) => p.text)).toEqual(extractParagraphs(doc).map((p) => p.text));
  expect(paragraphs.length).toBeGreaterThanOrEqual(20);
  expect(pauses).toBeGreaterThan(0);
});

test('an ordinary page is read at once, within the task that asked', () => {
  const doc = page(20, 0);
  let pauses = 0;
  const pause = async (): Promise<void> => void pauses++;
  // A clock that does not move: steps well inside the budget. Not a promise, the text itself.
  const still = (): number => 0;
  expect(inSlices(gateTextInSteps(doc), pause, still)).toBe(gateText(doc));
  expect(inSlices(extractInSteps(doc), pause, still)).toHaveLength(20);
  expect(pauses).toBe(0);
  expect(SLICE_MS).toBeLessThan(50);
});

test('a read whose place the page moved away meanwhile ends there, or starts again, and never reads outside its page', async () => {
  const doc = page(3_000, 0);
  const article = doc.querySelector('article') as Element;
  const elsewhere = doc.createElement('div');
  doc.body.append(elsewhere);
  // After the first slice the page moves part of the article out of it, and the rest into a fragment.
  let moved = false;
  const pause = async (): Promise<void> => {
    if (moved) return;
    moved = true;
    for (const p of [...article.children].slice(900, 1_100)) elsewhere.append(p);
    doc.createDocumentFragment().append(...[...article.children].slice(1_500));
  };
  const paragraphs = await inSlices(extractInSteps(doc), pause, slowClock());
  expect(moved).toBe(true);
  // What was read is the article's, in order, up to where it was taken away.
  expect(paragraphs.every((p) => article.contains(p.element) || elsewhere.contains(p.element))).toBe(true);
  const numbers = paragraphs.map((p) => Number(/paragraph (\d+)/.exec(p.text)?.[1] ?? -1));
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  // The gate's read of a page whose text moved starts again on the page as it now is.
  let swapped = false;
  const swap = async (): Promise<void> => {
    if (swapped) return;
    swapped = true;
    doc.head.append(...[...article.children].slice(0, 2_000));
  };
  // A pause at every step: the page has its turn after the first thousand text nodes.
  const text = await inSlices(gateTextInSteps(doc), swap, slowClock(), 0);
  expect(swapped).toBe(true);
  expect(text).toBe(gateText(doc));
});

test('a read told to stop ends at its next step with nothing, and reads no more of the page', async () => {
  const doc = page(20, 30_000);
  let pauses = 0;
  let stopped = false;
  const pause = async (): Promise<void> => {
    pauses++;
    // A newer read began while this one waited for its next slice.
    stopped = true;
  };
  let reads = 0;
  function* counted(): Generator<void, string, void> {
    const steps = gateTextInSteps(doc);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done === true) return step.value;
      reads++;
      yield;
    }
  }
  expect(
    await inSlices(
      unlessStopped(counted(), () => stopped),
      pause,
      slowClock(),
    ),
  ).toBeNull();
  expect(pauses).toBe(1);
  const whole = [...gateTextInSteps(doc)].length;
  expect(reads).toBeLessThan(whole);
  // Not told to stop, the same read reads the whole page.
  expect(
    await inSlices(
      unlessStopped(gateTextInSteps(doc), () => false),
      async () => undefined,
      slowClock(),
    ),
  ).toBe(gateText(doc));
});
