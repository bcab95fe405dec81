// What the browser drew, read back from a screenshot: the colours a reader sees, for the tests
// of the overlay's tints, rules and what covers them.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Tab } from '../../src/tools/harness/driver.ts';

export type Box = { top: number; left: number; bottom: number; right: number };

/**
 * The commonest colour (#rrggbb) inside each box of the window (CSS pixels), as the browser drew
 * it: a screenshot, decoded in the page itself (Node has no PNG decoder here). Inside a
 * paragraph, the commonest colour is the background behind its text.
 */
export async function drawnColours(tab: Tab, boxes: Box[]): Promise<string[]> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bs-shot-')), 'window.png');
  await tab.screenshot(file);
  const png = fs.readFileSync(file).toString('base64');
  fs.rmSync(path.dirname(file), { recursive: true });
  return tab.evaluate(
    async ([data, bs]: [string, Box[]]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const g = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
      g.drawImage(img, 0, 0);
      const scale = img.naturalWidth / innerWidth;
      return bs.map((b) => {
        const [x, y] = [Math.ceil(b.left * scale), Math.ceil(b.top * scale)];
        const w = Math.max(1, Math.floor(b.right * scale) - x);
        const h = Math.max(1, Math.floor(b.bottom * scale) - y);
        const px = g.getImageData(x, y, w, h).data;
        const counts = new Map<string, number>();
        for (let i = 0; i < px.length; i += 4) {
          const hex = `#${[px[i], px[i + 1], px[i + 2]].map((c) => (c ?? 0).toString(16).padStart(2, '0')).join('')}`;
          counts.set(hex, (counts.get(hex) ?? 0) + 1);
        }
        return [...counts].sort((p, q) => q[1] - p[1])[0]?.[0] ?? '';
      });
    },
    [png, boxes] as [string, Box[]],
  );
}

/** WCAG contrast between two #rrggbb colours. */
export const contrast = (a: string, b: string): number => {
  const lum = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

/** How far apart two #rrggbb colours are: the largest difference of a channel. */
export const apart = (a: string, b: string): number =>
  Math.max(
    ...[1, 3, 5].map((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16))),
  );
