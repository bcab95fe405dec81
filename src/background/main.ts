// Background entry (service worker in Chrome, event page in Firefox): wires the router, the
// per-tab store, the badge and the keyboard shortcuts to the browser. Listeners are registered
// synchronously at start so a woken worker receives the event that woke it.

import browser from 'webextension-polyfill';
import index from '@index/claim-index.json';
import { readSettings, saveSettings, overlayOn, SETTINGS_KEY, siteOf } from '../extension/settings.ts';
import { sender } from '../extension/contract.ts';
import type { TabContract } from '../extension/messages.ts';
import { parseIndex } from '../model/validate.ts';
import { grantedSites } from '../extension/automatic.ts';
import { gateRanHere } from '../extension/page-world.ts';
import { GATE_SCRIPT, GATE_SCRIPT_ID, PAGE_CSS, oneAtATime, syncGate } from './access.ts';
import { buttonFace } from './badge.ts';
import { runCommand } from './commands.ts';
import { Router } from './router.ts';
import { storyPagePath } from '../extension/story-link.ts';
import { TabStore } from './tab-store.ts';

/** Built from src/content/main.ts (vite.config.ts lists it as an extra input). */
const FULL_SCRIPT = 'src/content/main.js';
const store = new TabStore(browser.storage.session);
const tabSend = (tabId: number) => sender<TabContract>((message) => browser.tabs.sendMessage(tabId, message));
// A damaged bundle disables Backstory with one message, instead of failing on every page.
const checked = parseIndex(index);
if (!checked.ok) console.error(`Backstory is disabled: ${checked.error}. Reinstall the extension.`);
const router = new Router({
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  index: checked,
  store,
  showCount: async (tabId, claims, highlights) => {
    const face = buttonFace(claims, highlights);
    await browser.action.setBadgeText({ tabId, text: face.text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: face.colour });
    await browser.action.setTitle({ tabId, title: face.title });
  },
  highlightsOn: async (url) => overlayOn(await readSettings(browser.storage.local), siteOf(url)),
  tab: tabSend,
  // The full script runs only where the gate passed (or the reader just asked for the page).
  inject: async (tabId, css) => {
    if (css === 'if-missing') {
      const [probe] = await browser.scripting.executeScript({ target: { tabId }, func: gateRanHere });
      if (probe?.result !== true) await browser.scripting.insertCSS({ target: { tabId }, files: [PAGE_CSS] });
    }
    await browser.scripting.executeScript({ target: { tabId }, files: [FULL_SCRIPT] });
  },
  openStory: async (claimId) =>
    void (await browser.tabs.create({ url: browser.runtime.getURL(storyPagePath(claimId)) })),
  log: (reason) => console.warn(reason),
  pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  router.handle(message, sender),
);

browser.tabs.onRemoved.addListener((tabId) => {
  router.tabClosed(tabId);
  void store.clear(tabId);
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document in the tab: the old result no longer describes it.
  if (change.status === 'loading' && change.url !== undefined) void store.clear(tabId);
});

// The highlights turned on or off, from the popup, the options page or the shortcut: the buttons
// of the tabs showing a story say so.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SETTINGS_KEY in changes) void router.settingsChanged();
});

browser.commands.onCommand.addListener((command) =>
  runCommand(command, {
    activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    readSettings: () => readSettings(browser.storage.local),
    saveSettings: (settings) => saveSettings(browser.storage.local, settings),
    tab: tabSend,
  }),
);

// The gate runs on the pages the reader lets Backstory read (every site, or sites one by one); the
// grant can change in the browser's own settings too, so every start and every change re-checks it.
const gate = {
  granted: grantedSites,
  registered: async () =>
    (await browser.scripting.getRegisteredContentScripts({ ids: [GATE_SCRIPT_ID] }))[0]?.matches ?? null,
  register: (matches: string[]) =>
    browser.scripting.registerContentScripts([
      { id: GATE_SCRIPT_ID, matches, js: [GATE_SCRIPT], css: [PAGE_CSS], runAt: 'document_idle' },
    ]),
  update: (matches: string[]) => browser.scripting.updateContentScripts([{ id: GATE_SCRIPT_ID, matches }]),
  unregister: () => browser.scripting.unregisterContentScripts({ ids: [GATE_SCRIPT_ID] }),
};
const sync = oneAtATime(
  () => syncGate(gate),
  (e: unknown) => console.warn(`Backstory: ${String(e)}`),
);
const resync = (): void => void sync();
resync();
browser.permissions.onAdded.addListener(resync);
browser.permissions.onRemoved.addListener(resync);
// Registered scripts need not outlive a browser restart (Firefox); this listener also wakes the
// background when the browser starts, so the gate is back before the first page loads.
browser.runtime.onStartup.addListener(resync);
browser.runtime.onInstalled.addListener(({ reason }) => {
  // First run: say what Backstory does and offer automatic checking; nothing is read before that.
  if (reason === 'install')
    void browser.tabs.create({ url: browser.runtime.getURL('src/welcome/welcome.html') });
});
