// @vitest-environment happy-dom
// When the gate script reads a living page (src/content/gate-loop.ts), with the clock faked: a
// long-lived page that is not a story costs a few reads, a story that arrives late or after a
// move to another address is still let through.

import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { gateLoop } from '../../../src/content/gate-loop.ts';
import { gateText } from '../../../src/page/text.ts';

const STORY = 'Facebook asked banks to share customer financial data. ';

let controller: AbortController;
let reads: number;
let passed: string[][];
let noStory: string[];

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState({}, '', '/start');
  document.body.replaceChildren();
  reads = 0;
  passed = [];
  noStory = [];
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.clearAllTimers();
  vi.useRealTimers();
});

function start(): void {
  gateLoop(
    {
      win: window,
      read: () => (reads++, gateText(document)),
      gate: (text) => (text.includes('Facebook asked banks') ? ['story'] : []),
      passed: (ids) => void passed.push(ids),
      noStory: async () => (noStory.push(location.pathname), true),
    },
    controller.signal,
  );
}

const paragraph = (text: string): void => {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
};
const ticker = (): (() => void) => {
  const t = document.createElement('span');
  t.textContent = '10000';
  document.body.append(t);
  const id = setInterval(() => void (t.textContent = String(10_000 + (Date.now() % 90_000))), 200);
  return () => clearInterval(id);
};

test('a page that is not a story but keeps gaining comments is read a few times, then left alone', async () => {
  paragraph('A match report. '.repeat(50));
  start();
  const comments = setInterval(() => paragraph('What a game that was, and what a goal. '.repeat(8)), 1000);
  await vi.advanceTimersByTimeAsync(60_000);
  clearInterval(comments);
  expect(reads).toBe(4);
  expect(noStory).toEqual(['/start']);
});

test('a ticker alone never has the page read again', async () => {
  paragraph('A match report. '.repeat(50));
  start();
  const stop = ticker();
  await vi.advanceTimersByTimeAsync(60_000);
  stop();
  expect(reads).toBe(1);
});

test('a story article that arrives late, under a ticker, is let through', async () => {
  const stop = ticker();
  start();
  await vi.advanceTimersByTimeAsync(20_000);
  for (let i = 0; i < 6; i++) paragraph(STORY.repeat(3));
  await vi.advanceTimersByTimeAsync(3000);
  stop();
  expect(passed).toEqual([['story']]);
  expect(reads).toBe(2);
});

test('a move to a story at another address is let through even after the first address’s reads are spent', async () => {
  paragraph('A match report. '.repeat(50));
  start();
  const comments = setInterval(() => paragraph('What a game that was, and what a goal. '.repeat(8)), 1000);
  await vi.advanceTimersByTimeAsync(30_000);
  clearInterval(comments);
  const spent = reads;
  // A single-page app changes the address, shows the old page while it fetches the new one (read
  // then, with nothing new), and swaps in the story of about the same length in one batch.
  history.pushState({}, '', '/story');
  paragraph('Loading');
  await vi.advanceTimersByTimeAsync(3000);
  expect(passed).toEqual([]);
  const story = document.createElement('article');
  story.textContent = STORY.repeat(15);
  document.body.replaceChildren(story);
  await vi.advanceTimersByTimeAsync(3000);
  expect(spent).toBe(4);
  expect(reads).toBe(6);
  expect(passed).toEqual([['story']]);
});

test('once the gate has let a story through, the page is not read again', async () => {
  paragraph(STORY);
  start();
  const comments = setInterval(() => paragraph('Interesting. '.repeat(60)), 1000);
  await vi.advanceTimersByTimeAsync(20_000);
  clearInterval(comments);
  expect(passed).toEqual([['story']]);
  expect(reads).toBe(1);
});
