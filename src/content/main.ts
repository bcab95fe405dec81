// The full content script, injected by the background only into a tab whose page passed the
// cheap gate (src/content/gate.ts), or whose site the reader has just granted. It wires the page
// reader (src/content/reader.ts: read the article, have the background match it, draw the
// overlay) to the browser: the page, the messages, the settings.
//
// Like the gate script, it talks to the extension API directly instead of through
// webextension-polyfill (3 KB gzipped of the 30 KB budget): each call made here returns a promise
// natively in both browsers' MV3, and the one listener that answers (onMessage) does so the way
// both browsers take, through sendResponse.

import type Browser from 'webextension-polyfill';
import { overlayOn, readSettings, SETTINGS_KEY, siteOf, type SettingsArea } from '../extension/settings.ts';
import { handle, ok, sender } from '../extension/contract.ts';
import { nativeApi } from '../extension/native.ts';
import { TAB_SHAPES, type ContentContract, type TabContract } from '../extension/messages.ts';
import { extractInSteps } from '../page/extract.ts';
import { unlessStopped } from '../page/steps.ts';
import { scanTextInSteps } from '../page/text.ts';
import { bundledGate } from './bundled-gate.ts';
import { takeHandedOver } from './handoff.ts';
import { PAGE_TIMING, watchPage } from './observe.ts';
import { Overlay } from './overlay/overlay.tsx';
import { PageReader } from './reader.ts';
import { oneCopy, type Copy } from './one-copy.ts';
import { inSlices } from './slices.ts';

interface Listeners<F> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}
/** The extension API's parts this script uses, as both browsers define them natively. */
interface Api {
  runtime: {
    id: string | undefined;
    getManifest(): { version: string };
    sendMessage(message: unknown): Promise<unknown>;
    /** A listener answers by `reply` and returns true when it will (asynchronously). */
    onMessage: Listeners<
      (message: unknown, from: Browser.Runtime.MessageSender, reply: (answer: unknown) => void) => boolean
    >;
  };
  storage: {
    local: Pick<SettingsArea, 'get'>;
    onChanged: Listeners<(changes: Record<string, unknown>, area: string) => void>;
  };
}
const api = nativeApi<Api>(globalThis);

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
  const send = sender<ContentContract>((message) => api.runtime.sendMessage(message));
  const reader = new PageReader(
    {
      url: () => location.href,
      gateText: (stop) => inSlices(unlessStopped(scanTextInSteps(document), stop)),
      // The same gate as the gate script: a single-page app may move from a story to another page.
      // A damaged signature lets nothing through.
      gate: bundledGate() ?? (() => []),
      handedOver: takeHandedOver(),
      extract: (stop) => inSlices(unlessStopped(extractInSteps(document), stop)),
      idle,
      send,
      overlayWanted: async () => overlayOn(await readSettings(api.storage.local), siteOf(location.href)),
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
  const receive = handle<TabContract, Browser.Runtime.MessageSender>(
    {
      shapes: TAB_SHAPES,
      admit: (from) => (from.id === api.runtime.id ? null : 'not from Backstory'),
      handlers: {
        'focus-claim': (m) => ok(reader.focus(m.paragraph)),
        'focus-legend': () => ok(reader.focusLegend()),
        'describe-overlay': () => ok(reader.describe()),
      },
    },
    (reason) => ({ ok: false, error: reason }),
  );
  const onMessage = (
    message: unknown,
    from: Browser.Runtime.MessageSender,
    reply: (answer: unknown) => void,
  ): boolean => {
    const answer = receive(message, from);
    // Not a message for this script: another listener may answer it.
    if (answer === undefined) return false;
    void answer.then(reply);
    return true;
  };
  api.runtime.onMessage.addListener(onMessage);
  const onStorage = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && SETTINGS_KEY in changes) void reader.settingsChanged();
  };
  api.storage.onChanged.addListener(onStorage);
  controller.signal.addEventListener('abort', () => {
    api.runtime.onMessage.removeListener(onMessage);
    api.storage.onChanged.removeListener(onStorage);
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
    return api.runtime.id !== undefined;
  } catch {
    return false;
  }
}

// The script is injected again into a tab that has it when the popup asks for the page (opened on
// a tab with no result, "Check again"), or when the gate script's gate passes after the popup
// injected it: the copy there takes the injection (PageReader.injectedAgain), so the page is not
// read twice over.
oneCopy(globalThis as Partial<Record<symbol, unknown>>, api.runtime.getManifest().version, start);
