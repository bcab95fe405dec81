// Debian Chromium with the unpacked Chrome build loaded, through playwright-core. Non-local
// traffic goes to the logging proxy (Chromium bypasses proxies for localhost by itself).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { GATE_SCRIPT_ID } from '../../background/access.ts';
import { testBuild, type Access } from './builds.ts';
import { CHROMIUM } from './ensure-browsers.ts';

const CHROME_BUILD = path.resolve(import.meta.dirname, '..', '..', '..', 'dist', 'chrome');

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker | null;
  extensionId: string;
  /** Every request the browser context reported: pages, the service worker, extension pages. */
  requests: string[];
  /** The id of the tab showing `page` (brought to front first). */
  tabId(page: Page): Promise<number>;
  badge(tabId: number): Promise<string>;
  close(): Promise<void>;
}

/** The DevTools target of the extension's service worker, or null when the worker is not running. */
export async function workerTargetId(cdp: CDPSession, extensionId: string): Promise<string | null> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  return (
    targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId))?.targetId ?? null
  );
}

export async function launchChromium(opts: {
  proxyPort: number;
  headless?: boolean;
  extension?: string | null;
  /** What the reader has granted: all sites (automatic checking, the default here) or nothing. */
  access?: Access;
  /** The overlay's shadow root open, for the accessibility checker. */
  openShadow?: boolean;
  colorScheme?: 'light' | 'dark';
  args?: string[];
}): Promise<ChromiumSession> {
  const access = opts.access ?? 'all-sites';
  const ext =
    opts.extension === null
      ? null
      : testBuild(opts.extension ?? CHROME_BUILD, { access, openShadow: opts.openShadow });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    args: [
      ...(ext === null ? [] : [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`]),
      ...(opts.args ?? []),
      `--proxy-server=http://127.0.0.1:${opts.proxyPort}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  if (ext === null) {
    // A browser without Backstory (the benchmark's baseline): no worker to wait for.
    return {
      context,
      worker: null,
      extensionId: '',
      requests,
      tabId: async () => -1,
      badge: async () => '',
      close: async () => {
        await context.close();
        fs.rmSync(profile, { recursive: true, force: true });
      },
    };
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (access === 'all-sites') {
    // The worker registers the gate when it starts; a page opened before that would not be read.
    await worker.evaluate(async (gateId: string) => {
      for (let i = 0; i < 100; i++) {
        const ids = (await chrome.scripting.getRegisteredContentScripts()).map((s: { id: string }) => s.id);
        if (ids.includes(gateId)) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the gate script was never registered');
    }, GATE_SCRIPT_ID);
  }
  const currentWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().includes(extensionId)) ??
    (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId,
    requests,
    async tabId(page) {
      await page.bringToFront();
      const w = await currentWorker();
      return w.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
    },
    async badge(tabId) {
      const w = await currentWorker();
      return w.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
