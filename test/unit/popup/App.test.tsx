// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/extension/settings.ts';
import type { TabResult } from '../../../src/extension/messages.ts';
import { fail, ok, type Result } from '../../../src/extension/contract.ts';
import { describePage, formatDate } from '../../../src/view/describe.ts';
import { App } from '../../../src/popup/App.tsx';
import type { PanelApi, SiteAccess, TabInfo } from '../../../src/popup/api.ts';
import { seedStory } from '../helpers.ts';

afterEach(cleanup);
const story = seedStory();

/**
 * A tab whose page is being read, on a clock the test moves (the polls' seconds are skipped);
 * `answer` sets what the background says from then on.
 */
function beingRead() {
  let result: Result<TabResult> = ok({
    url: 'https://news.example/article',
    status: 'analysing',
    view: null,
    overlay: false,
  });
  vi.useFakeTimers({ shouldAdvanceTime: true });
  onTestFinished(() => void vi.useRealTimers());
  const { api, calls } = fakeApi({});
  api.tabResult = async () => result;
  return { api, calls, answer: (next: Result<TabResult>) => void (result = next) };
}

function fakeApi(over: {
  tab?: TabInfo | null;
  result?: Result<TabResult | null>;
  access?: SiteAccess;
  activeTab?: boolean;
  /** What the reader answers the browser's prompt for a site. */
  grants?: boolean;
  settings?: Settings;
}) {
  const calls = {
    focus: [] as [number, number, string][],
    saved: [] as Settings[],
    storyPage: 0,
    requested: [] as string[],
    analysed: [] as number[],
  };
  let access: SiteAccess = over.access ?? 'all sites';
  const api: PanelApi = {
    currentTab: async () =>
      over.tab === undefined ? { tabId: 3, url: 'https://news.example/article' } : over.tab,
    tabResult: async () => over.result ?? ok(null),
    followedStories: async () => [{ title: story.title, broke: story.broke, subject: story.subject.name }],
    focus: async (t, p, c) => (calls.focus.push([t, p, c]), true),
    settings: async () => over.settings ?? DEFAULT_SETTINGS,
    saveSettings: async (s) => void calls.saved.push(s),
    siteAccess: async () => access,
    setSiteAccess: async (u, on) => {
      calls.requested.push(`${on ? 'grant' : 'give back'} ${u}`);
      if (!on) access = 'none';
      else if (over.grants ?? true) access = 'this site';
      return access !== 'none';
    },
    analyse: async (t) => (calls.analysed.push(t), access !== 'none' || (over.activeTab ?? false)),
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
  test('a story page opens with a summary: who first reported its claims, its paragraphs, the answer once', async () => {
    const reports = story.claims.filter((c) => c.kind === 'report' && c.answeredBy.length > 0).slice(0, 2);
    const { api } = fakeApi({ result: resultWith(reports.map((c) => c.id)) });
    const { container } = render(<App api={api} />);
    await screen.findByText(story.title);
    const summary = container.querySelector('.summary')?.textContent ?? '';
    expect(summary).toMatch(
      /(Both of this page's|1 of this page's 2) claims were first reported by The Wall Street Journal, 6 Aug 2018\./,
    );
    expect(summary).toMatch(
      /Backstory found 2 of this page's 4 paragraphs in the sources; it found no source for the other 2\./,
    );
    // Every report here is answered by the same denial: the popup quotes it once, credited.
    const denial = story.statements.find((s) => reports.some((r) => r.answeredBy.includes(s.claimId)));
    expect(denial).toBeDefined();
    const quoted = (container.textContent ?? '').split(denial?.quote ?? '?').length - 1;
    expect(quoted).toBe(1);
    expect(summary).toMatch(/— Facebook, (statement to [^,]+|official statement|statement), \d+ Aug 2018/);
  });

  test('a story page whose story has no answer shows no quoted answer', async () => {
    const reports = story.claims.filter((c) => c.kind === 'report').slice(0, 2);
    const silent = { ...story, statements: [], claims: story.claims.map((c) => ({ ...c, answeredBy: [] })) };
    const view = describePage(
      silent,
      reports.map((c, i) => ({ paragraph: i, claimId: c.id, score: 0.9 })),
      4,
    );
    const result = ok({ url: 'https://news.example/article', status: 'story' as const, view, overlay: true });
    const { api } = fakeApi({ result });
    const { container } = render(<App api={api} />);
    await screen.findByText(story.title);
    expect(view.answer).toBeNull();
    expect(container.querySelector('.summary')).not.toBeNull();
    expect(container.querySelector('blockquote')).toBeNull();
  });

  test('the claims are grouped by kind in the kinds table’s order, one line each with the first outlet', async () => {
    const pick = (kind: string) => story.claims.filter((c) => c.kind === kind).slice(0, 2);
    const chosen = [...pick('context'), ...pick('response'), ...pick('report')];
    const { api } = fakeApi({ result: resultWith(chosen.map((c) => c.id)) });
    const { container } = render(<App api={api} />);
    await screen.findByText(story.title);
    const headings = [...container.querySelectorAll('.group h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Report 2 claims', 'Response 2 claims', 'Context 2 claims']);
    const first = container.querySelector('.group li.claim');
    expect(first?.textContent).toMatch(/First reported by|Earliest known report|First outlet not known/);
  });

  test('a claim opens to its paragraphs in the article and its answers; clicking it opens its card', async () => {
    const report = story.claims.find((c) => c.kind === 'report' && c.answeredBy.length > 0);
    const other = story.claims.find((c) => c.kind === 'report' && c !== report);
    const seen = report?.appearances.find((a) => a.outlet !== null);
    if (report === undefined || other === undefined || seen === undefined)
      throw new Error('the seeds have answered reports, credited');
    const outlet = story.outlets.find((o) => o.id === seen.outlet)?.name ?? '?';
    const result = ok({
      url: 'https://news.example/article',
      status: 'story' as const,
      view: describePage(
        story,
        [
          {
            paragraph: 2,
            claimId: report.id,
            score: 0.9,
            evidence: [{ seed: seen.seed, quote: seen.quote }],
          },
          { paragraph: 6, claimId: report.id, score: 0.8 },
          { paragraph: 4, claimId: other.id, score: 0.9 },
        ],
        10,
      ),
      overlay: true,
    });
    const { api, calls } = fakeApi({ result });
    const { container } = render(<App api={api} />);
    await screen.findByText(story.title);
    const row = container.querySelector(`li.claim[data-claim="${report.id}"]`) as HTMLElement;
    const toggle = row.querySelector('button.toggle') as HTMLElement;
    const more = row.querySelector('.more') as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    // A screen reader on the toggle hears what it shows, and which claim it opens.
    expect(toggle.getAttribute('aria-label')).toBe('Show where it appears and why it matched');
    expect(document.getElementById(toggle.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      report.text,
    );
    expect(more.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(more.hidden).toBe(false);
    const found = [...more.querySelectorAll('ul.found li')].map((li) => li.textContent);
    // The passage is cited with the article it is from, by headline (never its file), and the outlet
    // it says reported it.
    const article = story.sources.find((a) => a.seed === seen.seed);
    if (article === undefined) throw new Error('a quote from an article the story does not name');
    expect(found).toEqual([
      `Paragraph 3 matches “${seen.quote}” from “${article.headline}”${article.date === null ? '' : ` (${formatDate(article.date)})`}, ${outlet === 'no outlet' ? 'which names no outlet' : `which says ${outlet} reported it`}`,
      'Paragraph 7',
    ]);
    expect(more.textContent).not.toMatch(/\.txt/);
    expect(more.textContent).toMatch(/Answered by Facebook’s statement above|— Facebook/);
    fireEvent.click(screen.getByRole('button', { name: 'Paragraph 7' }));
    expect(calls.focus.at(-1)).toEqual([3, 6, report.id]);
    fireEvent.click(row.querySelector('button.goto') as Element);
    expect(calls.focus.at(-1)).toEqual([3, 2, report.id]);
  });

  test('a claim found in the page’s headline says "Headline", and the paragraphs below it are counted from 1', async () => {
    const claim = story.claims.find((c) => c.kind === 'report');
    if (claim === undefined) throw new Error('no report');
    const view = describePage(
      story,
      [
        { paragraph: 0, claimId: claim.id, score: 0.9 },
        { paragraph: 3, claimId: claim.id, score: 0.9 },
      ],
      6,
      { first: 0, count: 1 },
    );
    const { api, calls } = fakeApi({
      result: ok({ url: 'https://news.example/article', status: 'story', view, overlay: true }),
    });
    const { container } = render(<App api={api} />);
    await screen.findByText(story.title);
    const row = container.querySelector(`li.claim[data-claim="${claim.id}"]`) as HTMLElement;
    fireEvent.click(row.querySelector('button.toggle') as Element);
    expect([...row.querySelectorAll('ul.found li button')].map((b) => b.textContent)).toEqual([
      'Headline',
      'Paragraph 3',
    ]);
    // The page still finds them where they are.
    fireEvent.click(screen.getByRole('button', { name: 'Headline' }));
    expect(calls.focus.at(-1)).toEqual([3, 0, claim.id]);
  });

  test('an opened claim says which outlets the source articles credit, not that they carried it', async () => {
    const claim = story.claims.find((c) => c.kind === 'report' && c.outlets.length > 1);
    if (claim === undefined) throw new Error('the seeds credit two outlets for a report');
    const { api } = fakeApi({ result: resultWith([claim.id]) });
    const { container } = render(<App api={api} />);
    await screen.findByText(story.title);
    const row = container.querySelector(`li.claim[data-claim="${claim.id}"]`) as HTMLElement;
    fireEvent.click(row.querySelector('button.toggle') as Element);
    const others = claim.outlets.slice(1).map((o) => story.outlets.find((x) => x.id === o)?.name);
    expect(row.querySelector('.more')?.textContent).toContain(
      `The source articles say ${others.join(', ')} also reported it`,
    );
    expect(row.textContent).not.toMatch(/carried by/i);
  });

  test('a screen reader hears a short status, not the list', async () => {
    const ids = story.claims.slice(0, 5).map((c) => c.id);
    const { api } = fakeApi({ result: resultWith(ids) });
    const { container } = render(<App api={api} />);
    await screen.findByText(story.title);
    const live = container.querySelectorAll('[role=status], [aria-live]');
    expect(live).toHaveLength(1);
    expect(live[0]?.textContent).toBe('5 claims found in 5 of 7 paragraphs');
    expect(live[0]?.querySelector('li')).toBeNull();
  });

  test('one claim is counted in the singular', async () => {
    const { api } = fakeApi({
      result: resultWith([story.claims.find((c) => c.kind === 'report')?.id ?? '']),
    });
    const { container } = render(<App api={api} />);
    await screen.findByText(story.title);
    expect(container.querySelector('.group h2')?.textContent).toBe('Report 1 claim');
    expect(screen.getByRole('status').textContent).toBe('1 claim found in 1 of 3 paragraphs');
    expect(container.querySelector('.summary')?.textContent).toMatch(
      /This page's one claim|this page's one claim/,
    );
  });

  test('a story with every claim of the index renders every one', async () => {
    const ids = story.claims.map((c) => c.id);
    const { api } = fakeApi({ result: resultWith(ids) });
    const { container } = render(<App api={api} />);
    await screen.findByText(story.title);
    expect(container.querySelectorAll('li.claim')).toHaveLength(ids.length);
  });

  test('a page that is not about the story names the story Backstory follows, says why, and offers the full story', async () => {
    const { api, calls } = fakeApi({
      result: ok({ url: 'https://news.example/article', status: 'no-story', view: null, overlay: false }),
    });
    const { container } = render(<App api={api} />);
    await screen.findByText('Not about the story');
    expect(container.textContent).toMatch(`Backstory follows one story:${story.title}`);
    expect(container.textContent).toMatch(/None of this page’s paragraphs carries one of the story’s claims/);
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

  test('damaged data in the background is reported as such, with what is wrong, to a screen reader too', async () => {
    render(<App api={fakeApi({ result: fail('The claim index lacks its weights or stories') }).api} />);
    await screen.findByText('Backstory’s data is damaged', { selector: 'h1' });
    expect(document.body.textContent).toMatch(/The claim index lacks its weights or stories\. Reinstall/);
    expect(screen.getByRole('status').textContent).toBe('Backstory’s data is damaged');
  });

  test('opened from the button on a site it may not read yet, it reads the page at once (activeTab)', async () => {
    const { api, calls } = fakeApi({ result: ok(null), access: 'none', activeTab: true });
    render(<App api={api} />);
    await screen.findByText('Not analysed yet');
    expect(calls.analysed).toEqual([3]);
    expect(calls.requested).toEqual([]);
  });

  test('while the page is being read the popup looks again, but asks for the page only once', async () => {
    const { api, calls } = fakeApi({ result: ok(null), access: 'this site' });
    render(<App api={api} />);
    await screen.findByText('Not analysed yet');
    // Two or three polls (every 250 ms) go by.
    await new Promise((r) => setTimeout(r, 700));
    expect(calls.analysed).toEqual([3]);
    // "Check again" is the reader asking: the page is read again.
    fireEvent.click(screen.getByText('Check again'));
    await waitFor(() => expect(calls.analysed).toEqual([3, 3]));
  });

  test('a page stuck being read is asked for again by "Check again", not by opening, and the popup looks again', async () => {
    const { api, calls, answer } = beingRead();
    render(<App api={api} />);
    await screen.findByText('Not analysed yet');
    // The page is most likely being read right now: opening the popup does not inject it again.
    expect(calls.analysed).toEqual([]);
    // The quick polls are over after five seconds; the injection failed, or the page's script stopped.
    await vi.advanceTimersByTimeAsync(5500);
    fireEvent.click(screen.getByText('Check again'));
    await waitFor(() => expect(calls.analysed).toEqual([3]));
    // The page answers a little later: the popup, looking again, shows it without another click.
    answer(resultWith([story.claims[0]?.id ?? '']));
    await screen.findByText(story.title);
  });

  test('a page read for longer than the quick polls is shown when it is done, without a click', async () => {
    const { api, calls, answer } = beingRead();
    render(<App api={api} />);
    await screen.findByText('Not analysed yet');
    await vi.advanceTimersByTimeAsync(8_000);
    // A huge page in a tab behind others is read after eight seconds.
    answer(resultWith([story.claims[0]?.id ?? '']));
    await vi.advanceTimersByTimeAsync(2_500);
    await screen.findByText(story.title);
    expect(calls.analysed).toEqual([]);
  });

  test('a site it may not read, without the button’s grant, offers to grant it, then reads the page', async () => {
    const { api, calls } = fakeApi({ result: ok(null), access: 'none', activeTab: false });
    render(<App api={api} />);
    fireEvent.click(await screen.findByText('Allow and check this site'));
    await waitFor(() => expect(calls.requested).toEqual(['grant https://news.example/article']));
    await screen.findByText('Not analysed yet');
    expect(calls.analysed.length).toBeGreaterThanOrEqual(2);
  });

  test('without every site granted, the reader can let Backstory check this one site as pages load, and take it back', async () => {
    const { api, calls } = fakeApi({ result: resultWith([]), access: 'none' });
    render(<App api={api} />);
    const box = (await screen.findByLabelText('Check news.example pages as they load')) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(true));
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(false));
    expect(calls.requested).toEqual([
      'grant https://news.example/article',
      'give back https://news.example/article',
    ]);
  });

  test('a refused prompt leaves the site unchecked; with every site granted there is no per-site choice', async () => {
    const { api } = fakeApi({ result: resultWith([]), access: 'none', grants: false });
    render(<App api={api} />);
    const box = (await screen.findByLabelText(/pages as they load/)) as HTMLInputElement;
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(false));
    cleanup();
    render(<App api={fakeApi({ result: resultWith([]), access: 'all sites' }).api} />);
    await screen.findByLabelText(/on news\.example/);
    expect(screen.queryByLabelText(/pages as they load/)).toBeNull();
  });

  test('the highlights switches save per-site and global settings', async () => {
    const { api, calls } = fakeApi({ result: resultWith([]) });
    render(<App api={api} />);
    fireEvent.click(await screen.findByLabelText(/on news\.example/));
    expect(calls.saved.at(-1)).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
    fireEvent.click(screen.getByLabelText(/on all sites/));
    expect(calls.saved.at(-1)?.enabled).toBe(false);
  });

  test('the switches come before the claims, named "Highlights", the site by one name', async () => {
    const reports = story.claims.filter((c) => c.kind === 'report').slice(0, 3);
    const { api } = fakeApi({ result: resultWith(reports.map((c) => c.id)), access: 'none' });
    const { container } = render(<App api={api} />);
    const site = await screen.findByLabelText(/on news\.example/);
    const reading = await screen.findByLabelText('Check news.example pages as they load');
    const claim = container.querySelector('li.claim');
    expect(claim).not.toBeNull();
    for (const box of [site, reading])
      expect(box.compareDocumentPosition(claim as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelector('fieldset.switches legend')?.textContent).toBe('Highlights');
    expect(container.textContent).not.toMatch(/Overlay/);
    // The switches are a region named "Settings", not the popup's banner landmark.
    expect(screen.getByRole('region', { name: 'Settings' }).contains(site)).toBe(true);
    expect(container.querySelector('header')).toBeNull();
  });

  test('with the highlights off on the site, a note says so above the claims and turns them back on', async () => {
    const reports = story.claims.filter((c) => c.kind === 'report').slice(0, 2);
    const { api, calls } = fakeApi({
      result: resultWith(reports.map((c) => c.id)),
      settings: { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] },
    });
    const { container } = render(<App api={api} />);
    await screen.findByText(
      /Highlights are off on news\.example\. Clicking a claim turns them on to show it in the page\./,
    );
    fireEvent.click(screen.getByText('Turn them on'));
    expect(calls.saved.at(-1)).toEqual({ ...DEFAULT_SETTINGS, disabledSites: [] });
    await waitFor(() => expect(container.textContent).not.toMatch(/Highlights are off/));
  });

  test('with the highlights off, clicking a claim turns them on for the site, then shows the claim once drawn', async () => {
    const reports = story.claims.filter((c) => c.kind === 'report').slice(0, 2);
    const order: string[] = [];
    let drawn = false;
    const { api, calls } = fakeApi({
      result: resultWith(reports.map((c) => c.id)),
      settings: { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] },
    });
    // The page draws its highlights a moment after the switch is saved; until then it shows nothing.
    api.saveSettings = async (s) => {
      order.push('save');
      calls.saved.push(s);
      setTimeout(() => (drawn = true), 150);
    };
    api.focus = async (t, p, c) => {
      order.push(drawn ? 'shown' : 'not yet');
      calls.focus.push([t, p, c]);
      return drawn;
    };
    const { container } = render(<App api={api} />);
    await screen.findByText(/Highlights are off on news\.example/);
    const row = container.querySelector(`li[data-claim="${reports[0]?.id}"] button.goto`);
    if (row === null) throw new Error('no claim row');
    fireEvent.click(row);
    await waitFor(() => expect(order.at(-1)).toBe('shown'));
    expect(order[0]).toBe('save');
    expect(calls.saved.at(-1)).toEqual({ ...DEFAULT_SETTINGS, disabledSites: [] });
    expect(container.textContent).not.toMatch(/Highlights are off/);
    expect(calls.focus.at(-1)?.[2]).toBe(reports[0]?.id);
  });
});
