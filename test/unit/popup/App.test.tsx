// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/extension/settings.ts';
import type { TabResult } from '../../../src/extension/messages.ts';
import { fail, ok, type Result } from '../../../src/extension/contract.ts';
import { describePage } from '../../../src/view/describe.ts';
import { App } from '../../../src/popup/App.tsx';
import type { PanelApi, TabInfo } from '../../../src/popup/api.ts';
import { seedStory } from '../helpers.ts';

afterEach(cleanup);
const story = seedStory();

function fakeApi(over: {
  tab?: TabInfo | null;
  result?: Result<TabResult | null>;
  access?: boolean;
  activeTab?: boolean;
}) {
  const calls = {
    focus: [] as [number, number, string][],
    saved: [] as Settings[],
    storyPage: 0,
    requested: [] as string[],
    analysed: [] as number[],
  };
  let access = over.access ?? true;
  const api: PanelApi = {
    currentTab: async () =>
      over.tab === undefined ? { tabId: 3, url: 'https://news.example/article' } : over.tab,
    tabResult: async () => over.result ?? ok(null),
    focus: async (t, p, c) => (calls.focus.push([t, p, c]), true),
    settings: async () => DEFAULT_SETTINGS,
    saveSettings: async (s) => void calls.saved.push(s),
    hasAccess: async () => access,
    analyse: async (t) => (calls.analysed.push(t), over.activeTab ?? false),
    requestAccess: async (_t, u) => (calls.requested.push(u), (access = true)),
    openStoryPage: () => void calls.storyPage++,
  };
  return { api, calls };
}

/** What the background keeps for a tab on which it found these claims, in this order on the page. */
const resultWith = (claimIds: string[]): Result<TabResult> =>
  ok({
    url: 'https://news.example/article',
    status: 'story',
    view: describePage(
      story,
      claimIds.map((claimId, i) => ({ paragraph: claimIds.length - i, claimId, score: 0.9 })),
      claimIds.length + 2,
    ),
    overlay: true,
  });

describe('popup states', () => {
  test('a story page lists its claims in reading order with first outlets and the answering statement', async () => {
    const reports = story.claims.filter((c) => c.kind === 'report' && c.answeredBy.length > 0).slice(0, 3);
    const { api, calls } = fakeApi({ result: resultWith(reports.map((c) => c.id)) });
    const { container } = render(<App api={api} />);
    await screen.findByText(story.title);
    const items = [...container.querySelectorAll('li.claim')];
    // Paragraph numbers run backwards in the report: the list must follow the page, not the report.
    expect(items.map((li) => li.getAttribute('data-claim'))).toEqual(reports.map((c) => c.id).reverse());
    expect(container.textContent).toMatch(/First reported by The Wall Street Journal, 6 Aug 2018/);
    expect(container.querySelectorAll('blockquote.answer').length).toBeGreaterThan(0);
    fireEvent.click(items[0]?.querySelector('button.goto') as Element);
    expect(calls.focus).toEqual([[3, 1, reports[reports.length - 1]?.id]]);
  });

  test('a story with many long claims renders every one', async () => {
    const ids = story.claims.map((c) => c.id);
    const { api } = fakeApi({ result: resultWith(ids) });
    const { container } = render(<App api={api} />);
    await screen.findByText(`${ids.length} claims on this page`);
    expect(container.querySelectorAll('li.claim')).toHaveLength(ids.length);
  });

  test('a page that is not about the story says so and offers the full story', async () => {
    const { api, calls } = fakeApi({
      result: ok({ url: 'https://news.example/article', status: 'no-story', view: null, overlay: false }),
    });
    render(<App api={api} />);
    await screen.findByText('Not about the story');
    fireEvent.click(screen.getByText('Open the full story'));
    expect(calls.storyPage).toBe(1);
  });

  test.each<[string, TabInfo | null, string]>([
    ['a page not analysed yet', { tabId: 1, url: 'https://news.example/article' }, 'Not analysed yet'],
    ['a browser page', { tabId: 1, url: 'chrome://settings/' }, 'Backstory can’t read this page'],
    ['a local file', { tabId: 1, url: 'file:///home/me/a.html' }, 'Backstory can’t read this page'],
    ['no tab at all', null, 'Backstory can’t read this page'],
  ])('%s: the popup says so', async (_, tab, heading) => {
    render(<App api={fakeApi({ tab, result: ok(null) }).api} />);
    await screen.findByText(heading);
  });

  test('damaged data in the background is reported as such, with what is wrong', async () => {
    render(<App api={fakeApi({ result: fail('the claim index is damaged (no stories)') }).api} />);
    await screen.findByText('Backstory’s data is damaged');
    expect(document.body.textContent).toMatch(/the claim index is damaged \(no stories\)\. Reinstall/);
  });

  test('opened from the button on a site it may not read yet, it reads the page at once (activeTab)', async () => {
    const { api, calls } = fakeApi({ result: ok(null), access: false, activeTab: true });
    render(<App api={api} />);
    await screen.findByText('Not analysed yet');
    expect(calls.analysed).toEqual([3]);
    expect(calls.requested).toEqual([]);
  });

  test('a site it may not read, without the button’s grant, offers to grant it, then re-checks', async () => {
    const { api, calls } = fakeApi({ result: ok(null), access: false, activeTab: false });
    render(<App api={api} />);
    fireEvent.click(await screen.findByText('Allow on this site'));
    await waitFor(() => expect(calls.requested).toEqual(['https://news.example/article']));
    await screen.findByText('Not analysed yet');
  });

  test('the overlay switches save per-site and global settings', async () => {
    const { api, calls } = fakeApi({ result: resultWith([]) });
    render(<App api={api} />);
    fireEvent.click(await screen.findByLabelText(/On news\.example/));
    expect(calls.saved.at(-1)).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
    fireEvent.click(screen.getByLabelText(/On all sites/));
    expect(calls.saved.at(-1)?.enabled).toBe(false);
  });
});
