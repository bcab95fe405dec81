// @vitest-environment happy-dom
// The background a paragraph's rule is shaded for, read from the page's computed styles: its own
// and its ancestors' colours laid over each other, and a page nested hundreds deep read only so far up.

import { expect, test, vi } from 'vitest';
import { toHex } from '../../../src/content/overlay/colour.ts';
import { backgroundOf, readTheme } from '../../../src/content/overlay/theme.ts';
import { scrollerOf } from '../../../src/content/overlay/scrollers.ts';

test('a paragraph on a half-transparent panel over a grey section reads as the two laid over each other', () => {
  document.body.innerHTML =
    '<section style="background-color: rgb(118, 118, 118)"><div style="background-color: rgba(255, 255, 255, 0.5)"><p id="p">text</p></div></section>';
  const p = document.getElementById('p') as HTMLElement;
  // (118 + 255) / 2 = 186.5: #bbbbbb, laid over as the browser paints it.
  expect(toHex(backgroundOf(p, window, new Map()))).toBe('#bbbbbb');
  document.body.innerHTML = '<p id="q">text</p>';
  expect(toHex(backgroundOf(document.getElementById('q') as HTMLElement, window, new Map()))).toBe('#ffffff');
});

test('a paragraph nested hundreds deep is read a bounded way up, not to the root', () => {
  let inner: HTMLElement = document.body;
  for (let i = 0; i < 500; i++) inner = inner.appendChild(document.createElement('div'));
  const p = inner.appendChild(document.createElement('p'));
  const reads = vi.spyOn(window, 'getComputedStyle');
  backgroundOf(p, window, new Map());
  expect(reads.mock.calls.length).toBeLessThanOrEqual(64);
  reads.mockClear();
  scrollerOf(p, window, new Map());
  expect(reads.mock.calls.length).toBeLessThanOrEqual(64);
});

test('a pull quote set apart among an article’s paragraphs is drawn on its own background, the others on the article’s', () => {
  document.body.innerHTML =
    '<article style="background-color: rgb(34, 34, 34)"><p>one</p><p style="background-color: rgb(255, 238, 170)">quote</p><p>two</p><p>three</p></article>';
  const ps = [...document.querySelectorAll('p')];
  const theme = readTheme(window, ps);
  expect(theme.backgrounds.map(toHex)).toEqual(['#222222', '#ffeeaa', '#222222', '#222222']);
});
