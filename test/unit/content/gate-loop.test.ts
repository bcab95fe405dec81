// @vitest-environment happy-dom
// When the gate script reads a living page (src/content/gate-loop.ts), with the clock faked: a
// long-lived page that is not a story costs a few reads an hour, a story that arrives late (even
// after the first reads are spent) or after a move to another address is still let through.

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

/** Starts the gate loop; with `readMs`, each read takes that long (a huge page read in slices). */
function start(readMs?: number): void {
  gateLoop(
    {
      win: window,
      read: () => {
        reads++;
        const text = gateText(document);
        if (readMs === undefined) return text;
        return new Promise<string>((resolve) => setTimeout(() => resolve(text), readMs));
      },
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

test('a page that is not a story but keeps gaining comments is read a few times, then not for the next minute', async () => {
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

test('a rotating headline strip is no new text: a story article arriving under it is let through', async () => {
  paragraph('Menu. '.repeat(20));
  const strip = document.createElement('div');
  document.body.append(strip);
  let n = 0;
  // 300 characters swapped every 4 s: more than an edit in place, but the page does not grow.
  const rotate = (): void =>
    void (strip.textContent = `Headline ${n++}: ` + 'Markets rally as rates hold steady. '.repeat(8));
  rotate();
  const id = setInterval(rotate, 4000);
  start();
  await vi.advanceTimersByTimeAsync(30_000);
  expect(reads).toBe(1);
  for (let i = 0; i < 6; i++) paragraph(STORY.repeat(3));
  await vi.advanceTimersByTimeAsync(5000);
  clearInterval(id);
  expect(passed).toEqual([['story']]);
});

test('a live blog whose fourth entry is the story is let through', async () => {
  paragraph('Live: markets today. '.repeat(10));
  start();
  for (let i = 0; i < 3; i++) {
    await vi.advanceTimersByTimeAsync(60_000);
    paragraph('Oil prices edged higher in early trade as investors weighed supply. '.repeat(9));
  }
  await vi.advanceTimersByTimeAsync(60_000);
  expect(passed).toEqual([]);
  paragraph(STORY.repeat(11));
  await vi.advanceTimersByTimeAsync(60_000);
  expect(passed).toEqual([['story']]);
});

test('a ticker whose figures change length brings no new text: the page is not read again', async () => {
  paragraph('A match report. '.repeat(50));
  start();
  const spans = Array.from({ length: 10 }, () => {
    const s = document.createElement('span');
    s.textContent = '9.99';
    document.body.append(s);
    return s;
  });
  let k = 0;
  const id = setInterval(() => {
    k++;
    for (const s of spans) (s.firstChild as Text).data = k % 2 === 1 ? '10.01' : '9.98';
  }, 1000);
  await vi.advanceTimersByTimeAsync(300_000);
  clearInterval(id);
  expect(reads).toBe(1);
});

test('an endless feed costs a few reads an hour, and a story that arrives after two hours is still let through', async () => {
  paragraph('A match report. '.repeat(50));
  start();
  const comments = setInterval(() => paragraph('What a game that was, and what a goal. '.repeat(8)), 10_000);
  await vi.advanceTimersByTimeAsync(60 * 60_000);
  const firstHour = reads;
  await vi.advanceTimersByTimeAsync(60 * 60_000);
  // Past the first few misses the reads wait longer and longer, up to half an hour apart.
  expect(firstHour).toBeGreaterThan(4);
  expect(firstHour).toBeLessThanOrEqual(8);
  expect(reads - firstHour).toBeLessThanOrEqual(2);
  expect(passed).toEqual([]);
  paragraph(STORY.repeat(11));
  await vi.advanceTimersByTimeAsync(30 * 60_000);
  clearInterval(comments);
  expect(passed).toEqual([['story']]);
});

test('a page read over several tasks that moves to a story meanwhile is read again when that read ends, and let through', async () => {
  paragraph('A match report. '.repeat(50));
  // Each read takes a second of slices: a huge page.
  start(1000);
  await vi.advanceTimersByTimeAsync(200);
  history.pushState({}, '', '/story');
  document.body.replaceChildren();
  paragraph(STORY.repeat(15));
  await vi.advanceTimersByTimeAsync(5000);
  // The first read's verdict (the match report) is dropped for the read of the page as it now is.
  expect(reads).toBe(2);
  expect(passed).toEqual([['story']]);
  expect(noStory).toEqual([]);
});

test('a story read over several tasks is not let through on the address the page moved to meanwhile', async () => {
  paragraph(STORY.repeat(15));
  start(300);
  // Before the read ends, and before the page watcher could notice: another address, another page.
  await vi.advanceTimersByTimeAsync(100);
  history.pushState({}, '', '/weather');
  document.body.replaceChildren();
  paragraph('Sunny spells and a light breeze. '.repeat(20));
  await vi.advanceTimersByTimeAsync(5000);
  expect(passed).toEqual([]);
  expect(noStory).toEqual(['/weather']);
});
