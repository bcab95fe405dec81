// The full content script, injected by the background only into a tab whose page passed the
// cheap gate (src/content/gate.ts). It reads the article's paragraphs, has the background match
// them (the background holds the index and a matcher that stays compiled between pages, so the
// page's thread never runs it), and draws the overlay on a recognised page.

import browser from 'webextension-polyfill';
import gateFile from '@index/gate.json';
import { compileGate } from '../gate/gate.ts';
import { overlayOn, repairSettings, SETTINGS_KEY } from '../extension/settings.ts';
import type { PageView } from '../view/describe.ts';
import {
  isTabMessage,
  MAX_ARTICLE_CHARS,
  MAX_PARAGRAPH_CHARS,
  MAX_PARAGRAPHS,
  type PageReport,
  type Result,
} from '../extension/messages.ts';
import { extractParagraphs, type PageParagraph } from '../page/extract.ts';
import { gateText } from '../page/text.ts';
import { watchPage } from './observe.ts';
import { Overlay } from './overlay/overlay.tsx';

// The same gate as the gate script: a single-page app may move from a story to another page.
const gate = compileGate(gateFile.stories);

let overlay: Overlay | null = null;
let lastKey = '';
let current: { paragraphs: PageParagraph[]; report: PageReport; match: PageView | null } | null = null;
const controller = new AbortController();

/** The background's reply, or undefined when it refused (damaged index) or is gone. */
async function send<T>(message: unknown): Promise<T | undefined> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Result<T> | undefined;
    return reply?.ok === true ? reply.value : undefined;
  } catch {
    // The extension was reloaded or removed: this copy of the script is orphaned and must stop.
    controller.abort();
    overlay?.destroy();
    overlay = null;
    return undefined;
  }
}

async function overlayWanted(): Promise<boolean> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  return overlayOn(repairSettings(stored), location.host);
}

let runs = 0;

async function analyse(): Promise<void> {
  if (controller.signal.aborted) return;
  // A newer run (the page changed again meanwhile) supersedes this one at its next await.
  const run = ++runs;
  const stale = (): boolean => controller.signal.aborted || run !== runs;
  const text = gateText(document);
  const ids = gate(text);
  const base: PageReport = {
    url: location.href,
    status: 'no-story',
    storyId: null,
    claims: [],
    overlay: false,
  };
  if (ids.length === 0) return publish(base, [], null);
  // Past the gate, the real work waits for the page to be idle: never on its critical path.
  await idle();
  if (stale()) return;
  const paragraphs = extractParagraphs(document);
  const key = `${location.href}|${paragraphs.length}|${paragraphs.reduce((n, p) => n + p.text.length, 0)}`;
  // The page changed, but not its article (and the article's nodes are the same ones).
  if (key === lastKey && current !== null && current.paragraphs.every((p) => p.first.isConnected)) return;
  // Bounded work: an article is never longer than this; a 10 MB page is read to this point only.
  const read = boundParagraphs(paragraphs);
  const match = await send<PageView | null>({ type: 'match', ids, paragraphs: read.map((p) => p.text) });
  if (match === undefined) {
    // The background refused (damaged index) or is gone: one message, then stop for good.
    if (!controller.signal.aborted)
      console.warn('Backstory: the claim index could not be read; disabled on this page.');
    controller.abort();
    return;
  }
  if (stale()) return;
  const report: PageReport =
    match === null ? base : { ...base, status: 'story', storyId: match.storyId, claims: match.claims };
  lastKey = key;
  await publish(report, read, match);
}

function boundParagraphs(paragraphs: PageParagraph[]): PageParagraph[] {
  let chars = 0;
  const out: PageParagraph[] = [];
  for (const p of paragraphs) {
    if (p.text.length > MAX_PARAGRAPH_CHARS) continue;
    if (out.length >= MAX_PARAGRAPHS || chars + p.text.length > MAX_ARTICLE_CHARS) break;
    chars += p.text.length;
    out.push(p);
  }
  return out;
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

let lastSent = '';

async function publish(
  report: PageReport,
  paragraphs: PageParagraph[],
  match: PageView | null,
): Promise<void> {
  const draw = match !== null && (await overlayWanted());
  current = { paragraphs, report: { ...report, overlay: draw }, match };
  if (draw && match !== null) {
    overlay ??= new Overlay(document);
    overlay.show(match, paragraphs);
  } else {
    overlay?.destroy();
    overlay = null;
  }
  // A page that keeps mutating re-runs the gate, but the background hears only of changes.
  const sent = JSON.stringify(current.report);
  if (sent === lastSent) return;
  lastSent = sent;
  await send({ type: 'page-report', report: current.report });
}

function start(): void {
  void analyse();
  watchPage(window, controller.signal, {
    debounceMs: 600,
    minIntervalMs: 2000,
    onChange: (reason) => {
      if (reason === 'navigation') {
        lastKey = '';
        overlay?.destroy();
        overlay = null;
      }
      void analyse();
    },
  });
  const onMessage = (
    message: unknown,
    sender: browser.Runtime.MessageSender,
  ): Promise<Result<unknown>> | undefined => {
    if (sender.id !== browser.runtime.id || !isTabMessage(message)) return undefined;
    if (message.type === 'describe-overlay')
      return Promise.resolve({ ok: true, value: overlay?.describe() ?? null });
    return Promise.resolve({ ok: true, value: overlay?.focus(message.paragraph) ?? false });
  };
  browser.runtime.onMessage.addListener(onMessage);
  const onStorage = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && SETTINGS_KEY in changes && current !== null)
      void publish(current.report, current.paragraphs, current.match);
  };
  browser.storage.onChanged.addListener(onStorage);
  controller.signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.storage.onChanged.removeListener(onStorage);
  });
}

// One copy per page: the popup may inject the script into a tab that already has it.
const LOADED = Symbol.for('backstory.content');
const scope = globalThis as { [LOADED]?: boolean };
if (scope[LOADED] !== true) {
  scope[LOADED] = true;
  start();
}
