import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { Router } from '../../../src/background/router.ts';
import { TabStore, type StorageArea } from '../../../src/background/tab-store.ts';
import { parseTextPage } from '../../../src/cli/text-page.ts';
import type { PageView } from '../../../src/view/describe.ts';
import type { PageReport, TabMessage } from '../../../src/extension/messages.ts';
import { ROOT, seedIndex } from '../helpers.ts';

function memoryArea(): StorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (k) => (k in data ? { [k]: data[k] } : {}),
    set: async (items) => void Object.assign(data, items),
    remove: async (k) => void delete data[k],
  };
}

function setup() {
  const area = memoryArea();
  const badges: [number, string][] = [];
  const sent: [number, TabMessage][] = [];
  const logs: string[] = [];
  const pauses = { count: 0 };
  const router = new Router({
    extensionId: 'backstory-id',
    extensionOrigin: 'chrome-extension://backstory-id/',
    index: seedIndex(),
    store: new TabStore(area),
    setBadge: async (tabId, text) => void badges.push([tabId, text]),
    sendToTab: async (tabId, m) => void sent.push([tabId, m]),
    inject: async () => undefined,
    log: (r) => void logs.push(r),
    pause: async () => void pauses.count++,
  });
  return { area, badges, sent, logs, router, pauses };
}

const devPage = (name: string): string[] =>
  parseTextPage(fs.readFileSync(path.join(ROOT, 'test/eval/dev/pages', name), 'utf8')).paragraphs;

const content = {
  id: 'backstory-id',
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  url: 'https://news.example/a',
} as Runtime.MessageSender;
const popup = {
  id: 'backstory-id',
  url: 'chrome-extension://backstory-id/src/popup/popup.html',
} as Runtime.MessageSender;
const report: PageReport = {
  url: 'https://news.example/a',
  status: 'story',
  storyId: 'facebook-bank-data-2018',
  claims: [
    { paragraph: 0, claimId: 'c1', score: 1 },
    { paragraph: 2, claimId: 'c2', score: 0.7 },
  ],
  overlay: true,
};

describe('background message handling', () => {
  test('a content script report is kept for its tab, sets the badge, and the popup reads it back', async () => {
    const { router, badges } = setup();
    expect(await router.handle({ type: 'page-report', report }, content)).toEqual({ ok: true, value: true });
    expect(badges).toEqual([[7, '2']]);
    expect(await router.handle({ type: 'get-tab', tabId: 7 }, popup)).toEqual({ ok: true, value: report });
  });

  test('the per-tab result survives a restarted worker (a new router over the same storage)', async () => {
    const first = setup();
    await first.router.handle({ type: 'page-report', report }, content);
    const again = new Router({
      extensionId: 'backstory-id',
      extensionOrigin: 'chrome-extension://backstory-id/',
      index: seedIndex(),
      store: new TabStore(first.area),
      setBadge: async () => undefined,
      sendToTab: async () => undefined,
      inject: async () => undefined,
      log: () => undefined,
      pause: async () => undefined,
    });
    expect(await again.handle({ type: 'get-tab', tabId: 7 }, popup)).toEqual({ ok: true, value: report });
  });

  test('messages from other extensions, from pages, or of the wrong shape are rejected with a reason and change nothing', async () => {
    const { router, area, logs, badges } = setup();
    const cases: [unknown, Runtime.MessageSender][] = [
      [
        { type: 'page-report', report },
        { ...content, id: 'evil-extension' },
      ],
      [{ type: 'page-report', report }, popup],
      [{ type: 'get-tab', tabId: 7 }, content],
      [{ type: 'page-report', report: { ...report, claims: 'all of them' } }, content],
      [{ type: 'page-report', report: { ...report, status: 'pwned' } }, content],
      [{ type: 'delete-everything' }, content],
      ['page-report', content],
      [null, content],
    ];
    for (const [message, sender] of cases) {
      const reply = await router.handle(message, sender);
      expect(reply.ok).toBe(false);
    }
    expect(area.data).toEqual({});
    expect(badges).toEqual([]);
    expect(logs).toHaveLength(cases.length);
    expect(logs.every((l) => l.startsWith('Backstory: rejected a message: '))).toBe(true);
  });

  test('a story page sent to be matched gets back its claims by paragraph, each as the reader sees it, and only those', async () => {
    const { router, pauses } = setup();
    const story = seedIndex().stories[0]!;
    const paragraphs = devPage('pos-a1-wire-facebook-bank-data-report.txt');
    const reply = await router.handle({ type: 'match', ids: [story.id], paragraphs }, content);
    expect(reply.ok).toBe(true);
    const match = (reply as { value: PageView }).value;
    expect(match.storyId).toBe(story.id);
    expect(match.subject).toBe('Facebook');
    expect(match.claims.length).toBeGreaterThan(3);
    expect(match.claims.every((c) => c.paragraph < paragraphs.length)).toBe(true);
    // A card per found claim, with its first outlet and the denial that answers a report; no other claim's text.
    expect(new Set(match.views.map((v) => v.id))).toEqual(new Set(match.claims.map((c) => c.claimId)));
    expect(match.views.some((v) => v.firstOutlet === 'The Wall Street Journal')).toBe(true);
    expect(match.views.some((v) => v.kind === 'report' && v.answers.some((a) => a.official))).toBe(true);
    expect(JSON.stringify(match).length).toBeLessThan(JSON.stringify(story).length / 4);
    expect(pauses.count).toBeGreaterThan(0);
  });

  test('a near-topic page, or a story the index does not know, is matched to nothing', async () => {
    const { router } = setup();
    const story = seedIndex().stories[0]!;
    const nearTopic = await router.handle(
      { type: 'match', ids: [story.id], paragraphs: devPage('neg-hard-2-bank-messenger-chatbot.txt') },
      content,
    );
    expect(nearTopic).toEqual({ ok: true, value: null });
    const unknown = await router.handle(
      { type: 'match', ids: ['other'], paragraphs: devPage('pos-a1-wire-facebook-bank-data-report.txt') },
      content,
    );
    expect(unknown).toEqual({ ok: true, value: null });
  });

  test('a page too big to be an article, or a match asked for by an extension page, is refused before any matching', async () => {
    const { router, logs, pauses } = setup();
    const ids = [seedIndex().stories[0]!.id];
    const cases: [unknown, Runtime.MessageSender][] = [
      [
        {
          type: 'match',
          ids,
          paragraphs: Array.from({ length: 601 }, () => 'Facebook asked banks for data.'),
        },
        content,
      ],
      [{ type: 'match', ids, paragraphs: ['Facebook asked banks for data. '.repeat(400)] }, content],
      [{ type: 'match', ids, paragraphs: Array.from({ length: 50 }, () => 'x'.repeat(9_000)) }, content],
      [{ type: 'match', ids, paragraphs: [42] }, content],
      [{ type: 'match', ids, paragraphs: devPage('pos-a1-wire-facebook-bank-data-report.txt') }, popup],
    ];
    for (const [message, sender] of cases) expect((await router.handle(message, sender)).ok).toBe(false);
    expect(logs).toHaveLength(cases.length);
    expect(pauses.count).toBe(0);
  });

  test('focus-claim from the popup is forwarded to the tab', async () => {
    const { router, sent } = setup();
    await router.handle({ type: 'focus-claim', tabId: 7, paragraph: 2, claimId: 'c2' }, popup);
    expect(sent).toEqual([[7, { type: 'focus-claim', paragraph: 2, claimId: 'c2' }]]);
  });
});
