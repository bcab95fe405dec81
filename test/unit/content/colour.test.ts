// The colours the browser computes, in every form it returns them, read as the same sRGB colour:
// a dark page written with oklch() or lab() must be told from a light one as a page written with
// rgb() is.

import { describe, expect, test } from 'vitest';
import { contrast, luminance, parseColour, toHex } from '../../../src/content/overlay/colour.ts';
import { lightText } from '../../../src/content/overlay/tints.ts';

const hex = (css: string): string => {
  const c = parseColour(css);
  expect(c, css).not.toBeNull();
  return toHex(c ?? { r: 0, g: 0, b: 0, a: 0 });
};
/** The largest difference of a channel between two #rrggbb colours. */
const apart = (a: string, b: string): number =>
  Math.max(
    ...[1, 3, 5].map((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16))),
  );

describe('computed colours', () => {
  test('rgb() in its legacy and CSS Color 4 forms, with or without alpha', () => {
    expect(hex('rgb(221, 221, 221)')).toBe('#dddddd');
    expect(hex('rgb(240 240 240)')).toBe('#f0f0f0');
    expect(parseColour('rgba(255, 255, 255, 0.87)')?.a).toBeCloseTo(0.87);
    expect(parseColour('rgb(0 0 0 / 50%)')?.a).toBeCloseTo(0.5);
    expect(parseColour('transparent')?.a).toBe(0);
  });

  test('oklch(), oklab(), lab(), lch() and color() give the sRGB colour they name', () => {
    // Each as Chromium 156 paints it on a canvas (fillStyle, then getImageData), within 2 of 255.
    const same: [string, string][] = [
      ['oklch(0.628 0.2577 29.23)', '#ff0000'],
      ['oklab(0.628 0.2249 0.1258)', '#ff0000'],
      ['oklch(0.9 0 0)', '#dedede'],
      ['oklch(90% 0 0)', '#dedede'],
      ['oklch(0.2 0.01 250)', '#13161a'],
      ['oklch(0.5 0.15 140)', '#297613'],
      ['lab(70 -40 30)', '#65be71'],
      ['color(display-p3 0.3 0.6 0.2)', '#249b19'],
      ['lab(54.29 80.8 69.89)', '#ff0000'],
      ['lab(50 0 0)', '#777777'],
      ['lch(50 0 0)', '#777777'],
      ['lch(54.29 106.84 40.86)', '#ff0000'],
      ['color(srgb 0.5 0.5 0.5)', '#808080'],
      ['color(srgb-linear 0.2158 0.2158 0.2158)', '#808080'],
      ['color(display-p3 1 1 1)', '#ffffff'],
      ['color(display-p3 0.2 0.2 0.2)', '#333333'],
      ['color(xyz-d65 0.9505 1 1.089)', '#ffffff'],
      ['color(xyz-d50 0.9642 1 0.8251)', '#ffffff'],
      ['color(rec2020 0 0 0)', '#000000'],
    ];
    for (const [css, rgb] of same)
      expect(apart(hex(css), rgb), `${css} is ${rgb}, not ${hex(css)}`).toBeLessThanOrEqual(2);
    expect(parseColour('oklch(0.5 0.1 0.25turn / 0.4)')?.a).toBeCloseTo(0.4);
  });

  test('what is not a colour it knows is null, never a guess', () => {
    for (const css of ['', 'currentcolor', 'color(made-up 1 1 1)', 'rgb(', 'url(x)', 'oklch(a b c)'])
      expect(parseColour(css), css).toBeNull();
  });

  test('light text in any form tells a dark page', () => {
    for (const css of [
      'oklch(0.9 0 0)',
      'lab(88 0 0)',
      'color(srgb 0.9 0.9 0.9)',
      'color(display-p3 0.85 0.85 0.85)',
      'oklch(92% 0.02 250)',
    ])
      expect(lightText(css), css).toBe(true);
    for (const css of ['oklch(0.25 0 0)', 'lab(15 0 0)', 'color(srgb 0.1 0.1 0.1)', 'lch(20 10 30)'])
      expect(lightText(css), css).toBe(false);
  });

  test('contrast and luminance agree with WCAG’s figures', () => {
    const [white, black, grey] = ['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'rgb(118, 118, 118)'].map(
      (c) => parseColour(c) ?? { r: 0, g: 0, b: 0, a: 1 },
    ) as [
      NonNullable<ReturnType<typeof parseColour>>,
      NonNullable<ReturnType<typeof parseColour>>,
      NonNullable<ReturnType<typeof parseColour>>,
    ];
    expect(contrast(white, black)).toBeCloseTo(21);
    // #767676, the lightest grey at 4.5:1 on white.
    expect(contrast(white, grey)).toBeCloseTo(4.54, 1);
    expect(luminance(grey)).toBeCloseTo(0.181, 2);
  });
});
