// Generated pages for the benchmark: news pages of a given length on other topics (unrelated and
// near-topic), story articles (padded with reader comments when asked), and one long article.

import fs from 'node:fs';
import path from 'node:path';
import { parseTextPage } from '../../cli/text-page.ts';
import { devArticle, newsPage, seedArticle, type Article } from '../harness/pages.ts';

const DEV = path.resolve(import.meta.dirname, '..', '..', '..', 'test', 'eval', 'dev', 'pages');
const pool = (prefix: string): string[] =>
  fs
    .readdirSync(DEV)
    .filter((f) => f.startsWith(prefix))
    .sort()
    .flatMap((f) => parseTextPage(fs.readFileSync(path.join(DEV, f), 'utf8')).paragraphs);

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Paragraphs from the pool, cycled until the text has `target` words. */
function fill(paragraphs: string[], target: number): string[] {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < target; i++) {
    const p = paragraphs[i % paragraphs.length] ?? '';
    out.push(p);
    n += words(p);
  }
  return out;
}

export function otherTopicPage(kind: 'unrelated' | 'near-topic', target: number): string {
  const paragraphs = fill(pool(kind === 'unrelated' ? 'neg-easy' : 'neg-hard'), target);
  const body = paragraphs.slice(0, Math.min(paragraphs.length, 40));
  const comments = paragraphs.slice(body.length);
  return newsPage({
    title:
      kind === 'unrelated'
        ? 'City council approves budget after long debate'
        : 'Banks and tech firms race to own your wallet',
    paragraphs: body,
    comments,
  });
}

/** A story article, optionally padded with comments (on other topics) to `padTo` words. */
export function storyPage(article: Article, padTo = 0): string {
  const have = article.paragraphs.reduce((n, p) => n + words(p), 0);
  const comments = padTo > have ? fill(pool('neg-'), padTo - have) : undefined;
  return newsPage({ ...article, comments });
}

/** Story paragraphs from the dev set, cycled to `target` words: one long article about the story. */
export function longStoryParagraphs(target: number): string[] {
  return fill(pool('pos-'), target);
}

export function longStoryPage(target: number): string {
  return newsPage({
    title: 'Facebook asked US banks for customer data: what we know',
    paragraphs: longStoryParagraphs(target),
  });
}

export function storyArticles(): { name: string; article: Article }[] {
  const seeds = fs
    .readdirSync(path.resolve(import.meta.dirname, '..', '..', '..', 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const dev = fs
    .readdirSync(DEV)
    .filter((f) => f.startsWith('pos-'))
    .sort();
  return [
    ...seeds.map((f) => ({ name: `seed ${f.slice(0, 3)}`, article: seedArticle(f) })),
    ...dev.map((f) => ({ name: f.replace('.txt', ''), article: devArticle(f) })),
  ];
}
