// One small interface over both browsers, so each real-browser test is written once and run in
// Chromium and Firefox ESR alike.

import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import type { TestBuild } from './builds.ts';
import { launchChromium, type ChromiumSession } from './chromium.ts';
import { launchFirefox, type FirefoxSession } from './firefox.ts';

export interface Tab {
  tabId: number;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  press(key: string): Promise<void>;
  /** Types text with the keyboard into whatever has focus. */
  type(text: string): Promise<void>;
  /** Moves the real mouse pointer to a point of the window (CSS pixels). */
  hover(x: number, y: number): Promise<void>;
  /** Resizes the window's viewport. */
  viewport(width: number, height: number): Promise<void>;
  /** A real (trusted) click, as a user gesture. */
  click(selector: string): Promise<void>;
  /** A real click at a point of the window (CSS pixels): inside a closed shadow root too. */
  clickAt(x: number, y: number): Promise<void>;
  goto(url: string): Promise<void>;
  /** Runs a script's source in the page's own world, past its CSP (a debugger's evaluation). */
  run(source: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Uncaught errors and error messages from Backstory's scripts seen in this tab so far. */
  errors: string[];
  close(): Promise<void>;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  open(url: string): Promise<Tab>;
  /** Runs fn with the extension's API (`chrome`/`browser`) in an extension context. */
  inExtension<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T>;
  /** Opens an extension page (e.g. "src/popup/popup.html?tabId=3") and returns it as a tab. */
  extensionPage(pathAndQuery: string): Promise<Tab>;
  /** Every request the harness could attribute to a page or the extension (Chromium only). */
  requests: string[];
  close(): Promise<void>;
}

function pwTab(page: PwPage, tabId: number, errors: string[] = []): Tab {
  return {
    tabId,
    errors,
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    hover: (x, y) => page.mouse.move(x, y),
    viewport: (width, height) => page.setViewportSize({ width, height }),
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    goto: async (url) => void (await page.goto(url)),
    run: async (source) => void (await page.evaluate(source)),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

function ppTab(page: PpPage, tabId: number, errors: string[] = []): Tab {
  return {
    tabId,
    errors,
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg) as never,
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    hover: (x, y) => page.mouse.move(x, y),
    viewport: (width, height) => page.setViewport({ width, height }),
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    goto: async (url) => void (await page.goto(url)),
    run: async (source) => void (await page.evaluate(source)),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close: () => page.close(),
  };
}

export async function chromiumDriver(
  proxyPort: number,
  build: Partial<TestBuild> & { colorScheme?: 'light' | 'dark' } = {},
): Promise<Driver & { session: ChromiumSession }> {
  const session = await launchChromium({ proxyPort, ...build });
  const worker = async () =>
    session.context.serviceWorkers().find((w) => w.url().includes(session.extensionId)) ??
    (await session.context.waitForEvent('serviceworker'));
  return {
    name: 'chromium',
    session,
    requests: session.requests,
    async open(url) {
      const page = await session.context.newPage();
      // Exceptions from every world of the page, the content scripts' isolated world included.
      const errors: string[] = [];
      const cdp = await session.context.newCDPSession(page);
      cdp.on('Runtime.exceptionThrown', (e) => {
        const d = e.exceptionDetails;
        const where = `${d.url ?? ''} ${d.stackTrace?.callFrames.map((f) => f.url).join(' ') ?? ''}`;
        if (where.includes('chrome-extension://')) errors.push(`${d.exception?.description ?? d.text}`);
      });
      cdp.on('Runtime.consoleAPICalled', (e) => {
        const text = e.args.map((a) => String(a.value ?? a.description ?? '')).join(' ');
        if (e.type === 'error' && /Backstory/.test(text)) errors.push(text);
      });
      await cdp.send('Runtime.enable');
      await page.goto(url);
      return pwTab(page, await session.tabId(page), errors);
    },
    async inExtension(fn, arg) {
      return (await worker()).evaluate(fn as (a: unknown) => never, arg);
    },
    async extensionPage(pathAndQuery) {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/${pathAndQuery}`);
      return pwTab(page, -1);
    },
    close: () => session.close(),
  };
}

export async function firefoxDriver(
  proxyPort: number,
  extraPrefs?: Record<string, unknown>,
  build: Partial<TestBuild> = {},
): Promise<Driver & { session: FirefoxSession }> {
  const session = await launchFirefox({ proxyPort, extraPrefs, ...build });
  let helper: PpPage | null = null;
  const ext = async (): Promise<PpPage> =>
    (helper ??= await session.openExtensionPage('src/story/story.html'));
  return {
    name: 'firefox',
    session,
    requests: [],
    async open(url) {
      // The tabs open before this one: a tab left open by an earlier test at the same address
      // is not taken for the new one.
      const before = await (
        await ext()
      ).evaluate(async () => (await browser.tabs.query({})).map((t: { id?: number }) => t.id ?? -1));
      const page = await session.browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && /Backstory|moz-extension:/.test(`${m.text()} ${m.location().url ?? ''}`))
          errors.push(m.text());
      });
      page.on('pageerror', (e) => {
        if (/moz-extension:/.test(String((e as Error).stack ?? ''))) errors.push(String(e));
      });
      await page.goto(url);
      const tabId = await (
        await ext()
      ).evaluate(
        async ([u, old]: [string, number[]]) => {
          const tabs = (await browser.tabs.query({})).filter(
            (t: { id?: number }) => !old.includes(t.id ?? -1),
          );
          // Without access to the site Firefox hides the tab's address: then the one new tab.
          const tab =
            tabs.find((t: { url?: string }) => t.url === u) ??
            (tabs.length === 1 && tabs[0].url === undefined ? tabs[0] : undefined);
          return tab?.id ?? -1;
        },
        [page.url(), before] as [string, number[]],
      );
      // Finding the tab id opened the helper extension page in front: a hidden tab gets no
      // animation frames (the overlay paints in one) and no key activation, so bring it back.
      await page.bringToFront();
      return ppTab(page, tabId, errors);
    },
    async inExtension(fn, arg) {
      return (await ext()).evaluate(fn as (a: unknown) => never, arg) as never;
    },
    async extensionPage(pathAndQuery) {
      return ppTab(await session.openExtensionPage(pathAndQuery), -1);
    },
    close: () => session.close(),
  };
}

/** Polls fn until it returns a truthy value or the time runs out (then returns the last value). */
export async function until<T>(fn: () => Promise<T>, ms = 10000, every = 100): Promise<T> {
  const deadline = Date.now() + ms;
  let last = await fn();
  while (!last && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, every));
    last = await fn();
  }
  return last;
}
