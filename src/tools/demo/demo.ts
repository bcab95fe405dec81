// `npm run demo [-- --browser firefox] [-- --readme]`: serves a demo news article made from a
// seed on localhost and opens Debian Chromium (or Firefox ESR) with the built extension loaded on
// it. Without a display it runs headless and writes screenshots of the page, an open claim card,
// the popup and the story page, printing their paths. In Chromium those of the page, the card,
// the popup (over the page) and the story page are the stores' 1280×800; the whole popup is
// written apart, at its width and full length. `--readme` copies the four into the README's
// src/tools/demo/screenshots/.

import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../harness/chromium.ts';
import { ensureBrowsers } from '../harness/ensure-browsers.ts';
import { launchFirefox } from '../harness/firefox.ts';
import { newsPage, seedArticle } from '../harness/pages.ts';
import { startProxy } from '../harness/proxy.ts';
import { startServer } from '../harness/server.ts';
import { checkStoreSize, popupOverPage, STORE_SIZE } from './store-shots.ts';

const browserName = process.argv.includes('--browser')
  ? process.argv[process.argv.indexOf('--browser') + 1]
  : 'chromium';
if (browserName !== 'chromium' && browserName !== 'firefox' && browserName !== 'chrome') {
  console.error(`unknown --browser ${browserName ?? ''}: use chromium or firefox`);
  process.exit(2);
}
const headless = process.env.DISPLAY === undefined && process.env.WAYLAND_DISPLAY === undefined;
const outDir = path.resolve('demo-output');
const readmeDir = path.join(import.meta.dirname, 'screenshots');

ensureBrowsers();
const server = await startServer({
  '/': newsPage({ ...seedArticle('001_ec7be9d70c6859db.txt'), site: 'The Morning Ledger (Backstory demo)' }),
});
const proxy = await startProxy();
const url = `${server.origin}/`;
console.log(`demo article: ${url}`);

const shots: string[] = [];
if (browserName === 'firefox') {
  const ff = await launchFirefox({ proxyPort: proxy.port, headless });
  const page = await ff.browser.newPage();
  await page.setViewport(STORE_SIZE);
  await page.goto(url);
  await page.waitForSelector('backstory-overlay', { timeout: 20000 });
  if (headless) {
    fs.mkdirSync(outDir, { recursive: true });
    await new Promise((r) => setTimeout(r, 800));
    const article = path.join(outDir, 'firefox-article.png');
    await page.screenshot({ path: article as `${string}.png` });
    checkStoreSize(article);
    shots.push(`${article} (1280×800, for the stores)`);
    const popup = await ff.openExtensionPage('src/popup/popup.html');
    const tabId = await popup.evaluate(
      async (origin) =>
        (await browser.tabs.query({})).find((t: { url?: string; id?: number }) => t.url?.startsWith(origin))
          ?.id ?? -1,
      server.origin,
    );
    await ff.openExtensionPage(`src/popup/popup.html?tabId=${tabId}`, popup);
    await popup.setViewport({ width: 380, height: 600 });
    await popup.waitForFunction(() => document.querySelectorAll('li.claim').length > 0, { timeout: 15000 });
    const shot = path.join(outDir, 'firefox-popup.png');
    await popup.screenshot({ path: shot as `${string}.png` });
    shots.push(shot);
    await ff.close();
  } else {
    console.log('Firefox is open with Backstory loaded; close the window to end the demo.');
    await new Promise((resolve) => ff.browser.on('disconnected', resolve));
  }
} else {
  const chrome = await launchChromium({ proxyPort: proxy.port, headless });
  const page = await chrome.context.newPage();
  if (headless) await page.setViewportSize(STORE_SIZE);
  await page.goto(url);
  await page.waitForSelector('backstory-overlay', { state: 'attached', timeout: 20000 });
  if (headless) {
    fs.mkdirSync(outDir, { recursive: true });
    await page.waitForTimeout(800);
    const article = path.join(outDir, 'chromium-article.png');
    await page.screenshot({ path: article });
    const tabId = await chrome.tabId(page);
    const popup = await chrome.context.newPage();
    // The largest popup the browser draws is 800×600; this one is 380 px wide.
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${chrome.extensionId}/src/popup/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('li.claim');
    const popupFull = path.join(outDir, 'chromium-popup-full.png');
    await popup.screenshot({ path: popupFull, fullPage: true });
    const popupPanel = path.join(outDir, 'chromium-popup-panel.png');
    await popup.screenshot({ path: popupPanel });
    const popupShot = path.join(outDir, 'chromium-popup.png');
    await popupOverPage(
      chrome.context,
      {
        pageShot: article,
        popupShot: popupPanel,
        icon: path.resolve('dist/chrome/icons/icon-16.png'),
        badge: await chrome.badge(tabId),
      },
      popupShot,
    );
    // Clicking a claim in the popup scrolls the article to it and opens its card.
    await popup.locator('li.claim button.goto').first().click();
    await page.bringToFront();
    await page.waitForTimeout(600);
    const card = path.join(outDir, 'chromium-card.png');
    await page.screenshot({ path: card });
    const storyPage = await chrome.context.newPage();
    await storyPage.setViewportSize(STORE_SIZE);
    await storyPage.goto(`chrome-extension://${chrome.extensionId}/src/story/story.html`);
    const storyShot = path.join(outDir, 'chromium-story-page.png');
    await storyPage.screenshot({ path: storyShot });
    await chrome.close();
    const storeShots = [article, card, popupShot, storyShot];
    storeShots.forEach(checkStoreSize);
    shots.push(...storeShots.map((s) => `${s} (1280×800, for the stores)`), popupPanel, popupFull);
    if (process.argv.includes('--readme')) {
      for (const s of storeShots) fs.copyFileSync(s, path.join(readmeDir, path.basename(s)));
      console.log(`copied the four store screenshots to ${path.relative(process.cwd(), readmeDir)}/`);
    }
  } else {
    console.log('Chromium is open with Backstory loaded; close the window to end the demo.');
    await new Promise((resolve) => chrome.context.on('close', resolve));
  }
}
for (const s of shots) console.log(`screenshot: ${s}`);
await server.close();
await proxy.close();
