// @vitest-environment happy-dom
// The page watcher (src/content/observe.ts) on happy-dom's MutationObserver with the clock faked:
// when a living page gets read again, and why.

import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { watchPage } from '../../../src/content/observe.ts';
import { HOST_TAG } from '../../../src/content/host.ts';

let controller: AbortController;
let calls: { reason: string; at: number }[];

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
  calls = [];
  controller = new AbortController();
  watchPage(window, controller.signal, {
    debounceMs: 600,
    minIntervalMs: 2000,
    onChange: (reason) => void calls.push({ reason, at: Date.now() }),
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
