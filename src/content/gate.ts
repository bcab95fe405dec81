// The content script of every page: the cheap gate, and nothing else. It reads the page's text
// once, tests each story's anchor words, and stops there on the (nearly all) pages that are not
// about a story. Only when a story's anchors are all present does it ask the background to run
// the full script (src/content/main.ts: extraction, matching, overlay) in this tab.
//
// It talks to the extension API directly instead of through webextension-polyfill: the polyfill
// costs about a millisecond to evaluate on every page, more than the gate itself, and the one
// call made here (runtime.sendMessage) returns a promise natively in both browsers' MV3.

import type Browser from 'webextension-polyfill';
import { sender } from '../extension/contract.ts';
import type { ContentContract } from '../extension/messages.ts';
import { gateText } from '../page/text.ts';
import { bundledGate } from './bundled-gate.ts';
import { handOver } from './handoff.ts';
import { watchPage } from './observe.ts';

type Api = Pick<typeof Browser, 'runtime'>;
const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as { chrome?: Api }).chrome) as Api;
// A damaged signature disables the script with one message; it never throws on the page.
const gate = bundledGate();

let reportedUrl = '';
const controller = new AbortController();
const send = sender<ContentContract>((message) => api.runtime.sendMessage(message));

function run(): void {
  if (controller.signal.aborted || gate === null) return;
  const ids = gate(gateText(document));
  if (ids.length > 0) {
    // From here the full script watches the page, starting from this gate's verdict; this one is done.
    controller.abort();
    handOver(ids);
    void send('gate-passed', {});
    return;
  }
  if (reportedUrl === location.href) return;
  reportedUrl = location.href;
  // The extension was reloaded or removed: this copy is orphaned and stops.
  void send('no-story', {}).then((reply) => reply.ok || controller.abort());
}

if (gate !== null) run();
else controller.abort();
// Articles that arrive late, or a single-page app moving to one, get the gate again.
watchPage(window, controller.signal, { debounceMs: 600, minIntervalMs: 2000, onChange: run });
