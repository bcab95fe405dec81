// Private by default, in both browsers: a fresh install has no host access and reads no page; it
// opens its first-run page. In Firefox, automatic checking is then turned on there (the browser's
// own permission prompt answered yes by a pref, since no test can click a browser prompt) and off
// in the options page, then one site is allowed on its own and given back, and the gate script
// follows the grant each way; and a reader clicks Backstory's button on a page, then the popup's
// switch for the page's site, on and off. Chromium has no such pref (its prompt is a dialog of
// its own window, which no test API reaches), and access its tests grant at install cannot be
// given back, so it covers the install alone.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { GATE_SCRIPT_ID } from '../../src/background/access.ts';
import {
  chromiumDriver,
  firefoxDriver,
  until,
  type Driver,
  type Tab,
} from '../../src/tools/harness/driver.ts';
import { fixturePages } from '../../src/tools/harness/fixtures.ts';
import {
  browserWindow,
  clickBackstoryButton,
  clickInPopup,
  type BrowserWindow,
} from '../../src/tools/harness/firefox-window.ts';
import { unexpected } from '../../src/tools/harness/proxy.ts';
import { overlayOf, useSite } from '../../src/tools/harness/site.ts';

const STORY = '/seed/001_ec7be9d70c6859db.html';
const site = useSite(fixturePages());

const hostAccess = (d: Driver) =>
  d.inExtension(
    async () => ((await chrome.permissions.getAll()).origins ?? []).filter((o: string) => /^https?:/.test(o)),
    null,
  );
const gateRegistered = async (d: Driver) => (await gateMatches(d)) !== null;
/** The pages the gate script is registered for; null while it is not registered. */
const gateMatches = (d: Driver) =>
  d.inExtension(
    async (gateId: string) =>
      ((await chrome.scripting.getRegisteredContentScripts({ ids: [gateId] }))[0]?.matches as string[]) ??
      null,
    GATE_SCRIPT_ID,
  );

/** Opens the story article and says whether Backstory drew its overlay within a few seconds. */
async function overlayDrawn(d: Driver, origin = site.server.origin): Promise<boolean> {
  const tab = await d.open(`${origin}${STORY}`);
  const drawn = await drawnIn(d, tab);
  await tab.close();
  return drawn;
}

/** Whether Backstory drew its overlay on the tab's page within a few seconds. */
async function drawnIn(d: Driver, tab: Tab): Promise<boolean> {
  const state = await until(async () => {
    const s = await overlayOf(d, tab);
    return s !== null && s.markers.length > 0 ? s : null;
  }, 6000);
  const hostElement = await tab.evaluate(() => document.querySelector('backstory-overlay') !== null, null);
  return state !== null && hostElement;
}

/**
 * The switch labelled `label` in Backstory's open popup, scrolled into view as a reader would:
 * whether it is on, its middle in the popup's viewport, and the popup's size; null until the
 * popup shows it, in the bar above the page's claims, once the page is read (while it is being
 * read the popup still grows and may move it).
 */
const popupSwitch = (d: Driver, label: string) =>
  d.inExtension(async (text: string) => {
    const view = (browser.extension.getViews({ type: 'popup' }) as Window[])[0];
    const read = /claims? found/.test(view?.document.querySelector('[role=status]')?.textContent ?? '');
    const box = [...(view?.document.querySelectorAll('label') ?? [])]
      .find((l) => l.textContent?.trim() === text)
      ?.querySelector<HTMLInputElement>('input[type=checkbox]');
    if (view === undefined || !read || box === null || box === undefined) return null;
    box.scrollIntoView({ block: 'center' });
    const r = box.getBoundingClientRect();
    return {
      on: box.checked,
      x: r.x + r.width / 2,
      y: r.y + r.height / 2,
      viewport: { width: view.innerWidth, height: view.innerHeight },
    };
  }, label);

/** The reader's click on the popup's switch labelled `label`; resolves to whether it is on after. */
async function clickSwitch(d: Driver, win: BrowserWindow, label: string): Promise<boolean> {
  const before = await until(() => popupSwitch(d, label));
  assert.ok(before !== null, `the popup shows “${label}”`);
  await clickInPopup(win, async () => (await popupSwitch(d, label)) ?? before);
  const after = await until(async () => {
    const now = await popupSwitch(d, label);
    return now !== null && now.on !== before.on ? now : null;
  });
  return after?.on ?? before.on;
}

describe('Chromium, as installed', () => {
  let d: Awaited<ReturnType<typeof chromiumDriver>>;
  before(async () => {
    d = await chromiumDriver(site.proxy.port, { access: 'none' });
  });
  after(() => d.close());

  test('installing grants no host access, reads no page, and opens the first-run page', async () => {
    assert.deepEqual(await hostAccess(d), []);
    assert.equal(await gateRegistered(d), false);
    const welcome = await until(
      async () =>
        d.session.context.pages().find((p) => p.url().endsWith('/src/welcome/welcome.html')) ?? null,
    );
    assert.ok(welcome, 'the first-run page opened');
    // The switch shows the browser's answer, which comes a moment after the page.
    await welcome.waitForFunction(() =>
      /Automatic checking is (on|off)/.test(document.body.textContent ?? ''),
    );
    const text = (await welcome.textContent('main')) ?? '';
    assert.match(text, /Facebook asked US banks for customers' financial data/);
    assert.match(text, /Automatic checking is off/);
    assert.equal(await overlayDrawn(d), false, 'no page is read before the reader asks');
    assert.deepEqual(unexpected(site.proxy.log), []);
  });
});

describe('Firefox ESR, from install to automatic checking and back', () => {
  let d: Awaited<ReturnType<typeof firefoxDriver>>;
  before(async () => {
    // Answers the browser's own permission prompt with yes, as the reader would.
    d = await firefoxDriver(
      site.proxy.port,
      { 'extensions.webextOptionalPermissionPrompts': false },
      { access: 'none' },
    );
  });
  after(() => d.close());

  test('a fresh install reads nothing and opens the first-run page', async () => {
    // BiDi lists no extension tabs; the extension's own view of its pages does.
    const opened = await until(() =>
      d.inExtension(
        async () =>
          browser.extension
            .getViews({ type: 'tab' })
            .some((w: Window) => w.location.pathname === '/src/welcome/welcome.html') || null,
        null,
      ),
    );
    assert.equal(opened, true, 'the first-run page opened');
    assert.deepEqual(await hostAccess(d), []);
    assert.equal(await overlayDrawn(d), false);
  });

  test('“Check pages automatically” on the first-run page grants every site and starts the gate', async () => {
    const welcome = await d.extensionPage('src/welcome/welcome.html');
    await until(() => welcome.evaluate(() => document.querySelector('.automatic button') !== null, null));
    await welcome.click('.automatic button');
    assert.ok(await until(() => welcome.evaluate(() => /is on/.test(document.body.textContent ?? ''), null)));
    assert.deepEqual((await hostAccess(d)).sort(), ['http://*/*', 'https://*/*']);
    assert.equal(await until(() => gateRegistered(d)), true);
    assert.equal(await overlayDrawn(d), true);
  });

  test('the button’s title says how many claims the page carries', async () => {
    const tab = await d.open(`${site.server.origin}${STORY}`);
    const title = await until(async () => {
      const t = await d.inExtension(async (id: number) => browser.action.getTitle({ tabId: id }), tab.tabId);
      return /\d/.test(t) ? t : null;
    });
    assert.match(title ?? '', /^Backstory: \d+ claims? from the story on this page$/);
    const badge = await d.inExtension(
      async (id: number) => browser.action.getBadgeText({ tabId: id }),
      tab.tabId,
    );
    assert.equal(title, `Backstory: ${badge} claim${badge === '1' ? '' : 's'} from the story on this page`);
    await tab.close();
  });

  test('turning it off in the options page gives the access back', async () => {
    const options = await d.extensionPage('src/options/options.html');
    await until(() => options.evaluate(() => /is on/.test(document.body.textContent ?? ''), null));
    await options.click('.automatic button');
    assert.ok(
      await until(() => options.evaluate(() => /is off/.test(document.body.textContent ?? ''), null)),
    );
    assert.deepEqual(await hostAccess(d), []);
    assert.equal(await until(async () => !(await gateRegistered(d))), true);
    assert.equal(await overlayDrawn(d), false);
    assert.deepEqual(unexpected(site.proxy.log), []);
  });

  test('one site allowed on its own is checked as its pages load, no other site is; the options page gives it back', async () => {
    // The grant as Firefox's per-site controls make it: one origin, asked for from a click in an
    // extension page (the prompt answered yes by the pref above). The popup's own switch is
    // clicked in the suite below.
    const pattern = 'http://localhost/*';
    const other = site.server.origin.replace('localhost', '127.0.0.1');
    const page = await d.extensionPage('src/options/options.html');
    await page.evaluate((origin: string) => {
      const button = document.createElement('button');
      button.id = 'grant-one-site';
      button.textContent = 'grant';
      button.onclick = () => void browser.permissions.request({ origins: [origin] });
      document.body.append(button);
    }, pattern);
    await page.click('#grant-one-site');
    assert.deepEqual(await until(async () => ((await hostAccess(d)).length > 0 ? hostAccess(d) : null)), [
      pattern,
    ]);
    assert.deepEqual(await until(() => gateMatches(d)), [pattern]);
    assert.equal(await overlayDrawn(d), true, 'the allowed site is read as its page loads');
    assert.equal(await overlayDrawn(d, other), false, 'another site is not');
    await page.close();

    const options = await d.extensionPage('src/options/options.html');
    const stop = 'Stop checking localhost';
    await until(() =>
      options.evaluate((label: string) => document.querySelector(`[aria-label="${label}"]`) !== null, stop),
    );
    await options.click(`[aria-label="${stop}"]`);
    assert.ok(
      await until(() => options.evaluate(() => document.querySelector('.allowed') === null, null)),
      'the site leaves the list',
    );
    assert.deepEqual(await hostAccess(d), []);
    assert.equal(await until(async () => !(await gateRegistered(d))), true);
    assert.equal(await overlayDrawn(d), false);
    await options.close();
    assert.deepEqual(unexpected(site.proxy.log), []);
  });
});

describe('Firefox ESR, the popup’s switch for one site', () => {
  let d: Awaited<ReturnType<typeof firefoxDriver>>;
  let win: BrowserWindow;
  before(async () => {
    // The browser's permission prompt answered yes, as in the suite above.
    d = await firefoxDriver(
      site.proxy.port,
      { 'extensions.webextOptionalPermissionPrompts': false },
      { access: 'none' },
    );
    win = await browserWindow(d.session.browser);
  });
  after(() => d.close());

  test('“Check localhost pages as they load” in the popup grants that site alone: its pages are read as they load, no other site is; switched off, the access goes back', async () => {
    const label = 'Check localhost pages as they load';
    const pattern = 'http://localhost/*';
    const other = site.server.origin.replace('localhost', '127.0.0.1');
    const tab = await d.open(`${site.server.origin}${STORY}`);
    assert.deepEqual(await hostAccess(d), [], 'no host access before the reader asks');

    // The reader clicks Backstory's button on the page: the browser grants the tab for that
    // click, the popup reads the page and offers the switch, off.
    await clickBackstoryButton(win);
    const shown = await until(() => popupSwitch(d, label));
    assert.equal(shown?.on, false, 'the switch is shown, off');
    const width = shown?.viewport.width ?? 0;
    assert.ok(width >= 380, `the popup opens 380 px wide (is ${width} px)`);

    assert.equal(await clickSwitch(d, win, label), true, 'the switch is on');
    assert.deepEqual(await until(async () => ((await hostAccess(d)).length > 0 ? hostAccess(d) : null)), [
      pattern,
    ]);
    assert.deepEqual(await until(() => gateMatches(d)), [pattern]);
    // The page's next load: the click's grant of the tab ended with the old page, so only the
    // site's grant can have read it.
    await tab.goto(`${site.server.origin}${STORY}`);
    assert.equal(await drawnIn(d, tab), true, 'the page is read as it loads');
    assert.equal(await overlayDrawn(d, other), false, 'another site is not');

    // Switched off from the popup again, back on the page: the access goes back, and the page
    // is no longer read.
    await d.inExtension(
      async (id: number) => void (await browser.tabs.update(id, { active: true })),
      tab.tabId,
    );
    await clickBackstoryButton(win);
    assert.equal((await until(() => popupSwitch(d, label)))?.on, true, 'the popup shows the switch on');
    assert.equal(await clickSwitch(d, win, label), false, 'the switch is off');
    // The box flips on the click; the popup gives the access back after it, asynchronously.
    assert.equal(await until(async () => (await hostAccess(d)).length === 0), true, 'the access goes back');
    assert.equal(await until(async () => !(await gateRegistered(d))), true);
    await tab.goto(`${site.server.origin}${STORY}`);
    assert.equal(await drawnIn(d, tab), false, 'the page is not read as it loads');
    await tab.close();
    assert.deepEqual(unexpected(site.proxy.log), []);
  });
});
