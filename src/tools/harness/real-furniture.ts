// Story articles inside real web pages: a dev-set article's paragraphs put in place of the
// article paragraphs of a saved news page from ../shared/real-pages (those whose text
// Readability's extraction of the page holds), its title in place of the page's headline and
// title, and everything else kept: the real navigation, ads, comments, scripts and styles. The
// pages are read from the shared folder at run time, never copied into the repository.

import fs from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../cli/dom.ts';
import { findHeadline } from '../../page/headline.ts';
import { runSteps } from '../../page/steps.ts';
import type { Article } from './pages.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const REAL_PAGES = path.resolve(ROOT, '..', 'shared', 'real-pages', 'pages');

/** Saved news and blog pages with real furniture around at least a few article paragraphs. */
export const FURNITURE_PAGES = [
  'aktualne',
  'ars-1',
  'bbc-1',
  'breitbart',
  'buzzfeed-1',
  'cnet',
  'engadget',
  'heise',
  'herald-sun-1',
  'la-nacion',
  'lemonde-1',
  'medicalnewstoday',
  'msn',
  'nytimes-1',
  'nytimes-2',
  'nytimes-3',
  'salon-1',
  'seattletimes-1',
  'theverge',
  'wapo-2',
  'yahoo-2',
];

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The saved page `name` with `article` in place of its own: null when the page is not there
 * or its article's container holds fewer than three paragraphs that Readability's text holds.
 */
export function inRealPage(name: string, article: Article): string | null {
  const dir = path.join(REAL_PAGES, name);
  if (!fs.existsSync(path.join(dir, 'source.html'))) return null;
  const expected = parseHtml(fs.readFileSync(path.join(dir, 'expected.html'), 'utf8'));
  const theirs = new Set(
    [...expected.doc.querySelectorAll('p')]
      .map((p) => norm(p.textContent ?? ''))
      .filter((t) => t.length >= 40),
  );
  expected.close();
  const page = parseHtml(fs.readFileSync(path.join(dir, 'source.html'), 'utf8'));
  const doc = page.doc;
  const kept = [...doc.querySelectorAll('body p')].filter((p) => theirs.has(norm(p.textContent ?? '')));
  // The article's own paragraphs share a container; Readability also keeps a few elsewhere
  // (a newsletter box's lines), which are not where the story goes.
  const count = new Map<Element | null, number>();
  for (const p of kept) count.set(p.parentElement, (count.get(p.parentElement) ?? 0) + 1);
  const body = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const targets = kept.filter((p) => p.parentElement === body);
  if (targets.length < 3) {
    page.close();
    return null;
  }
  const headline = runSteps(findHeadline(doc));
  if (headline !== null) headline.textContent = article.title;
  doc.title = article.title;
  for (const m of doc.querySelectorAll('meta[property="og:title"], meta[name="twitter:title"]'))
    m.setAttribute('content', article.title);
  let last = targets[0] as Element;
  article.paragraphs.forEach((text, i) => {
    const target = targets[i];
    if (target !== undefined) {
      target.textContent = text;
      last = target;
    } else {
      const p = doc.createElement('p');
      p.textContent = text;
      last.after(p);
      last = p;
    }
  });
  for (const extra of targets.slice(article.paragraphs.length)) extra.remove();
  const html = `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
  page.close();
  return html;
}
