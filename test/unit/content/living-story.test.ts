// @vitest-environment happy-dom
// The full content script on a story page that keeps changing (src/content/reader.ts behind
// src/content/observe.ts, as src/content/main.ts wires them), with the clock faked: how often the
// article is read again.

import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ok } from '../../../src/extension/contract.ts';
import type { OverlayState } from '../../../src/extension/messages.ts';
import { PAGE_TIMING, watchPage } from '../../../src/content/observe.ts';
import { PageReader } from '../../../src/content/reader.ts';
import type { PageParagraph } from '../../../src/page/extract.ts';
import type { PageView } from '../../../src/view/describe.ts';

const VIEW: PageView = {
  storyId: 'story',
  title: 'Facebook asked banks for data',
  broke: '2018-08-06',
  brokeBy: 'The Wall Street Journal',
  subject: 'Facebook',
  paragraphs: 1,
  claims: [{ paragraph: 0, claimId: 'c1', score: 0.9, why: null }],
  views: [],
};

let controller: AbortController;
let extractions: number;
let schedules: number;

beforeEach(async () => {
  vi.useFakeTimers();
  document.body.replaceChildren();
  for (let i = 0; i < 5; i++) paragraph('Facebook asked banks to share customer financial data. '.repeat(4));
  extractions = 0;
  schedules = 0;
  controller = new AbortController();
  // The page's paragraphs, as the extractor would give them.
  const extract = async (): Promise<PageParagraph[]> =>
    (extractions++, [...document.querySelectorAll('p')]).map((p) => ({
      text: p.textContent ?? '',
      element: p,
      first: p.firstChild ?? p,
      last: p.lastChild ?? p,
      role: 'text',
    }));
  const reader = new PageReader({
    url: () => location.href,
    gateText: async () => document.body.textContent ?? '',
    gate: () => ['story'],
    handedOver: ['story'],
    extract,
    idle: async () => undefined,
    send: async (name) => (name === 'match' ? ok(VIEW) : ok(true)) as never,
    overlayWanted: async () => true,
    makeOverlay: () => ({
      show: () => undefined,
      focus: () => true,
      focusLegend: () => true,
      describe: () => ({}) as OverlayState,
      schedule: () => void schedules++,
      destroy: () => undefined,
    }),
    warn: () => undefined,
  });
  await reader.analyse();
  watchPage(window, controller.signal, {
    ...PAGE_TIMING,
    onChange: (reason, change) => void reader.pageChanged(reason, change),
  });
});
afterEach(() => {
  controller.abort();
  vi.clearAllTimers();
  vi.useRealTimers();
});

function paragraph(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
}

test('a ticker on a story page has the article read again hardly ever, its markers still measured', async () => {
  const ticker = document.createElement('span');
  ticker.textContent = '9.99';
  document.body.prepend(ticker);
  let k = 0;
  const id = setInterval(() => void (ticker.textContent = (++k % 2 === 1 ? 10.01 : 9.98).toFixed(2)), 200);
  await vi.advanceTimersByTimeAsync(10 * 60_000);
  clearInterval(id);
  expect(extractions - 1).toBeLessThanOrEqual(3);
  // The ticker's width may move the article: the markers follow it.
  expect(schedules).toBeGreaterThan(100);
});

test('a story page that gains a paragraph, or has its article replaced, is read again', async () => {
  paragraph('And Facebook said it would not use the data for advertising. '.repeat(5));
  await vi.advanceTimersByTimeAsync(3000);
  expect(extractions).toBe(2);
  // The same text in new nodes (a framework rendering the article again): the markers need them.
  const again = [...document.querySelectorAll('p')].map((p) => p.textContent ?? '');
  document.body.replaceChildren();
  for (const text of again) paragraph(text);
  await vi.advanceTimersByTimeAsync(3000);
  expect(extractions).toBe(3);
});
