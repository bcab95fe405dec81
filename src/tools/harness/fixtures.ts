// The fixture site shared by the real-browser tests: story articles from the seeds and the dev
// set, near-topic and unrelated pages, a hostile-CSS page, a page whose text carries markup, and
// a single-page app that switches between a story and an unrelated article.

import fs from 'node:fs';
import path from 'node:path';
import { devArticle, escapeHtml, newsPage, seedArticle, type Article } from './pages.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const SEED_FILES = fs
  .readdirSync(path.join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const DEV_PAGES = path.join(ROOT, 'test', 'eval', 'dev', 'pages');
/** Every dev-set article about the story (the engine recognises all but the loosest paraphrase). */
export const DEV_POSITIVES = fs
  .readdirSync(DEV_PAGES)
  .filter((f) => f.startsWith('pos-'))
  .sort();

const spaScript = (story: Article, other: Article): string => `<script>
  const articles = ${JSON.stringify({ story, other })};
  function show(which) {
    const a = articles[which];
    const body = document.querySelector('.article-body');
    document.querySelector('article h1').textContent = a.title;
    body.replaceChildren(...a.paragraphs.map((t) => { const p = document.createElement('p'); p.textContent = t; return p; }));
  }
  document.getElementById('go-other').addEventListener('click', (e) => { e.preventDefault(); history.pushState({ which: 'other' }, '', '/spa/other'); show('other'); });
  addEventListener('popstate', (e) => show(e.state?.which ?? 'story'));
</script>`;

export function fixturePages(): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const f of SEED_FILES) pages[`/seed/${f.replace('.txt', '')}.html`] = newsPage(seedArticle(f));
  for (const f of DEV_POSITIVES) pages[`/dev/${f.replace('.txt', '')}.html`] = newsPage(devArticle(f));
  pages['/unrelated.html'] = newsPage(devArticle('neg-easy-1-football-match-report.txt'));
  pages['/near-topic.html'] = newsPage(devArticle('neg-hard-6-facebook-view-as-breach.txt'));
  const story = seedArticle('001_ec7be9d70c6859db.txt');
  pages['/hostile-css.html'] = newsPage(
    story,
    `<style>* { all: unset !important; } html, body, p, div, article { display: block !important; }
      .cover { position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; background: rgba(255,0,0,.08) !important; pointer-events: none !important; }
      button, [role=dialog] { display: none !important; } :host { display: none !important; } backstory-overlay { display: none !important; visibility: hidden !important; }</style>`,
    '<div class="cover"></div>',
  );
  const marked = {
    ...story,
    paragraphs: story.paragraphs.map((p, i) =>
      i === 1
        ? `${p} <img src=x onerror="document.title='pwned'"> <script>document.title='pwned'</script>`
        : p,
    ),
  };
  pages['/markup-as-text.html'] = newsPage(marked);
  const other = devArticle('neg-easy-3-space-asteroid-sample.txt');
  pages['/spa/story'] = newsPage(
    story,
    '',
    `<p><a id="go-other" href="/spa/other">${escapeHtml('Next: an unrelated article')}</a></p>${spaScript(story, other)}`,
  );
  // The article arrives a second after load, in parts, as on pages that stream or lazy-load it.
  const late = { ...story, paragraphs: [] as string[] };
  pages['/late.html'] = newsPage(
    late,
    '',
    `<script>
      const rest = ${JSON.stringify(story.paragraphs)};
      setTimeout(() => {
        const body = document.querySelector('.article-body');
        rest.forEach((t, i) => setTimeout(() => { const p = document.createElement('p'); p.textContent = t; body.append(p); }, i * 50));
      }, 1000);
    </script>`,
  );
  // A headline broken by <br> (review S15a finding 1): the page reader reads it as two lines,
  // both the headline's; the body is numbered from the line below them.
  const [head, tail] = story.title.split(/(?<=;) /);
  pages['/headline-br.html'] = newsPage(story).replace(
    `<h1>${escapeHtml(story.title)}</h1>`,
    `<h1>${escapeHtml(head ?? '')}<br>${escapeHtml(tail ?? '')}</h1>`,
  );
  return pages;
}
