// The full content script's orchestration (src/content/reader.ts) with the browser faked: what
// it asks the background, what it draws, what it tells the background. The real-browser tests
// (test/e2e) prove the same features end to end.

import { describe, expect, test } from 'vitest';
import { fail, ok, type Result } from '../../../src/extension/contract.ts';
import type { ContentContract, OverlayState } from '../../../src/extension/messages.ts';
import { headlineLines, PageReader, type OverlayLike, type ReaderDeps } from '../../../src/content/reader.ts';
import type { PageParagraph } from '../../../src/page/extract.ts';
import type { PageView } from '../../../src/view/describe.ts';

const paragraph = (text: string): PageParagraph => {
  const node = { isConnected: true } as Node;
  return { text, element: {} as Element, first: node, last: node, role: 'text' };
};

const VIEW: PageView = {
  storyId: 'story',
  title: 'Facebook asked banks for data',
  broke: '2018-08-06',
  brokeBy: 'The Wall Street Journal',
  subject: 'Facebook',
  paragraphs: 3,
  claims: [{ paragraph: 1, claimId: 'c1', score: 0.9, why: null }],
  views: [],
};

type Sent = { [K in keyof ContentContract]: [K, ContentContract[K]['request']] }[keyof ContentContract];

function fake(over: Partial<ReaderDeps> & { match?: Result<PageView | null>; wanted?: boolean } = {}) {
  const sent: Sent[] = [];
  const drawn: string[] = [];
  const warnings: string[] = [];
  let gates = 0;
  let wanted = over.wanted ?? true;
  let stops = 0;
  let schedules = 0;
  const overlay: OverlayLike = {
    show: (view, paragraphs) => void drawn.push(`show ${view.storyId} over ${paragraphs.length}`),
    focus: () => true,
    focusLegend: () => true,
    describe: () => ({}) as OverlayState,
    schedule: () => void schedules++,
    destroy: () => void drawn.push('destroy'),
  };
  let page = [paragraph('One.'), paragraph('Facebook asked banks for data.')];
  const deps: ReaderDeps = {
    url: () => 'https://news.example/a',
    gateText: async () => 'Facebook banks',
    gate: () => (gates++, ['story']),
    handedOver: null,
    extract: async () => page,
    idle: async () => undefined,
    send: async (name, payload) => {
      sent.push([name, payload] as Sent);
      return (name === 'match' ? (over.match ?? ok(VIEW)) : ok(true)) as never;
    },
    overlayWanted: async () => wanted,
    makeOverlay: () => overlay,
    warn: (m) => void warnings.push(m),
    ...over,
  };
  const reader = new PageReader(deps, () => void stops++);
  return {
    reader,
    sent,
    drawn,
    warnings,
    gates: () => gates,
    stops: () => stops,
    schedules: () => schedules,
    setWanted: (w: boolean) => void (wanted = w),
    setPage: (p: PageParagraph[]) => void (page = p),
  };
}

/** Every promise that can settle has: a read under way has gone as far as it can. */
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A reader whose first match is answered only when `release` is called: a read under way. */
function heldFirstMatch() {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let matches = 0;
  const f = fake({
    send: async (name) => {
      if (name === 'match' && matches++ === 0) await held;
      return (name === 'match' ? ok(VIEW) : ok(true)) as never;
    },
  });
  return { f, release: () => release(), matches: () => matches };
}

describe('the full content script', () => {
  test('its first read takes the gate script’s verdict, has the page matched, draws it and says so', async () => {
    const f = fake({ handedOver: ['story'] });
    await f.reader.analyse();
    expect(f.gates()).toBe(0);
    expect(f.sent).toEqual([
      ['match', { ids: ['story'], paragraphs: ['One.', 'Facebook asked banks for data.'] }],
      ['overlay', { shown: true }],
    ]);
    expect(f.drawn).toEqual(['show story over 2']);
    // Injected without the gate script (the popup's "allow on this site"): it runs the gate itself.
    const g = fake();
    await g.reader.analyse();
    expect(g.gates()).toBe(1);
  });

  test('a page that changed but not its article is not matched again; a changed article is', async () => {
    const f = fake();
    await f.reader.analyse();
    await f.reader.analyse();
    expect(f.sent.filter(([name]) => name === 'match')).toHaveLength(1);
    // What changed may have moved the article (an ad slot above it): the markers are measured again.
    expect(f.schedules()).toBe(1);
    f.setPage([paragraph('One.'), paragraph('Facebook asked banks for data.'), paragraph('More.')]);
    await f.reader.analyse();
    expect(f.sent.filter(([name]) => name === 'match')).toHaveLength(2);
    // The overlay is redrawn, but the background was already told it is drawn.
    expect(f.sent.filter(([name]) => name === 'overlay')).toHaveLength(1);
  });

  test('only what an article may be is sent: overlong paragraphs skipped, 600 paragraphs at most', async () => {
    const f = fake();
    f.setPage([paragraph('x'.repeat(10_001)), ...Array.from({ length: 700 }, (_, i) => paragraph(`P${i}.`))]);
    await f.reader.analyse();
    const [, request] = f.sent[0] as ['match', ContentContract['match']['request']];
    expect(request.paragraphs).toHaveLength(600);
    expect(request.paragraphs[0]).toBe('P0.');
  });

  test('with the overlay switched off nothing is drawn, the background hears so, and switching it on draws it', async () => {
    const f = fake({ wanted: false });
    await f.reader.analyse();
    expect(f.drawn).toEqual([]);
    expect(f.sent.at(-1)).toEqual(['overlay', { shown: false }]);
    f.setWanted(true);
    await f.reader.settingsChanged();
    expect(f.drawn).toEqual(['show story over 2']);
    expect(f.sent.at(-1)).toEqual(['overlay', { shown: true }]);
  });

  test.each<[string, Result<PageView | null>]>([
    ['a page the background does not recognise', ok(null)],
    ['a story page', ok(VIEW)],
  ])(
    '%s that turns into a page without the story’s anchors: overlay removed, background told',
    async (_, match) => {
      const gate = [['story'], []];
      const f = fake({ match, gate: () => gate.shift() ?? [] });
      await f.reader.analyse();
      f.drawn.length = 0;
      f.sent.length = 0;
      await f.reader.analyse();
      expect(f.sent).toEqual(match.ok && match.value !== null ? [['no-story', {}]] : []);
      expect(f.drawn).toEqual(match.ok && match.value !== null ? ['destroy'] : []);
    },
  );

  test('asked again (the popup’s "Check again" injects it once more), it has an unchanged page matched again', async () => {
    const f = fake();
    await f.reader.analyse();
    await f.reader.again();
    expect(f.sent.filter(([name]) => name === 'match')).toHaveLength(2);
    expect(f.drawn).toEqual(['show story over 2', 'show story over 2']);
    // The background's result for the tab may have been cleared since: it hears the overlay's state again.
    expect(f.sent.filter(([name]) => name === 'overlay')).toHaveLength(2);
  });

  test('asked again on a page the gate rejects, it says "no story" again: the popup waiting on it gets an answer', async () => {
    const f = fake({ gate: () => [] });
    await f.reader.analyse();
    await f.reader.again();
    await f.reader.again();
    expect(f.sent).toEqual([
      ['no-story', {}],
      ['no-story', {}],
      ['no-story', {}],
    ]);
  });

  test('injected again by the gate script while the popup’s read is under way, the page is matched once, with the gate’s verdict kept', async () => {
    const { f, release, matches } = heldFirstMatch();
    // The popup injected the script before the page was idle: it runs the gate itself.
    const popup = f.reader.analyse();
    await Promise.resolve();
    // Then the gate script's gate passed, and the background injected the script once more.
    const gated = f.reader.injectedAgain(['story']);
    release();
    await Promise.all([popup, gated]);
    expect(matches()).toBe(1);
    expect(f.drawn).toEqual(['show story over 2']);
    // Once read, the gate script's verdict is a look at the page: its unchanged article is not
    // matched again, and the gate is not run again for it.
    await f.reader.injectedAgain(['story']);
    expect(matches()).toBe(1);
    expect(f.gates()).toBe(1);
    expect(f.schedules()).toBe(1);
    // The reader asking (the popup with no result for the tab) has it matched again.
    await f.reader.injectedAgain(null);
    expect(matches()).toBe(2);
  });

  test('injected again by the gate script while a read that found no story is under way, the page is read again after it', async () => {
    // The popup's read ran the gate before the article arrived, and waits on the background.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const sent: string[] = [];
    let article = false;
    const f = fake({
      gate: () => (article ? ['story'] : []),
      send: async (name) => {
        sent.push(name);
        if (name === 'no-story') await held;
        return (name === 'match' ? ok(VIEW) : ok(true)) as never;
      },
    });
    const popup = f.reader.analyse();
    await Promise.resolve();
    // The article arrives; the gate script's gate passes on it and the script is injected again.
    article = true;
    const gated = f.reader.injectedAgain(['story']);
    release();
    await Promise.all([popup, gated]);
    expect(sent).toEqual(['no-story', 'match', 'overlay']);
    expect(f.drawn).toEqual(['show story over 2']);
  });

  test('a first page without the anchors is reported once as no story', async () => {
    const f = fake({ gate: () => [] });
    await f.reader.analyse();
    await f.reader.analyse();
    expect(f.sent).toEqual([['no-story', {}]]);
  });

  test('when the background refuses or is gone, the script warns once and stops for good', async () => {
    const f = fake({ match: fail('the claim index is damaged') });
    await f.reader.analyse();
    await f.reader.analyse();
    expect(f.warnings).toEqual(['Backstory: disabled on this page (the claim index is damaged).']);
    expect(f.stops()).toBe(1);
    expect(f.sent).toHaveLength(1);
  });

  test('a match reply that arrives after a newer read began is dropped: the newer page is drawn', async () => {
    const { f, release, matches } = heldFirstMatch();
    const older = f.reader.analyse();
    await settled(); // the older read is waiting for its match
    f.setPage([paragraph('One.'), paragraph('Facebook asked banks for data.'), paragraph('More.')]);
    await f.reader.analyse();
    release();
    await older;
    expect(matches()).toBe(2);
    expect(f.drawn).toEqual(['show story over 3']);
    // The newer read's article is the one remembered: reading it again matches nothing more.
    await f.reader.analyse();
    expect(matches()).toBe(2);
  });

  test('an article whose nodes the page replaced with the same text is matched and drawn again', async () => {
    const f = fake();
    const old = [paragraph('One.'), paragraph('Facebook asked banks for data.')];
    f.setPage(old);
    await f.reader.analyse();
    // The page re-rendered its article: same text, new nodes, the old ones detached.
    for (const p of old) (p.first as { isConnected: boolean }).isConnected = false;
    const fresh = [paragraph('One.'), paragraph('Facebook asked banks for data.')];
    f.setPage(fresh);
    await f.reader.analyse();
    expect(f.sent.filter(([name]) => name === 'match')).toHaveLength(2);
    expect(f.drawn).toEqual(['show story over 2', 'show story over 2']);
  });

  test('a read overtaken by a newer one draws nothing', async () => {
    let release = (): void => undefined;
    const first = new Promise<void>((resolve) => (release = resolve));
    let idles = 0;
    const f = fake({ idle: () => (idles++ === 0 ? first : Promise.resolve()) });
    const older = f.reader.analyse();
    await settled(); // the older read is waiting for the page to be idle
    await f.reader.analyse();
    release();
    await older;
    expect(f.sent.filter(([name]) => name === 'match')).toHaveLength(1);
    expect(f.drawn).toEqual(['show story over 2']);
  });
});

/** The first call's answer only once `held` settles (a huge page read in slices), later ones at once. */
function slowFirst(held: Promise<void>) {
  let calls = 0;
  return <T>(value: T): T | Promise<T> => (calls++ === 0 ? held.then(() => value) : value);
}

describe('a read spread over several tasks', () => {
  test.each(['gateText', 'extract'] as const)(
    'one overtaken while its %s was still reading goes no further: no more reading, no match, no drawing',
    async (part) => {
      let release = (): void => undefined;
      const slow = slowFirst(new Promise<void>((resolve) => (release = resolve)));
      let page = [paragraph('One.'), paragraph('Facebook asked banks for data.')];
      let extractions = 0;
      const f = fake(
        part === 'gateText'
          ? { gateText: () => slow('Facebook banks'), extract: () => (extractions++, page) }
          : { extract: () => (extractions++, slow(page)) },
      );
      const older = f.reader.analyse();
      await settled();
      // The page changed meanwhile, and a newer read began.
      page = [...page, paragraph('More.')];
      await f.reader.analyse();
      release();
      await older;
      expect(f.sent.filter(([name]) => name === 'match')).toHaveLength(1);
      expect(f.drawn).toEqual(['show story over 3']);
      expect(extractions).toBe(part === 'gateText' ? 1 : 2);
    },
  );
});

test('a read a newer one overtakes is told to stop reading the page, and the newer one is not', async () => {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const stops: (() => boolean)[] = [];
  const page = [paragraph('One.'), paragraph('Facebook asked banks for data.')];
  const f = fake({
    extract: (stop) => {
      stops.push(stop);
      return stops.length === 1 ? held.then(() => null) : page;
    },
  });
  const older = f.reader.analyse();
  await settled();
  expect(stops.map((stop) => stop())).toEqual([false]);
  await f.reader.analyse();
  expect(stops.map((stop) => stop())).toEqual([true, false]);
  // The older read's extraction stopped (null): it matches and draws nothing.
  release();
  await older;
  expect(f.sent.filter(([name]) => name === 'match')).toHaveLength(1);
  expect(f.drawn).toEqual(['show story over 2']);
});

describe('the headline the page reader sends', () => {
  const line = (role: PageParagraph['role']): Pick<PageParagraph, 'role'> => ({ role });
  test('every line of a headline broken by <br>, as one range; none where the page has none', () => {
    expect(headlineLines([line('headline'), line('headline'), line('text'), line('text')])).toEqual({
      first: 0,
      count: 2,
    });
    // Below a kicker line: the range starts where the headline does.
    expect(headlineLines([line('text'), line('headline'), line('text')])).toEqual({ first: 1, count: 1 });
    expect(headlineLines([line('text'), line('text')])).toBeNull();
  });
});
