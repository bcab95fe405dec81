// The first-run page: what Backstory does, which story it follows, and the one choice a reader
// makes before it reads anything: click to check a page, or let it check pages as they load.

import { useEffect, useState } from 'preact/hooks';
import type { AccessApi } from '../extension/pages-api.ts';
import type { ClaimIndex } from '../model/types.ts';
import type { Parsed } from '../model/validate.ts';
import { formatDate, outletName } from '../view/describe.ts';
import { count } from '../view/plural.ts';
import { AUTOMATIC_READS, AutomaticSwitch } from '../ui/AutomaticSwitch.tsx';
import { Damaged } from '../ui/Damaged.tsx';

export interface StoryLine {
  title: string;
  summary: string;
  broke: string;
  brokeBy: string;
}

/**
 * The page as the background opens it: the stories of the bundled index once checked, or why it
 * cannot be read (nothing is offered then: a damaged Backstory reads no page).
 */
export function WelcomeApp({ index, api }: { index: Parsed<ClaimIndex>; api: AccessApi }) {
  if (!index.ok)
    return (
      <main>
        <Damaged problem={index.error} />
      </main>
    );
  const stories = index.value.stories.map((s) => ({
    title: s.title,
    summary: s.summary,
    broke: s.broke,
    brokeBy: outletName(s, s.brokeBy) ?? s.brokeBy,
  }));
  return <Welcome stories={stories} api={api} />;
}

export function Welcome({ stories, api }: { stories: StoryLine[]; api: AccessApi }) {
  // What the reader already chose (a site allowed from the popup, the highlights off) before this
  // page was opened again: the text below must not say otherwise (review 22 finding 6).
  const [highlights, setHighlights] = useState(true);
  const [allowed, setAllowed] = useState(0);
  useEffect(() => {
    void api.settings().then((s) => setHighlights(s.enabled));
    const load = (): void => void api.sites().then((sites) => setAllowed(sites.length));
    load();
    return api.onGrantChange(load);
  }, []);
  return (
    <main>
      <h1>Welcome to Backstory</h1>
      <p>
        Backstory tells you where the claims in a news article come from: which outlet reported each one
        first, who repeated it, and what the company concerned said back. It follows{' '}
        {stories.length === 1 ? 'one story' : `${stories.length} stories`}:
      </p>
      {stories.map((s) => (
        <div class="story" key={s.title}>
          <p>
            <strong>{s.title}</strong>
          </p>
          <p>{s.summary}</p>
          <p class="muted">
            Broke on {formatDate(s.broke)} ({s.brokeBy}).
          </p>
        </div>
      ))}
      <h2>How Backstory reads pages</h2>
      <AutomaticSwitch
        api={api}
        explain={(on) => <Reading on={on} highlights={highlights} allowed={allowed} />}
      />
      <p>
        <button class="link" type="button" onClick={() => api.openOptions()}>
          Options
        </button>{' '}
        <span class="muted">(turn the highlights off everywhere, or back on for sites you turned off)</span>
      </p>
    </main>
  );
}

/**
 * How pages are read, as the switch stands (review finding 9: "Right now it reads nothing" stood
 * above "Automatic checking is on"). It says what runs where, and prepares the reader for the
 * browser's prompt, whose wording ("read and change all your data") is the browser's, not ours.
 * `highlights` is the highlights' switch on all sites; `allowed`, the sites allowed one by one.
 */
function Reading({ on, highlights, allowed }: { on: boolean; highlights: boolean; allowed: number }) {
  const draws = highlights
    ? 'draws its highlights on articles about the story'
    : 'draws no highlights while you have them off on all sites';
  // On, the switch's status line says what runs where; this says what the reader will see.
  if (on)
    return <p>Backstory checks pages as they load, on every site, and {draws}. Nothing is sent anywhere.</p>;
  return (
    <>
      <p>
        {allowed === 0
          ? 'Right now Backstory reads no page.'
          : `Right now Backstory reads pages as they load only on the ${allowed === 1 ? 'site' : count(allowed, 'site')} you allowed.`}{' '}
        Click its toolbar button on an article and it checks that one page; from there you can also let it
        check that site’s pages as they load.
      </p>
      <p>
        Or let it check pages as they load, on every site: {AUTOMATIC_READS}. Your browser will ask you to
        confirm, in its own words: Chrome says Backstory could “read and change all your data on all
        websites”, Firefox that it could “access your data for all websites”. Backstory only reads the text of
        pages and {draws}; it sends nothing anywhere.
      </p>
    </>
  );
}
