// Background entry (service worker in Chrome, event page in Firefox): wires the router, the
// per-tab store, the badge and the overlay shortcut to the browser. Listeners are registered
// synchronously at start so a woken worker receives the event that woke it.

import browser from 'webextension-polyfill';
import index from '@index/claim-index.json';
import type { ClaimIndex } from '../model/types.ts';
import { readSettings, saveSettings, setSite, overlayOn } from '../extension/settings.ts';
import { fail, ok, sender } from '../extension/contract.ts';
import type { TabContract } from '../extension/messages.ts';
import { indexProblem } from '../model/validate.ts';
import { Router } from './router.ts';
import { TabStore } from './tab-store.ts';

/** Built from src/content/main.ts (vite.config.ts lists it as an extra input). */
const FULL_SCRIPT = 'src/content/main.js';
const store = new TabStore(browser.storage.session);
// A damaged bundle disables Backstory with one message, instead of failing on every page.
const problem = indexProblem(index);
if (problem !== null) console.error(`Backstory is disabled: ${problem}. Reinstall the extension.`);
const router = new Router({
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  index: problem === null ? ok(index as ClaimIndex) : fail(`the claim index is damaged (${problem})`),
  store,
  setBadge: async (tabId, text) => {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f3a60' });
  },
  tab: (tabId) => sender<TabContract>((message) => browser.tabs.sendMessage(tabId, message)),
  // The full script runs only where the gate passed (or the reader just granted the site). The
  // highlight CSS is inert until used, so inserting it again is harmless.
  inject: async (tabId) => {
    const css = browser.runtime.getManifest().content_scripts?.[0]?.css ?? [];
    await browser.scripting.insertCSS({ target: { tabId }, files: css });
    await browser.scripting.executeScript({ target: { tabId }, files: [FULL_SCRIPT] });
  },
  log: (reason) => console.warn(reason),
  pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  router.handle(message, sender),
);

browser.tabs.onRemoved.addListener((tabId) => void store.clear(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document in the tab: the old result no longer describes it.
  if (change.status === 'loading' && change.url !== undefined) void store.clear(tabId);
});

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-overlay') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const host = tab?.url === undefined ? null : new URL(tab.url).host;
  if (host === null || host === '') return;
  const settings = await readSettings(browser.storage.local);
  await saveSettings(browser.storage.local, setSite(settings, host, !overlayOn(settings, host)));
});
