// @vitest-environment happy-dom
// The page watcher (src/content/observe.ts) on happy-dom's MutationObserver with the clock faked:
// when a living page gets read again, and why.

import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { watchPage, type TextChange } from '../../../src/content/observe.ts';
import { HOST_TAG } from '../../../src/content/host.ts';

let controller: AbortController;
let calls: { reason: string; at: number; change: TextChange }[];

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
  calls = [];
  controller = new AbortController();
  watchPage(window, controller.signal, {
    debounceMs: 600,
    maxWaitMs: 2000,
    minIntervalMs: 2000,
    onChange: (reason, change) => void calls.push({ reason, at: Date.now(), change }),
  });
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

const addParagraph = (): void => void document.body.append(document.createElement('p'));

test('a page that changes is read again once, when it has been quiet for the debounce', async () => {
  addParagraph();
  await vi.advanceTimersByTimeAsync(300);
  addParagraph();
  await vi.advanceTimersByTimeAsync(599);
  expect(calls).toEqual([]);
  await vi.advanceTimersByTimeAsync(1);
  expect(calls.map((c) => c.reason)).toEqual(['mutation']);
});

test('changes to Backstory’s own overlay host alone are not the page changing', async () => {
  const host = document.createElement(HOST_TAG);
  document.body.append(host);
  host.append(document.createElement('div'));
  host.remove();
  await vi.advanceTimersByTimeAsync(5000);
  expect(calls).toEqual([]);
  // A batch that touches the page too still counts.
  document.body.append(document.createElement(HOST_TAG), document.createElement('p'));
  await vi.advanceTimersByTimeAsync(5000);
  expect(calls).toHaveLength(1);
});

test('a busy page is read again at most every two seconds', async () => {
  // A change every 700 ms, each after more than the debounce's quiet time, for 20 seconds.
  for (let t = 0; t < 20_000; t += 700) {
    addParagraph();
    await vi.advanceTimersByTimeAsync(700);
  }
  const gaps = calls.slice(1).map((c, i) => c.at - (calls[i]?.at ?? 0));
  expect(calls.length).toBeGreaterThanOrEqual(9);
  expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2000);
});

test('a page that never stays quiet (a ticker every 200 ms) is still read again, at most every two seconds', async () => {
  const ticker = document.createElement('div');
  document.body.append(ticker);
  const start = Date.now();
  for (let t = 0; t < 20_000; t += 200) {
    ticker.textContent = String(t);
    await vi.advanceTimersByTimeAsync(200);
  }
  const gaps = calls.slice(1).map((c, i) => c.at - (calls[i]?.at ?? 0));
  expect(calls.length).toBeGreaterThanOrEqual(8);
  expect((calls[0]?.at ?? Infinity) - start).toBeLessThanOrEqual(2000);
  expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2000);
});

test('a move to a new address under a ticker is reported as a navigation within two seconds', async () => {
  const ticker = document.createElement('div');
  document.body.append(ticker);
  const tick = setInterval(() => void (ticker.textContent = String(Date.now())), 200);
  await vi.advanceTimersByTimeAsync(5000);
  history.pushState({}, '', '/story-under-a-ticker');
  const movedAt = Date.now();
  await vi.advanceTimersByTimeAsync(2500);
  clearInterval(tick);
  const navigation = calls.find((c) => c.reason === 'navigation');
  expect(navigation).toBeDefined();
  expect((navigation?.at ?? Infinity) - movedAt).toBeLessThanOrEqual(2200);
});

test('what a change is worth: a ticker’s digits bring no text, a new article all of its own, a swapped-in one nets to nothing but comes at once', async () => {
  const ticker = document.createElement('span');
  ticker.textContent = '9999 readers';
  const article = document.createElement('article');
  document.body.append(ticker, article);
  await vi.advanceTimersByTimeAsync(3000);
  calls = [];
  const fill = (text: string): void => {
    const p = document.createElement('p');
    p.textContent = text;
    article.replaceChildren(p);
  };
  for (let i = 0; i < 5; i++) {
    ticker.textContent = `${1000 + i} readers`;
    (ticker.firstChild as Text).data = `${2000 + i} readers`;
    await vi.advanceTimersByTimeAsync(100);
  }
  await vi.advanceTimersByTimeAsync(3000);
  fill('a'.repeat(3000)); // the article arrives
  await vi.advanceTimersByTimeAsync(3000);
  fill('b'.repeat(3000)); // another article takes its place
  await vi.advanceTimersByTimeAsync(3000);
  expect(calls.map((c) => c.change)).toEqual([
    { net: 0, largest: '1000 readers'.length, inPlace: true },
    { net: 3000, largest: 3000, inPlace: false },
    { net: 0, largest: 3000, inPlace: false },
  ]);
});

test('a move to a new address is reported as a navigation, even when the new page keeps rendering', async () => {
  history.pushState({}, '', '/next-article');
  addParagraph(); // the first batch after pushState reveals the new address
  await vi.advanceTimersByTimeAsync(100);
  addParagraph(); // the single-page app goes on rendering within the debounce
  await vi.advanceTimersByTimeAsync(100);
  addParagraph();
  await vi.advanceTimersByTimeAsync(1000);
  expect(calls.map((c) => c.reason)).toEqual(['navigation']);
  // The next change on the same address is a mutation again.
  addParagraph();
  await vi.advanceTimersByTimeAsync(3000);
  expect(calls.map((c) => c.reason)).toEqual(['navigation', 'mutation']);
});

test('nothing is reported once the watcher is stopped', async () => {
  addParagraph();
  controller.abort();
  addParagraph();
  history.pushState({}, '', '/elsewhere');
  window.dispatchEvent(new Event('popstate'));
  await vi.advanceTimersByTimeAsync(5000);
  expect(calls).toEqual([]);
});
