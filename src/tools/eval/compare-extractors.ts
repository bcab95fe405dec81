// `npm run compare-extractors`: Backstory's paragraph extraction against Mozilla's Readability on
// the dev articles, each wrapped in two kinds of news-page markup: the tests' tidy template
// (header, nav, cookie banner, share bar, ads, related links, comments, footer), and a messier
// one (text in <div>s split by <br>s, class names that say nothing, a reader forum quoting the
// article, a teaser grid of other stories). Scores each extractor's paragraphs against the
// article's true paragraphs: precision (share of extracted paragraphs that are article text),
// recall (share of article paragraphs found), and time.

import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHtml as parse } from '../../cli/dom.ts';
import { parseTextPage } from '../../cli/text-page.ts';
import { extractParagraphs } from '../../page/extract.ts';
import { escapeHtml, newsPage, type Article } from '../harness/pages.ts';
import { isMain } from '../../cli/is-main.ts';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

function readabilityParagraphs(html: string): string[] {
  const page = parse(html);
  const article = new Readability(page.doc).parse();
  page.close();
  if (article?.content === undefined || article.content === null) return [];
  const inner = parse(`<body>${article.content}</body>`);
  const out = [...inner.doc.querySelectorAll('p, li, blockquote')]
    .map((e) => norm(e.textContent ?? ''))
    .filter((t) => t.length >= 40);
  inner.close();
  return out;
}

function ourParagraphs(html: string): string[] {
  const page = parse(html);
  const out = extractParagraphs(page.doc).map((p) => p.text);
  page.close();
  return out;
}

interface Score {
  precision: number;
  recall: number;
  ms: number;
}

/** Markup that gives fewer hints: no <article>, no <p>, no telling class names. */
function messyPage(a: Article, others: string[]): string {
  const body = a.paragraphs.map(escapeHtml).join('<br><br>\n');
  const forum = a.paragraphs
    .slice(0, 3)
    .map(
      (p, i) =>
        `<div class="x9 r${i}"><div class="x10"><b>reader${i}</b> wrote:</div><div class="x11">&gt; ${escapeHtml(p)}<br>I don't buy any of this, frankly, and neither should you.</div></div>`,
    )
    .join('');
  const teasers = others.map((t) => `<div class="k2"><div class="k3">${escapeHtml(t)}</div></div>`).join('');
  return `<!doctype html><html><head><title>${escapeHtml(a.title)}</title></head><body>
  <div class="a1"><div class="a2"><a href="/">Home</a> <a href="/biz">Business</a> <a href="/tech">Tech</a></div></div>
  <div class="m1"><div class="m2"><h1>${escapeHtml(a.title)}</h1><div class="m3">${body}</div></div>
  <div class="f1"><div class="f2">Readers' forum</div>${forum}</div>
  <div class="k1">${teasers}</div></div>
  <div class="z1">© 2018 All rights reserved.</div></body></html>`;
}

export function compare(dir: string): { pages: number; ours: Score; readability: Score } {
  const files = fs
    .readdirSync(path.join(dir, 'pages'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const others = files.map(
    (f) => parseTextPage(fs.readFileSync(path.join(dir, 'pages', f), 'utf8')).paragraphs[0] ?? '',
  );
  const totals = {
    ours: { tp: 0, pred: 0, truth: 0, ms: 0 },
    readability: { tp: 0, pred: 0, truth: 0, ms: 0 },
  };
  for (const f of files) {
    const page = parseTextPage(fs.readFileSync(path.join(dir, 'pages', f), 'utf8'));
    const truth = new Set(page.paragraphs.map(norm).filter((t) => t.length >= 40));
    const article = { title: page.header.title ?? f, paragraphs: page.paragraphs, site: page.header.outlet };
    const teasers = others.filter((_, i) => files[i] !== f).slice(0, 4);
    for (const html of [newsPage(article), messyPage(article, teasers)]) {
      for (const [name, run] of [
        ['ours', ourParagraphs],
        ['readability', readabilityParagraphs],
      ] as const) {
        const t0 = performance.now();
        const got = run(html);
        totals[name].ms += performance.now() - t0;
        totals[name].pred += got.length;
        totals[name].tp += got.filter((g) => truth.has(g)).length;
        totals[name].truth += truth.size;
      }
    }
  }
  const score = (t: { tp: number; pred: number; truth: number; ms: number }): Score => ({
    precision: t.tp / Math.max(1, t.pred),
    recall: t.tp / Math.max(1, t.truth),
    ms: t.ms / (2 * files.length),
  });
  return { pages: files.length, ours: score(totals.ours), readability: score(totals.readability) };
}

if (isMain(import.meta.url)) {
  const r = compare(process.argv[2] ?? 'test/eval/dev');
  const row = (name: string, s: Score) =>
    `${name.padEnd(12)} | ${s.precision.toFixed(3)}     | ${s.recall.toFixed(3)}  | ${s.ms.toFixed(2)} ms`;
  console.log(`${r.pages} dev articles, each in tidy and messy news-page markup (jsdom in Node)`);
  console.log('extractor    | precision | recall | mean time per page');
  console.log(row('Backstory', r.ours));
  console.log(row('Readability', r.readability));
}
