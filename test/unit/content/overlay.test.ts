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

/** A page of `count` paragraphs, each matched to the one report claim. */
function pageOf(count: number): PageView {
  return {
    storyId: 'story',
    title: 'Facebook asked banks for data',
    broke: '2018-08-06',
    brokeBy: 'The Wall Street Journal',
    subject: 'Facebook',
    paragraphs: count,
    claims: Array.from({ length: count }, (_, paragraph) => ({
      paragraph,
      claimId: 'c1',
      score: 0.9,
      why: null,
    })),
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
}

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
  const page = pageOf(1);
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

/**
 * The drawn paragraph at 100 to 160 px in an 800 px window, its text from x = 320, and a fixed
 * element of the page at `cover` (window coordinates), hit where it is while `shown()`. happy-dom
 * lays out nothing and has no hit test. Returns the hit tests made, and the looks the overlay made.
 */
function covered(cover: { top: number; bottom: number; left: number; right: number }) {
  const { overlay } = drawn();
  const p = document.querySelector('p');
  if (p === null) throw new Error('no paragraph');
  const box = { top: 100, bottom: 160, left: 320, right: 960 };
  vi.spyOn(p, 'getBoundingClientRect').mockReturnValue({
    ...box,
    x: 320,
    y: 100,
    width: 640,
    height: 60,
  } as DOMRect);
  const el = document.createElement('div');
  el.style.position = 'fixed';
  const size = {
    x: cover.left,
    y: cover.top,
    width: cover.right - cover.left,
    height: cover.bottom - cover.top,
  };
  vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({ ...cover, ...size } as DOMRect);
  document.body.append(el);
  for (const [k, v] of [
    ['clientHeight', 800],
    ['clientWidth', 1280],
  ] as const)
    Object.defineProperty(document.documentElement, k, { value: v, configurable: true });
  const state = { shown: true };
  const hits = vi.fn((x: number, y: number): Element[] =>
    state.shown && x >= cover.left && x < cover.right && y >= cover.top && y < cover.bottom
      ? [el, document.body]
      : [document.body],
  );
  Object.defineProperty(document, 'elementsFromPoint', { value: hits, configurable: true });
  return {
    overlay,
    state,
    hits,
    looks: () => overlay.describe().looks,
    done: () => {
      Reflect.deleteProperty(document, 'elementsFromPoint');
      for (const k of ['clientHeight', 'clientWidth']) Reflect.deleteProperty(document.documentElement, k);
      overlay.destroy();
    },
  };
}

test('while a button covers a marker, the page still, it is looked for again after 1, 2, 4 and 8 s, then no more; once it has gone, one look gives the marker back', () => {
  // A share button over the margin beside the paragraph, where its marker is drawn.
  const { state, looks, done } = covered({ top: 90, bottom: 170, left: 250, right: 320 });
  try {
    resize();
    vi.advanceTimersByTime(FRAME_MS * 2);
    const first = looks();
    expect(first).toBeGreaterThan(0);
    // Looks at 1, 3, 7 and 15 s, the page standing still, then none.
    vi.advanceTimersByTime(1100);
    expect(looks() - first).toBe(1);
    vi.advanceTimersByTime(2000);
    expect(looks() - first).toBe(2);
    vi.advanceTimersByTime(60_000);
    expect(looks() - first).toBe(4);
    // A change of layout (a paint) starts them again; the button goes by its own style (no
    // listener hears it) before the first: that look gives the marker back, and then none runs.
    resize();
    vi.advanceTimersByTime(FRAME_MS * 2);
    state.shown = false;
    const painted = looks();
    vi.advanceTimersByTime(1100);
    expect(looks()).toBe(painted + 1);
    vi.advanceTimersByTime(60_000);
    expect(looks()).toBe(painted + 1);
  } finally {
    done();
  }
});

test('a sticky header or a bar at the window’s foot over a marker starts no look while the page stands still', () => {
  // A header across the window over the paragraph's top, where its marker is drawn.
  const { looks, hits, done } = covered({ top: 0, bottom: 120, left: 0, right: 1280 });
  try {
    resize();
    vi.advanceTimersByTime(FRAME_MS * 2);
    const first = looks();
    expect(first).toBeGreaterThan(0);
    const tests = hits.mock.calls.length;
    vi.advanceTimersByTime(60_000);
    expect(looks()).toBe(first);
    expect(hits.mock.calls.length).toBe(tests);
  } finally {
    done();
  }
});

test('a scroll too fast for a look to take in every marker it brings still ends each look: a button gone meanwhile stops hiding markers before the scroll stops', () => {
  vi.useFakeTimers();
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  const view = document.defaultView!;
  vi.spyOn(view, 'requestAnimationFrame').mockImplementation((paint) =>
    Number(setTimeout(() => paint(performance.now()), FRAME_MS)),
  );
  vi.spyOn(view, 'cancelAnimationFrame').mockImplementation((id) => clearTimeout(id));
  // The overlay's layer is in a closed shadow root: the test keeps it to read the markers drawn.
  const attach = Element.prototype.attachShadow;
  let root: ShadowRoot | null = null;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    root = attach.call(this, init);
    return root;
  });
  // 500 short marked paragraphs, 30 px apart (some 26 in an 800 px window), text from x = 320.
  let sy = 0;
  Object.defineProperty(view, 'scrollY', { get: () => sy, configurable: true });
  const paragraphs: PageParagraph[] = Array.from({ length: 500 }, (_, i) => {
    const p = document.createElement('p');
    p.textContent = `Paragraph ${i}.`;
    document.body.append(p);
    vi.spyOn(p, 'getBoundingClientRect').mockImplementation(
      () => ({ top: i * 30 - sy, bottom: i * 30 + 20 - sy, left: 320, right: 960 }) as DOMRect,
    );
    return { text: p.textContent, element: p, first: p, last: p, role: 'text' };
  });
  // A share button in the markers' margin (their middles at x = 297), clear of the rules (x = 317).
  const cover = { top: 400, bottom: 444, left: 270, right: 310 };
  const button = document.createElement('div');
  button.style.position = 'fixed';
  vi.spyOn(button, 'getBoundingClientRect').mockReturnValue(cover as DOMRect);
  document.body.append(button);
  for (const [k, v] of [
    ['clientHeight', 800],
    ['clientWidth', 1280],
  ] as const)
    Object.defineProperty(document.documentElement, k, { value: v, configurable: true });
  let shown = true;
  const hits = (x: number, y: number): Element[] =>
    shown && x >= cover.left && x < cover.right && y >= cover.top && y < cover.bottom
      ? [button, document.body]
      : [document.body];
  Object.defineProperty(document, 'elementsFromPoint', { value: hits, configurable: true });
  const page = pageOf(paragraphs.length);
  const overlay = new Overlay(document, { openStory: () => undefined });
  /** Whether the marker drawn at the button's height (its middle at window y 400 to 444) shows. */
  const atButton = (): boolean => {
    const n = Math.ceil((sy + 400 - 11) / 30);
    const marker = root?.querySelector<HTMLElement>(`button.marker[data-paragraph="${n}"]`);
    if (marker === null || marker === undefined) throw new Error(`no marker ${n}`);
    return marker.style.visibility !== 'hidden';
  };
  try {
    overlay.show(page, paragraphs);
    vi.advanceTimersByTime(100);
    expect(atButton()).toBe(false);
    // Dragging the scroll bar: 400 px a frame, over 13 new markers, for 30 frames. The button
    // goes by its own style on the third.
    for (let frame = 0; frame < 30; frame++) {
      sy += 400;
      view.dispatchEvent(new Event('scroll'));
      if (frame === 2) shown = false;
      vi.advanceTimersByTime(FRAME_MS);
    }
    // Still scrolling, and the marker at the button's old place is drawn.
    expect(atButton()).toBe(true);
  } finally {
    Reflect.deleteProperty(document, 'elementsFromPoint');
    Reflect.deleteProperty(view, 'scrollY');
    for (const k of ['clientHeight', 'clientWidth']) Reflect.deleteProperty(document.documentElement, k);
    overlay.destroy();
  }
});

test('a second overlay (an earlier injection, an extension reload) replaces the first host, never doubles it', () => {
  const { overlay: stale } = drawn();
  expect(document.querySelectorAll('backstory-overlay')).toHaveLength(1);
  // One the page moved into its body (a page that moves what it does not know) goes too.
  const moved = document.createElement('backstory-overlay');
  document.body.append(moved);
  const { overlay: fresh } = drawn();
  expect(document.querySelectorAll('backstory-overlay')).toHaveLength(1);
  expect(moved.isConnected).toBe(false);
  stale.destroy();
  expect(document.querySelectorAll('backstory-overlay')).toHaveLength(1);
  fresh.destroy();
  expect(document.querySelectorAll('backstory-overlay')).toHaveLength(0);
});

test('the first show puts the host in empty, and the markers are measured and drawn a frame after it is painted', () => {
  // The page is painted once for the host and the highlights, and once for the markers, in a layer
  // of their own: in one frame the two cost 60-80 ms on a 200,000-element page.
  vi.useFakeTimers();
  const view = document.defaultView!;
  vi.spyOn(view, 'requestAnimationFrame').mockImplementation((paint) =>
    Number(setTimeout(() => paint(performance.now()), FRAME_MS)),
  );
  const p = document.createElement('p');
  p.textContent = 'Facebook asked banks for their customers’ financial data.';
  document.body.append(p);
  const measured = vi.spyOn(p, 'getBoundingClientRect');
  const overlay = new Overlay(document, { openStory: () => undefined });
  const show = (): void =>
    overlay.show(pageOf(1), [{ text: p.textContent ?? '', element: p, first: p, last: p, role: 'text' }]);
  expect(document.querySelector('backstory-overlay')).toBeNull();
  show();
  expect(document.querySelector('backstory-overlay')).not.toBeNull();
  vi.advanceTimersByTime(FRAME_MS);
  expect(measured).not.toHaveBeenCalled();
  expect(overlay.describe().markers).toHaveLength(0);
  vi.advanceTimersByTime(FRAME_MS);
  expect(measured).toHaveBeenCalled();
  expect(overlay.describe().markers).toHaveLength(1);
  // Shown again (the page changed), the host is there already: drawn the next frame.
  overlay.hide();
  show();
  vi.advanceTimersByTime(FRAME_MS);
  expect(overlay.describe().markers).toHaveLength(1);
  overlay.destroy();
});
