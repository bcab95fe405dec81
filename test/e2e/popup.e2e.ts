// The popup and the full story page in both browsers: the claims of the tab in reading order,
// first outlets and Facebook's statement, the badge, a click that scrolls the article to its
// paragraph and opens its card; the story page lists the whole index. Chromium: the popup is
// still right after the service worker was stopped.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { ClaimIndex } from '../../src/model/types.ts';
import { until, type chromiumDriver, type Driver, type Tab } from '../../src/tools/harness/driver.ts';
import { workerTargetId } from '../../src/tools/harness/chromium.ts';
import { fixturePages } from '../../src/tools/harness/fixtures.ts';
import { unexpected } from '../../src/tools/harness/proxy.ts';
import { checkMatches, eachBrowser, overlayOf, useSite } from '../../src/tools/harness/site.ts';

const STORY = '/seed/001_ec7be9d70c6859db.html';
const pages = fixturePages();
const site = useSite(pages);
const index = JSON.parse(fs.readFileSync(path.resolve('dist/index/claim-index.json'), 'utf8')) as ClaimIndex;

/** Claim ids in reading order (first paragraph each appears in), from the check CLI on the same page. */
function expectedOrder(pathname: string): string[] {
  const sorted = [...checkMatches(pages[pathname] ?? '')].sort(
    (a, b) => a.paragraph - b.paragraph || b.score - a.score,
  );
  return [...new Set(sorted.map((m) => m.claimId))];
}

const popupClaims = () =>
  [...document.querySelectorAll('li.claim')].map((li) => ({
    id: li.getAttribute('data-claim'),
    text: li.textContent ?? '',
  }));

async function badge(d: Driver, tabId: number): Promise<string> {
  return (
    (await until(
      () => d.inExtension(async (id: number) => chrome.action.getBadgeText({ tabId: id }), tabId),
      10000,
    )) ?? ''
  );
}

async function waitForReport(d: Driver, tab: Tab): Promise<void> {
  await badge(d, tab.tabId);
}

eachBrowser(site, (d, name) => {
  test('the popup lists the page\u2019s claims in reading order, with first outlets and Facebook\u2019s statement; the badge counts them', async () => {
    const tab = await d.open(`${site.server.origin}${STORY}`);
    const count = await badge(d, tab.tabId);
    const popup = await d.extensionPage(`src/popup/popup.html?tabId=${tab.tabId}`);
    const claims = await until(async () => {
      const c = await popup.evaluate(popupClaims, null);
      return c.length > 0 ? c : null;
    });
    assert.ok(claims !== null);
    assert.deepEqual(
      claims.map((c) => c.id),
      expectedOrder(STORY),
    );
    assert.equal(String(claims.length), count, 'badge = number of claims listed');
    const text = claims.map((c) => c.text).join('\n');
    assert.match(text, /First reported by The Wall Street Journal, 6 Aug 2018/);
    assert.match(text, /— Facebook/, "Facebook's statement quoted and credited");
    await popup.close();
    await tab.close();
  });

  test('clicking a claim in the popup scrolls the article to its paragraph and opens its card', async () => {
    const tab = await d.open(`${site.server.origin}${STORY}`);
    await waitForReport(d, tab);
    const popup = await d.extensionPage(`src/popup/popup.html?tabId=${tab.tabId}`);
    await until(async () => (await popup.evaluate(popupClaims, null)).length > 0);
    const last = await popup.evaluate(() => {
      const items = document.querySelectorAll('li.claim');
      return items.length - 1;
    }, null);
    await popup.click(`li.claim:nth-of-type(${last + 1}) button.goto`);
    const state = await until(async () => {
      return (await overlayOf(d, tab))?.card ?? null;
    });
    assert.ok(state !== null, 'the card of the clicked claim is open');
    const visible = await tab.evaluate((p: number) => {
      const paragraphs = [...document.querySelectorAll('.article-body p')];
      const r = paragraphs[p]?.getBoundingClientRect();
      return {
        scrollY: window.scrollY,
        top: r?.top ?? -1,
        bottom: r?.bottom ?? -1,
        height: window.innerHeight,
      };
    }, state.paragraph);
    assert.ok(visible.scrollY > 0, 'the page scrolled');
    assert.ok(visible.top < visible.height && visible.bottom > 0, `paragraph ${state.paragraph} is in view`);
    await popup.close();
    await tab.close();
  });

  test('the full story page lists every claim of the index, with no article open', async () => {
    const page = await d.extensionPage('src/story/story.html');
    const ids = await until(async () => {
      const found = await page.evaluate(
        () => [
          ...new Set([...document.querySelectorAll('[data-claim]')].map((e) => e.getAttribute('data-claim'))),
        ],
        null,
      );
      return found.length > 0 ? found : null;
    });
    assert.deepEqual(new Set(ids), new Set(index.stories.flatMap((s) => s.claims.map((c) => c.id))));
    const text = await page.evaluate(() => document.body.textContent ?? '', null);
    assert.match(text, /Timeline/);
    assert.match(text, /The Wall Street Journal/);
    await page.close();
  });

  if (name === 'Chromium') {
    test('the popup is still right after the service worker was stopped and restarted', async () => {
      const tab = await d.open(`${site.server.origin}${STORY}`);
      const count = await badge(d, tab.tabId);
      const session = (d as Awaited<ReturnType<typeof chromiumDriver>>).session;
      // Stop the worker as Chrome does when it idles: close its target over CDP.
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      const worker = await workerTargetId(cdp, session.extensionId);
      assert.ok(worker !== null, 'the service worker is running before we stop it');
      await cdp.send('Target.closeTarget', { targetId: worker });
      await page.close();
      await until(async () => (session.context.serviceWorkers().length === 0 ? true : null), 5000);
      const popup = await d.extensionPage(`src/popup/popup.html?tabId=${tab.tabId}`);
      const claims = await until(async () => {
        const c = await popup.evaluate(popupClaims, null);
        return c.length > 0 ? c : null;
      });
      assert.equal(String(claims?.length ?? 0), count);
      await popup.close();
      await tab.close();
    });
  }

  test('no request leaves for anything but the test server', () => {
    assert.deepEqual(unexpected(site.proxy.log), []);
    assert.deepEqual(
      d.requests.filter((u) => !u.startsWith(site.server.origin) && !u.startsWith('chrome-extension://')),
      [],
    );
  });
});
