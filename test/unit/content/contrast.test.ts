// The highlight and card colours meet WCAG AA (4.5:1) for their text, whatever the page's theme:
// each highlight sets its own text colour, so the page's light or dark text never sits on it.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { OVERLAY_CSS } from '../../../src/content/overlay/styles.ts';
import { lightText, restingHighlights, ruleClasses, ruleShade } from '../../../src/content/overlay/tints.ts';
import { fromHex } from '../../../src/content/overlay/colour.ts';
import { KINDS, kindClasses, kindHighlights } from '../../../src/view/kinds.ts';
import { ROOT } from '../helpers.ts';

const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
};
/** A colour with an alpha (#rrggbbaa) laid over an opaque one (#rrggbb). */
const over = (top: string, under: string): string => {
  const alpha = parseInt(top.slice(7, 9), 16) / 255;
  return `#${[1, 3, 5]
    .map((i) => {
      const [t, u] = [parseInt(top.slice(i, i + 2), 16), parseInt(under.slice(i, i + 2), 16)];
      return Math.round(t * alpha + u * (1 - alpha))
        .toString(16)
        .padStart(2, '0');
    })
    .join('')}`;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

describe('colour contrast', () => {
  test('every ::highlight the page gets sets a background and a text colour with at least 4.5:1', () => {
    // page.css holds the placeholder the build fills with the kinds' rules from their table.
    const page = fs.readFileSync(path.join(ROOT, 'src/content/page.css'), 'utf8');
    expect(page).toContain('/* claim kinds: highlights');
    const rules = [
      ...kindHighlights().matchAll(
        /::highlight\(backstory-(\w+)\)\s*\{\s*background-color:\s*(#[0-9a-f]{6});\s*color:\s*(#[0-9a-f]{6});/g,
      ),
    ];
    expect(rules.map((r) => r[1]).sort()).toEqual(['context', 'report', 'response', 'statement']);
    for (const [, kind, bg, fg] of rules)
      expect(contrast(bg ?? '', fg ?? ''), kind).toBeGreaterThanOrEqual(4.5);
  });

  test('cards, markers and the legend read at 4.5:1 in light and dark themes', () => {
    const [light, dark] = OVERLAY_CSS.split('@media (prefers-color-scheme: dark)');
    const pairs: [string, string][] = [
      ['#ffffff', /\.card \{[^}]*color: (#[0-9a-f]{6})/.exec(light ?? '')?.[1] ?? ''],
      ['#1f1f1f', /\.card, \.legend \{[^}]*color: (#[0-9a-f]{6})/.exec(dark ?? '')?.[1] ?? ''],
      // Markers and kind badges, in the overlay and in the popup and story page alike.
      ...[...kindClasses().matchAll(/background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6})/g)].map(
        (m): [string, string] => [m[1] ?? '', m[2] ?? ''],
      ),
      ['#f1f6ff', '#1b1b1b'],
      ['#16263d', '#f0f0f0'],
      // "Why this matched" and the story link, and the matched quote's box.
      ['#ffffff', /button\.why, button\.story \{[^}]*color: (#[0-9a-f]{6})/.exec(light ?? '')?.[1] ?? ''],
      ['#1f1f1f', /button\.why, button\.story \{[^}]*color: (#[0-9a-f]{6})/.exec(dark ?? '')?.[1] ?? ''],
      ['#f4f4f4', '#1b1b1b'],
      ['#2a2a2a', '#f0f0f0'],
    ];
    expect(pairs.length).toBe(8 + KINDS.length);
    for (const [bg, fg] of pairs) expect(contrast(bg, fg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });

  test('the margin rules, the overlay’s and the fallback’s alike, show at 3:1 or more on white, dark and black pages', () => {
    // Both read the kinds' table: the overlay's rule classes and the page's fallback variable.
    const rules = [...ruleClasses().matchAll(/\.rule\.kind-(\w+) \{ background: (#[0-9a-f]{6}); \}/g)];
    const fallback = [...kindHighlights().matchAll(/='(\w+)'\] \{ --backstory-mark: (#[0-9a-f]{6}); \}/g)];
    expect(rules.map((r) => [r[1], r[2]])).toEqual(fallback.map((r) => [r[1], r[2]]));
    expect(rules.map((r) => r[1]).sort()).toEqual(KINDS.map((k) => k.kind).sort());
    for (const [, kind, rule] of rules)
      for (const page of ['#ffffff', '#fafafa', '#1f1f1f', '#121212', '#000000'])
        expect(contrast(rule ?? '', page), `${kind}'s rule on ${page}`).toBeGreaterThanOrEqual(3);
  });

  test('a margin rule is shaded to show at 3:1 on whatever background its paragraph sits, mid-grey too', () => {
    const greys = Array.from({ length: 256 }, (_, v) => `#${v.toString(16).padStart(2, '0').repeat(3)}`);
    // Every grey, and coloured panels a paragraph may sit on (a pull quote's, a sponsored box's).
    for (const page of [...greys, '#767676', '#1f3a60', '#b03a2e', '#2f8a3a', '#ffe8a3', '#6b5bd2'])
      for (const k of KINDS) {
        const shade = ruleShade(k.mark, fromHex(page));
        expect(contrast(shade, page), `${k.kind}'s rule ${shade} on ${page}`).toBeGreaterThanOrEqual(3);
      }
    // Where the kind's own colour shows, it is kept: the rule still tells the kind.
    for (const page of ['#ffffff', '#1f1f1f', '#000000'])
      for (const k of KINDS) expect(ruleShade(k.mark, fromHex(page))).toBe(k.mark);
  });

  test('the resting tint keeps a page’s own text at 4.5:1, on light pages and ordinary dark themes', () => {
    const page = fs.readFileSync(path.join(ROOT, 'src/content/page.css'), 'utf8');
    expect(page).toContain('/* claim kinds: resting');
    const tints = [
      ...restingHighlights().matchAll(
        /::highlight\(backstory-(\w+)-rest(-dark)?\)\s*\{\s*background-color:\s*(#[0-9a-f]{8});\s*\}/g,
      ),
    ];
    for (const dark of [false, true])
      expect(
        tints
          .filter((t) => (t[2] !== undefined) === dark)
          .map((t) => t[1])
          .sort(),
      ).toEqual(KINDS.map((k) => k.kind).sort());
    // Page background and text: the light page's tint over light pages, the dark one's over
    // common dark themes (editors', readers', a mid-grey section, a navy one).
    const pages = {
      light: [
        ['#ffffff', '#1b1b1b'],
        ['#fafafa', '#333333'],
        ['#f4f1ea', '#222222'],
      ],
      dark: [
        ['#121212', '#e4e4e4'],
        ['#1e1e1e', '#dddddd'],
        ['#222222', '#cccccc'],
        ['#2b2b2b', '#dddddd'],
        ['#333333', '#eeeeee'],
        ['#595959', '#ffffff'],
        ['#1f3a60', '#ffffff'],
      ],
    } as const;
    for (const [, kind, dark, tint] of tints)
      for (const [bg, text] of pages[dark === undefined ? 'light' : 'dark']) {
        // The page's text is what tells its theme: each is read as the tint it gets.
        expect(lightText(rgb(text)), text).toBe(dark !== undefined);
        expect(contrast(over(tint ?? '', bg), text), `${kind}: ${text} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
  });

  test('a page’s text colour as the browser computes it tells a dark page', () => {
    expect(lightText('rgb(221, 221, 221)')).toBe(true);
    expect(lightText('rgba(255, 255, 255, 0.87)')).toBe(true);
    expect(lightText('rgb(27, 27, 27)')).toBe(false);
    // Either side of the middle grey: #555 text is a light page's, #a0a0a0 a dark one's.
    expect(lightText('rgb(85, 85, 85)')).toBe(false);
    expect(lightText('rgb(160, 160, 160)')).toBe(true);
    // Space-separated (CSS Color 4) as well (other forms: colour.test.ts); what it cannot read, a light page.
    expect(lightText('rgb(240 240 240)')).toBe(true);
    expect(lightText('currentcolor')).toBe(false);
  });
});

/** `#rrggbb` as getComputedStyle gives it. */
const rgb = (hex: string): string =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
