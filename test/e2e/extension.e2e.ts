// The built extension, unpacked, in Debian Chromium and Firefox ESR, on pages served from
// localhost: the content script reads a story article and draws its overlay, the background
// keeps the tab's result and sets the badge, the popup shows it, and no request leaves.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page as PwPage } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../src/tools/harness/chromium.ts';
import { launchFirefox, type FirefoxSession } from '../../src/tools/harness/firefox.ts';
import { devArticle, newsPage, seedArticle } from '../../src/tools/harness/pages.ts';
import { startProxy, unexpected, type LoggingProxy } from '../../src/tools/harness/proxy.ts';
import { startServer, type FixtureServer } from '../../src/tools/harness/server.ts';

let server: FixtureServer;
let proxy: LoggingProxy;

before(async () => {
  server = await startServer({
    '/story.html': newsPage(seedArticle('001_ec7be9d70c6859db.txt')),
    '/unrelated.html': newsPage(devArticle('neg-easy-1-football-match-report.txt')),
    '/near-topic.html': newsPage(devArticle('neg-hard-2-bank-messenger-chatbot.txt')),
  });
  proxy = await startProxy();
});
after(async () => {
  await server.close();
  await proxy.close();
});

/**
 * In the page's own world: what Backstory drew. A kind's paragraphs are in its resting highlight
 * (`backstory-<kind>-rest`, `-rest-dark` on a dark page), the one the reader is on in its full one
 * (`backstory-<kind>`).
 */
const pageState = () => ({
  host: document.querySelectorAll('backstory-overlay').length,
  highlights:
    typeof CSS !== 'undefined' && 'highlights' in CSS
      ? ['report', 'statement', 'response', 'context'].filter(
          (k) =>
            CSS.highlights.has(`backstory-${k}`) ||
            CSS.highlights.has(`backstory-${k}-rest`) ||
            CSS.highlights.has(`backstory-${k}-rest-dark`),
        )
      : [],
  fallback: document.querySelectorAll('[data-backstory-kind]').length,
});

describe('Chromium', () => {
  let chrome: ChromiumSession;
  before(async () => {
    chrome = await launchChromium({ proxyPort: proxy.port });
  });
  after(async () => {
    await chrome.close();
  });

  const settle = async (page: PwPage, tabId: number, want: (badge: string) => boolean): Promise<string> => {
    const deadline = Date.now() + 15000;
    for (;;) {
      const badge = await chrome.badge(tabId);
      if (want(badge) || Date.now() > deadline) return badge;
      await page.waitForTimeout(100);
    }
  };

  test('a story article gets highlights, an overlay, a badge and a popup listing its claims', async () => {
    const page = await chrome.context.newPage();
    await page.goto(`${server.origin}/story.html`);
    await page.waitForSelector('backstory-overlay', { state: 'attached', timeout: 15000 });
    const state = await page.evaluate(pageState);
    assert.equal(state.host, 1, 'exactly one overlay host');
    assert.ok(
      state.highlights.includes('report'),
      `report highlight registered (got ${state.highlights.join(',')})`,
    );
    const tabId = await chrome.tabId(page);
    const badge = await settle(page, tabId, (b) => b !== '');
    assert.match(badge, /^\d+$/, 'badge shows a count');
    assert.ok(Number(badge) >= 5, `at least 5 claims found on the AFP seed article (badge ${badge})`);

    const popup = await chrome.context.newPage();
    await popup.goto(`chrome-extension://${chrome.extensionId}/src/popup/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('li.claim');
    const text = await popup.locator('main').innerText();
    assert.match(text, /Facebook asked US banks for customers' financial data/);
    assert.match(text, /First reported by The Wall Street Journal, 6 Aug 2018/);
    assert.equal(
      await popup.locator('li.claim').count(),
      Number(badge),
      'popup lists as many claims as the badge counts',
    );
    assert.match(
      text,
      /not for advertising or anything else|actively asking financial services companies/,
      "Facebook's statement is quoted",
    );
    await popup.close();
    await page.close();
  });

  test('unrelated and near-topic pages get no overlay, and the popup says so', async () => {
    for (const p of ['/unrelated.html', '/near-topic.html']) {
      const page = await chrome.context.newPage();
      await page.goto(`${server.origin}${p}`);
      const tabId = await chrome.tabId(page);
      const popup = await chrome.context.newPage();
      const deadline = Date.now() + 10000;
      let text = '';
      while (Date.now() < deadline && !/Not about the story/.test(text)) {
        await popup.goto(`chrome-extension://${chrome.extensionId}/src/popup/popup.html?tabId=${tabId}`);
        await popup.waitForSelector('main h1');
        text = await popup.locator('main').innerText();
      }
      assert.match(text, /Not about the story/, p);
      const state = await page.evaluate(pageState);
      assert.deepEqual(state, { host: 0, highlights: [], fallback: 0 }, p);
      assert.equal(await chrome.badge(tabId), '', `${p}: no badge`);
      await popup.close();
      await page.close();
    }
  });

  test('no request leaves for anything but the test server and the extension itself', () => {
    const foreign = chrome.requests.filter(
      (u) => !u.startsWith(server.origin) && !u.startsWith(`chrome-extension://${chrome.extensionId}/`),
    );
    assert.deepEqual(foreign, []);
    assert.deepEqual(unexpected(proxy.log), []);
  });
});

describe('Firefox ESR', () => {
  let firefox: FirefoxSession;
  before(async () => {
    firefox = await launchFirefox({ proxyPort: proxy.port });
  });
  after(async () => {
    await firefox.close();
  });

  test('a story article gets an overlay, a badge and a popup listing its claims', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/story.html`);
    await page.waitForSelector('backstory-overlay', { timeout: 15000 });
    const state = await page.evaluate(pageState);
    assert.equal(state.host, 1);
    assert.ok(state.highlights.includes('report') || state.fallback > 0, 'paragraphs are marked');
    const popup = await firefox.openExtensionPage('src/popup/popup.html');
    const tabId = await popup.evaluate(async (origin) => {
      const tabs = await browser.tabs.query({});
      return tabs.find((t: { url?: string; id?: number }) => t.url?.startsWith(origin))?.id ?? -1;
    }, server.origin);
    assert.ok(tabId >= 0, 'the story tab is visible to the extension');
    const badge = await popup.evaluate(async (id) => {
      for (let i = 0; i < 100; i++) {
        const b = await browser.action.getBadgeText({ tabId: id });
        if (b !== '') return b;
        await new Promise((r) => setTimeout(r, 100));
      }
      return '';
    }, tabId);
    assert.match(badge, /^\d+$/);
    await firefox.openExtensionPage(`src/popup/popup.html?tabId=${tabId}`, popup);
    await popup.waitForFunction(() => document.querySelectorAll('li.claim').length > 0, { timeout: 15000 });
    const text = await popup.evaluate(() => document.querySelector('main')?.textContent ?? '');
    assert.match(text, /First reported by The Wall Street Journal, 6 Aug 2018/);
    assert.equal(await popup.evaluate(() => document.querySelectorAll('li.claim').length), Number(badge));
    await popup.close();
    await page.close();
  });

  test('an unrelated page gets no overlay', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/unrelated.html`);
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(await page.evaluate(pageState), { host: 0, highlights: [], fallback: 0 });
    await page.close();
  });

  test('no request leaves the browser but to the test server', () => {
    assert.deepEqual(unexpected(proxy.log), []);
  });
});
