// The keyboard shortcuts of the manifest's `commands`, pressed as a reader presses them where the
// browser lets a test: Firefox takes real keys in its own window (src/tools/harness/firefox-window.ts).
// Chromium does not: Playwright's key presses go to the page, never to the browser's shortcuts,
// so there the test sends the tab the message the background's handler sends for the key (the
// handler itself: test/unit/background/commands.test.ts).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { until, type Driver, type firefoxDriver, type Tab } from '../../src/tools/harness/driver.ts';
import { browserWindow } from '../../src/tools/harness/firefox-window.ts';
import { fixturePages } from '../../src/tools/harness/fixtures.ts';
import { unexpected } from '../../src/tools/harness/proxy.ts';
import { eachBrowser, overlayOf, useSite } from '../../src/tools/harness/site.ts';

const STORY = '/seed/001_ec7be9d70c6859db.html';
const site = useSite(fixturePages());

/** Presses a shortcut in Firefox's window. */
async function pressInFirefox(d: Driver, keys: string): Promise<void> {
  const ff = d as unknown as Awaited<ReturnType<typeof firefoxDriver>>;
  await (await browserWindow(ff.session.browser)).press(keys);
}

async function openStory(d: Driver): Promise<{ tab: Tab; first: number }> {
  const tab = await d.open(`${site.server.origin}${STORY}`);
  const first = await until(async () => (await overlayOf(d, tab))?.markers[0] ?? null, 15000);
  assert.ok(first !== null, 'the overlay is drawn');
  return { tab, first: first.paragraph };
}

eachBrowser(site, (d, name) => {
  const firefox = name === 'Firefox ESR';

  test(
    firefox
      ? 'Alt+Shift+K moves focus to the legend, and Enter from there to the first marker'
      : 'the focus-legend shortcut’s message moves focus to the legend, and Enter from there to the first marker',
    async () => {
      const { tab, first } = await openStory(d);
      // Focus in the page's own text, as a reader's would be.
      await tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur(), null);
      if (firefox) await pressInFirefox(d, 'Alt+Shift+K');
      else
        await d.inExtension(
          async (tabId: number) => chrome.tabs.sendMessage(tabId, { type: 'focus-legend' }),
          tab.tabId,
        );
      const legend = await until(async () => {
        const text = (await overlayOf(d, tab))?.focusedText ?? '';
        return /^Backstory: \d+ marked paragraphs$/.test(text) ? text : null;
      }, 5000);
      assert.ok(legend !== null, `focus on the legend (focused: ${(await overlayOf(d, tab))?.focusedText})`);
      await tab.press('Enter');
      assert.equal(
        await until(async () => (await overlayOf(d, tab))?.focused === first, 3000),
        true,
        'Enter goes to the first marker',
      );
      await tab.close();
    },
  );

  test(
    'Alt+Shift+O turns the highlights off for the site, and on again',
    { skip: firefox ? false : 'Chromium lets no test press an extension’s shortcut (unit-tested)' },
    async () => {
      const { tab } = await openStory(d);
      const host = new URL(site.server.origin).host;
      const disabled = async () =>
        (
          (await d.inExtension(async () => chrome.storage.local.get('settings'), null)) as {
            settings?: { disabledSites: string[] };
          }
        ).settings?.disabledSites ?? [];
      await pressInFirefox(d, 'Alt+Shift+O');
      assert.equal(
        await until(async () => ((await overlayOf(d, tab)) === null ? true : null), 5000),
        true,
        'the overlay goes',
      );
      assert.deepEqual(await disabled(), [host], 'off for this site');
      await pressInFirefox(d, 'Alt+Shift+O');
      assert.equal(
        await until(async () => ((await overlayOf(d, tab))?.markers.length ?? 0) > 0, 5000),
        true,
        'the overlay is back',
      );
      assert.deepEqual(await disabled(), [], 'on again');
      await tab.close();
    },
  );

  test('no request leaves for anything but the test server', () => {
    assert.deepEqual(unexpected(site.proxy.log), []);
  });
});
