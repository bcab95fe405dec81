// The reading overlay in both browsers: highlights on the paragraphs the engine matched, cards
// with the first outlet and Facebook's statement, keyboard use, hostile pages, SPA navigation.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { OverlayState } from '../../src/extension/messages.ts';
import { until, type Driver, type Tab } from '../../src/tools/harness/driver.ts';
import { DEV_POSITIVES, fixturePages, SEED_FILES } from '../../src/tools/harness/fixtures.ts';
import { unexpected } from '../../src/tools/harness/proxy.ts';
import { checkMatches, eachBrowser, overlayOf, useSite } from '../../src/tools/harness/site.ts';
import { linkedClaim } from '../../src/tools/harness/story-page.ts';
import { escapeHtml, newsPage, seedArticle } from '../../src/tools/harness/pages.ts';
import { parseTextPage } from '../../src/cli/text-page.ts';
import { kindOf } from '../../src/view/kinds.ts';
import { cardKinds, kindsInWords } from '../../src/view/card.ts';
import { apart, contrast, drawnColours } from './drawn.ts';
import type { ClaimIndex, ClaimKind } from '../../src/model/types.ts';

const pages = fixturePages();
// A phone-width layout whose article runs to the window's edges (12 px padding): no margin on
// either side has room for a marker.
const fullBleed = seedArticle('001_ec7be9d70c6859db.txt');
pages['/full-bleed.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>${escapeHtml(fullBleed.title)}</title>
<style>body { margin: 0; font: 17px/1.5 Georgia, serif } article { padding: 0 12px }</style></head>
<body><article><h1>${escapeHtml(fullBleed.title)}</h1>${fullBleed.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article></body></html>`;
// A right-to-left page wider than the window: its overflow, and the article, lie at negative x.
pages['/rtl-wide.html'] = `<!doctype html><html lang="en" dir="rtl"><head><meta charset="utf-8">
<title>${escapeHtml(fullBleed.title)}</title>
<style>body { margin: 0; font: 17px/1.5 Georgia, serif } .wide { width: 2400px; height: 20px }
article { width: 640px; margin-right: 1500px }</style></head>
<body><div class="wide"></div><article><h1>${escapeHtml(fullBleed.title)}</h1>${fullBleed.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article></body></html>`;
// Paragraphs that open alike (two after one long shared lead-in) and one that opens with an
// address longer than a marker's name may be.
const lead = 'In a statement sent to reporters by email on Monday evening, the company said';
pages['/alike.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(fullBleed.title)}</title></head><body><article><h1>${escapeHtml(fullBleed.title)}</h1>${fullBleed.paragraphs
  .map((p, i) =>
    i === 1 || i === 2 ? `${lead}: ${p}` : i === 3 ? `https://example.com/${'a'.repeat(130)} ${p}` : p,
  )
  .map((p) => `<p>${escapeHtml(p)}</p>`)
  .join('')}</article></body></html>`;
// The usual desktop layout: a 640 px column centred in the window.
pages['/centred.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(fullBleed.title)}</title>
<style>body { margin: 0; font: 17px/1.5 Georgia, serif } article { width: 640px; margin: 0 auto }</style></head>
<body><article><h1>${escapeHtml(fullBleed.title)}</h1>${fullBleed.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article></body></html>`;
// An ordinary dark theme (#ccc text on #222): the resting tint must leave its text readable.
pages['/dark.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(fullBleed.title)}</title>
<style>body { margin: 0; font: 17px/1.5 Georgia, serif; background: #222222; color: #cccccc }
article { width: 640px; margin: 0 auto }</style></head>
<body><article><h1>${escapeHtml(fullBleed.title)}</h1>${fullBleed.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article></body></html>`;
// A reader's blog post (dev2) whose paragraph carries Facebook's denial beside the report it answers.
const blog = parseTextPage(
  fs.readFileSync(path.resolve('test/eval/dev2/pages/pos-c12-blog-reader-comments.txt'), 'utf8'),
);
pages['/blog-denial.html'] = newsPage({ title: blog.header.title ?? '', paragraphs: blog.paragraphs });
// Seed 002 with each seed passage the index keeps as its writer's view (commentary) added as a
// paragraph of its own: word for word the seeds' text, and a fact of none.
const opinions = (
  JSON.parse(fs.readFileSync(path.resolve('dist/index/claim-index.json'), 'utf8')) as ClaimIndex
).stories.flatMap((s) =>
  s.claims.filter((c) => c.commentary === true).flatMap((c) => c.appearances.map((a) => a.quote)),
);
const opinionSeed = seedArticle('002_a777bdeee0fb3daa.txt');
pages['/opinion.html'] = newsPage({ ...opinionSeed, paragraphs: [...opinionSeed.paragraphs, ...opinions] });
// A market brief: the share move in ticker notation with the report as its cause, then Facebook's answer.
const tickerLine =
  'Facebook (NASDAQ:FB) +3.5% after a Wall Street Journal report that the company asked big U.S. banks for their customers’ financial data.';
const tickerAnswer =
  'Facebook says it is not actively asking financial services companies for transaction data.';
pages['/ticker.html'] = newsPage({
  title: 'Midday movers',
  paragraphs: [tickerLine, tickerAnswer, 'Oil steady; Treasuries little changed ahead of the jobs report.'],
});
// Facebook's answer with the light clause of its statement ("it's completely opt-in", of linking a
// bank to Messenger) in other words ("entirely optional").
const optInLine =
  'Facebook said it is not actively asking financial services companies for financial transaction data, and that linking a bank account to Messenger is entirely optional.';
pages['/opt-in.html'] = newsPage({
  title: 'Facebook asked banks for customer data, report says',
  paragraphs: [
    'Facebook has asked large U.S. banks to share detailed financial information about their customers, including card transactions and checking account balances, The Wall Street Journal reported.',
    optInLine,
  ],
});
// Near-topic pages that recall the report in one sentence: a podcast's negative question, which
// asks the listener to agree and denies nothing, and a feature's "a year after Facebook denied a
// report that …", the denial's speaker telling the report, not the page's news.
pages['/passing-question.html'] = newsPage({
  title: 'This week: Google, Mastercard and the receipts in your inbox',
  paragraphs: [
    'This week’s episode: Google, Mastercard and the receipts in your inbox.',
    "HOST: Didn't we do basically this exact episode a month ago, when the Journal said Facebook was asking banks for their customers' financial data?",
    'GUEST: We did, and this time it is Google paying for offline sales records.',
  ],
});
pages['/passing-denial.html'] = newsPage({
  title: 'Facebook’s history-clearing tool arrives',
  paragraphs: [
    'Facebook is rolling out a tool that lets people clear the browsing history other sites share with it.',
    'The tool arrives a year after Facebook denied a report that it was asking big banks for their customers’ financial data.',
    'It will reach users in Ireland, South Korea and Spain first.',
  ],
});
const site = useSite(pages);

/** Paragraph indexes the check CLI (same engine, happy-dom) matches on a fixture page. */
function expectedParagraphs(pathname: string): number[] {
  return [...new Set(checkMatches(pages[pathname] ?? '').map((m) => m.paragraph))].sort((a, b) => a - b);
}

/** In the page's own world: the text of each highlighted range, and whether anything else changed. */
const highlighted = () => {
  const out: string[] = [];
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('backstory-'))
        for (const r of h) out.push((r as Range).toString().replace(/\s+/g, ' ').trim());
  }
  for (const el of document.querySelectorAll('[data-backstory-kind]'))
    out.push((el.textContent ?? '').replace(/\s+/g, ' ').trim());
  return { texts: out, hosts: document.querySelectorAll('backstory-overlay').length, title: document.title };
};

async function openStory(d: Driver, pathname: string): Promise<{ tab: Tab; state: OverlayState }> {
  const tab = await d.open(`${site.server.origin}${pathname}`);
  const state = await until(async () => {
    const s = await overlayOf(d, tab).catch(() => null);
    return s !== null && s.markers.length > 0 ? s : null;
  }, 15000);
  assert.ok(state !== null, `${pathname}: overlay drawn`);
  return { tab, state };
}

/** Opens a card as the popup does when the reader picks one of its claims. */
const focusClaim = (d: Driver, tab: Tab, paragraph: number): Promise<unknown> =>
  d.inExtension(
    async ([tabId, p]: [number, number]) =>
      chrome.tabs.sendMessage(tabId, { type: 'focus-claim', paragraph: p, claimId: '' }),
    [tab.tabId, paragraph] as [number, number],
  );

/** The overlay once the card of this paragraph is open, opened as the popup does. */
async function openCard(d: Driver, tab: Tab, paragraph: number): Promise<OverlayState | null> {
  await focusClaim(d, tab, paragraph);
  return until(async () => {
    const now = await overlayOf(d, tab);
    return now?.card?.paragraph === paragraph ? now : null;
  });
}

/** The reader's switch for the overlay, everywhere. */
const setEnabled = (d: Driver, enabled: boolean): Promise<unknown> =>
  d.inExtension(
    async (on: boolean) =>
      chrome.storage.local.set({ settings: { version: 1, enabled: on, disabledSites: [] } }),
    enabled,
  );

/** Seed 001 at 1280×800, its nth marker, that marker's paragraph, and a point on the marker. */
async function atMarker(d: Driver, nth: number) {
  const { tab, state } = await openStory(d, '/seed/001_ec7be9d70c6859db.html');
  await tab.viewport(1280, 800);
  const m = state.markers[nth];
  assert.ok(m !== undefined, `marker ${nth}`);
  const para = (await overlayOf(d, tab))?.paragraphs.find((p) => p.paragraph === m.paragraph)?.rect;
  assert.ok(para !== undefined);
  // The marker sits in the paragraph's left margin, level with its first line.
  const at: [number, number] = [para.left - 6 - 17, para.top + 11];
  return { tab, m, para, at };
}

const paragraphsOf = (pathname: string): string[] => {
  const html = pages[pathname] ?? '';
  // The article's lines: its paragraphs and its headline, which is read and matched like them.
  return [...html.matchAll(/<(p|h1)>([^<]*)<\/\1>/g)].map((m) =>
    (m[2] ?? '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  );
};

eachBrowser(site, (d) => {
  test('seed and dev articles: exactly the paragraphs the engine matches are highlighted and marked', async () => {
    for (const pathname of [
      ...SEED_FILES.map((f) => `/seed/${f.replace('.txt', '')}.html`),
      ...DEV_POSITIVES.map((f) => `/dev/${f.replace('.txt', '')}.html`),
    ]) {
      const expected = expectedParagraphs(pathname);
      if (expected.length === 0) {
        // Not recognised by the engine (the dev set's loosest paraphrase): no overlay either.
        const tab = await d.open(`${site.server.origin}${pathname}`);
        await new Promise((r) => setTimeout(r, 2000));
        assert.equal((await tab.evaluate(highlighted, null)).hosts, 0, `${pathname}: no overlay`);
        await tab.close();
        continue;
      }
      const { tab, state } = await openStory(d, pathname);
      assert.deepEqual(
        state.markers.map((m) => m.paragraph).sort((a, b) => a - b),
        expected,
        `${pathname}: markers`,
      );
      const { texts } = await tab.evaluate(highlighted, null);
      const article = paragraphsOf(pathname);
      for (const t of texts)
        assert.ok(
          article.some((p) => p.replace(/\s+/g, ' ').trim() === t),
          `${pathname}: highlight is an article paragraph: ${t.slice(0, 60)}`,
        );
      assert.equal(texts.length, expected.length, `${pathname}: one highlight per matched paragraph`);
      await tab.close();
    }
  });

  test('a paragraph that only repeats a source article’s opinion, word for word, is not highlighted; the article’s facts are', async () => {
    assert.ok(opinions.length > 0, 'the index keeps some seed sentences as commentary');
    const { tab } = await openStory(d, '/opinion.html');
    const { texts } = await tab.evaluate(highlighted, null);
    const article = paragraphsOf('/opinion.html');
    assert.ok(
      texts.some((t) => opinionSeed.paragraphs.some((p) => p.replace(/\s+/g, ' ').trim() === t)),
      'the seed’s own paragraphs are highlighted',
    );
    for (const o of opinions) {
      const text = o.replace(/\s+/g, ' ').trim();
      assert.ok(article.includes(o), `the page holds "${text.slice(0, 50)}…" as a paragraph`);
      assert.ok(!texts.includes(text), `not highlighted: "${text.slice(0, 50)}…"`);
    }
    await tab.close();
  });

  test('a market brief that recalls the report as its share move’s cause and gives Facebook’s answer is the story: both lines highlighted', async () => {
    const { tab } = await openStory(d, '/ticker.html');
    const { texts } = await tab.evaluate(highlighted, null);
    assert.ok(texts.includes(tickerLine), 'the ticker line is highlighted');
    assert.ok(texts.includes(tickerAnswer), 'the answer is highlighted');
    assert.ok(!texts.some((t) => t.startsWith('Oil steady')), 'the market line is not');
    await tab.close();
  });

  test('Facebook’s answer that also calls linking a bank optional opens a card for the light clause of its statement, “and it’s completely opt-in”', async () => {
    const { tab, state } = await openStory(d, '/opt-in.html');
    const { texts } = await tab.evaluate(highlighted, null);
    assert.ok(texts.includes(optInLine), 'the answer is highlighted');
    const cards: string[] = [];
    for (const m of state.markers) {
      const open = await openCard(d, tab, m.paragraph);
      cards.push(open?.card?.text ?? '');
    }
    assert.ok(
      cards.some((c) => c.includes('completely opt-in')),
      `a card gives the opt-in part: ${JSON.stringify(cards)}`,
    );
    await tab.close();
  });

  test('at rest a marked paragraph keeps the page’s own background but for a faint tint, with a rule in its kind’s colour beside it; the one whose card is open takes the full colour', async () => {
    const { tab, m } = await atMarker(d, 1);
    const kind = m.kind as ClaimKind;
    const full = kindOf(kind).colour;
    /** The paragraph's background, the page's background beside it, and its margin rule as drawn. */
    const look = async () => {
      const s = await overlayOf(d, tab);
      const p = s?.paragraphs.find((q) => q.paragraph === m.paragraph)?.rect;
      assert.ok(p !== undefined);
      const [paragraph, page, rule] = await drawnColours(tab, [
        // Its first line, where the text runs full width (the background behind the glyphs).
        { top: p.top + 2, bottom: p.top + 18, left: p.left + 4, right: p.right - 120 },
        // Left of the markers, in the page's own margin.
        { top: p.top + 2, bottom: p.bottom - 2, left: p.left - 80, right: p.left - 60 },
        // The rule's middle column, between the marker and the text.
        { top: p.top + 30, bottom: p.bottom - 2, left: p.left - 4, right: p.left - 3 },
      ]);
      return { paragraph: paragraph ?? '', page: page ?? '', rule: rule ?? '' };
    };
    const rest = await look();
    assert.ok(
      apart(rest.paragraph, rest.page) <= 40 && apart(rest.paragraph, full) >= 8,
      `at rest, a faint tint (${rest.paragraph}) on the page (${rest.page}), not the full ${full}`,
    );
    const rule = kindOf(kind).mark;
    assert.ok(apart(rest.rule, rule) <= 3, `the rule in ${rule} (drawn ${rest.rule})`);
    assert.ok(await openCard(d, tab, m.paragraph), 'its card opens');
    await new Promise((r) => setTimeout(r, 200));
    const open = await look();
    assert.ok(
      apart(open.paragraph, full) <= 3,
      `with its card open, the full ${full} (drawn ${open.paragraph})`,
    );
    // Escape closes the card and leaves focus on its marker: the reader is still on it.
    await tab.press('Escape');
    assert.equal(await until(async () => ((await overlayOf(d, tab))?.card === null ? true : null)), true);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal((await overlayOf(d, tab))?.focused, m.paragraph, 'focus on its marker');
    assert.ok(apart((await look()).paragraph, full) <= 3, 'so still in the full colour');
    // A click in the page's margin takes focus off the overlay: back to the tint.
    const p = (await overlayOf(d, tab))?.paragraphs.find((q) => q.paragraph === m.paragraph)?.rect;
    assert.ok(p !== undefined);
    await tab.clickAt(p.left - 70, p.top + 10);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal((await look()).paragraph, rest.paragraph, 'focus gone, back to the tint');
    await tab.close();
  });

  test('on a dark page (#ccc on #222) a resting paragraph is tinted, and its text still reads at 4.5:1', async () => {
    const { tab, state } = await openStory(d, '/dark.html');
    await tab.viewport(1280, 800);
    await new Promise((r) => setTimeout(r, 300));
    const s = await overlayOf(d, tab);
    const p = s?.paragraphs.find((q) => q.paragraph === state.markers[1]?.paragraph)?.rect;
    assert.ok(p !== undefined && p.top > 0 && p.bottom < 800, 'a marked paragraph in the window');
    const [paragraph, page] = await drawnColours(tab, [
      { top: p.top + 2, bottom: p.top + 18, left: p.left + 4, right: p.right - 120 },
      { top: p.top + 2, bottom: p.bottom - 2, left: p.left - 80, right: p.left - 60 },
    ]);
    assert.ok(paragraph !== undefined && page !== undefined);
    assert.ok(apart(paragraph, page) >= 4, `tinted (${paragraph}), not the page's own ${page}`);
    const ratio = contrast(paragraph, '#cccccc');
    assert.ok(ratio >= 4.5, `#ccc on the tint ${paragraph}: ${ratio.toFixed(2)}:1`);
    await tab.close();
  });

  test('a card opens from the keyboard with the first outlet and Facebook\u2019s statement, and Escape closes it', async () => {
    const { tab, state } = await openStory(d, '/seed/001_ec7be9d70c6859db.html');
    assert.equal(state.card, null, 'no card before the reader asks');
    // Tab until focus reaches the first marker, as a keyboard reader would.
    let focused: number | null = null;
    for (let i = 0; i < 60 && focused === null; i++) {
      await tab.press('Tab');
      focused = (await overlayOf(d, tab))?.focused ?? null;
    }
    assert.notEqual(focused, null, 'a marker is reachable with Tab');
    await tab.press('Enter');
    const open = await until(async () => (await overlayOf(d, tab))?.card ?? null);
    assert.ok(open !== null, 'Enter opens the card');
    assert.equal(open.paragraph, focused);
    assert.match(open.text, /First reported by The Wall Street Journal, 6 Aug 2018/);
    assert.match(open.text, /— Facebook/);
    const marker = (await overlayOf(d, tab))?.markers.find((m) => m.paragraph === focused);
    assert.equal(marker?.expanded, true, 'the marker says its card is open');
    const para = (await overlayOf(d, tab))?.paragraphs.find((p) => p.paragraph === focused)?.rect;
    assert.ok(para !== undefined);
    const overlaps =
      open.rect.top < para.bottom &&
      open.rect.bottom > para.top &&
      open.rect.left < para.right &&
      open.rect.right > para.left;
    assert.equal(overlaps, false, 'the card does not cover its paragraph');
    await tab.press('Escape');
    const closed = await until(async () => ((await overlayOf(d, tab))?.card === null ? true : null));
    assert.equal(closed, true, 'Escape closes the card');
    assert.equal((await overlayOf(d, tab))?.focused, focused, 'focus returns to the marker');
    await tab.close();
  });

  test('every card at 1280×800 has a heading with its kind and first outlet, a bounded height, and stays inside the window', async () => {
    const { tab, state } = await openStory(d, '/seed/001_ec7be9d70c6859db.html');
    await tab.viewport(1280, 800);
    // A card of several claims of one kind names the outlet too; of several kinds, each kind.
    const kinds =
      /^[RSBC](Reports?|Statements?|Bank’s response|Banks’ responses|Context)((( and |, )[RSBC](reports?|statements?|bank’s response|banks’ responses|context))+|( · (first reported by .+|first outlet not known|.+ to .+|said by .+|.+’s official statement)))?$/;
    const headings: string[] = [];
    for (const m of state.markers) {
      await focusClaim(d, tab, m.paragraph);
      const card = await until(async () => {
        const c = (await overlayOf(d, tab))?.card;
        return c?.paragraph === m.paragraph ? c : null;
      });
      assert.ok(card !== null, `paragraph ${m.paragraph}: card opened`);
      assert.match(card.heading, kinds, `paragraph ${m.paragraph}: heading`);
      headings.push(card.heading);
      const height = await tab.evaluate(() => innerHeight, null);
      assert.ok(
        card.rect.bottom - card.rect.top <= 440,
        `paragraph ${m.paragraph}: height ${card.rect.bottom - card.rect.top}`,
      );
      assert.ok(
        card.rect.top >= 0 && card.rect.bottom <= height,
        `paragraph ${m.paragraph}: ${card.rect.top}–${card.rect.bottom} inside 0–${height}`,
      );
      assert.ok(
        card.rect.left >= 0 && card.rect.right <= 1280,
        `paragraph ${m.paragraph}: inside the window's width`,
      );
    }
    // The article's headline carries the story's first report and a context claim: both head it.
    assert.equal(headings[0], 'RReport and Ccontext');
    await tab.close();
  });

  test('hovering markers opens their cards but leaves the caret in the page’s text field', async () => {
    const { tab, state } = await openStory(d, '/seed/001_ec7be9d70c6859db.html');
    await tab.viewport(1280, 800);
    await tab.evaluate(() => {
      const field = document.createElement('textarea');
      field.id = 'reader-notes';
      field.style.cssText = 'position: fixed; top: 4px; right: 4px; width: 200px; height: 40px';
      document.body.append(field);
      field.focus();
    }, null);
    const [a, b] = state.markers;
    assert.ok(a !== undefined && b !== undefined, 'two markers');
    for (const m of [a, b]) {
      // The marker sits in the paragraph's left margin, level with its first line.
      const para = (await overlayOf(d, tab))?.paragraphs.find((p) => p.paragraph === m.paragraph)?.rect;
      assert.ok(para !== undefined);
      await tab.hover(para.left - 6 - 17, para.top + 11);
      const opened = await until(async () => (await overlayOf(d, tab))?.card?.paragraph === m.paragraph);
      assert.equal(opened, true, `hovering marker ${m.paragraph} opens its card`);
    }
    await tab.type('notes');
    const field = await tab.evaluate(
      () => ({
        value: (document.getElementById('reader-notes') as HTMLTextAreaElement).value,
        focused: document.activeElement?.id ?? '',
      }),
      null,
    );
    assert.deepEqual(field, { value: 'notes', focused: 'reader-notes' });
    await tab.close();
  });

  test('a hovered card closes when the pointer leaves it; a clicked one stays until clicked shut', async () => {
    const { tab, m, para, at } = await atMarker(d, 0);
    const cardOpen = async () => (await overlayOf(d, tab))?.card?.paragraph === m.paragraph;
    await tab.hover(...at);
    assert.equal(await until(cardOpen), true, 'hovering the marker opens its card');
    // Into the card, across the gap: it stays while the pointer is on it.
    const card = (await overlayOf(d, tab))?.card?.rect;
    assert.ok(card !== undefined);
    await tab.hover((card.left + card.right) / 2, card.top + 20);
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(await cardOpen(), true, 'the card stays while the pointer is on it');
    // Away, onto the page's own text, and resting there: it closes.
    await tab.hover(para.left + 40, para.bottom - 4);
    assert.equal(
      await until(async () => ((await overlayOf(d, tab))?.card === null ? true : null), 2000),
      true,
      'the card closes once the pointer rests on the page’s text',
    );
    // Clicked open, it stays where the pointer goes, and a second click on the marker shuts it.
    await tab.clickAt(...at);
    assert.equal(await until(cardOpen), true, 'a click opens the card');
    await tab.hover(para.left + 40, para.bottom - 4);
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(await cardOpen(), true, 'a clicked card stays when the pointer leaves');
    await tab.clickAt(...at);
    assert.equal(
      await until(async () => ((await overlayOf(d, tab))?.card === null ? true : null)),
      true,
      'clicking its marker again closes it',
    );
    await tab.close();
  });

  test('a hovered card stays open while a slow pointer crosses its paragraph to it', async () => {
    const { tab, m, at: from } = await atMarker(d, 2);
    const cardOpen = async () => (await overlayOf(d, tab))?.card?.paragraph === m.paragraph;
    await tab.hover(...from);
    assert.equal(await until(cardOpen), true, 'hovering the marker opens its card');
    const card = (await overlayOf(d, tab))?.card?.rect;
    assert.ok(card !== undefined);
    assert.ok(card.left - from[0] > 500, `the card is a column away (${card.left - from[0]} px)`);
    // In a straight line to the card's heading, as a hand on a mouse goes, in about 0.8 s.
    const to: [number, number] = [card.left + 60, card.top + 20];
    const started = Date.now();
    for (let i = 1; i <= 40; i++) {
      await tab.hover(from[0] + ((to[0] - from[0]) * i) / 40, from[1] + ((to[1] - from[1]) * i) / 40);
      // A step every 20 ms, however long the browser takes to move the pointer.
      await new Promise((r) => setTimeout(r, Math.max(0, started + i * 20 - Date.now())));
    }
    const took = Date.now() - started;
    assert.equal(await cardOpen(), true, `the card is there when the pointer arrives (${took} ms)`);
    await new Promise((r) => setTimeout(r, 600));
    assert.equal(await cardOpen(), true, 'and stays while the pointer is on it');
    await tab.close();
  });

  test('a hovered card closes while the pointer keeps moving in the text beside it', async () => {
    const { tab, m, para, at } = await atMarker(d, 0);
    await tab.hover(...at);
    assert.equal(await until(async () => (await overlayOf(d, tab))?.card?.paragraph === m.paragraph), true);
    // Reading on in the paragraph, the hand nudging the mouse now and then, never toward the card.
    const started = Date.now();
    let open = true;
    for (let i = 0; open && Date.now() - started < 4000; i++) {
      await tab.hover(para.left + 40 + (i % 2) * 3, para.bottom - 4);
      await new Promise((r) => setTimeout(r, 150));
      open = (await overlayOf(d, tab))?.card != null;
    }
    assert.equal(open, false, `the card closed (after ${Date.now() - started} ms)`);
    await tab.close();
  });

  test('a clicked card closes on a click elsewhere in the page and on an Escape the page leaves alone; the page always sees its Escape', async () => {
    const { tab, m, para, at } = await atMarker(d, 0);
    const card = async () => (await overlayOf(d, tab))?.card?.paragraph ?? null;
    const closed = async () => until(async () => ((await card()) === null ? true : null));
    // The page's own dialog, which Escape closes (and says so, as pages do), and a count of the
    // Escapes that reach the page.
    await tab.evaluate(() => {
      const w = window as unknown as { escapes: number };
      w.escapes = 0;
      const modal = document.createElement('div');
      modal.id = 'page-modal';
      modal.style.cssText = 'position: fixed; top: 8px; right: 8px; display: none';
      const field = document.createElement('input');
      field.id = 'page-search';
      modal.append(field);
      document.body.append(modal);
      document.addEventListener('keydown', (e) => {
        if (e.key !== 'Escape') return;
        w.escapes++;
        if (modal.style.display === 'none') return;
        modal.style.display = 'none';
        e.preventDefault();
      });
    }, null);
    const escapes = () => tab.evaluate(() => (window as unknown as { escapes: number }).escapes, null);
    const openModal = () =>
      tab.evaluate(() => {
        (document.getElementById('page-modal') as HTMLElement).style.display = 'block';
        (document.getElementById('page-search') as HTMLElement).focus();
      }, null);
    const modalOpen = () =>
      tab.evaluate(() => (document.getElementById('page-modal') as HTMLElement).style.display, null);
    await tab.clickAt(...at);
    assert.equal(await until(async () => (await card()) === m.paragraph), true, 'a click opens the card');
    const box = (await overlayOf(d, tab))?.card?.rect;
    assert.ok(box !== undefined);
    await tab.clickAt((box.left + box.right) / 2, box.top + 12);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await card(), m.paragraph, 'a click in the card keeps it');
    // Into the article's text, left of the card.
    await tab.clickAt(para.left + 40, para.bottom - 4);
    assert.equal(await closed(), true, 'a click elsewhere in the page closes it');
    await tab.clickAt(...at);
    assert.equal(await until(async () => (await card()) === m.paragraph), true, 'opened again');
    // The page's dialog opened over it, focus in its field: Escape closes the dialog only.
    await openModal();
    await tab.press('Escape');
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual([await escapes(), await modalOpen()], [1, 'none'], 'the page’s dialog had that Escape');
    assert.equal(await card(), m.paragraph, 'and the card stays');
    // Focus still in the page, nothing there wants Escape: it closes the card, and the page sees it.
    await tab.press('Escape');
    assert.equal(await closed(), true, 'the next Escape closes the card');
    assert.equal(await escapes(), 2, 'the page saw that one too');
    // A card only hovered: the page's dialog gets its Escape all the same.
    await tab.hover(at[0], at[1] - 40);
    await tab.hover(...at);
    assert.equal(await until(async () => (await card()) === m.paragraph), true, 'hovering opens the card');
    await openModal();
    await tab.press('Escape');
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual([await escapes(), await modalOpen()], [3, 'none'], 'with a hovered card open too');
    await tab.close();
  });

  test('a clicked card stays with its paragraph as the page scrolls: level with it once there is room, out of the window with it', async () => {
    const { tab, state } = await openStory(d, '/seed/001_ec7be9d70c6859db.html');
    await tab.viewport(1280, 800);
    await tab.evaluate(() => scrollTo(0, 0), null);
    // A marker low in the window: its card, too tall to open level with it, stands on the window's bottom.
    const low = await until(async () =>
      ((await overlayOf(d, tab))?.markers ?? state.markers).find((x) => x.rect.top > 500 && x.rect.top < 700),
    );
    assert.ok(low !== undefined, 'a marker low in the window');
    await tab.clickAt((low.rect.left + low.rect.right) / 2, (low.rect.top + low.rect.bottom) / 2);
    const where = async () => {
      const s = await overlayOf(d, tab);
      const para = s?.paragraphs.find((p) => p.paragraph === low.paragraph)?.rect;
      return s?.card?.paragraph === low.paragraph && para !== undefined ? { card: s.card.rect, para } : null;
    };
    assert.ok(await until(where), 'a click opens its card');
    // The reader scrolls the paragraph up to read it: the card comes level with it.
    await tab.evaluate(() => scrollBy(0, 300), null);
    const level = await until(async () => {
      const w = await where();
      return w !== null && Math.abs(w.card.top - w.para.top) <= 2 ? w : null;
    }, 3000);
    assert.ok(level !== null, `level with its paragraph after scrolling (${JSON.stringify(await where())})`);
    // Further, until the paragraph is far above the window: the card has gone with it.
    await tab.evaluate(() => scrollBy(0, 1200), null);
    const gone = await until(async () => {
      const w = await where();
      // Its top at the paragraph's last line, the way it went.
      return w !== null && w.card.bottom < 0 && Math.abs(w.card.top - w.para.bottom) <= 2 ? w : null;
    }, 3000);
    assert.ok(gone !== null, `out of the window with its paragraph (${JSON.stringify(await where())})`);
    // Back: still open, beside its paragraph, inside the window.
    await tab.evaluate(() => scrollBy(0, -1200), null);
    const back = await until(async () => {
      const w = await where();
      return w !== null && Math.abs(w.card.top - w.para.top) <= 2 && w.card.bottom <= 800 ? w : null;
    }, 3000);
    assert.ok(back !== null, `back with it (${JSON.stringify(await where())})`);
    await tab.close();
  });

  /** Seed 001 with a same-origin frame of this body placed by this CSS, drawn; its marker 0's card clicked open. */
  async function withFrame(body: string, css: string) {
    const { tab, m, at } = await atMarker(d, 0);
    await tab.evaluate(
      ([html, style]: [string, string]) => {
        const frame = document.createElement('iframe');
        frame.id = 'embed';
        frame.srcdoc = `<!doctype html><body style="margin:0;background:#eee">${html}</body>`;
        frame.style.cssText = `position: fixed; border: 0; ${style}`;
        document.body.append(frame);
      },
      [body, css] as [string, string],
    );
    const loaded = await until(() =>
      tab.evaluate(
        () =>
          (document.getElementById('embed') as HTMLIFrameElement).contentDocument?.body?.firstChild != null,
        null,
      ),
    );
    assert.equal(loaded, true, 'the frame is drawn');
    await tab.clickAt(...at);
    const card = async () => (await overlayOf(d, tab))?.card?.paragraph ?? null;
    assert.equal(await until(async () => (await card()) === m.paragraph), true, 'a click opens the card');
    return { tab, card };
  }

  test('a clicked card closes on a click inside an embedded frame, as on one in the page', async () => {
    // An embed in the window's top left corner, clear of the article's first paragraph and its
    // card: a press there reaches the frame's own document, never this one's listeners.
    const { tab, card } = await withFrame(
      '<p>An embedded video</p>',
      'top: 10px; left: 10px; width: 200px; height: 120px',
    );
    await tab.clickAt(110, 70);
    assert.equal(
      await until(async () => ((await card()) === null ? true : null), 3000),
      true,
      'a click in the frame closes it',
    );
    await tab.close();
  });

  test('a clicked card stays open when the page’s own script focuses an embedded frame', async () => {
    // A chat or comment widget in the window's bottom right corner, away from the pointer.
    const { tab, card } = await withFrame(
      '<input id="q">',
      'bottom: 60px; right: 10px; width: 200px; height: 60px',
    );
    const open = await card();
    // The widget focuses its field, as one that got a message might: the reader did nothing.
    const focused = await tab.evaluate(() => {
      const frame = document.getElementById('embed') as HTMLIFrameElement;
      (frame.contentDocument?.getElementById('q') as HTMLInputElement).focus();
      return document.activeElement === frame;
    }, null);
    assert.equal(focused, true, 'focus went into the frame');
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await card(), open, 'the card is still open');
    await tab.close();
  });

  test('the legend is on screen and names all four kinds, each in words beside its letter', async () => {
    const { tab, state } = await openStory(d, '/seed/001_ec7be9d70c6859db.html');
    await tab.viewport(1280, 800);
    const legend = (await overlayOf(d, tab))?.legend ?? state.legend;
    assert.ok(legend !== null, 'a legend');
    const size = await tab.evaluate(() => ({ w: innerWidth, h: innerHeight }), null);
    assert.ok(
      legend.rect.top >= 0 && legend.rect.bottom <= size.h,
      `vertically on screen: ${JSON.stringify(legend.rect)}`,
    );
    assert.ok(
      legend.rect.left >= 0 && legend.rect.right <= size.w,
      `horizontally on screen: ${JSON.stringify(legend.rect)}`,
    );
    for (const kind of ['report', 'statement', 'response', 'context'])
      assert.match(legend.text, new RegExp(kind));
    // Each swatch's letter, then its words: one of them begins with the letter ("B response" did not).
    for (const [, letter, words] of legend.text.matchAll(/([RSBC])([a-z’ ]+?)(?=[RSBC]|–|\+|$)/g))
      assert.ok(
        (words ?? '').split(' ').some((w) => w.startsWith((letter ?? '').toLowerCase())),
        `“${letter}” read as “${words}”: ${legend.text}`,
      );
    assert.match(legend.text, /B ?bank’s response/);
    await tab.close();
  });

  test('a one-claim card is headed by its kind alone, named once; a card of several is headed by a known first outlet', async () => {
    const { tab, state } = await openStory(d, '/seed/001_ec7be9d70c6859db.html');
    const times = (text: string, word: string): number => text.split(word).length - 1;
    let singles = 0;
    let several = 0;
    for (const m of state.markers) {
      const card = (await openCard(d, tab, m.paragraph))?.card;
      assert.ok(card != null, `paragraph ${m.paragraph}: card`);
      const label =
        /^[RSBC](Report|Statement|Bank’s response|Banks’ response|Context)/.exec(card.heading)?.[1] ?? '';
      const outlets = [...card.text.matchAll(/(?:First reported by|Said by) (.+?), \d/g)].map(
        (x) => x[1] ?? '',
      );
      if (/ 1 claim:/.test(m.label)) {
        singles++;
        assert.equal(
          card.heading,
          `${card.heading[0]}${label}`,
          `paragraph ${m.paragraph}: the kind alone heads it`,
        );
        assert.equal(times(card.text, label), 1, `paragraph ${m.paragraph}: “${label}” once: ${card.text}`);
      } else {
        several++;
        if (outlets.length > 0)
          assert.doesNotMatch(card.heading, /not known/, `paragraph ${m.paragraph}: a known outlet heads it`);
      }
    }
    assert.ok(singles > 0 && several > 0, `cards of one claim (${singles}) and of several (${several})`);
    await tab.close();
  });

  test('a card of several kinds is headed by each kind its claims are, and its marker is named by them', async () => {
    const index = JSON.parse(
      fs.readFileSync(path.resolve('dist/index/claim-index.json'), 'utf8'),
    ) as ClaimIndex;
    const kindOfClaim = new Map(index.stories.flatMap((s) => s.claims.map((c) => [c.id, c.kind] as const)));
    const pathname = '/seed/001_ec7be9d70c6859db.html';
    // What the check CLI finds in each paragraph: its claims' kinds, told apart from the overlay.
    const found = new Map<number, ClaimKind[]>();
    for (const m of checkMatches(pages[pathname] ?? '')) {
      const kind = kindOfClaim.get(m.claimId);
      if (kind !== undefined) found.set(m.paragraph, [...(found.get(m.paragraph) ?? []), kind]);
    }
    const { tab, state } = await openStory(d, pathname);
    let mixed = 0;
    for (const m of state.markers) {
      const kinds = cardKinds(found.get(m.paragraph) ?? []);
      if (kinds.length < 2) continue;
      mixed++;
      const card = (await openCard(d, tab, m.paragraph))?.card;
      assert.ok(card != null, `paragraph ${m.paragraph}: card`);
      // Each chip's letter runs into its word in the heading's text: "RReports and Ccontext".
      const heading = kindsInWords(
        kinds.map((k, i) => ({
          ...k,
          word: `${k.style.letter}${i === 0 ? `${k.word.charAt(0).toUpperCase()}${k.word.slice(1)}` : k.word}`,
        })),
      );
      assert.equal(card.heading, heading, `paragraph ${m.paragraph}: heading`);
      assert.equal(m.label.split(/, \d+ claims?:/)[0], `Backstory, ${kindsInWords(kinds)}`, 'its marker');
    }
    assert.ok(mixed > 0, 'a paragraph with claims of several kinds');
    await tab.close();
  });

  test('a card of several claims of one kind is headed in the plural, and credits every claim’s speaker or none', async () => {
    const index = JSON.parse(
      fs.readFileSync(path.resolve('dist/index/claim-index.json'), 'utf8'),
    ) as ClaimIndex;
    const story = index.stories[0];
    assert.ok(story !== undefined, 'the built index');
    const outletName = new Map(story.outlets.map((o) => [o.id, o.name]));
    // Who the index credits each claim to: its speaker, else its first outlet (null: not known).
    const creditOf = new Map(
      story.claims.map((c) => [
        c.id,
        { kind: c.kind, by: c.speaker ?? outletName.get(c.firstReport.outlet ?? '') ?? null },
      ]),
    );
    let several = 0;
    // pos-a3 carries Wells Fargo's and U.S. Bancorp's responses in one paragraph.
    for (const pathname of [
      '/dev/pos-a3-trade-banks-keep-facebook-at-arms-length.html',
      '/seed/001_ec7be9d70c6859db.html',
    ]) {
      const found = new Map<number, { kind: ClaimKind; by: string | null }[]>();
      for (const m of checkMatches(pages[pathname] ?? '')) {
        const c = creditOf.get(m.claimId);
        if (c !== undefined) found.set(m.paragraph, [...(found.get(m.paragraph) ?? []), c]);
      }
      const { tab, state } = await openStory(d, pathname);
      for (const m of state.markers) {
        const claims = found.get(m.paragraph) ?? [];
        const kind = claims[0]?.kind;
        if (kind === undefined || claims.length < 2 || claims.some((c) => c.kind !== kind)) continue;
        several++;
        const card = (await openCard(d, tab, m.paragraph))?.card;
        assert.ok(card != null, `${pathname} ${m.paragraph}: card`);
        const [what, credit] = card.heading.split(' · ');
        const words = kindOf(kind).words;
        assert.equal(
          what,
          `${kindOf(kind).letter}${words.charAt(0).toUpperCase()}${words.slice(1)}`,
          `${pathname} ${m.paragraph}: plural`,
        );
        // Every claim's speaker or first outlet in the heading, or none there (one not known);
        // "not known" only where it is every claim's.
        if (credit !== undefined)
          for (const c of claims)
            assert.ok(
              credit === 'first outlet not known' ? c.by === null : c.by !== null && credit.includes(c.by),
              `${pathname} ${m.paragraph}: “${card.heading}” credits ${c.by}’s claim`,
            );
      }
      await tab.close();
    }
    assert.ok(several > 0, 'a card of several claims of one kind');
  });

  test('a card shows each of Facebook’s statements once, and opens on the claim its heading names', async () => {
    const index = JSON.parse(
      fs.readFileSync(path.resolve('dist/index/claim-index.json'), 'utf8'),
    ) as ClaimIndex;
    const story = index.stories[0];
    assert.ok(story !== undefined, 'the built index');
    // Each statement story.json records: its claim's wording and its own words.
    const recorded = story.statements.flatMap((s) => {
      const c = story.claims.find((x) => x.id === s.claimId);
      return c === undefined ? [] : [{ text: c.text, quote: s.quote }];
    });
    let withStatement = 0;
    // Pages with a paragraph that carries the denial beside a report it answers.
    for (const pathname of [
      '/seed/000_88890d5d2ec139ad.html',
      '/dev/pos-b4-comments.html',
      '/blog-denial.html',
    ]) {
      const { tab, state } = await openStory(d, pathname);
      for (const m of state.markers) {
        const card = (await openCard(d, tab, m.paragraph))?.card;
        assert.ok(card != null, `${pathname} ${m.paragraph}: card`);
        for (const r of recorded)
          if (card.text.includes(r.text)) {
            if (!/ 1 claim:/.test(m.label)) withStatement++;
            // Its words once where its claim's wording is the quote, else not at all.
            assert.equal(
              card.text.split(r.quote).length - 1,
              r.text.includes(r.quote) ? 1 : 0,
              `${pathname} ${m.paragraph}: the statement twice: ${card.text}`,
            );
          }
        // The kind its heading names first, as the claims' own badges name it.
        const first =
          /^[RSBC](Report|Statement|Bank’s response|Banks’ response|Context)/.exec(card.heading)?.[1] ?? '';
        const label = /response/.test(first) ? 'Response' : first;
        if (!/ 1 claim:/.test(m.label))
          assert.ok(
            card.text.slice(card.heading.length).replace(/^×/, '').startsWith(label),
            `${pathname} ${m.paragraph}: headed “${label}”, opens on ${card.text.slice(card.heading.length, card.heading.length + 20)}`,
          );
      }
      await tab.close();
    }
    assert.ok(withStatement > 0, 'a card holding a statement beside other claims');
  });

  test('every card opens beside the column, level with its paragraph: at 1024 px, and at 1280 px with a centred 640 px column', async () => {
    for (const [pathname, width, height] of [
      ['/seed/001_ec7be9d70c6859db.html', 1024, 700],
      ['/centred.html', 1280, 800],
    ] as const) {
      const { tab, state } = await openStory(d, pathname);
      await tab.viewport(width, height);
      await new Promise((r) => setTimeout(r, 300));
      for (const m of state.markers) {
        const s = await openCard(d, tab, m.paragraph);
        const at = `${pathname} at ${width} px, paragraph ${m.paragraph}`;
        assert.ok(s?.card != null, `${at}: card`);
        const column = Math.max(...s.paragraphs.map((p) => p.rect.right));
        const para = s.paragraphs.find((p) => p.paragraph === m.paragraph)?.rect;
        assert.ok(para !== undefined);
        const c = s.card.rect;
        assert.ok(c.left >= column, `${at}: beside the column (${c.left} from ${column})`);
        assert.ok(c.right <= width, `${at}: inside the window (${c.right})`);
        // Level: the card spans the paragraph's first line (from the window's top, 8 px down,
        // where the paragraph starts above it).
        assert.ok(
          c.top <= Math.max(para.top, 8) + 1 && c.bottom >= para.top + 10,
          `${at}: card ${c.top}–${c.bottom} level with the paragraph at ${para.top}`,
        );
      }
      await tab.close();
    }
  });

  test('at 400 px no card covers the legend, which wraps taller there', async () => {
    const { tab, state } = await openStory(d, '/seed/001_ec7be9d70c6859db.html');
    await tab.viewport(400, 700);
    await new Promise((r) => setTimeout(r, 300));
    for (const m of state.markers) {
      const s = await openCard(d, tab, m.paragraph);
      assert.ok(s?.card != null && s.legend !== null, `paragraph ${m.paragraph}: card and legend`);
      const [a, b] = [s.card.rect, s.legend.rect];
      const overlaps = a.top < b.bottom && a.bottom > b.top && a.left < b.right && a.right > b.left;
      assert.equal(
        overlaps,
        false,
        `paragraph ${m.paragraph}: card ${JSON.stringify(a)}, legend ${JSON.stringify(b)}`,
      );
    }
    await tab.close();
  });

  test('the reader can fold the legend to a small chip, which stays folded for the page', async () => {
    const { tab, state } = await openStory(d, '/seed/000_88890d5d2ec139ad.html');
    await tab.viewport(1280, 800);
    const full = (await overlayOf(d, tab))?.legend ?? state.legend;
    assert.ok(full !== null && /report/.test(full.text), 'the legend, with its key');
    // Tab to the fold button, as a keyboard reader would: after the legend's first button.
    let at = '';
    for (let i = 0; i < 80 && at !== '–'; i++) {
      await tab.press('Tab');
      at = (await overlayOf(d, tab))?.focusedText ?? '';
    }
    assert.equal(at, '–', 'Tab reaches the legend’s fold button');
    await tab.press('Enter');
    const folded = await until(async () => {
      const l = (await overlayOf(d, tab))?.legend;
      return l !== undefined && l !== null && !/report/.test(l.text) ? l : null;
    });
    assert.ok(folded !== null, 'folded: the key is gone');
    assert.ok(
      folded.rect.right - folded.rect.left < (full.rect.right - full.rect.left) / 2,
      `a small chip: ${JSON.stringify(folded.rect)} from ${JSON.stringify(full.rect)}`,
    );
    assert.match(folded.text, /^Backstory: \d+/, 'it still leads to the markers');
    // The overlay drawn again (the reader's switch off and on): still folded.
    await setEnabled(d, false);
    assert.ok(await until(async () => (await overlayOf(d, tab)) === null), 'overlay removed');
    await setEnabled(d, true);
    const again = await until(async () => (await overlayOf(d, tab))?.legend ?? null);
    assert.ok(again !== null && !/report/.test(again.text), `still folded: ${again?.text}`);
    await tab.close();
  });

  test('each marker is named by its kind, claims and its paragraph’s first words; the legend leads the keyboard to them, and arrows go between them', async () => {
    const pathname = '/seed/001_ec7be9d70c6859db.html';
    const { tab, state } = await openStory(d, pathname);
    const fold = (t: string): string => t.replace(/\s+/g, ' ').trim();
    const article = paragraphsOf(pathname).map(fold);
    const labels = state.markers.map((m) => m.label);
    assert.equal(new Set(labels).size, labels.length, `every marker named apart: ${labels.join(' | ')}`);
    for (const m of state.markers) {
      const parts = /^Backstory, ([\w’ ,]+?), \d+ claims?: “(.+?)…?”(, paragraph \d+)?$/.exec(m.label);
      assert.ok(parts !== null, `marker ${m.paragraph} named by kind and claims: ${m.label}`);
      // Its kinds, the one its colour is first.
      const lead = kindOf(m.kind as ClaimKind);
      assert.ok(
        [lead.word, lead.words].some((w) => parts[1]?.startsWith(w)),
        `marker ${m.paragraph}: its kind`,
      );
      assert.ok(
        article.some((p) => p.startsWith(parts[2] ?? '')),
        `marker ${m.paragraph}: the first words of an article paragraph: ${parts[2]}`,
      );
    }
    // The page keeps its own tab order: the overlay comes after it, the legend first.
    await tab.press('Tab');
    assert.equal((await overlayOf(d, tab))?.focusedText, null, 'the first Tab stays in the page');
    let legend = false;
    for (let i = 0; i < 80 && !legend; i++) {
      await tab.press('Tab');
      const s = await overlayOf(d, tab);
      assert.equal(s?.focused ?? null, null, 'no marker before the legend');
      legend = s?.focusedText?.startsWith('Backstory:') === true;
    }
    assert.ok(legend, 'Tab reaches the legend');
    const order = state.markers.map((m) => m.paragraph).sort((a, b) => a - b);
    const focusedAfter = async (key: string) => {
      await tab.press(key);
      return until(async () => (await overlayOf(d, tab))?.focused ?? null);
    };
    assert.equal(await focusedAfter('Enter'), order[0], 'Enter on the legend goes to the first marker');
    assert.equal(await focusedAfter('ArrowDown'), order[1], 'ArrowDown goes to the next');
    assert.equal(await focusedAfter('ArrowUp'), order[0], 'ArrowUp goes back');
    // With a modifier the arrow is the browser's or the reader's tools' (Alt+Left goes back, Shift
    // selects): focus stays. Firefox's driver cannot hold a modifier down, so Chromium only.
    if (d.name === 'chromium')
      for (const key of ['Shift+ArrowDown', 'Control+ArrowDown', 'Alt+ArrowDown', 'Meta+ArrowDown']) {
        await tab.press(key);
        await new Promise((r) => setTimeout(r, 150));
        assert.equal((await overlayOf(d, tab))?.focused, order[0], `${key} leaves focus where it is`);
      }
    await tab.close();
  });

  test('the markers are one stop in the tab order: Tab goes past them, and comes back to the one last used', async () => {
    const { tab, state } = await openStory(d, '/seed/001_ec7be9d70c6859db.html');
    const order = state.markers.map((m) => m.paragraph).sort((a, b) => a - b);
    assert.ok(order.length > 2, 'several markers');
    // From the page's last stop: the legend, its fold button, one marker.
    const fromPageEnd = () =>
      tab.evaluate(() => {
        const stops = document.querySelectorAll<HTMLElement>('a[href], button, input, textarea, select');
        stops[stops.length - 1]?.focus();
      }, null);
    const after = async (key: string) => {
      await tab.press(key);
      await new Promise((r) => setTimeout(r, 100));
      return overlayOf(d, tab);
    };
    await fromPageEnd();
    assert.match((await after('Tab'))?.focusedText ?? '', /^Backstory:/, 'the legend');
    assert.equal((await after('Tab'))?.focusedText, '–', 'its fold button');
    assert.equal((await after('Tab'))?.focused, order[0], 'the first marker');
    // On to the third by arrow; Tab leaves the markers; in again from the page: the third.
    await after('ArrowDown');
    assert.equal((await after('ArrowDown'))?.focused, order[2], 'the arrows go on to the third');
    assert.equal((await after('Tab'))?.focused ?? null, null, 'the next Tab leaves the markers');
    await fromPageEnd();
    await after('Tab');
    await after('Tab');
    assert.equal((await after('Tab'))?.focused, order[2], 'Tab comes back to the marker last used');
    await tab.close();
  });

  test('markers are named apart where paragraphs open alike, and briefly where a paragraph opens without spaces', async () => {
    const { tab, state } = await openStory(d, '/alike.html');
    const labels = state.markers.map((m) => m.label);
    assert.equal(new Set(labels).size, labels.length, `every marker named apart: ${labels.join(' | ')}`);
    const alike = labels.filter((l) => l.includes('In a statement sent to reporters'));
    assert.ok(alike.length >= 2, `both paragraphs that open alike are marked: ${alike.join(' | ')}`);
    for (const l of labels) {
      const quoted = /“(.*)”/.exec(l)?.[1] ?? '';
      assert.ok(Array.from(quoted).length <= 61, `a short name: ${l}`);
    }
    await tab.close();
  });

  test('from the keyboard, “Why this matched” shows the seed passage the paragraph matched, and the story link opens the story page at the card’s claim', async () => {
    const { tab } = await openStory(d, '/seed/001_ec7be9d70c6859db.html');
    const tabTo = async (want: (s: OverlayState) => boolean, limit = 80): Promise<OverlayState | null> => {
      for (let i = 0; i < limit; i++) {
        await tab.press('Tab');
        const s = await overlayOf(d, tab);
        if (s !== null && want(s)) return s;
      }
      return null;
    };
    const marker = await tabTo((s) => s.focused !== null);
    assert.ok(marker !== null, 'a marker is reachable with Tab');
    await tab.press('Enter');
    assert.ok(await until(async () => (await overlayOf(d, tab))?.card ?? null), 'Enter opens the card');
    assert.ok(await tabTo((s) => s.focusedText === 'Why this matched', 10), 'Tab reaches “Why this matched”');
    await tab.press('Enter');
    const text =
      (await until(async () => {
        const t = (await overlayOf(d, tab))?.card?.text ?? '';
        return t.includes('matched this passage') ? t : null;
      })) ?? '';
    const quote = /matched this passage:“(.+?)”/.exec(text)?.[1] ?? '';
    assert.notEqual(quote, '', 'a seed quote is shown');
    // The article it is from, named as the popup names it: by headline (or as its headline, when
    // the passage is part of it), and the outlet the passage credits; never a file name.
    const sources = (
      JSON.parse(fs.readFileSync('dist/index/claim-index.json', 'utf8')) as {
        stories: { sources: { headline: string }[] }[];
      }
    ).stories[0]?.sources.map((a) => a.headline);
    const from =
      /”((?:From “.+?”|(?:The|Part of the) headline of a source article)[^,]*, (?:which says [^.]+ reported it|which names no outlet)\.)/.exec(
        text,
      )?.[1] ?? '';
    assert.ok(
      /^(?:The|Part of the) headline/.test(from) ||
        (sources ?? []).some((h) => from.startsWith(`From “${h}”`)),
      `the card names the passage's article by headline and what it credits: ${text}`,
    );
    assert.doesNotMatch(text, /\.txt\b/, 'no file name on the card');
    // "The source articles credit AFP" read as AFP having said the claim ("credit card" is a claim's).
    assert.doesNotMatch(text, /\bcredit(?:s|ed|ing)?\b(?! card)/i, 'no outlet is "credited" on the card');
    const fold = (t: string): string => t.replace(/\s+/g, ' ');
    const seeds = SEED_FILES.map((f) => fold(fs.readFileSync(path.join('seeds', f), 'utf8')));
    assert.ok(
      seeds.some((t) => t.includes(fold(quote))),
      `the quote is a seed's own text: ${quote}`,
    );
    const storyTabs = () =>
      d.inExtension(
        async () =>
          (await chrome.tabs.query({}))
            .map((t: { url?: string }) => t.url ?? '')
            .filter((u: string) => u.includes('/src/story/story.html')) as string[],
        null,
      );
    const before = await storyTabs();
    const cardText = (await overlayOf(d, tab))?.card?.text ?? '';
    assert.ok(
      await tabTo((s) => s.focusedText?.startsWith('Open the full story') === true, 20),
      'Tab reaches the story link',
    );
    await tab.press('Enter');
    const opened = await until(async () => {
      const now = await storyTabs();
      return now.length === before.length + 1 ? (now.find((u) => !before.includes(u)) ?? null) : null;
    });
    assert.ok(opened !== null, 'the story page opened in a new tab');
    // At the card's claim: the page's address names it, and it is one the card shows.
    const claimId = /#claim-(\w+)$/.exec(opened)?.[1] ?? '';
    const index = JSON.parse(fs.readFileSync('dist/index/claim-index.json', 'utf8')) as {
      stories: { claims: { id: string; text: string }[] }[];
    };
    const claim = index.stories[0]?.claims.find((c) => c.id === claimId);
    assert.ok(claim !== undefined, `the story page opened at a claim: ${opened}`);
    assert.ok(cardText.includes(claim.text), 'the claim the page opened at is one the card shows');
    await tab.close();
    // The story page brings that claim into view and gives it focus.
    const story = await d.extensionPage(`src/story/story.html#claim-${claimId}`);
    const target = await linkedClaim(story);
    assert.equal(target?.id, `claim-${claimId}`);
    assert.ok(target?.text.includes(claim.text));
    assert.equal(target?.visible, true, 'the claim is in view');
    assert.equal(target?.marked, true, 'the claim is marked apart from its neighbours');
    await story.close();
  });

  test('near-topic and unrelated pages get no overlay host and no highlight', async () => {
    for (const p of [
      '/near-topic.html',
      '/unrelated.html',
      '/passing-question.html',
      '/passing-denial.html',
    ]) {
      const tab = await d.open(`${site.server.origin}${p}`);
      await new Promise((r) => setTimeout(r, 1500));
      assert.deepEqual(
        await tab.evaluate(highlighted, null),
        { texts: [], hosts: 0, title: await tab.evaluate(() => document.title, null) },
        p,
      );
      await tab.close();
    }
  });

  test('hostile page CSS does not hide or break the cards', async () => {
    const { tab, state } = await openStory(d, '/hostile-css.html');
    const first = state.markers[0];
    assert.ok(first !== undefined);
    const box = await tab.evaluate(() => {
      const host = document.querySelector('backstory-overlay') as HTMLElement;
      const cs = getComputedStyle(host);
      return { display: cs.display, visibility: cs.visibility, position: cs.position };
    }, null);
    assert.deepEqual(box, { display: 'block', visibility: 'visible', position: 'absolute' });
    await focusClaim(d, tab, first.paragraph);
    const card = await until(async () => (await overlayOf(d, tab))?.card ?? null);
    assert.match(card?.text ?? '', /First reported by/);
    await tab.close();
  });

  test('markup in page text stays text, in the page and in the card', async () => {
    const { tab } = await openStory(d, '/markup-as-text.html');
    const info = await tab.evaluate(
      () => ({ title: document.title, imgs: document.querySelectorAll('article img').length }),
      null,
    );
    assert.notEqual(info.title, 'pwned');
    assert.equal(info.imgs, 0);
    await tab.close();
  });

  test('single-page navigation to an unrelated article removes the overlay, and back restores it', async () => {
    const { tab } = await openStory(d, '/spa/story');
    await tab.evaluate(() => (document.getElementById('go-other') as HTMLElement).click(), null);
    const gone = await until(
      async () => ((await tab.evaluate(highlighted, null)).hosts === 0 ? true : null),
      10000,
    );
    assert.equal(gone, true, 'overlay removed after pushState to an unrelated article');
    await tab.evaluate(() => history.back(), null);
    const back = await until(
      async () => ((await overlayOf(d, tab).catch(() => null))?.markers.length ?? 0) > 0,
      10000,
    );
    assert.equal(back, true, 'overlay back after returning to the story');
    await tab.close();
  });

  test('an article that loads after the page does gets its overlay', async () => {
    const { tab } = await openStory(d, '/late.html');
    // The headline, there from the start, may already carry claims; the paragraphs that arrive
    // later must get theirs too.
    const markers = await until(async () => {
      const n = (await overlayOf(d, tab))?.markers.length ?? 0;
      return n >= 3 ? n : null;
    }, 15000);
    assert.ok(markers !== null, 'markers on the late article’s paragraphs');
    await tab.close();
  });

  test('markers follow their paragraphs when the layout above the article shifts', async () => {
    const { tab } = await openStory(d, '/seed/001_ec7be9d70c6859db.html');
    /** How far each marker's top is from its paragraph's, and where the first paragraph is. */
    const drift = async () => {
      const s = await overlayOf(d, tab);
      const tops = new Map(s?.paragraphs.map((p) => [p.paragraph, p.rect.top]));
      return {
        first: s?.paragraphs[0]?.rect.top ?? NaN,
        most: Math.max(
          ...(s?.markers ?? []).map((m) => Math.abs(m.rect.top - (tops.get(m.paragraph) ?? NaN))),
        ),
      };
    };
    const before = await drift();
    assert.ok(before.most < 2, `markers beside their paragraphs at first (${before.most} px off)`);
    // An ad slot inserted above the article: the page changed, its article did not.
    await tab.evaluate(() => {
      const slot = document.createElement('div');
      slot.id = 'late-ad';
      slot.style.height = '300px';
      document.body.prepend(slot);
    }, null);
    const moved = await until(async () => {
      const now = await drift();
      return now.first > before.first + 250 && now.most < 2 ? now : null;
    }, 5000);
    assert.ok(moved !== null, `markers moved with the article (${JSON.stringify(await drift())})`);
    // The slot's image arrives and it grows: a change of style only, which the page watcher does
    // not see (as a late image's own size), so only a change of the page's size can tell.
    await tab.evaluate(
      () => void ((document.getElementById('late-ad') as HTMLElement).style.height = '600px'),
      null,
    );
    const grown = await until(async () => {
      const now = await drift();
      return now.first > before.first + 550 && now.most < 2 ? now : null;
    }, 5000);
    assert.ok(grown !== null, `markers moved with the grown slot (${JSON.stringify(await drift())})`);
    await tab.close();
  });

  test('the reader’s switch removes the overlay but the claims are still counted, and brings it back', async () => {
    const { tab, state } = await openStory(d, '/seed/000_88890d5d2ec139ad.html');
    await setEnabled(d, false);
    const gone = await until(async () => ((await tab.evaluate(highlighted, null)).hosts === 0 ? true : null));
    assert.equal(gone, true, 'overlay removed when switched off');
    assert.deepEqual((await tab.evaluate(highlighted, null)).texts, [], 'highlights removed');
    // The background's result for the tab says so once the page has reported the overlay gone.
    const mine = await until(async () => {
      const kept = (await d.inExtension(async () => chrome.storage.session.get(null), null)) as Record<
        string,
        { status: string; overlay: boolean; view: { claims: unknown[] } | null }
      >;
      return Object.values(kept).find((r) => r.status === 'story' && r.overlay === false) ?? null;
    });
    assert.ok(mine !== null && (mine.view?.claims.length ?? 0) > 0, 'still counted for the popup');
    await setEnabled(d, true);
    const back = await until(
      async () => ((await overlayOf(d, tab))?.markers.length ?? 0) === state.markers.length,
    );
    assert.equal(back, true, 'overlay back when switched on');
    await tab.close();
  });

  test('the toolbar button says when the highlights are off, everywhere or for the site, and again when they are back', async () => {
    const { tab } = await openStory(d, '/seed/000_88890d5d2ec139ad.html');
    const button = () =>
      d.inExtension(
        async (tabId: number) => ({
          title: await chrome.action.getTitle({ tabId }),
          text: await chrome.action.getBadgeText({ tabId }),
          colour: (await chrome.action.getBadgeBackgroundColor({ tabId })).slice(0, 3).join(','),
        }),
        tab.tabId,
      );
    const on = await until(async () => {
      const b = await button();
      return /^Backstory: \d+ claims/.test(b.title) ? b : null;
    });
    assert.ok(on !== null && !/highlights off/.test(on.title), `the count, highlights on: ${on?.title}`);
    const becomes = (want: (b: NonNullable<typeof on>) => boolean) =>
      until(async () => {
        const b = await button();
        return want(b) ? b : null;
      }, 5000);
    await setEnabled(d, false);
    const off = await becomes((b) => b.title === `${on.title}; highlights off`);
    assert.ok(off !== null, `the title says they are off: ${(await button()).title}`);
    assert.equal(off.text, on.text, 'the badge still counts the claims');
    assert.notEqual(off.colour, on.colour, 'on a muted badge');
    await setEnabled(d, true);
    assert.deepEqual(await becomes((b) => b.title === on.title), on, 'as before once they are on again');
    // Off for this site alone, as the popup's switch and the shortcut do.
    const host = new URL(site.server.origin).host;
    await d.inExtension(
      async (h: string) =>
        chrome.storage.local.set({ settings: { version: 1, enabled: true, disabledSites: [h] } }),
      host,
    );
    assert.deepEqual(await becomes((b) => b.title !== on.title), off, 'off for the site: the same');
    await setEnabled(d, true);
    assert.deepEqual(await becomes((b) => b.title === on.title), on, 'and back');
    await tab.close();
  });

  test('on a 390 px full-bleed page the markers stay inside the window and the page does not grow sideways', async () => {
    const { tab } = await openStory(d, '/full-bleed.html');
    await tab.viewport(390, 760);
    // Measured in one go: the page's width with the overlay, then with its host taken out.
    const widths = async () =>
      tab.evaluate(() => {
        const root = document.documentElement;
        const host = document.querySelector('backstory-overlay');
        const withOverlay = root.scrollWidth;
        host?.remove();
        const without = root.scrollWidth;
        if (host !== null) root.append(host);
        // The window less its scroll bar, where the browser draws one.
        return { withOverlay, without, window: root.clientWidth, outer: innerWidth };
      }, null);
    assert.ok(await until(async () => (await widths()).outer === 390), 'the window is 390 px wide');
    const w = await widths();
    assert.equal(w.without, w.window, 'the page itself fits the window');
    // The overlay is painted again after the resize: however long that takes, its markers come
    // inside the window, and the page stays as wide.
    const inside = (ms: OverlayState['markers']) =>
      ms.length > 0 && ms.every((m) => m.rect.left >= 0 && m.rect.right <= w.window);
    const markers = await until(async () => {
      const ms = (await overlayOf(d, tab))?.markers ?? [];
      return inside(ms) ? ms : null;
    }, 5000);
    const last = (await overlayOf(d, tab))?.markers.map((m) => `${m.rect.left}–${m.rect.right}`);
    assert.ok(markers !== null, `markers inside the window (0–${w.window}): ${last?.join(', ')}`);
    assert.equal((await widths()).withOverlay, w.without, 'Backstory does not widen the page');
    await tab.close();
  });

  test('on a right-to-left page scrolled sideways the markers sit by their paragraphs and a card is whole', async () => {
    const { tab } = await openStory(d, '/rtl-wide.html');
    await tab.viewport(1280, 800);
    // As far left as the page scrolls: the article is at document x −860 to −220.
    const sx = await tab.evaluate(() => {
      scrollTo(-(document.documentElement.scrollWidth - innerWidth), 0);
      return scrollX;
    }, null);
    assert.ok(sx < -1000, `scrolled sideways (${sx})`);
    const near = await until(async () => {
      const s = await overlayOf(d, tab);
      const paras = new Map(s?.paragraphs.map((p) => [p.paragraph, p.rect]));
      const shown = (s?.markers ?? []).filter((m) => m.rect.top > 0 && m.rect.bottom < 700);
      const ok = shown.every((m) => {
        const p = paras.get(m.paragraph);
        return p !== undefined && m.rect.right >= p.left - 50 && m.rect.left <= p.right + 50;
      });
      return shown.length > 0 && ok ? shown : null;
    }, 5000);
    const lefts = (await overlayOf(d, tab))?.markers.map((x) => Math.round(x.rect.left));
    assert.ok(near !== null, `markers beside their paragraphs (x 260–900): markers at ${lefts?.join(', ')}`);
    const m = near[0];
    assert.ok(m !== undefined);
    await tab.clickAt((m.rect.left + m.rect.right) / 2, (m.rect.top + m.rect.bottom) / 2);
    const card = await until(async () => (await overlayOf(d, tab))?.card?.rect ?? null);
    assert.ok(card !== null, 'a click on the marker opens its card');
    // Its left end, where a clip at the document's x = 0 would cut it: the press lands on the
    // card (which keeps it open), not on the page (which would close it).
    await tab.clickAt(card.left + 16, (card.top + card.bottom) / 2);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal((await overlayOf(d, tab))?.card?.paragraph, m.paragraph, 'the card is whole');
    await tab.close();
  });

  test('on a right-to-left page the overlay still reads left to right: the legend’s fold button and the card’s × at their right ends', async () => {
    const { tab, state } = await openStory(d, '/rtl-wide.html');
    await tab.viewport(1280, 800);
    const legend = (await overlayOf(d, tab))?.legend ?? state.legend;
    assert.ok(legend !== null && /report/.test(legend.text), 'the legend, with its key');
    // The legend's last control, the fold button, sits at its right end, read after the key.
    await tab.clickAt(legend.rect.right - 18, (legend.rect.top + legend.rect.bottom) / 2);
    const folded = await until(async () => {
      const l = (await overlayOf(d, tab))?.legend;
      return l != null && !/report/.test(l.text) ? true : null;
    });
    assert.equal(folded, true, 'its right end folds the key');
    const m = state.markers[1];
    assert.ok(m !== undefined);
    const card = (await openCard(d, tab, m.paragraph))?.card;
    assert.ok(card != null, 'a card');
    await tab.clickAt(card.rect.right - 20, card.rect.top + 20);
    assert.equal(
      await until(async () => ((await overlayOf(d, tab))?.card === null ? true : null)),
      true,
      'the card’s top right corner is its ×',
    );
    await tab.close();
  });

  test('no request leaves for anything but the test server', () => {
    assert.deepEqual(unexpected(site.proxy.log), []);
    assert.deepEqual(
      d.requests.filter((u) => !u.startsWith(site.server.origin) && !u.startsWith('chrome-extension://')),
      [],
    );
  });
});
