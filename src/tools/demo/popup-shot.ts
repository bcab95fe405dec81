// `tsx src/tools/demo/popup-shot.ts [open] [/fixture/path.html]`: the popup on the demo article
// (or on one of the test fixtures) at its 380×600, light and dark, headless Chromium, written to
// demo-output/; with `open`, its first claim expanded. For looking at the panel while working on
// it; prints the panel's text.

import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../harness/chromium.ts';
import { fixturePages } from '../harness/fixtures.ts';
import { newsPage, seedArticle } from '../harness/pages.ts';
import { startProxy } from '../harness/proxy.ts';
import { startServer } from '../harness/server.ts';

const fixture = process.argv.slice(2).find((a) => a.startsWith('/'));
const server = await startServer({
  '/': newsPage({ ...seedArticle('001_ec7be9d70c6859db.txt'), site: 'The Morning Ledger (Backstory demo)' }),
  ...(fixture === undefined ? {} : fixturePages()),
});
const proxy = await startProxy();
const chrome = await launchChromium({ proxyPort: proxy.port, headless: true });
const page = await chrome.context.newPage();
await page.goto(`${server.origin}${fixture ?? '/'}`);
await page.waitForSelector('backstory-overlay', { state: 'attached', timeout: 20000 });
await page.waitForTimeout(800);
const tabId = await chrome.tabId(page);
const outDir = path.resolve('demo-output');
fs.mkdirSync(outDir, { recursive: true });
for (const scheme of ['light', 'dark'] as const) {
  const popup = await chrome.context.newPage();
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${chrome.extensionId}/src/popup/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('li.claim');
  if (process.argv.includes('open')) await popup.locator('li.claim button.toggle').first().click();
  const shot = path.join(outDir, `popup-${scheme}.png`);
  await popup.screenshot({ path: shot });
  console.log(shot);
  if (scheme === 'light') console.log(await popup.evaluate(() => document.body.innerText));
  await popup.close();
}
await chrome.close();
server.close();
proxy.close();
