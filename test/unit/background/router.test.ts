import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { Router } from '../../../src/background/router.ts';
import { TabStore, type StorageArea } from '../../../src/background/tab-store.ts';
import { parseTextPage } from '../../../src/cli/text-page.ts';
import type { PageView } from '../../../src/view/describe.ts';
import { fail, ok, type Result } from '../../../src/extension/contract.ts';
import type { TabContract } from '../../../src/extension/messages.ts';
import type { ClaimIndex } from '../../../src/model/types.ts';
import { ROOT, seedIndex } from '../helpers.ts';

function memoryArea(): StorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (k) => (k === null ? { ...data } : k in data ? { [k]: data[k] } : {}),
    set: async (items) => void Object.assign(data, items),
    remove: async (k) => void delete data[k],
  };
}

function setup(
  area = memoryArea(),
  index: Result<ClaimIndex> = ok(seedIndex()),
  pause: () => Promise<void> = async () => undefined,
) {
  const badges: [number, number][] = [];
  /** The sites the reader turned the highlights off for, and the tabs whose button says so. */
  const off = new Set<string>();
  const dimmed: number[] = [];
  const sent: [number, string, unknown][] = [];
  const logs: string[] = [];
  const pauses = { count: 0 };
  const opened: (string | null)[] = [];
  /** How often the settings were read for a badge. */
  const reads = { count: 0 };
  /** The tabs the full script was injected into, and whether the stylesheet went in with it. */
  const injected: [number, 'in-page' | 'if-missing'][] = [];
  const router = new Router({
    extensionId: 'backstory-id',
    extensionOrigin: 'chrome-extension://backstory-id/',
    index,
    store: new TabStore(area),
    showCount: async (tabId, claims, highlights) => {
      badges.push([tabId, claims]);
      if (!highlights) dimmed.push(tabId);
    },
    highlightsOn: async (url) => (reads.count++, !off.has(new URL(url).host)),
    tab: (tabId) => async (name, payload) => {
      sent.push([tabId, name, payload]);
      return ok(true) as Result<TabContract[typeof name]['reply']>;
    },
    inject: async (tabId, css) => void injected.push([tabId, css]),
    openStory: async (claimId) => void opened.push(claimId),
    log: (r) => void logs.push(r),
    pause: () => (pauses.count++, pause()),
  });
  return { area, badges, off, dimmed, sent, logs, router, pauses, opened, reads, injected };
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
const STORY_PAGE = 'pos-a1-wire-facebook-bank-data-report.txt';
const storyId = (): string => seedIndex().stories[0]!.id;

describe('background message handling', () => {
  test('a story page matched is kept as its tab’s result, counted on the badge, and the popup reads it back', async () => {
    const { router, badges } = setup();
    const reply = await router.handle(
      { type: 'match', ids: [storyId()], paragraphs: devPage(STORY_PAGE) },
      content,
    );
    const view = (reply as { value: PageView }).value;
    expect(badges).toEqual([[7, new Set(view.claims.map((c) => c.claimId)).size]]);
    expect(await router.handle({ type: 'get-tab', tabId: 7 }, popup)).toEqual({
      ok: true,
      value: { url: content.url, status: 'story', view, overlay: false },
    });
    // Only the page knows whether it drew the overlay.
    expect(await router.handle({ type: 'overlay', shown: true }, content)).toEqual({ ok: true, value: true });
    expect(await router.handle({ type: 'get-tab', tabId: 7 }, popup)).toMatchObject({
      value: { overlay: true },
    });
  });

  test('the button of a story tab says when the reader turns the highlights off for its site, and again when on', async () => {
    const { router, badges, off, dimmed } = setup();
    await router.handle({ type: 'match', ids: [storyId()], paragraphs: devPage(STORY_PAGE) }, content);
    // A page with no story, in another tab: nothing to say on its button.
    await router.handle({ type: 'no-story' }, { ...content, tab: { ...content.tab!, id: 8 } });
    const claims = badges[0]?.[1] ?? 0;
    expect(claims).toBeGreaterThan(0);
    expect(dimmed).toEqual([]);
    off.add('news.example');
    await router.settingsChanged();
    expect(dimmed).toEqual([7]);
    expect(badges.at(-1)).toEqual([7, claims]);
    off.clear();
    await router.settingsChanged();
    expect([dimmed, badges.at(-1), badges.length]).toEqual([[7], [7, claims], 4]);
    // A page matched while they are off says so from the start.
    off.add('news.example');
    await router.handle({ type: 'match', ids: [storyId()], paragraphs: devPage(STORY_PAGE) }, content);
    expect(dimmed).toEqual([7, 7]);
  });

  test('a page the gate found nothing on is kept as no story, with no badge and no settings read for it', async () => {
    const { router, badges, reads } = setup();
    expect(await router.handle({ type: 'no-story', url: 'https://evil.example/' }, content)).toEqual(
      ok(true),
    );
    expect(badges).toEqual([[7, 0]]);
    // An empty badge looks the same with the highlights on or off: every page the reader opens
    // reports no story, and none costs a storage read.
    expect(reads.count).toBe(0);
    expect(await router.handle({ type: 'get-tab', tabId: 7 }, popup)).toEqual(
      ok({ url: content.url, status: 'no-story', view: null, overlay: false }),
    );
    // The popup names the story the page is not about.
    expect(await router.handle({ type: 'followed-stories' }, popup)).toEqual(
      ok(seedIndex().stories.map((s) => ({ title: s.title, broke: s.broke, subject: 'Facebook' }))),
    );
  });

  test('a gate passing after the popup read the page leaves its result; a new page in the tab starts again', async () => {
    const { router } = setup();
    await router.handle({ type: 'match', ids: [storyId()], paragraphs: devPage(STORY_PAGE) }, content);
    expect(await router.handle({ type: 'gate-passed' }, content)).toEqual(ok(true));
    expect(await router.handle({ type: 'get-tab', tabId: 7 }, popup)).toMatchObject({
      value: { status: 'story' },
    });
    expect(
      await router.handle({ type: 'gate-passed' }, { ...content, url: 'https://news.example/b' }),
    ).toEqual(ok(true));
    expect(await router.handle({ type: 'get-tab', tabId: 7 }, popup)).toMatchObject({
      value: { url: 'https://news.example/b', status: 'analysing' },
    });
  });

  test('a passed gate has the full script injected without the stylesheet it brought; the popup’s request brings one if the page lacks it', async () => {
    // Adding a stylesheet restyles the whole page: a page the gate passed has the highlights' already.
    const { router, injected } = setup();
    await router.handle({ type: 'gate-passed' }, content);
    await router.handle({ type: 'analyse-tab', tabId: 9 }, popup);
    expect(injected).toEqual([
      [7, 'in-page'],
      [9, 'if-missing'],
    ]);
  });

  test('the per-tab result survives a restarted worker (a new router over the same storage)', async () => {
    const first = setup();
    await first.router.handle({ type: 'match', ids: [storyId()], paragraphs: devPage(STORY_PAGE) }, content);
    const kept = await first.router.handle({ type: 'get-tab', tabId: 7 }, popup);
    expect(kept).toMatchObject({ ok: true, value: { status: 'story' } });
    expect(await setup(first.area).router.handle({ type: 'get-tab', tabId: 7 }, popup)).toEqual(kept);
  });

  test('with a damaged index, nothing is matched and the popup is told why', async () => {
    const { router } = setup(memoryArea(), fail('the claim index is damaged (no stories)'));
    for (const [message, sender] of [
      [{ type: 'match', ids: [storyId()], paragraphs: ['Facebook asked banks for data.'] }, content],
      [{ type: 'gate-passed' }, content],
      [{ type: 'get-tab', tabId: 7 }, popup],
      [{ type: 'followed-stories' }, popup],
    ] as const)
      expect(await router.handle(message, sender)).toEqual(fail('the claim index is damaged (no stories)'));
  });

  test.each<[string, unknown, Runtime.MessageSender]>([
    ['another extension', { type: 'no-story' }, { ...content, id: 'evil-extension' }],
    ['a content message from an extension page', { type: 'no-story' }, popup],
    ['a popup message from a page', { type: 'get-tab', tabId: 7 }, content],
    ['a malformed overlay report', { type: 'overlay', shown: 'yes' }, content],
    ['a malformed tab id', { type: 'get-tab', tabId: -1 }, popup],
    ['an unknown type', { type: 'delete-everything' }, content],
    ['a bare string', 'no-story', content],
    ['null', null, content],
  ])('%s is rejected with a reason and changes nothing', async (_, message, sender) => {
    const { router, area, logs, badges } = setup();
    expect((await router.handle(message, sender)).ok).toBe(false);
    expect(area.data).toEqual({});
    expect(badges).toEqual([]);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/^Backstory: rejected a message: /);
  });

  test('a story page sent to be matched gets back its claims by paragraph, each as the reader sees it, and only those', async () => {
    const { router, pauses } = setup();
    const story = seedIndex().stories[0]!;
    const paragraphs = devPage(STORY_PAGE);
    const reply = await router.handle({ type: 'match', ids: [story.id], paragraphs }, content);
    expect(reply.ok).toBe(true);
    const match = (reply as { value: PageView }).value;
    expect(match.storyId).toBe(story.id);
    expect(match.subject).toBe('Facebook');
    expect(match.title).toBe(story.title);
    expect(match.claims.length).toBeGreaterThan(3);
    expect(match.claims.every((c) => c.paragraph < paragraphs.length)).toBe(true);
    // A card per found claim, with its first outlet and the denial that answers a report; no other claim's text.
    expect(new Set(match.views.map((v) => v.id))).toEqual(new Set(match.claims.map((c) => c.claimId)));
    expect(match.views.some((v) => v.firstOutlet === 'The Wall Street Journal')).toBe(true);
    expect(match.views.some((v) => v.kind === 'report' && v.answers.some((a) => a.official))).toBe(true);
    expect(JSON.stringify(match).length).toBeLessThan(JSON.stringify(story).length / 4);
    expect(pauses.count).toBeGreaterThan(0);
  });

  test('an index whose tables do not fit its claims still matches, and the worker says so', async () => {
    const index = JSON.parse(JSON.stringify(seedIndex())) as ClaimIndex;
    const story = index.stories[0]!;
    // Every claim unit said to weigh nothing, which would recognise no story page: a build gone wrong.
    if (story.lookup !== undefined) story.lookup.weightOf = story.lookup.weightOf.map(() => 0);
    const { router, logs } = setup(memoryArea(), ok(index));
    const reply = await router.handle(
      { type: 'match', ids: [story.id], paragraphs: devPage(STORY_PAGE) },
      content,
    );
    expect((reply as { value: PageView }).value.claims.length).toBeGreaterThan(3);
    expect(logs.some((l) => l.includes(story.id) && l.includes('made again'))).toBe(true);
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
      { type: 'match', ids: ['other'], paragraphs: devPage(STORY_PAGE) },
      content,
    );
    expect(unknown).toEqual({ ok: true, value: null });
  });

  test('of two matches in one tab, the older finishing last does not overwrite the newer’s result', async () => {
    // The first page's slices wait until released; the page then changed and was matched again.
    let release = (): void => undefined;
    let held: Promise<void> | null = new Promise<void>((resolve) => (release = resolve));
    const { router, badges } = setup(memoryArea(), ok(seedIndex()), () => held ?? Promise.resolve());
    const older = router.handle(
      { type: 'match', ids: [storyId()], paragraphs: devPage(STORY_PAGE) },
      content,
    );
    held = null;
    const newer = await router.handle(
      { type: 'match', ids: [storyId()], paragraphs: devPage('neg-hard-2-bank-messenger-chatbot.txt') },
      content,
    );
    expect(newer).toEqual(ok(null));
    release();
    // The older page still gets its own answer back, but the tab's result is the newer page's.
    expect(await older).toMatchObject({ ok: true, value: { storyId: storyId() } });
    expect(await router.handle({ type: 'get-tab', tabId: 7 }, popup)).toEqual(
      ok({ url: content.url, status: 'no-story', view: null, overlay: false }),
    );
    expect(badges).toEqual([[7, 0]]);
  });

  test('a match still running when its tab closes leaves no result and no count for the closed tab', async () => {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { router, badges, area } = setup(memoryArea(), ok(seedIndex()), () => held);
    const running = router.handle(
      { type: 'match', ids: [storyId()], paragraphs: devPage(STORY_PAGE) },
      content,
    );
    // The background's tabs.onRemoved: the store forgets the tab, the router its latest match.
    router.tabClosed(7);
    release();
    expect(await running).toMatchObject({ ok: true, value: { storyId: storyId() } });
    expect(area.data).toEqual({});
    expect(badges).toEqual([]);
  });

  const ids = [seedIndex().stories[0]!.id];
  test.each<[string, unknown, Runtime.MessageSender]>([
    [
      'more than 600 paragraphs',
      { type: 'match', ids, paragraphs: Array.from({ length: 601 }, () => 'Facebook asked banks for data.') },
      content,
    ],
    [
      'a paragraph over 10,000 characters',
      { type: 'match', ids, paragraphs: ['Facebook asked banks for data. '.repeat(400)] },
      content,
    ],
    [
      'over 400,000 characters in all',
      { type: 'match', ids, paragraphs: Array.from({ length: 50 }, () => 'x'.repeat(9_000)) },
      content,
    ],
    ['a paragraph that is not text', { type: 'match', ids, paragraphs: [42] }, content],
    [
      'a match asked for by an extension page',
      { type: 'match', ids, paragraphs: ['Facebook asked banks for data.'] },
      popup,
    ],
  ])('%s is refused before any matching', async (_, message, sender) => {
    const { router, logs, pauses } = setup();
    expect((await router.handle(message, sender)).ok).toBe(false);
    expect(logs).toHaveLength(1);
    expect(pauses.count).toBe(0);
  });

  test('focus-claim from the popup is forwarded to the tab', async () => {
    const { router, sent } = setup();
    expect(
      await router.handle({ type: 'focus-claim', tabId: 7, paragraph: 2, claimId: 'c2' }, popup),
    ).toEqual(ok(true));
    expect(sent).toEqual([[7, 'focus-claim', { paragraph: 2, claimId: 'c2' }]]);
  });

  test('a card asks for the full story page at its claim: the background opens it, and only for a content script', async () => {
    const { router, opened } = setup();
    expect(await router.handle({ type: 'open-story', claimId: 'c0ndbrw6' }, content)).toEqual(ok(true));
    expect(await router.handle({ type: 'open-story', claimId: null }, content)).toEqual(ok(true));
    expect(opened).toEqual(['c0ndbrw6', null]);
    expect((await router.handle({ type: 'open-story', claimId: 'c0ndbrw6' }, popup)).ok).toBe(false);
    expect((await router.handle({ type: 'open-story', claimId: 7 }, content)).ok).toBe(false);
    expect(opened).toHaveLength(2);
  });
});
