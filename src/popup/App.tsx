// The popup panel: what the current tab's article is built on, or why there is nothing to show.

import { useEffect, useState } from 'preact/hooks';
import {
  answerCredit,
  firstReportLine,
  formatDate,
  type ClaimView,
  type PageView,
} from '../view/describe.ts';
import { kindOf } from '../view/kinds.ts';
import { overlayOn, setSite, type Settings } from '../extension/settings.ts';
import type { PanelApi, TabInfo } from './api.ts';

type View =
  | { state: 'loading' }
  | { state: 'broken'; problem: string }
  | { state: 'restricted' }
  | { state: 'no-access'; tab: TabInfo & { url: string } }
  | { state: 'pending'; tab: TabInfo }
  | { state: 'no-story'; tab: TabInfo }
  | { state: 'story'; tab: TabInfo; page: PageView };

const readable = (url: string | undefined): url is string =>
  url !== undefined &&
  /^https?:\/\//.test(url) &&
  !/^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)\//.test(url);

export async function loadView(api: PanelApi): Promise<View> {
  const tab = await api.currentTab();
  if (tab === null || !readable(tab.url)) return { state: 'restricted' };
  const reply = await api.tabResult(tab.tabId);
  if (!reply.ok) return { state: 'broken', problem: reply.error };
  const result = reply.value;
  if (result === null || result.status === 'analysing') {
    // Without automatic checking, opening the popup from the button is the reader asking for this
    // page: the browser grants the tab for that click (activeTab), so read it now.
    if (result === null && !(await api.hasAccess(tab.url)) && !(await api.analyse(tab.tabId)))
      return { state: 'no-access', tab: { ...tab, url: tab.url } };
    return { state: 'pending', tab };
  }
  if (result.view === null) return { state: 'no-story', tab };
  return { state: 'story', tab, page: result.view };
}

export function App({ api }: { api: PanelApi }) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const refresh = (): void => void loadView(api).then(setView, () => setView({ state: 'restricted' }));
  useEffect(() => {
    refresh();
    void api.settings().then(setSettings);
  }, []);
  // A page being read answers within a second or two: look again until it has, then stop.
  const [polls, setPolls] = useState(0);
  useEffect(() => {
    if (view.state !== 'pending' || polls >= 20) return;
    const timer = setTimeout(() => {
      setPolls((n) => n + 1);
      refresh();
    }, 250);
    return () => clearTimeout(timer);
  }, [view, polls]);
  const host = 'tab' in view && view.tab.url !== undefined ? new URL(view.tab.url).host : null;
  const save = (s: Settings): void => {
    setSettings(s);
    void api.saveSettings(s);
  };
  return (
    <>
      <main aria-live="polite">
        <Body view={view} api={api} onRetry={refresh} />
      </main>
      <footer>
        {settings !== null && (
          <fieldset class="switches">
            <legend class="muted">Overlay</legend>
            {host !== null && (
              <label>
                <input
                  type="checkbox"
                  checked={overlayOn(settings, host)}
                  disabled={!settings.enabled}
                  onChange={(e) => save(setSite(settings, host, e.currentTarget.checked))}
                />{' '}
                On {host}
              </label>
            )}
            <label>
              <input
                type="checkbox"
                checked={settings.enabled}
                onChange={(e) => save({ ...settings, enabled: e.currentTarget.checked })}
              />{' '}
              On all sites
            </label>
          </fieldset>
        )}
        <p>
          <button class="link" type="button" onClick={() => api.openStoryPage()}>
            Open the full story
          </button>
        </p>
      </footer>
    </>
  );
}

function Body({ view, api, onRetry }: { view: View; api: PanelApi; onRetry(): void }) {
  switch (view.state) {
    case 'loading':
      return <p>Loading…</p>;
    case 'broken':
      return (
        <>
          <h1>Backstory’s data is damaged</h1>
          <p class="muted">{view.problem}. Reinstall the extension to repair it.</p>
        </>
      );
    case 'restricted':
      return (
        <>
          <h1>Backstory can’t read this page</h1>
          <p class="muted">Browser pages, extension stores and local files are off limits to extensions.</p>
        </>
      );
    case 'no-access':
      return (
        <>
          <h1>Backstory has no access to this site</h1>
          <p class="muted">
            Allow it to read pages on {new URL(view.tab.url).host}. Nothing leaves your browser.
          </p>
          <button
            type="button"
            onClick={() =>
              void api.requestAccess(view.tab.tabId, view.tab.url).then((granted) => granted && onRetry())
            }
          >
            Allow on this site
          </button>
        </>
      );
    case 'pending':
      return (
        <>
          <h1>Not analysed yet</h1>
          <p class="muted">The page is still loading, or Backstory has not finished reading it.</p>
          <button type="button" onClick={onRetry}>
            Check again
          </button>
        </>
      );
    case 'no-story':
      return (
        <>
          <h1>Not about the story</h1>
          <p class="muted">This page doesn’t carry claims from the story Backstory follows.</p>
        </>
      );
    case 'story':
      return <StoryPanel page={view.page} onPick={(p, c) => void api.focus(view.tab.tabId, p, c)} />;
  }
}

function StoryPanel({ page, onPick }: { page: PageView; onPick(paragraph: number, claimId: string): void }) {
  // Reading order: by paragraph, one entry per claim (its first place on the page).
  const views = new Map(page.views.map((v) => [v.id, v]));
  const seen = new Set<string>();
  const rows = [...page.claims]
    .sort((a, b) => a.paragraph - b.paragraph || b.score - a.score)
    .filter((c) => !seen.has(c.claimId) && seen.add(c.claimId) !== undefined)
    .map((c) => ({ found: c, view: views.get(c.claimId) }))
    .filter((r): r is { found: typeof r.found; view: ClaimView } => r.view !== undefined);
  return (
    <>
      <h1>{page.title}</h1>
      <p class="muted">Story broke {formatDate(page.broke)}</p>
      <h2>
        {rows.length} claim{rows.length === 1 ? '' : 's'} on this page
      </h2>
      <ol class="claims">
        {rows.map(({ found, view }) => (
          <li class="claim" key={view.id} data-claim={view.id}>
            <button class="goto" type="button" onClick={() => onPick(found.paragraph, view.id)}>
              <span class={`kind kind-${view.kind}`}>{kindOf(view.kind).label}</span>
              <span class="text"> {view.text}</span>
            </button>
            <div class="first">{firstReportLine(view)}</div>
            {view.otherOutlets.length > 0 && (
              <div class="muted">
                and {view.otherOutlets.length} other outlet{view.otherOutlets.length === 1 ? '' : 's'}
              </div>
            )}
            {view.answers.map((a) => (
              <blockquote key={a.claimId} class="answer">
                {a.official ? `“${a.quote}”` : a.quote}
                <cite>— {answerCredit(page.subject, a)}</cite>
              </blockquote>
            ))}
          </li>
        ))}
      </ol>
    </>
  );
}
