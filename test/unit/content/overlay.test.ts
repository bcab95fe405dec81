// @vitest-environment happy-dom
// The overlay's cost on a page that keeps changing size: each paint measures every marked
// paragraph, so a page animating its height must not get one per frame. The real-browser tests
// (test/e2e/overlay.e2e.ts) check that markers follow a layout shift. Also what a hidden overlay
// leaves undone, and the looks for a cover over a marker while the page stands still.

import { afterEach, expect, test, vi } from 'vitest';
import { Overlay } from '../../../src/content/overlay/overlay.tsx';
import type { PageParagraph } from '../../../src/page/extract.ts';
import type { PageView } from '../../../src/view/describe.ts';

const FRAME_MS = 16;

/** The page's ResizeObserver, fired by the test as the browser would on each change of size. */
const observers: ResizeObserverCallback[] = [];
class FakeResizeObserver {
  private watching = false;
  constructor(callback: ResizeObserverCallback) {
    // Called, as the browser calls it, only while it observes something.
    observers.push((entries, observer) => {
      if (this.watching) callback(entries, observer);
    });
  }
  observe(): void {
    this.watching = true;
  }
  disconnect(): void {
    this.watching = false;
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  observers.length = 0;
  document.body.replaceChildren();
  for (const host of document.querySelectorAll('backstory-overlay')) host.remove();
});

/** An overlay drawn over one paragraph; `paints` counts how often that paragraph was measured. */
function drawn(): { overlay: Overlay; paints: () => number; show: () => void } {
  vi.useFakeTimers();
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  const view = document.defaultView!;
  vi.spyOn(view, 'requestAnimationFrame').mockImplementation((paint) =>
    Number(setTimeout(() => paint(performance.now()), FRAME_MS)),
  );
  vi.spyOn(view, 'cancelAnimationFrame').mockImplementation((id) => clearTimeout(id));
  const p = document.createElement('p');
  p.textContent = 'Facebook asked banks for their customers’ financial data.';
  document.body.append(p);
  const measured = vi.spyOn(p, 'getBoundingClientRect');
  const paragraph: PageParagraph = { text: p.textContent, element: p, first: p, last: p, role: 'text' };
  const page: PageView = {
    storyId: 'story',
    title: 'Facebook asked banks for data',
    broke: '2018-08-06',
    brokeBy: 'The Wall Street Journal',
    subject: 'Facebook',
    paragraphs: 1,
    claims: [{ paragraph: 0, claimId: 'c1', score: 0.9, why: null }],
    views: [
      {
        id: 'c1',
        text: 'Facebook asked banks for customer data.',
        kind: 'report',
        firstOutlet: 'The Wall Street Journal',
        firstDate: '2018-08-06',
        basis: 'attribution',
        firstCredited: true,
        otherOutlets: [],
        said: null,
        answers: [],
      },
    ],
  };
  const overlay = new Overlay(document, { openStory: () => undefined });
  overlay.show(page, [paragraph]);
  vi.advanceTimersByTime(100);
  measured.mockClear();
  return {
    overlay,
    paints: () => measured.mock.calls.length,
    show: () => overlay.show(page, [paragraph]),
  };
}

const resize = (): void => {
  for (const callback of observers) callback([], {} as ResizeObserver);
};

test('a page that changes size every frame for 3 s is measured a few times a second, not every frame', () => {
  const { overlay, paints } = drawn();
  for (let t = 0; t < 3000; t += FRAME_MS) {
    resize();
    vi.advanceTimersByTime(FRAME_MS);
  }
  const animating = paints();
  // Every frame would be 188 paints; a few a second keeps up with a shift without the cost.
  expect(animating).toBeGreaterThanOrEqual(3);
  expect(animating).toBeLessThanOrEqual(20);
  // Once it stops, the markers are measured where the page came to rest, then nothing runs.
  vi.advanceTimersByTime(1000);
  expect(paints()).toBe(animating + 1);
  vi.advanceTimersByTime(3000);
  expect(paints()).toBe(animating + 1);
  overlay.destroy();
});

test('a single change of size is measured on the next frame, and only once', () => {
  const { overlay, paints } = drawn();
  resize();
  vi.advanceTimersByTime(FRAME_MS);
  expect(paints()).toBe(1);
  vi.advanceTimersByTime(2000);
  expect(paints()).toBe(1);
  overlay.destroy();
});

test('a hidden overlay does no work when the page changes size or theme, and watches again once shown', async () => {
  const { overlay, paints, show } = drawn();
  const frames = vi.mocked(document.defaultView!.requestAnimationFrame);
  overlay.hide();
  frames.mockClear();
  resize();
  document.documentElement.classList.add('dark');
  await Promise.resolve(); // the mutation observer's callback
  vi.advanceTimersByTime(1000);
  expect(frames).not.toHaveBeenCalled();
  expect(paints()).toBe(0);
  show();
  vi.advanceTimersByTime(1000);
  const shown = paints();
  resize();
  vi.advanceTimersByTime(FRAME_MS);
  expect(paints()).toBe(shown + 1);
  document.documentElement.classList.remove('dark');
  overlay.destroy();
});

test('a claim focused from the popup and hidden in the same frame does not take the keyboard when the overlay is shown again', () => {
  const { overlay, show } = drawn();
  const host = document.querySelector('backstory-overlay');
  overlay.focus(0);
  overlay.hide();
  vi.advanceTimersByTime(1000);
  expect(document.activeElement).toBe(document.body);
  // Shown again later (the reader turned the highlights back on): focus stays where the reader is.
  show();
  vi.advanceTimersByTime(1000);
  expect(host).not.toBeNull();
  expect(document.activeElement).not.toBe(host);
  overlay.focus(0);
  vi.advanceTimersByTime(1000);
  // A focus asked for while shown still reaches the marker.
  expect(document.activeElement).toBe(host);
  overlay.destroy();
});

test('while a button covers a marker it is looked for again each second, the page still; once it has gone, nothing runs', () => {
  const { overlay } = drawn();
  const p = document.querySelector('p');
  if (p === null) throw new Error('no paragraph');
  // The paragraph at 100 to 160 px in an 800 px window, its text from x = 320; a fixed button over
  // the margin beside it, where the marker is drawn. happy-dom lays out nothing and has no hit test.
  const box = { top: 100, bottom: 160, left: 320, right: 960 };
  vi.spyOn(p, 'getBoundingClientRect').mockReturnValue({
    ...box,
    x: 320,
    y: 100,
    width: 640,
    height: 60,
  } as DOMRect);
  const button = document.createElement('div');
  button.style.position = 'fixed';
  const cover = { top: 90, bottom: 170, left: 250, right: 320 };
  vi.spyOn(button, 'getBoundingClientRect').mockReturnValue({
    ...cover,
    x: 250,
    y: 90,
    width: 70,
    height: 80,
  } as DOMRect);
  document.body.append(button);
  for (const [k, v] of [
    ['clientHeight', 800],
    ['clientWidth', 1280],
  ] as const)
    Object.defineProperty(document.documentElement, k, { value: v, configurable: true });
  let shown = true;
  const hits = vi.fn((x: number, y: number): Element[] =>
    shown && x >= cover.left && x < cover.right && y >= cover.top && y < cover.bottom
      ? [button, document.body]
      : [document.body],
  );
  Object.defineProperty(document, 'elementsFromPoint', { value: hits, configurable: true });
  try {
    resize();
    vi.advanceTimersByTime(FRAME_MS * 2);
    const first = hits.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    // The page stands still: a look each second (three hit tests or more) while the marker is hidden.
    vi.advanceTimersByTime(5000);
    expect(hits.mock.calls.length - first).toBeGreaterThanOrEqual(4 * 3);
    // The button goes by its own style (no listener hears it): the next look gives the marker back...
    shown = false;
    vi.advanceTimersByTime(1100);
    const gone = hits.mock.calls.length;
    // ...and then nothing is looked for.
    vi.advanceTimersByTime(5000);
    expect(hits.mock.calls.length).toBe(gone);
  } finally {
    Reflect.deleteProperty(document, 'elementsFromPoint');
    for (const k of ['clientHeight', 'clientWidth']) Reflect.deleteProperty(document.documentElement, k);
    overlay.destroy();
  }
});
