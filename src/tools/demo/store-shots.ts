// Screenshots in the size both stores take (the Chrome Web Store: 1280×800 or 640×400, 24-bit
// PNG; AMO shows 1280×800 best). A popup is a 380 px panel the browser draws over the page, so
// its store screenshot is composited: the popup as the reader sees it, hanging from the toolbar
// button over the article it describes.

import fs from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { pngSize } from '../icons/png.ts';

export const STORE_SIZE = { width: 1280, height: 800 } as const;

const dataUrl = (file: string): string => `data:image/png;base64,${fs.readFileSync(file).toString('base64')}`;

/** What the composite shows: the page and popup screenshots, the toolbar button's icon and badge. */
export interface PopupScene {
  pageShot: string;
  popupShot: string;
  icon: string;
  badge: string;
}

const TOOLBAR = 40;

/**
 * Writes `out`: a plain toolbar holding only Backstory's button (its 16 px icon and badge), the
 * page screenshot below it, and the popup hanging from the button as the browser draws it.
 */
export async function popupOverPage(context: BrowserContext, scene: PopupScene, out: string): Promise<void> {
  const sheet = await context.newPage();
  await sheet.setViewportSize(STORE_SIZE);
  // Images as data URLs and the badge as text: the sheet loads nothing from anywhere.
  await sheet.setContent(
    `<!doctype html><body style="margin:0;position:relative;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px;overflow:hidden;background:#fff">
      <div style="position:absolute;inset:0 0 auto 0;height:${TOOLBAR - 1}px;background:#f1f3f4;border-bottom:1px solid #c7c7c7"></div>
      <div style="position:absolute;top:8px;right:20px;width:24px;height:24px;border-radius:12px;background:#dde3ea">
        <img src="${dataUrl(scene.icon)}" width="16" height="16" style="position:absolute;top:4px;left:4px">
        <span id="badge" style="position:absolute;top:11px;left:12px;padding:0 3px;border-radius:3px;background:#1f3a60;color:#fff;font:bold 9px/12px sans-serif"></span>
      </div>
      <img src="${dataUrl(scene.pageShot)}" style="position:absolute;top:${TOOLBAR}px;left:0">
      <img src="${dataUrl(scene.popupShot)}" style="position:absolute;top:${TOOLBAR - 4}px;right:12px;border:1px solid #8a8a8a;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.35)">
    </body>`,
  );
  await sheet.locator('#badge').evaluate((el, text) => (el.textContent = text), scene.badge);
  await sheet.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  await sheet.screenshot({ path: out });
  await sheet.close();
}

/** Stops the demo when a store screenshot is not the size the stores take. */
export function checkStoreSize(file: string): void {
  const size = pngSize(fs.readFileSync(file));
  if (size.width !== STORE_SIZE.width || size.height !== STORE_SIZE.height)
    throw new Error(`${file} is ${size.width}×${size.height}, not the stores' 1280×800`);
}
