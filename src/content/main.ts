// The full content script, injected by the background only into a tab whose page passed the
// cheap gate (src/content/gate.ts), or whose site the reader has just granted. It wires the page
// reader (src/content/reader.ts: read the article, have the background match it, draw the
// overlay) to the browser: the page, the messages, the settings.

import browser from 'webextension-polyfill';
import { overlayOn, readSettings, SETTINGS_KEY } from '../extension/settings.ts';
import { handle, ok, sender } from '../extension/contract.ts';
import { TAB_SHAPES, type ContentContract, type TabContract } from '../extension/messages.ts';
import { extractParagraphs } from '../page/extract.ts';
import { gateText } from '../page/text.ts';
import { bundledGate } from './bundled-gate.ts';
import { takeHandedOver } from './handoff.ts';
import { PAGE_TIMING, watchPage } from './observe.ts';
import { Overlay } from './overlay/overlay.tsx';
import { PageReader } from './reader.ts';

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

/** Returns what a second injection into this page calls: read the page again. */
function start(onStop: () => void): () => void {
  const controller = new AbortController();
  const send = sender<ContentContract>((message) => browser.runtime.sendMessage(message));
  const reader = new PageReader(
    {
      url: () => location.href,
      gateText: () => gateText(document),
      // The same gate as the gate script: a single-page app may move from a story to another page.
      // A damaged signature lets nothing through.
      gate: bundledGate() ?? (() => []),
      handedOver: takeHandedOver(),
      extract: () => extractParagraphs(document),
      idle,
      send,
      overlayWanted: async () => overlayOn(await readSettings(browser.storage.local), location.host),
      makeOverlay: () =>
        new Overlay(document, { openStory: (claimId) => void send('open-story', { claimId }) }),
      warn: (message) => console.warn(message),
    },
    () => controller.abort(),
  );
  void reader.analyse();
  watchPage(window, controller.signal, {
    ...PAGE_TIMING,
    onChange: (reason) => {
      if (reason === 'navigation') reader.navigated();
      void reader.analyse();
    },
  });
  const receive = handle<TabContract, browser.Runtime.MessageSender>(
    {
      shapes: TAB_SHAPES,
      admit: (from) => (from.id === browser.runtime.id ? null : 'not from Backstory'),
      handlers: {
        'focus-claim': (m) => ok(reader.focus(m.paragraph)),
        'describe-overlay': () => ok(reader.describe()),
      },
    },
    (reason) => ({ ok: false, error: reason }),
  );
  browser.runtime.onMessage.addListener(receive);
  const onStorage = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && SETTINGS_KEY in changes) void reader.settingsChanged();
  };
  browser.storage.onChanged.addListener(onStorage);
  controller.signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(receive);
    browser.storage.onChanged.removeListener(onStorage);
    onStop();
  });
  return () => void reader.again();
}

// One copy per page: the popup may inject the script into a tab that already has it. That is the
// reader asking ("Check again" on a page stuck being read), so the copy there reads the page again.
// A copy that stopped (the background refused it, or is gone) leaves the page to a fresh one.
const LOADED = Symbol.for('backstory.content');
const scope = globalThis as { [LOADED]?: () => void };
const running = scope[LOADED];
if (running !== undefined) running();
else scope[LOADED] = start(() => delete scope[LOADED]);
