// Story articles inside real saved news pages (their real navigation, ads, comments, scripts and
// styles kept; see src/tools/harness/real-furniture.ts), in both browsers: the overlay marks
// exactly the lines the check CLI matches on the same page, and those are the paragraphs the
// article's plain text matches, with the same claims. The full set (every dev article in two real
// pages) runs in `npm run eval:extraction`.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildIndex } from '../../src/compiler/build.ts';
import { Engine } from '../../src/matching/engine.ts';
import { devArticles, compareInPage } from '../../src/tools/eval/furniture.ts';
import { until } from '../../src/tools/harness/driver.ts';
import { inRealPage, REAL_PAGES } from '../../src/tools/harness/real-furniture.ts';
import { checkMatches, eachBrowser, overlayOf, useSite } from '../../src/tools/harness/site.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
// Three story articles, each in a different real page.
const CASES = [
  ['dev/pos-a1-wire-facebook-bank-data-report.txt', 'bbc-1'],
  ['dev/pos-a7-facebook-denies-seeking-transaction-data.txt', 'herald-sun-1'],
  ['dev/pos-b3-liveblog.txt', 'wapo-2'],
] as const;

const present = fs.existsSync(REAL_PAGES);
const articles = present ? devArticles(ROOT) : [];
const pages: Record<string, string> = {};
for (const [name, page] of CASES) {
  const article = articles.find((a) => a.name === name)?.article;
  const html = article === undefined ? null : inRealPage(page, article);
  if (html !== null) pages[`/real/${page}.html`] = html;
}
const site = useSite(pages);

test(
  'in Node, each article is read from its real page and matched exactly as its plain text',
  { skip: !present },
  () => {
    const engine = new Engine(buildIndex(['seeds']));
    for (const [name, page] of CASES) {
      const article = articles.find((a) => a.name === name)?.article;
      assert.ok(article !== undefined, name);
      const c = compareInPage(engine, name, article, page);
      assert.ok(c !== null, `${page} takes the article`);
      assert.equal(c.pageStory, true, `${name} in ${page}: recognised`);
      assert.equal(c.found, c.total, `${name} in ${page}: every paragraph read`);
      assert.deepEqual([c.lost, c.added], [[], []], `${name} in ${page}: the same matches`);
    }
  },
);

eachBrowser(site, (d) => {
  test(
    'the overlay marks exactly the lines the engine matches on the real page',
    { skip: !present },
    async () => {
      for (const pathname of Object.keys(pages)) {
        const expected = [...new Set(checkMatches(pages[pathname] ?? '').map((m) => m.paragraph))].sort(
          (a, b) => a - b,
        );
        assert.ok(expected.length > 0, `${pathname}: the engine matches the article`);
        const tab = await d.open(`${site.server.origin}${pathname}`);
        const state = await until(async () => {
          const s = await overlayOf(d, tab).catch(() => null);
          return s !== null && s.markers.length > 0 ? s : null;
        }, 20000);
        assert.ok(state !== null, `${pathname}: overlay drawn`);
        assert.deepEqual(
          state.markers.map((m) => m.paragraph).sort((a, b) => a - b),
          expected,
          `${pathname}: markers`,
        );
        await tab.close();
      }
    },
  );
});
