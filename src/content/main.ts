// The full content script, injected by the background only into a tab whose page passed the
// cheap gate (src/content/gate.ts), or whose site the reader has just granted. It wires the page
// reader (src/content/reader.ts: read the article, have the background match it, draw the
// overlay) to the browser: the page, the messages, the settings.

import browser from 'webextension-polyfill';
import { overlayOn, readSettings, SETTINGS_KEY, siteOf } from '../extension/settings.ts';
import { handle, ok, sender } from '../extension/contract.ts';
import { TAB_SHAPES, type ContentContract, type TabContract } from '../extension/messages.ts';
import { extractParagraphs } from '../page/extract.ts';
import { gateText } from '../page/text.ts';
import { bundledGate } from './bundled-gate.ts';
import { takeHandedOver } from './handoff.ts';
import { PAGE_TIMING, watchPage } from './observe.ts';
import { Overlay } from './overlay/overlay.tsx';
import { PageReader } from './reader.ts';
import { oneCopy, type Copy } from './one-copy.ts';

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Returns what a later injection into this page calls instead of starting a second copy, which
 * would read and watch the page twice over and draw a second overlay, and how a newer release's
 * copy stops this one.
 */
function start(onStop: () => void): Omit<Copy, 'version'> {
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
      overlayWanted: async () => overlayOn(await readSettings(browser.storage.local), siteOf(location.href)),
      makeOverlay: () =>
        new Overlay(document, { openStory: (claimId) => void send('open-story', { claimId }) }),
      warn: (message) => console.warn(message),
    },
    () => controller.abort(),
  );
  void reader.analyse();
  watchPage(window, controller.signal, {
    ...PAGE_TIMING,
    onChange: (reason, change) => void reader.pageChanged(reason, change),
  });
  const receive = handle<TabContract, browser.Runtime.MessageSender>(
    {
      shapes: TAB_SHAPES,
      admit: (from) => (from.id === browser.runtime.id ? null : 'not from Backstory'),
      handlers: {
        'focus-claim': (m) => ok(reader.focus(m.paragraph)),
        'focus-legend': () => ok(reader.focusLegend()),
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
  return {
    take: () => {
      // A copy left by an extension reload can no longer reach the background: it makes way. (A
      // copy that stopped has cleared its key already.)
      if (!connected()) {
        reader.stop();
        return false;
      }
      void reader.injectedAgain(takeHandedOver());
      return true;
    },
    stop: () => reader.stop(),
  };
}

/** Whether this copy still belongs to a running extension (an orphaned one has no id, or throws). */
function connected(): boolean {
  try {
    return browser.runtime.id !== undefined;
  } catch {
    return false;
  }
}

// The script is injected again into a tab that has it when the popup asks for the page (opened on
// a tab with no result, "Check again"), or when the gate script's gate passes after the popup
// injected it: the copy there takes the injection (PageReader.injectedAgain), so the page is not
// read twice over.
oneCopy(globalThis as Partial<Record<symbol, unknown>>, browser.runtime.getManifest().version, start);
