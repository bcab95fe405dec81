// Debian Firefox ESR with the unpacked Firefox build installed over WebDriver BiDi, through
// puppeteer-core. All non-local traffic is sent to the logging proxy; Remote Settings is pointed
// at nothing so Firefox's own background traffic does not hide ours.

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GATE_SCRIPT_ID } from '../../background/access.ts';
import { testBuild, type Access } from './builds.ts';
import { FIREFOX } from './ensure-browsers.ts';

const FIREFOX_BUILD = path.resolve(import.meta.dirname, '..', '..', '..', 'dist', 'firefox');
interface ScriptingApi {
  getRegisteredContentScripts(): Promise<{ id: string }[]>;
}

export const ADDON_ID = 'backstory@backstory.invalid';

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid>/ — pinned so tests can open extension pages. */
  base: string;
  /** Opens an extension page in a new tab (or the given one) and waits until it has loaded. */
  openExtensionPage(pathAndQuery: string, page?: Page): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(opts: {
  proxyPort: number;
  headless?: boolean;
  extraPrefs?: Record<string, unknown>;
  withExtension?: boolean;
  /** What the reader has granted: all sites (automatic checking, the default here) or nothing. */
  access?: Access;
  /** The overlay's shadow root open, for the accessibility checker. */
  openShadow?: boolean;
}): Promise<FirefoxSession> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: opts.headless ?? true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': opts.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': opts.proxyPort,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      ...opts.extraPrefs,
    },
  });
  const access = opts.access ?? 'all-sites';
  if (opts.withExtension !== false)
    await browser.installExtension(testBuild(FIREFOX_BUILD, { access, openShadow: opts.openShadow }));
  const base = `moz-extension://${uuid}/`;
  const session: FirefoxSession = {
    browser,
    base,
    async openExtensionPage(pathAndQuery, reuse) {
      const page = reuse ?? (await browser.newPage());
      const target = base + pathAndQuery;
      // BiDi sends no load events for extension pages: start the navigation, then poll.
      page.goto(target).catch(() => undefined);
      const deadline = Date.now() + 15000;
      while (Date.now() < deadline) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href === target) {
          await page.waitForFunction(() => document.readyState === 'complete', { timeout: 10000 });
          return page;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`extension page ${pathAndQuery} did not open`);
    },
    close: () => browser.close(),
  };
  if (opts.withExtension !== false && access === 'all-sites') {
    // The background registers the gate when it starts; a page opened before that would not be read.
    const page = await session.openExtensionPage('src/options/options.html');
    await page.waitForFunction(
      async (gateId: string) => {
        // Runs in the extension page, where `browser` is the WebExtension API (not puppeteer's).
        const api = (globalThis as unknown as { browser: { scripting: ScriptingApi } }).browser;
        return (await api.scripting.getRegisteredContentScripts()).some((s) => s.id === gateId);
      },
      { timeout: 10000, polling: 50 },
      GATE_SCRIPT_ID,
    );
    await page.close();
  }
  return session;
}
