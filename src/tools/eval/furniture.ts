// The dev sets' articles inside real pages (src/tools/harness/real-furniture.ts), each in two
// pages, read by the page's reader and matched, against the same article as plain text: the
// page must be recognised as the plain text is and every (paragraph, claim) match must be the
// same. Matches on lines the plain text does not have (the headline) are counted apart.

import fs from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../cli/dom.ts';
import { parseTextPage } from '../../cli/text-page.ts';
import { Engine } from '../../matching/engine.ts';
import { extractParagraphs } from '../../page/extract.ts';
import { FURNITURE_PAGES, inRealPage } from '../harness/real-furniture.ts';
import type { Article } from '../harness/pages.ts';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

export interface FurnitureCase {
  article: string;
  page: string;
  plainStory: boolean;
  pageStory: boolean;
  /** Article paragraphs the page's reader extracted, of all. */
  found: number;
  total: number;
  /** (paragraph, claim) pairs matched on the plain text but not on the page, and the reverse. */
  lost: string[];
  added: string[];
  /** Matches on lines that are not article paragraphs (the headline). */
  extra: number;
}

/** Both dev sets' articles as title and paragraphs. */
export function devArticles(root: string): { name: string; article: Article }[] {
  const out: { name: string; article: Article }[] = [];
  for (const dir of [
    path.join(root, 'test', 'eval', 'dev', 'pages'),
    path.join(root, '..', 'shared', 'eval', 'dev2', 'pages'),
  ]) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs
      .readdirSync(dir)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      const page = parseTextPage(fs.readFileSync(path.join(dir, f), 'utf8'));
      out.push({
        name: `${path.basename(path.dirname(dir))}/${f}`,
        article: { title: page.header.title ?? f, paragraphs: page.paragraphs },
      });
    }
  }
  return out;
}

/** One article in one real page against its plain text. Null when the page cannot take it. */
export function compareInPage(
  engine: Engine,
  name: string,
  article: Article,
  page: string,
): FurnitureCase | null {
  const html = inRealPage(page, article);
  if (html === null) return null;
  const plainTexts = article.paragraphs.map(norm);
  const plain = engine.analyse(article.paragraphs, [article.title, ...article.paragraphs].join('\n'));
  const parsed = parseHtml(html);
  const texts = extractParagraphs(parsed.doc).map((p) => p.text);
  const onPage = engine.analyse(texts, parsed.doc.body?.textContent ?? '');
  parsed.close();
  // Page line index -> article paragraph index, by text.
  const position = new Map<number, number>();
  const unused = new Map<string, number[]>();
  plainTexts.forEach((t, i) => unused.set(t, [...(unused.get(t) ?? []), i]));
  texts.forEach((t, i) => {
    const left = unused.get(t);
    const j = left?.shift();
    if (j !== undefined) position.set(i, j);
  });
  const plainPairs = new Set(plain.matches.map((m) => `¶${m.paragraph} ${m.claimId}`));
  const pagePairs = new Set<string>();
  let extra = 0;
  for (const m of onPage.matches) {
    const j = position.get(m.paragraph);
    if (j === undefined) extra++;
    else pagePairs.add(`¶${j} ${m.claimId}`);
  }
  return {
    article: name,
    page,
    plainStory: plain.story !== null,
    pageStory: onPage.story !== null,
    found: position.size,
    total: plainTexts.length,
    lost: [...plainPairs].filter((p) => !pagePairs.has(p)),
    added: [...pagePairs].filter((p) => !plainPairs.has(p)),
    extra,
  };
}

/** Every dev article in two of the real pages (the pages taken in turn). */
export function furnitureCases(engine: Engine, root: string): FurnitureCase[] {
  const pages = FURNITURE_PAGES;
  const out: FurnitureCase[] = [];
  devArticles(root).forEach(({ name, article }, i) => {
    for (const k of [2 * i, 2 * i + 1]) {
      const c = compareInPage(engine, name, article, pages[k % pages.length] as string);
      if (c !== null) out.push(c);
    }
  });
  return out;
}

export function furnitureSummary(cases: readonly FurnitureCase[]): string[] {
  const same = cases.filter(
    (c) => c.plainStory === c.pageStory && c.lost.length === 0 && c.added.length === 0,
  );
  const found = cases.reduce((n, c) => n + c.found, 0);
  const total = cases.reduce((n, c) => n + c.total, 0);
  const plainStories = cases.filter((c) => c.plainStory).length;
  const lines = [
    `${cases.length} pages (${new Set(cases.map((c) => c.article)).size} dev articles, ${new Set(cases.map((c) => c.page)).size} real pages)`,
    `  article paragraphs extracted: ${found} of ${total}`,
    `  recognised: ${cases.filter((c) => c.pageStory && c.plainStory).length} of ${plainStories} that are recognised as plain text; ${cases.filter((c) => c.pageStory && !c.plainStory).length} recognised only in the page`,
    `  matched exactly as the plain text: ${same.length} of ${cases.length}; (paragraph, claim) pairs lost ${cases.reduce((n, c) => n + c.lost.length, 0)}, added ${cases.reduce((n, c) => n + c.added.length, 0)}; matches on the headline ${cases.reduce((n, c) => n + c.extra, 0)}`,
  ];
  for (const c of cases.filter((x) => !same.includes(x)))
    lines.push(
      `  differs: ${c.article} in ${c.page}: story ${c.plainStory} -> ${c.pageStory}, paragraphs ${c.found}/${c.total}, lost ${c.lost.join(', ') || 'none'}, added ${c.added.join(', ') || 'none'}`,
    );
  return lines;
}
