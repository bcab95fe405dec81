// @vitest-environment happy-dom
// A long read of the page in slices (src/content/slices.ts): a huge page gets the thread back
// between slices, an ordinary one is read in one go, and what is read is what one read finds.

import { expect, test } from 'vitest';
import { inSlices, SLICE_MS } from '../../../src/content/slices.ts';
import { extractInSteps, extractParagraphs } from '../../../src/page/extract.ts';
import { gateText, gateTextInSteps } from '../../../src/page/text.ts';

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
  // A real clock on a small page: not a promise, the text itself.
  expect(inSlices(gateTextInSteps(doc), pause)).toBe(gateText(doc));
  expect(inSlices(extractInSteps(doc), pause)).toHaveLength(20);
  expect(pauses).toBe(0);
  expect(SLICE_MS).toBeLessThan(50);
});
