// Firefox's own window (toolbar, menus, panels): where a reader clicks Backstory's button and
// its popup opens, which a page test cannot reach. With `--remote-allow-system-access` WebDriver
// BiDi lists the window as a browsing context of the "chrome" scope and evaluates scripts there,
// but refuses input actions in it, so a click is made as BiDi itself makes one: the window's
// `synthesizeMouseEvent` (what its EventUtils.synthesizeMouseAtPoint calls; trusted, and a user
// gesture for the code it reaches, a popup's click handler included).

import type { Browser } from 'puppeteer-core';
import { until } from './driver.ts';
import { ADDON_ID } from './firefox.ts';

/** What puppeteer's BiDi browser has beyond its public type: the raw protocol connection. */
interface BidiBrowser {
  connection: { send(method: string, params: object): Promise<{ result: unknown }> };
}

interface Evaluated {
  type: 'success' | 'exception';
  result?: { value?: unknown };
  exceptionDetails?: { text: string };
}

export interface BrowserWindow {
  /** Evaluates an expression (awaited) in the window's own document; JSON-serialisable results. */
  evaluate<T>(expression: string): Promise<T>;
  /** A real click at a point of the window's document (CSS pixels). */
  clickAt(x: number, y: number): Promise<void>;
  /**
   * A real key combination ("Alt+Shift+O") pressed in the window, through its text input
   * processor (what EventUtils.synthesizeKey uses in Firefox's own tests): the browser's keys,
   * an extension's shortcuts among them, get it as they get a reader's, then the page in front.
   */
  press(keys: string): Promise<void>;
}

/** The browser's only window. */
export async function browserWindow(browser: Browser): Promise<BrowserWindow> {
  // puppeteer-core types the browser as the protocol-neutral Browser; launched with
  // `browser: 'firefox'` it is the BiDi one, whose connection sends raw BiDi commands.
  const connection = (browser as unknown as BidiBrowser).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string; url: string }[];
  };
  const top = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (top === undefined) throw new Error('no browser window among the chrome contexts');
  const evaluate = async <T>(expression: string): Promise<T> => {
    const reply = (
      await connection.send('script.evaluate', {
        // JSON both ways: BiDi's own serialisation of objects is a tree of typed nodes.
        expression: `(async () => JSON.stringify(await (${expression})))()`,
        target: { context: top.context },
        awaitPromise: true,
      })
    ).result as Evaluated;
    if (reply.type !== 'success') throw new Error(`in the browser window: ${reply.exceptionDetails?.text}`);
    const json = reply.result?.value;
    return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
  };
  return {
    evaluate,
    press: async (keys) => {
      const parts = keys.split('+');
      const key = parts.pop() ?? '';
      // Modifiers by their keys: the processor keeps them down until their keyup.
      const mods = parts.map((m) => ({
        key: m,
        code: `${m}Left`,
        keyCode: m === 'Alt' ? 18 : m === 'Shift' ? 16 : 17,
      }));
      const main = {
        key,
        code: /^[A-Z]$/.test(key) ? `Key${key}` : key,
        keyCode: key.toUpperCase().charCodeAt(0),
      };
      const ok = await evaluate<boolean>(
        `(() => {
          const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
          if (!tip.beginInputTransactionForTests(window)) return false;
          const ev = (k) => new KeyboardEvent('', k);
          const down = ${JSON.stringify([...mods, main])}, up = [...down].reverse();
          for (const k of down) tip.keydown(ev(k));
          for (const k of up) tip.keyup(ev(k));
          return true;
        })()`,
      );
      if (!ok) throw new Error(`${keys}: the window's input is taken by another transaction`);
    },
    clickAt: async (x, y) =>
      void (await evaluate(
        `['mousedown', 'mouseup'].forEach((type) => window.synthesizeMouseEvent(type, ${x}, ${y},
          { button: 0, clickCount: 1 },
          { isDOMEventSynthesized: true, isWidgetEventSynthesized: false, isAsyncEnabled: false }))`,
      )),
  };
}

type Rect = { x: number; y: number; width: number; height: number };

/** The middle of the element `selector` of the window's document; null while it is not shown. */
const centreOf = (win: BrowserWindow, selector: string) =>
  win.evaluate<Rect | null>(
    `(() => {
      const r = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect();
      return r === undefined || r.width === 0 ? null : { x: r.x, y: r.y, width: r.width, height: r.height };
    })()`,
  );

async function clickElement(win: BrowserWindow, selector: string): Promise<void> {
  const r = await until(() => centreOf(win, selector), 5000);
  if (r === null) throw new Error(`${selector} is not shown in the browser window`);
  await win.clickAt(r.x + r.width / 2, r.y + r.height / 2);
}

/** The browser element of an open extension popup. */
const POPUP_BROWSER = 'browser.webextension-popup-browser';

/**
 * A reader's click on Backstory's toolbar button for the tab in front: Firefox puts a new
 * extension's button in its Extensions menu, so the click is on the menu, then on Backstory in
 * it. Resolves once the popup is open; the browser grants the tab to Backstory for that click
 * (activeTab).
 */
export async function clickBackstoryButton(win: BrowserWindow): Promise<void> {
  // A popup still open from an earlier click goes, as when the reader clicks elsewhere.
  await win.evaluate(`document.querySelector('${POPUP_BROWSER}')?.closest('panel')?.hidePopup()`);
  await until(async () => (await centreOf(win, POPUP_BROWSER)) === null, 5000);
  await clickElement(win, '#unified-extensions-button');
  // A click on the menu before it has finished opening is lost on a busy machine.
  const menuOpen = await until(
    () => win.evaluate<boolean>(`document.querySelector('#unified-extensions-panel')?.state === 'open'`),
    5000,
  );
  if (!menuOpen) throw new Error('the Extensions menu did not open');
  await clickElement(win, `[data-extensionid="${ADDON_ID}"] .unified-extensions-item-action-button`);
  if ((await until(() => centreOf(win, POPUP_BROWSER), 5000)) === null)
    throw new Error('Backstory’s popup did not open');
}

/** Where a point of the popup is, read from inside it, and the size of the popup's viewport. */
export interface PopupPoint {
  x: number;
  y: number;
  viewport: { width: number; height: number };
}

/**
 * A real click in the open popup, at the point `locate` reads in the popup's viewport (CSS
 * pixels). Firefox opens the panel small and grows it to the popup's content as that renders, so
 * the click waits until the panel and the popup's own viewport agree on the size, twice running.
 */
export async function clickInPopup(win: BrowserWindow, locate: () => Promise<PopupPoint>): Promise<void> {
  let last = '';
  const ready = await until(async () => {
    const frame = await centreOf(win, POPUP_BROWSER);
    const point = await locate();
    const fits =
      frame !== null &&
      Math.round(frame.width) === Math.round(point.viewport.width) &&
      Math.round(frame.height) === Math.round(point.viewport.height);
    const now = JSON.stringify([frame, point]);
    const steady = fits && now === last;
    last = now;
    return steady && frame !== null ? { frame, point } : null;
  }, 5000);
  if (ready === null) throw new Error(`Backstory’s popup never settled (last seen ${last})`);
  await win.clickAt(ready.frame.x + ready.point.x, ready.frame.y + ready.point.y);
}
