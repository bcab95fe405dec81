// The content script of every page: the cheap gate, and nothing else. It reads the page's text
// (up to a bound), tests each story's anchor words, and stops there on the (nearly all) pages that
// are not about a story. Only when a story's anchors are all present does it ask the background
// to run the full script (src/content/main.ts: extraction, matching, overlay) in this tab. When
// it reads the page again is src/content/gate-loop.ts's: a page that lives long is read a few
// times an hour, not every two seconds for as long as it is open.
//
// It talks to the extension API directly instead of through webextension-polyfill: the polyfill
// costs about a millisecond to evaluate on every page, more than the gate itself, and the one
// call made here (runtime.sendMessage) returns a promise natively in both browsers' MV3.

import type Browser from 'webextension-polyfill';
import { sender } from '../extension/contract.ts';
import { nativeApi } from '../extension/native.ts';
import { markGateRan } from '../extension/page-world.ts';
import type { ContentContract } from '../extension/messages.ts';
import { scanTextInSteps } from '../page/text.ts';
import { bundledGate } from './bundled-gate.ts';
import { gateLoop } from './gate-loop.ts';
import { handOver } from './handoff.ts';
import { inSlices } from './slices.ts';

type Api = Pick<typeof Browser, 'runtime'>;
// Typed as the polyfill's API, which matches the native one for the only call made
// (runtime.sendMessage without a callback returns a promise in both browsers' MV3).
const api = nativeApi<Api>(globalThis);
// The stylesheet came with this script: the background need not add it again (a whole-page restyle).
markGateRan();
// A damaged signature disables the script with one message; it never throws on the page.
const gate = bundledGate();
const send = sender<ContentContract>((message) => api.runtime.sendMessage(message));

if (gate !== null)
  gateLoop(
    {
      win: window,
      read: () => inSlices(scanTextInSteps(document)),
      gate,
      passed: (ids) => {
        // From here the full script watches the page, starting from this gate's verdict.
        handOver(ids);
        void send('gate-passed', {});
      },
      // The extension was reloaded or removed: this copy is orphaned and stops.
      noStory: () => send('no-story', {}).then((reply) => reply.ok),
    },
    new AbortController().signal,
  );
