// What every real-browser test file shares: the fixture server and logging proxy for the file,
// the overlay read back through the extension, and the check CLI's answer for the same page.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import type { OverlayState } from '../../extension/messages.ts';
import type { TestBuild } from './builds.ts';
import { chromiumDriver, firefoxDriver, type Driver, type Tab } from './driver.ts';
import { startProxy, type LoggingProxy } from './proxy.ts';
import { startServer, type FixtureServer } from './server.ts';

export interface Site {
  server: FixtureServer;
  proxy: LoggingProxy;
}

/** Starts a fixture server and a logging proxy before the file's tests, stops them after. */
export function useSite(pages: Record<string, string>): Site {
  const site = {} as Site;
  before(async () => {
    site.server = await startServer(pages);
    site.proxy = await startProxy();
  });
  after(async () => {
    await site.server.close();
    await site.proxy.close();
  });
  return site;
}

/** What the overlay in a tab shows, asked of the content script by the extension itself. */
export async function overlayOf(d: Driver, tab: Tab): Promise<OverlayState | null> {
  return d
    .inExtension(
      async (tabId: number) =>
        (
          (await chrome.tabs.sendMessage(tabId, { type: 'describe-overlay' })) as {
            value: OverlayState | null;
          }
        ).value,
      tab.tabId,
    )
    .catch(() => null);
}

/**
 * Sets the background's record of a tab to "analysing", as after a read that never finished (a
 * failed injection, a script that threw): the popup then offers "Check again".
 */
export async function markAnalysing(d: Driver, tab: Tab): Promise<void> {
  const url = await tab.evaluate(() => location.href, null);
  await d.inExtension(
    async ({ tabId, url }: { tabId: number; url: string }) =>
      chrome.storage.session.set({
        [`tab:${tabId}`]: { url, status: 'analysing', view: null, overlay: true },
      }),
    { tabId: tab.tabId, url },
  );
}

/** The status of the background's record of a tab ('analysing', 'story', …), if it has one. */
export async function tabStatus(d: Driver, tab: Tab): Promise<string | undefined> {
  return d.inExtension(
    async (tabId: number) =>
      ((await chrome.storage.session.get(`tab:${tabId}`))[`tab:${tabId}`] as { status?: string } | undefined)
        ?.status,
    tab.tabId,
  );
}

export interface CheckMatch {
  paragraph: number;
  claimId: string;
  score: number;
}

/** The check CLI's matches (same engine, jsdom) for a page's HTML. */
export function checkMatches(html: string): CheckMatch[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bs-check-')), 'page.html');
  fs.writeFileSync(file, html);
  return (
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', file, '--json'], {
        encoding: 'utf8',
      }),
    ) as { matches: CheckMatch[] }
  ).matches;
}

export type BrowserName = 'Chromium' | 'Firefox ESR';

/**
 * Declares the same tests for Chromium and Firefox ESR: each gets a suite whose browser starts
 * before its tests and closes after. `d` stands for the running browser's driver. `build`: the
 * test copy to load (by default with automatic checking granted; `{ access: 'none' }` as shipped).
 */
export function eachBrowser(
  site: Site,
  body: (d: Driver, name: BrowserName) => void,
  build: Partial<TestBuild> = {},
): void {
  for (const [name, make] of [
    ['Chromium', (port: number) => chromiumDriver(port, build)],
    ['Firefox ESR', (port: number) => firefoxDriver(port, undefined, build)],
  ] as const) {
    describe(name, () => {
      let current: Driver | null = null;
      before(async () => {
        current = await make(site.proxy.port);
      });
      after(async () => {
        await current?.close();
      });
      // Tests are declared now and run later: forward every use to the browser started in before().
      const d = new Proxy({} as Driver, {
        get(_, prop) {
          if (current === null) throw new Error(`${name} is not running`);
          const value = Reflect.get(current, prop) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(current) : value;
        },
      });
      body(d, name);
    });
  }
}
