// Realistic news pages for the demo and the browser tests: a header, navigation, an ad slot, a
// share bar, the article, related links and a comments section, around text from the seeds or
// the dev set. Every piece of text is escaped: fixtures never carry markup by accident.

import fs from 'node:fs';
import path from 'node:path';
import { parseTextPage } from '../../cli/text-page.ts';

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Article {
  title: string;
  byline?: string;
  date?: string;
  paragraphs: string[];
  comments?: string[];
  site?: string;
}

export function newsPage(a: Article, extraHead = '', extraBody = ''): string {
  const p = (t: string): string => `      <p>${escapeHtml(t)}</p>`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(a.title)} | ${escapeHtml(a.site ?? 'The Morning Ledger')}</title>
  <style>
    body { font: 18px/1.6 Georgia, 'DejaVu Serif', serif; margin: 0; color: #222; background: #fafafa; }
    header.site { background: #14213d; color: #fff; padding: 12px 24px; }
    header.site a { color: #fff; margin-right: 16px; font: 14px sans-serif; }
    .layout { display: flex; gap: 32px; max-width: 1100px; margin: 0 auto; padding: 24px; }
    article { flex: 1; max-width: 680px; margin-left: 40px; }
    aside.sidebar { width: 300px; }
    .ad { background: #eee; border: 1px dashed #aaa; height: 250px; display: flex; align-items: center; justify-content: center; font: 12px sans-serif; color: #777; }
    .share-bar a { margin-right: 8px; font: 13px sans-serif; }
    .comments { border-top: 2px solid #ccc; margin-top: 32px; font-size: 15px; }
    footer.site { background: #333; color: #ddd; padding: 24px; font: 13px sans-serif; }
  </style>
  ${extraHead}
</head>
<body>
  <header class="site">
    <strong>${escapeHtml(a.site ?? 'The Morning Ledger')}</strong>
    <nav><a href="/">Home</a><a href="/business">Business</a><a href="/tech">Technology</a><a href="/markets">Markets</a><a href="/opinion">Opinion</a></nav>
  </header>
  <div class="cookie-banner" role="dialog">We use cookies to improve your experience. <button>Accept</button></div>
  <div class="layout">
    <article>
      <h1>${escapeHtml(a.title)}</h1>
      <div class="byline">By ${escapeHtml(a.byline ?? 'Staff reporter')} · ${escapeHtml(a.date ?? 'August 7, 2018')}</div>
      <div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet</a><a href="#">Email this article to a friend, it takes only a moment.</a></div>
      <div class="article-body">
${a.paragraphs.slice(0, 3).map(p).join('\n')}
        <div class="ad ad-inline">Advertisement</div>
${a.paragraphs.slice(3).map(p).join('\n')}
      </div>
      <ul class="related">
        <li><a href="/r1">Markets slide as tech shares fall for a third straight session.</a></li>
        <li><a href="/r2">Five things to know about your bank's new mobile app.</a></li>
      </ul>
      <section class="comments">
        <h2>Comments</h2>
${(a.comments ?? ['I closed my Facebook account years ago and never looked back.', 'Banks already sell our data, this is nothing new.']).map((c) => `        <div class="comment"><p>${escapeHtml(c)}</p></div>`).join('\n')}
      </section>
    </article>
    <aside class="sidebar"><div class="ad">Advertisement</div><h3>Most read</h3><ol><li><a href="/m1">Heatwave to continue into the weekend.</a></li></ol></aside>
  </div>
  <footer class="site">© 2018 ${escapeHtml(a.site ?? 'The Morning Ledger')}. All rights reserved.</footer>
${extraBody}
</body>
</html>
`;
}

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** A seed article as a news page: its lines are its paragraphs (the seeds' own layout). */
export function seedArticle(file: string): Article {
  const text = fs.readFileSync(path.join(ROOT, 'seeds', file), 'utf8');
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.split(' ').length > 6);
  const title =
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? file;
  return { title, paragraphs: lines.filter((l) => l !== title) };
}

/** A dev-set page (header + blank-line paragraphs) as a news page. */
export function devArticle(file: string): Article {
  const page = parseTextPage(fs.readFileSync(path.join(ROOT, 'test', 'eval', 'dev', 'pages', file), 'utf8'));
  return {
    title: page.header.title ?? file,
    byline: page.header.outlet,
    date: page.header.date,
    paragraphs: page.paragraphs,
    site: page.header.outlet,
  };
}
