// The popup panel: what the current tab's article is built on, or why there is nothing to show.

import { useEffect, useState } from 'preact/hooks';
import { answerCredit, formatDate, provenanceLine, type PageView } from '../view/describe.ts';
import { count } from '../view/plural.ts';
import { creditedLine, passageCredit, passageFrom } from '../view/sources.ts';
import { summarise, type ClaimRow } from '../view/summary.ts';
import { paragraphLabel } from '../view/numbering.ts';
import { hostNameOf, overlayOn, setSite, siteOf, type Settings } from '../extension/settings.ts';
import type { FollowedStory } from '../extension/messages.ts';
import { Damaged } from '../ui/Damaged.tsx';
import { HighlightsEverywhere } from '../ui/HighlightsEverywhere.tsx';
import type { PanelApi, SiteAccess, TabInfo } from './api.ts';

type View =
  | { state: 'loading' }
  | { state: 'broken'; problem: string }
  | { state: 'restricted' }
  | { state: 'no-access'; tab: TabInfo & { url: string } }
  | { state: 'pending'; tab: TabInfo }
  | { state: 'no-story'; tab: TabInfo; stories: FollowedStory[] }
  | { state: 'story'; tab: TabInfo; page: PageView };

const readable = (url: string | undefined): url is string =>
  url !== undefined &&
  /^https?:\/\//.test(url) &&
  !/^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)\//.test(url);

/**
 * How the panel asks for the tab's result: on opening (read the page if it has no result yet),
 * "Check again" (read it also when it is stuck being read), or a poll (only look).
 */
type Ask = 'open' | 'again' | 'look';

async function loadView(api: PanelApi, ask: Ask = 'open'): Promise<View> {
  const tab = await api.currentTab();
  if (tab === null || !readable(tab.url)) return { state: 'restricted' };
  const reply = await api.tabResult(tab.tabId);
  if (!reply.ok) return { state: 'broken', problem: reply.error };
  const result = reply.value;
  if (result === null || result.status === 'analysing') {
    // Opening the popup from the button is the reader asking for this page: the browser grants
    // the tab for that click (activeTab), so read it now. A page that loaded before its site was
    // allowed has no result either. A page still "being read" long after may never finish (the
    // injection failed, or the page's script stopped), so "Check again" asks too;
    // opening does not, as the read is most likely under way. The full script keeps one copy
    // per page and reads the page again when asked twice, so asking is safe.
    const wanted = ask === 'again' || (ask === 'open' && result === null);
    if (wanted && !(await api.analyse(tab.tabId)))
      return { state: 'no-access', tab: { ...tab, url: tab.url } };
    return { state: 'pending', tab };
  }
  if (result.view === null) return { state: 'no-story', tab, stories: await api.followedStories() };
  return { state: 'story', tab, page: result.view };
}

export function App({ api }: { api: PanelApi }) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const refresh = (ask: Ask = 'open'): Promise<void> =>
    loadView(api, ask).then(setView, () => setView({ state: 'restricted' }));
  useEffect(() => {
    void refresh();
    void api.settings().then(setSettings);
  }, []);
  // A page being read answers within a second or two: look again until it has, often for the
  // first seconds, then less often, as a huge page or a hidden tab can take longer (and the
  // panel is open only while the reader looks at it).
  const [polls, setPolls] = useState(0);
  useEffect(() => {
    if (view.state !== 'pending') return;
    const timer = setTimeout(
      // Only look: the page was asked for once, and another injection would insert its
      // stylesheet again and have the page matched again. The next look is timed from this one's
      // answer, so a background slow to answer is not asked again meanwhile.
      () => void refresh('look').then(() => setPolls((n) => n + 1)),
      polls < QUICK_POLLS ? QUICK_POLL_MS : SLOW_POLL_MS,
    );
    return () => clearTimeout(timer);
  }, [view, polls]);
  // The highlights are switched per host (port included, as the page's location.host); the reader
  // is shown the host name alone, the same name the reading switch uses.
  const url = 'tab' in view ? view.tab.url : undefined;
  const host = url === undefined ? null : siteOf(url);
  const name = url === undefined ? null : hostNameOf(url);
  const save = (s: Settings): void => {
    setSettings(s);
    void api.saveSettings(s);
  };
  const off = view.state === 'story' && settings !== null && host !== null && !overlayOn(settings, host);
  const turnOn = (): Settings | null =>
    settings === null || host === null ? null : { ...setSite(settings, host, true), enabled: true };
  /**
   * A claim picked in the list is shown in the page. With the highlights off there is nothing to
   * show it with, so the pick turns them on for the site first (a reader who asks to see a claim
   * wants them; review 22 finding 5), then asks until the page has drawn them.
   */
  const show = async (tabId: number, paragraph: number, claimId: string): Promise<void> => {
    const on = off ? turnOn() : null;
    if (on === null) {
      await api.focus(tabId, paragraph, claimId);
      return;
    }
    setSettings(on);
    await api.saveSettings(on);
    // The page hears of the change from the browser's storage and then draws its highlights.
    for (let tries = 0; tries < DRAW_TRIES && !(await api.focus(tabId, paragraph, claimId)); tries++)
      await new Promise((done) => setTimeout(done, DRAW_WAIT_MS));
  };
  return (
    <>
      {/* The switches first, compact: under a long claim list they were out of reach (review finding 16).
          A region named "Settings", not a header: the popup's banner landmark would be its settings
          (review 22 #11); and a landmark still, as everything in the popup is in one (axe's region rule). */}
      <section class="settings" aria-label="Settings">
        {settings !== null && host !== null && name !== null && (
          <fieldset class="switches">
            <legend>Highlights</legend>
            <label>
              <input
                type="checkbox"
                checked={overlayOn(settings, host)}
                disabled={!settings.enabled}
                onChange={(e) => save(setSite(settings, host, e.currentTarget.checked))}
              />{' '}
              on {name}
            </label>
            <HighlightsEverywhere settings={settings} save={save}>
              on all sites
            </HighlightsEverywhere>
          </fieldset>
        )}
        {view.state !== 'no-access' && url !== undefined && host !== null && (
          <SiteReading api={api} url={url} />
        )}
      </section>
      <main>
        {off && settings !== null && (
          // Say so above the claims, and offer them back.
          <p class="note">
            Highlights are off {settings.enabled ? `on ${name}` : 'on all sites'}. Clicking a claim turns them
            on to show it in the page.{' '}
            <button type="button" onClick={() => save(turnOn() ?? settings)}>
              Turn them on
            </button>
          </p>
        )}
        <Body
          view={view}
          api={api}
          onPick={(tabId, paragraph, claimId) => void show(tabId, paragraph, claimId)}
          onRetry={() => {
            // "Check again", or the site just granted: the page is asked for at once, and the
            // quick polls start over.
            setPolls(0);
            void refresh('again');
          }}
        />
        <p role="status" class="visually-hidden">
          {statusOf(view)}
        </p>
      </main>
      <footer>
        <p>
          <button class="link" type="button" onClick={() => api.openStoryPage()}>
            Open the full story
          </button>
        </p>
      </footer>
    </>
  );
}

/**
 * Whether Backstory reads this site's pages as they load, without a click: one site at a time for
 * a reader who has not let it read every site (then there is nothing to choose here).
 */
function SiteReading({ api, url }: { api: PanelApi; url: string }) {
  const [access, setAccess] = useState<SiteAccess | null>(null);
  useEffect(() => void api.siteAccess(url).then(setAccess), [url]);
  if (access === null || access === 'all sites') return null;
  // A refused prompt leaves the box as it was, although the click ticked it.
  const change = (box: HTMLInputElement): void =>
    void api.setSiteAccess(url, box.checked).then((now) => {
      box.checked = now;
      setAccess(now ? 'this site' : 'none');
    });
  return (
    <label class="reading">
      <input type="checkbox" checked={access === 'this site'} onChange={(e) => change(e.currentTarget)} />{' '}
      Check {hostNameOf(url)} pages as they load
    </label>
  );
}

/** What a screen reader hears when the panel settles: a line, never the list. */
function statusOf(view: View): string {
  switch (view.state) {
    case 'loading':
      return '';
    case 'pending':
      return 'This page is not analysed yet';
    case 'story':
      return summarise(view.page).status;
    case 'broken':
      return 'Backstory’s data is damaged';
    default:
      return 'Nothing to show on this page';
  }
}

/** The panel looks for a page being read every 250 ms for five seconds, then every two seconds. */
const QUICK_POLLS = 20;
const QUICK_POLL_MS = 250;
const SLOW_POLL_MS = 2_000;

/** How long a claim picked with the highlights off waits for the page to draw them: 10 × 100 ms. */
const DRAW_TRIES = 10;
const DRAW_WAIT_MS = 100;

function Body({
  view,
  api,
  onRetry,
  onPick,
}: {
  view: View;
  api: PanelApi;
  onRetry(): void;
  onPick(tabId: number, paragraph: number, claimId: string): void;
}) {
  switch (view.state) {
    case 'loading':
      return <p>Loading…</p>;
    case 'broken':
      return <Damaged problem={view.problem} />;
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
            Allow it to read {hostNameOf(view.tab.url)} pages, this one now and others as they load. Nothing
            leaves your browser.
          </p>
          <button
            type="button"
            onClick={() => void api.setSiteAccess(view.tab.url, true).then((granted) => granted && onRetry())}
          >
            Allow and check this site
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
          {view.stories.length > 0 && (
            <>
              <p>
                Backstory follows{' '}
                {view.stories.length === 1 ? 'one story' : count(view.stories.length, 'story', 'stories')}:
              </p>
              <ul class="plain followed">
                {view.stories.map((story) => (
                  <li key={story.title}>
                    <strong>{story.title}</strong>{' '}
                    <span class="muted">(broke {formatDate(story.broke)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p class="muted">
            None of this page’s paragraphs carries one of the story’s claims, so there is nothing to mark
            here.
          </p>
        </>
      );
    case 'story':
      return <StoryPanel page={view.page} onPick={(p, c) => onPick(view.tab.tabId, p, c)} />;
  }
}

function StoryPanel({ page, onPick }: { page: PageView; onPick(paragraph: number, claimId: string): void }) {
  const summary = summarise(page);
  return (
    <>
      <h1>{page.title}</h1>
      <p class="muted">Story broke {formatDate(page.broke)}</p>
      <section class="summary" aria-label="This article against the story">
        <p>{summary.origin}</p>
        <p>{summary.paragraphs}</p>
        {summary.answer !== null && (
          <blockquote class="answer">
            “{summary.answer.quote}”<cite>— {summary.answer.credit}</cite>
          </blockquote>
        )}
      </section>
      {summary.groups.map((g) => (
        <section class="group" key={g.kind.kind} aria-labelledby={`group-${g.kind.kind}`}>
          <h2 id={`group-${g.kind.kind}`}>
            <span class={`kind kind-${g.kind.kind}`}>{g.kind.label}</span> {count(g.rows.length, 'claim')}
          </h2>
          <ul class="claims">
            {g.rows.map((row) => (
              <ClaimLine
                key={row.view.id}
                row={row}
                page={page}
                answered={summary.answer?.claimId ?? null}
                onPick={onPick}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function ClaimLine({
  row,
  page,
  answered,
  onPick,
}: {
  row: ClaimRow;
  page: PageView;
  /** The answer the summary quotes already: named here, not quoted again. */
  answered: string | null;
  onPick(paragraph: number, claimId: string): void;
}) {
  const [open, setOpen] = useState(false);
  const { view, found } = row;
  const more = `more-${view.id}`;
  // Outlets an article's text credits, said apart from the articles the claim was found in.
  const credited = creditedLine(view);
  return (
    <li class={open ? 'claim open' : 'claim'} data-claim={view.id}>
      <div class="line">
        <button
          class="toggle"
          type="button"
          aria-expanded={open}
          aria-controls={more}
          aria-label="Show where it appears and why it matched"
          // The arrow alone says nothing to a reader with a pointer: the name as a tooltip too.
          title="Show where it appears and why it matched"
          aria-describedby={`text-${view.id}`}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
        <button class="goto" type="button" onClick={() => onPick(found[0]?.paragraph ?? 0, view.id)}>
          <span class="text" id={`text-${view.id}`}>
            {view.text}
          </span>
          {provenanceLine(view) !== '' && <span class="first">{provenanceLine(view)}</span>}
        </button>
      </div>
      <div class="more" id={more} hidden={!open}>
        <p>In this article, and why it matched:</p>
        <ul class="plain found">
          {found.map((f) => (
            <li key={f.paragraph}>
              <button class="link" type="button" onClick={() => onPick(f.paragraph, view.id)}>
                {paragraphLabel(page.headline, f.paragraph)}
              </button>
              {f.why === null ? null : (
                <>
                  {' '}
                  matches “{f.why.quote}”{' '}
                  <span class="from muted">
                    {passageFrom(f.why)}, {passageCredit(f.why)}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
        {credited !== '' && <p class="muted">{credited}</p>}
        {view.answers.map((a) =>
          a.claimId === answered ? (
            <p key={a.claimId} class="muted">
              Answered by {page.subject}’s statement above.
            </p>
          ) : (
            <blockquote key={a.claimId} class="answer">
              {a.official ? `“${a.quote}”` : a.quote}
              <cite>— {answerCredit(page.subject, a)}</cite>
            </blockquote>
          ),
        )}
      </div>
    </li>
  );
}
