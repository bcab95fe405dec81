// @vitest-environment happy-dom
// What covers the markers at their own middles (markerCovers): every marker asked about is probed,
// however many are in the window, and one already inside a box found costs no hit test. The
// browser's hit test is stood in for by the boxes the test lays out (happy-dom has none).

import { afterEach, expect, test } from 'vitest';
import { markerCovers } from '../../../src/content/overlay/cover.ts';
import type { Rect } from '../../../src/content/overlay/Layer.tsx';

/** An element of the page at this window box. */
function laid(style: string, box: Rect): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('style', style);
  el.getBoundingClientRect = () => ({
    ...box,
    x: box.left,
    y: box.top,
    width: 0,
    height: 0,
    toJSON: () => box,
  });
  document.body.append(el);
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
  Reflect.deleteProperty(document, 'elementsFromPoint');
});

test('every marker in the window is probed, not only the first dozen; one inside a box found costs no hit test', () => {
  const host = document.createElement('div');
  const text = laid('', { top: 0, bottom: 800, left: 320, right: 960 });
  // A share button in the margin over the fourteenth marker's middle (y = 14 × 40 + 11).
  const share = { top: 550, bottom: 594, left: 276, right: 320 };
  const button = laid('position: fixed', share);
  const hits: [number, number][] = [];
  const hitTest = (x: number, y: number): Element[] => {
    hits.push([x, y]);
    const inShare = x >= share.left && x < share.right && y >= share.top && y < share.bottom;
    return inShare ? [button, document.body] : [document.body];
  };
  Object.defineProperty(document, 'elementsFromPoint', { value: hitTest, configurable: true });
  Object.defineProperty(document.documentElement, 'clientHeight', { value: 800, configurable: true });
  Object.defineProperty(document.documentElement, 'clientWidth', { value: 1280, configurable: true });
  // Nineteen markers down the margin, 40 px apart, and a twentieth below the window (not probed).
  const markers = Array.from({ length: 20 }, (_, i) => ({ x: 298, y: (i + 1) * 40 + 11 }));
  const found = markerCovers(document, host, markers, [text], null);
  expect(found).toEqual([share]);
  // Each marker in the window at its middle, the fourteenth too (and beside the text there).
  expect(hits.filter(([x]) => x === 298).map(([, y]) => y)).toEqual(
    markers.filter((m) => m.y < 800).map((m) => m.y),
  );
  // Asked again with that box known (a look's later frame): the markers inside it cost nothing.
  hits.length = 0;
  expect(markerCovers(document, host, [{ x: 298, y: 571 }], [text], null, [share])).toEqual([]);
  expect(hits).toEqual([]);
});
