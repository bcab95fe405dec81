import { describe, expect, test } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { Router } from '../../../src/background/router.ts';
import { TabStore, type StorageArea } from '../../../src/background/tab-store.ts';
import type { PageReport, TabMessage } from '../../../src/messages.ts';
import { seedIndex } from '../helpers.ts';

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
  const router = new Router({
    extensionId: 'backstory-id',
    extensionOrigin: 'chrome-extension://backstory-id/',
    index: seedIndex(),
    store: new TabStore(area),
    setBadge: async (tabId, text) => void badges.push([tabId, text]),
    sendToTab: async (tabId, m) => void sent.push([tabId, m]),
    inject: async () => undefined,
    log: (r) => void logs.push(r),
  });
  return { area, badges, sent, logs, router };
}

const content = { id: 'backstory-id', tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, url: 'https://news.example/a' } as Runtime.MessageSender;
const popup = { id: 'backstory-id', url: 'chrome-extension://backstory-id/src/popup/popup.html' } as Runtime.MessageSender;
const report: PageReport = { url: 'https://news.example/a', status: 'story', storyId: 'facebook-bank-data-2018', claims: [{ paragraph: 0, claimId: 'c1', score: 1 }, { paragraph: 2, claimId: 'c2', score: 0.7 }], overlay: true };

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
    const again = new Router({ extensionId: 'backstory-id', extensionOrigin: 'chrome-extension://backstory-id/', index: seedIndex(), store: new TabStore(first.area), setBadge: async () => undefined, sendToTab: async () => undefined, inject: async () => undefined, log: () => undefined });
    expect(await again.handle({ type: 'get-tab', tabId: 7 }, popup)).toEqual({ ok: true, value: report });
  });

  test('messages from other extensions, from pages, or of the wrong shape are rejected with a reason and change nothing', async () => {
    const { router, area, logs, badges } = setup();
    const cases: [unknown, Runtime.MessageSender][] = [
      [{ type: 'page-report', report }, { ...content, id: 'evil-extension' }],
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

  test('the content script gets only the stories it asks for', async () => {
    const { router } = setup();
    const reply = await router.handle({ type: 'load-stories', ids: ['facebook-bank-data-2018'] }, content);
    expect(reply.ok && (reply.value as { stories: unknown[] }).stories).toHaveLength(1);
    const none = await router.handle({ type: 'load-stories', ids: ['other'] }, content);
    expect(none.ok && (none.value as { stories: unknown[] }).stories).toHaveLength(0);
  });

  test('focus-claim from the popup is forwarded to the tab', async () => {
    const { router, sent } = setup();
    await router.handle({ type: 'focus-claim', tabId: 7, paragraph: 2, claimId: 'c2' }, popup);
    expect(sent).toEqual([[7, { type: 'focus-claim', paragraph: 2, claimId: 'c2' }]]);
  });
});
