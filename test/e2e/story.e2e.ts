// The full story page in both browsers: the same timeline in the same order (a total sort, not
// the engine's), each line the index's (no outlet the sources never credit), counted nouns right,
// a search (the claims, their quotes, their articles' headlines and their outlets) and a kind
// filter that narrow the lists, and the index exported as JSON-LD and CSV files made in the page
// (no request); a link by an alias finds its claim, also when only the fragment of the open page
// changes, even when the search hid it; back and forward leave the page where the reader was; a
// claim's quotes are listed under the headlines of the articles they are from, and the claims
// stand apart under their kinds' headings.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Claim, ClaimIndex } from '../../src/model/types.ts';
import { axeViolations } from '../../src/tools/harness/axe.ts';
import { until, type Tab } from '../../src/tools/harness/driver.ts';
import { fixturePages } from '../../src/tools/harness/fixtures.ts';
import { unexpected } from '../../src/tools/harness/proxy.ts';
import { eachBrowser, useSite } from '../../src/tools/harness/site.ts';
import { linkedClaim } from '../../src/tools/harness/story-page.ts';
import { CSV_COLUMNS } from '../../src/view/csv.ts';
import { KINDS } from '../../src/view/kinds.ts';
import { filterClaims, timeline, timelineLine } from '../../src/view/story.ts';

const site = useSite(fixturePages());
const index = JSON.parse(fs.readFileSync(path.resolve('dist/index/claim-index.json'), 'utf8')) as ClaimIndex;
const story = index.stories[0];
if (story === undefined) throw new Error('run npm run build first');

/** A claim's own words: its wording and its quotes, lower-cased. */
const searchable = (c: Claim): string =>
  [c.text, ...c.appearances.map((a) => a.quote)].join(' ').toLowerCase();

const shown = () => [...document.querySelectorAll('li.claim')].map((li) => li.getAttribute('data-claim'));

/**
 * Types into the story page's search as a reader does (the input event the page listens for); with
 * a hash, follows a link to it in the next task, before the next frame.
 */
const typeSearch = ({ query, hash }: { query: string; hash: string | null }): void => {
  const input = document.querySelector('input[type=search]') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  if (hash !== null) setTimeout(() => void (location.hash = hash));
};

/** The claim a link named has focus, in view, and the search that hid it is cleared. */
async function assertRevealed(page: Tab, claimId: string): Promise<void> {
  const target = await linkedClaim(page, `claim-${claimId}`);
  assert.equal(target?.visible, true, 'the claim is in view');
  const search = await page.evaluate(
    () => (document.querySelector('input[type=search]') as HTMLInputElement).value,
    null,
  );
  assert.equal(search, '', 'the search is cleared');
}

eachBrowser(site, (d) => {
  test('the timeline, the search, the kind filter and the exports', async () => {
    const page = await d.extensionPage('src/story/story.html');
    await until(() => page.evaluate(() => document.querySelectorAll('li.claim').length > 0, null));
    const lines = await page.evaluate(
      () =>
        [...document.querySelectorAll('.timeline li')].map((li) => ({
          key: li.getAttribute('data-outlet') ?? li.getAttribute('data-statement'),
          text: li.textContent,
        })),
      null,
    );
    // Every line is the index's: the first report, the outlets the source articles credit (not
    // every outlet story.json lists: none "repeated the story" unseen), the subject's statements.
    assert.deepEqual(
      lines,
      timeline(story).map((e) => {
        const line = timelineLine(e, story.subject.name);
        return { key: e.type === 'outlet' ? e.id : e.claimId, text: `${line.date} — ${line.text}` };
      }),
      'the first report, then outlets and statements in date order, ties by name',
    );
    // "the source articles credit it for 4 claims" read as AFP having said them: an outlet is said
    // to have reported them, in the timeline and under every claim, folded or not ("credit card"
    // is a claim's own words).
    assert.doesNotMatch(
      await page.evaluate(() => document.body.textContent ?? '', null),
      /\bcredit(?:s|ed|ing)?\b(?! card)/i,
      'no outlet is "credited" on the story page',
    );
    const uncredited = story.outlets.filter(
      (o) => !story.claims.some((c) => c.appearances.some((a) => a.outlet === o.id)),
    );
    assert.ok(uncredited.length > 0, 'story.json lists an outlet no source article credits');
    for (const o of uncredited)
      assert.ok(!lines.some((l) => l.text?.includes(o.name)), `${o.name} is not in the timeline`);
    // One clause for what it reported and what of that it reported first, not "the first to report
    // 9 claims", which read as a ranking.
    const wsj = story.claims.filter((c) => c.appearances.some((a) => a.outlet === story.brokeBy));
    const firsts = story.claims.filter((c) => c.kind === 'report' && c.firstReport.outlet === story.brokeBy);
    assert.equal(
      lines[0]?.text,
      `6 Aug 2018 — The Wall Street Journal: the first report of the story; the source articles say it reported ${wsj.length} claims, ${firsts.length} of them first`,
    );
    const text = await page.evaluate(() => document.body.textContent ?? '', null);
    assert.doesNotMatch(text, /\b1 claims\b/);
    assert.equal((await page.evaluate(shown, null)).length, story.claims.length);

    // Typing as a reader does: the input event the page listens for.
    await page.evaluate(typeSearch, { query: 'Citigroup', hash: null });
    const found = await until(async () => {
      const ids = await page.evaluate(shown, null);
      return ids.length < story.claims.length ? ids : null;
    });
    assert.ok(found !== null && found.length > 0, 'the search narrows the list');
    for (const id of found) {
      const c = story.claims.find((x) => x.id === id);
      assert.match([c?.text, ...(c?.appearances.map((a) => a.quote) ?? [])].join(' '), /citigroup/i);
    }

    // An article's headline finds every claim quoted from it, and an outlet's name every claim a
    // passage credits it for, though their own words say neither.
    for (const [query, from] of [
      [
        story.sources[2]?.headline ?? '',
        (c: Claim) => c.appearances.some((a) => a.seed === story.sources[2]?.seed),
      ],
      ['Wall Street Journal', (c: Claim) => c.appearances.some((a) => a.outlet === 'wsj')],
    ] as const) {
      const want = story.claims.filter(from).map((c) => c.id);
      const unsaid = story.claims.filter(
        (c) => want.includes(c.id) && !searchable(c).includes(query.toLowerCase()),
      );
      assert.ok(unsaid.length > 0, `a claim from “${query}” that does not say it`);
      await page.evaluate(typeSearch, { query, hash: null });
      const ids = await until(async (): Promise<(string | null)[] | null> => {
        const now = await page.evaluate(shown, null);
        return want.every((id) => now.includes(id)) ? now : null;
      });
      assert.deepEqual(
        [...(ids ?? [])].sort(),
        filterClaims(story, query, new Set(KINDS.map((k) => k.kind)))
          .map((c) => c.id)
          .sort(),
        `the search for “${query}” shows what the page's model finds`,
      );
    }

    await page.evaluate(() => {
      window.__saved = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        window.__saved.push(blob as Blob);
        return 'blob:captured';
      };
    }, null);
    await page.click('main > section:last-of-type button:nth-of-type(2)');
    const csv = await until(() =>
      page.evaluate(async () => (window.__saved.length > 0 ? await window.__saved[0]?.text() : null), null),
    );
    assert.ok(csv, 'the CSV button made a file');
    assert.equal(csv.trimEnd().split('\r\n').length, story.claims.length + 1);
    assert.equal(csv.split('\r\n')[0], CSV_COLUMNS.join(','), 'the columns, an article column among them');
    await page.click('main > section:last-of-type button:nth-of-type(1)');
    const ld = await until(() =>
      page.evaluate(async () => (window.__saved.length > 1 ? await window.__saved[1]?.text() : null), null),
    );
    assert.ok(ld, 'the JSON-LD button made a file');
    const graph = (
      JSON.parse(ld) as {
        '@graph': {
          '@type': string | string[];
          '@id': string;
          headline?: string;
          appearance?: { isPartOf: { '@id': string } }[];
          comment?: { '@id': string }[];
        }[];
      }
    )['@graph'];
    // A statement that answers reports is a claim and a comment on them: ["Claim", "Comment"].
    const claims = graph.filter((n) => [n['@type']].flat().includes('Claim'));
    const works = new Map(graph.filter((n) => n['@type'] === 'CreativeWork').map((w) => [w['@id'], w]));
    assert.equal(claims.length, story.claims.length);
    assert.equal(works.size, story.sources.length, 'each source article is one node');
    const byId = new Map(graph.map((n) => [n['@id'], n]));
    const answers = claims.flatMap((c) => c.comment ?? []);
    assert.ok(answers.length > 0, 'reports are answered');
    for (const a of answers)
      assert.deepEqual(byId.get(a['@id'])?.['@type'], ['Claim', 'Comment'], 'an answer is a Comment');
    // Each quote is part of an article named by its headline, not a bare file name.
    const headlines = new Set(story.sources.map((a) => a.headline));
    for (const q of claims.flatMap((c) => c.appearance ?? [])) {
      const work = works.get(q.isPartOf['@id']);
      assert.ok(headlines.has(work?.headline ?? ''), `“${String(work?.headline)}” is a source's headline`);
    }
    await page.close();
    assert.deepEqual(unexpected(site.proxy.log), []);
  });

  test("a claim's quotes are listed under their articles' headlines, and each claim stands apart from the next", async () => {
    const core = story.claims.find(
      (c) => new Set(c.appearances.map((a) => a.seed)).size === story.sources.length,
    );
    assert.ok(core !== undefined, 'a claim appears in every source article');
    const page = await d.extensionPage('src/story/story.html');
    await until(() => page.evaluate(() => document.querySelectorAll('li.claim').length > 0, null));
    // A reader opens "Where it appears" with a click.
    await page.click(`li.claim[data-claim="${core.id}"] details.where summary`);
    const seen = await until(() =>
      page.evaluate((id) => {
        const li = document.querySelector(`li.claim[data-claim="${id}"]`);
        const cites = [...(li?.querySelectorAll('.articles > li > cite') ?? [])];
        // Only what is drawn: a closed disclosure's text is in the page but not shown.
        const drawn = cites.filter((c) => (c as HTMLElement).offsetHeight > 0).map((c) => c.textContent);
        return drawn.length > 0 ? drawn : null;
      }, core.id),
    );
    assert.deepEqual(
      seen,
      story.sources.map((a) =>
        a.seed.startsWith('000_') ? `“${a.headline}” (8 Aug 2018, by Melissa Porter)` : `“${a.headline}”`,
      ),
      'each article named by its headline, with its date and byline where story.json knows them',
    );
    assert.doesNotMatch(await page.evaluate(() => document.body.innerText, null), /\.txt\b/);
    // What the disclosure shows passes axe too (a11y.e2e.ts checks the page with it closed).
    assert.deepEqual(await axeViolations(page), [], "the story page with a claim's articles shown");
    const layout = await page.evaluate(() => {
      // No helper functions in here: the test runner's transform would name them with a helper the page lacks.
      const [a, b] = [...document.querySelectorAll('section[data-kind="report"] li.claim')];
      const heading = document.querySelector('section[data-kind="report"] > h2') as Element;
      const text = document.querySelector('li.claim .claim-text') as Element;
      return {
        rule: a ? getComputedStyle(a).borderBottomStyle : 'none',
        gap:
          a && b
            ? (b.querySelector('.claim-head')?.getBoundingClientRect().top ?? 0) -
              a.getBoundingClientRect().bottom
            : 0,
        heading: parseFloat(getComputedStyle(heading).fontSize),
        text: parseFloat(getComputedStyle(text).fontSize),
      };
    }, null);
    assert.notEqual(layout.rule, 'none', 'a rule between two claims');
    assert.ok(layout.gap >= 10, `the next claim starts ${layout.gap} px below the rule`);
    assert.ok(
      layout.heading > layout.text,
      `a kind's heading (${layout.heading} px) stands out of its claims (${layout.text} px)`,
    );
    await page.close();
  });

  test("a source article's own view is listed with its context, marked as not looked for on pages", async () => {
    const opinions = story.claims.filter((c) => c.commentary === true).map((c) => c.id);
    assert.ok(opinions.length > 0, 'the index marks some context as commentary');
    const page = await d.extensionPage('src/story/story.html');
    await until(() => page.evaluate(() => document.querySelectorAll('li.claim').length > 0, null));
    const marked = await page.evaluate(
      () =>
        [...document.querySelectorAll('li.claim')].flatMap((li) => {
          const note = li.querySelector('.commentary') as HTMLElement | null;
          return note === null || note.offsetHeight === 0
            ? []
            : [
                {
                  id: li.getAttribute('data-claim'),
                  kind: li.closest('section')?.getAttribute('data-kind'),
                  note: note.innerText,
                },
              ];
        }),
      null,
    );
    assert.deepEqual(
      marked.map((m) => m.id).sort(),
      [...opinions].sort(),
      'exactly the commentary claims carry the note',
    );
    for (const m of marked) {
      assert.equal(m.kind, 'context', `${m.id} is listed under Context`);
      assert.match(m.note, /own view, not a fact it reports/);
    }
    await page.close();
  });

  test("a statement's line in the timeline opens its claim's entry, in view and focused", async () => {
    const statement = story.statements.find((s) => s.to !== null);
    assert.ok(statement !== undefined, 'a statement given to an outlet');
    const page = await d.extensionPage('src/story/story.html');
    await until(() => page.evaluate(() => document.querySelectorAll('li.claim').length > 0, null));
    await page.click(`.timeline li[data-statement="${statement.claimId}"] a`);
    const target = await linkedClaim(page, `claim-${statement.claimId}`);
    assert.equal(target?.visible, true, 'the claim is in view');
    assert.equal(target?.marked, true, 'the claim is marked as a linked claim is');
    await page.close();
  });

  test('a link naming a claim by an alias (an id an earlier build gave) opens at the claim holding it', async () => {
    const claim = story.claims.find((c) => c.aliases.length > 0);
    const alias = claim?.aliases[0];
    assert.ok(claim !== undefined && alias !== undefined, 'the index has an alias');
    const page = await d.extensionPage(`src/story/story.html#claim-${alias}`);
    const target = await linkedClaim(page);
    assert.equal(target?.id, `claim-${claim.id}`, 'the claim holding the alias has focus');
    assert.equal(target?.visible, true, 'the claim is in view');
    assert.equal(target?.marked, true, 'the claim is marked as a linked claim is');
    await page.close();
  });

  test('a link followed on the open page moves focus to the claim it names, by alias and by id', async () => {
    const [first, other] = story.claims.filter((c) => c.aliases.length > 0);
    const alias = other?.aliases[0];
    assert.ok(first !== undefined && other !== undefined && alias !== undefined, 'two claims have aliases');
    const page = await d.extensionPage(`src/story/story.html#claim-${first.id}`);
    assert.equal((await linkedClaim(page))?.id, `claim-${first.id}`);
    for (const [hash, id, why] of [
      // An alias's anchor takes no focus: the page's own handler moves it.
      [`#claim-${alias}`, other.id, 'moves focus to its claim'],
      // The browser focuses a claim's own entry by itself: a check that the page does not undo it.
      [`#claim-${first.id}`, first.id, "keeps the browser's focus on its claim"],
    ] as const) {
      await page.evaluate((h) => void (location.hash = h), hash);
      const target = await linkedClaim(page, `claim-${id}`);
      assert.equal(target?.id, `claim-${id}`, `${hash} ${why}`);
      assert.equal(target?.visible, true, 'the claim is in view');
      assert.equal(target?.marked, true, 'the claim is marked as a linked claim is');
    }
    await page.close();
  });

  test('back and forward between two linked claims leave the page where the browser restores it', async () => {
    const [a, b] = story.claims;
    assert.ok(a !== undefined && b !== undefined, 'two claims');
    const page = await d.extensionPage(`src/story/story.html#claim-${a.id}`);
    assert.equal((await linkedClaim(page))?.id, `claim-${a.id}`);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight), null);
    await page.evaluate((h) => void (location.hash = h), `#claim-${b.id}`);
    assert.equal((await linkedClaim(page, `claim-${b.id}`))?.id, `claim-${b.id}`);
    await page.evaluate(() => scrollTo(0, 0), null);
    // The page's own scrolls from here on, counted: on a history step the browser puts the page
    // where it restores it (Firefox: where the reader left the entry; Chromium: at the fragment).
    await page.evaluate(() => {
      window.__scrolls = 0;
      const scroll = Element.prototype.scrollIntoView;
      Element.prototype.scrollIntoView = function (this: Element, ...args) {
        window.__scrolls++;
        scroll.apply(this, args);
      };
    }, null);
    for (const [go, id] of [
      ['back', a.id],
      ['forward', b.id],
    ] as const) {
      await page.evaluate((g) => (g === 'back' ? history.back() : history.forward()), go);
      assert.equal((await linkedClaim(page, `claim-${id}`))?.id, `claim-${id}`, `${go}: its claim has focus`);
      // A task queued after the page's own (which the hashchange queued first) has run.
      await page.evaluate(() => new Promise((r) => setTimeout(r)), null);
      assert.equal(await page.evaluate(() => window.__scrolls, null), 0, `${go}: the page did not scroll`);
    }
    await page.close();
  });

  test('a link to a claim the search hides clears the search, not the kinds, and brings the claim into view', async () => {
    // The last kind in the filter is unticked first: the linked claim is of another kind, so the
    // reader's choice of kinds does not hide it and must stay.
    const last = KINDS.length - 1;
    const claim = story.claims.find((c) => c.kind !== KINDS[last]?.kind);
    assert.ok(claim !== undefined, 'a claim');
    const page = await d.extensionPage('src/story/story.html');
    await until(() => page.evaluate(() => document.querySelectorAll('li.claim').length > 0, null));
    const ticked = () =>
      [...document.querySelectorAll<HTMLInputElement>('.kind-choice input')].map((i) => i.checked);
    await page.evaluate(
      (k) => document.querySelectorAll<HTMLInputElement>('.kind-choice input')[k]?.click(),
      last,
    );
    await page.evaluate(typeSearch, { query: 'zzzz', hash: null });
    await until(async () => ((await page.evaluate(shown, null)).length === 0 ? true : null));
    await page.evaluate((h) => void (location.hash = h), `#claim-${claim.id}`);
    await assertRevealed(page, claim.id);
    assert.deepEqual(
      await page.evaluate(ticked, null),
      KINDS.map((_, k) => k !== last),
      'the kinds the reader chose stay as they were',
    );
    const otherKinds = story.claims.filter((c) => c.kind !== KINDS[last]?.kind).length;
    assert.equal(
      (await page.evaluate(shown, null)).length,
      otherKinds,
      'every claim of the ticked kinds shows',
    );
    await page.close();
  });

  test('a link followed in the frame after a keystroke that hid its claim still clears the search and brings it into view', async () => {
    // The task after the keystroke: the list is drawn again without the claim, but the page's
    // effects have not run since (they wait for the next frame), where its listener of the hash
    // once still held the list from before the keystroke.
    const claim = story.claims[0];
    assert.ok(claim !== undefined, 'a claim');
    const page = await d.extensionPage('src/story/story.html');
    await until(() => page.evaluate(() => document.querySelectorAll('li.claim').length > 0, null));
    await page.evaluate(typeSearch, { query: 'zzzz', hash: `#claim-${claim.id}` });
    await assertRevealed(page, claim.id);
    await page.close();
  });
});
