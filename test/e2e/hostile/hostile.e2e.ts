// Pages that try to break Backstory, in both browsers. On each: no uncaught error from
// Backstory, the page's own content and behaviour unchanged apart from the overlay host, no task
// of Backstory's over 50 ms (Chromium's Long Tasks API; Firefox has none), and the right answer.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  until,
  type chromiumDriver,
  type firefoxDriver,
  type Tab,
} from '../../../src/tools/harness/driver.ts';
import { hostilePages } from '../../../src/tools/harness/hostile-pages.ts';
import { unexpected } from '../../../src/tools/harness/proxy.ts';
import { eachBrowser, overlayOf, useSite } from '../../../src/tools/harness/site.ts';

const pages = hostilePages();
const site = useSite(Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, v.html])));

/**
 * The page's own view: unchanged markup (static pages), its timer still ticking, long tasks after
 * load. Written with plain loops: one page replaces Array.prototype methods.
 */
const pageView = () => {
  const w = window as unknown as {
    __before?: string;
    __ticks?: number;
    __longTasks?: { start: number; duration: number }[];
    __loadedAt?: number;
  };
  const all = document.querySelectorAll('*');
  let foreign = 0;
  for (let i = 0; i < all.length; i++) {
    const e = all[i] as Element;
    if (e.tagName.toLowerCase().indexOf('backstory') === 0 && e.parentElement !== document.documentElement)
      foreign++;
  }
  const tasks = w.__longTasks ?? [];
  const longTasks: number[] = [];
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    if (t !== undefined && t.start > (w.__loadedAt ?? Infinity)) longTasks[longTasks.length] = t.duration;
  }
  // One string back: the drivers' own result serialisation runs in this (broken) world too.
  return `${String(w.__before === document.body.innerHTML)}\u0001${w.__ticks ?? -1}\u0001${document.title}\u0001${document.querySelectorAll('backstory-overlay').length}\u0001${foreign}\u0001${longTasks.join(',')}`;
};

async function viewOf(tab: Tab) {
  const [same, ticks, title, hosts, foreign, tasks] = (await tab.evaluate(pageView, null)).split('\u0001');
  return {
    same: same === 'true',
    ticks: Number(ticks),
    title,
    hosts: Number(hosts),
    foreign: Number(foreign),
    longTasks: tasks === '' || tasks === undefined ? [] : tasks.split(',').map(Number),
  };
}

const SELF_MUTATING = new Set([
  '/hostile/mutation-storm.html',
  '/hostile/body-churn.html',
  '/hostile/huge-dom.html',
  '/hostile/deep.html',
  '/hostile/shadow-article.html',
  '/hostile/spoof.html',
  '/hostile/ticker-navigation.html',
  '/hostile/ticker-late-article.html',
]);

eachBrowser(site, (d) => {
  for (const [pathname, { story, note }] of Object.entries(pages)) {
    test(`${note}: ${story ? 'overlay' : 'no overlay'}, page intact, no error, no long task`, async () => {
      const tab = await d.open(`${site.server.origin}${pathname}`);
      const ticks0 = (await viewOf(tab)).ticks;
      if (story) {
        const state = await until(async () => {
          const s = await overlayOf(d, tab);
          return s !== null && s.markers.length > 0 ? s : null;
        }, 20000);
        assert.ok(state !== null, 'the story is recognised and drawn');
      } else {
        await new Promise((r) => setTimeout(r, 3000));
        assert.equal((await viewOf(tab)).hosts, 0, 'no overlay host');
      }
      if (
        pathname === '/hostile/mutation-storm.html' ||
        pathname === '/hostile/body-churn.html' ||
        pathname === '/hostile/spoof.html'
      ) {
        await new Promise((r) => setTimeout(r, 7000)); // through the storm
        const again = await overlayOf(d, tab);
        assert.ok(again !== null && again.markers.length > 0, 'still drawn after the churn');
        if (pathname === '/hostile/spoof.html')
          assert.equal(again.card, null, 'fake messages opened no card');
      }
      // The page's 50 ms timer must tick again (the overlay may have been drawn sooner than that).
      const ticking =
        ticks0 === -1 ||
        (await until(async () => ((await viewOf(tab)).ticks > ticks0 ? true : null), 5000)) === true;
      const view = await viewOf(tab);
      if (!SELF_MUTATING.has(pathname)) assert.equal(view.same, true, 'the page markup is unchanged');
      assert.ok(ticking, 'the page keeps running its own code');
      assert.notEqual(view.title, 'pwned', 'no page text ran as code');
      assert.ok(view.hosts <= 1, 'at most one overlay host');
      assert.equal(view.foreign, 0, 'nothing of Backstory inside the page body');
      if (d.name === 'chromium')
        assert.deepEqual(
          view.longTasks.filter((t) => t > 50),
          [],
          'no task over 50 ms after load',
        );
      assert.deepEqual(tab.errors, [], 'no error from Backstory');
      await tab.close();
    });
  }

  test('the page cannot read the extension package (no web_accessible_resources)', async () => {
    const tab = await d.open(`${site.server.origin}/hostile/spoof.html`);
    const base =
      d.name === 'chromium'
        ? `chrome-extension://${(d as Awaited<ReturnType<typeof chromiumDriver>>).session.extensionId}/`
        : (d as Awaited<ReturnType<typeof firefoxDriver>>).session.base;
    const probes = await tab.evaluate(async (b: string) => {
      const out: string[] = [];
      for (const f of ['manifest.json', 'src/content/page.css', 'src/content/main.js', 'icons/icon-16.png']) {
        const ok = await new Promise<boolean>((resolve) => {
          const img = document.createElement('img');
          img.onload = () => resolve(true);
          img.onerror = () => resolve(false);
          img.src = b + f;
          setTimeout(() => resolve(false), 2000);
        });
        if (ok) out.push(f);
      }
      return out;
    }, base);
    assert.deepEqual(probes, [], 'no package file loads into the page');
    await tab.close();
  });

  test('no request leaves for anything but the test server', () => {
    assert.deepEqual(unexpected(site.proxy.log), []);
  });
});
