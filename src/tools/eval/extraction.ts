// `npm run eval:extraction [-- <real-pages dir>] [--dom jsdom|happy-dom] [--verbose]`:
// Backstory's extractor on the saved real web pages of ../shared/real-pages (each with the text
// Mozilla Readability extracts from it), scored word by word against Readability's text:
// precision (share of our words that are in Readability's text), recall (share of Readability's
// words we read), and recall of the blocks of Readability's text that our own rules admit (it
// keeps captions, short lines and headings that Backstory may rightly skip). Also: pages with
// no output, paragraphs read twice (a paragraph whose nodes lie inside another's), real pages
// recognised as the story (none is about it), and time per page beside Readability's on the same
// parsed pages. Then the story articles of the dev sets placed into these real pages
// (./furniture.ts): each must be recognised and matched exactly as its plain text is.

import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { parseHtml, type ParsedPage } from '../../cli/dom.ts';
import { buildIndex } from '../../compiler/build.ts';
import { Engine } from '../../matching/engine.ts';
import { admits, extractParagraphs, type PageParagraph } from '../../page/extract.ts';
import { furnitureCases, furnitureSummary } from './furniture.ts';
import { isMain } from '../../cli/is-main.ts';

type Parser = (html: string) => ParsedPage;

/** The DOMs measured for the CLI (src/cli/dom.ts uses the first). */
const PARSERS: Record<string, Parser> = {
  jsdom: parseHtml,
  'happy-dom': (html) => {
    const window = new Window({ url: 'http://localhost/' });
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return { doc, close: () => void window.happyDOM.close() };
  },
};

// A Han, Hiragana or Katakana character is a word of its own (those scripts put no spaces).
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu;
const words = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

function bag(texts: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) for (const w of words(t)) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}
const size = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
function common(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [w, c] of a) n += Math.min(c, b.get(w) ?? 0);
  return n;
}

const BLOCK_TAGS = new Set(
  'P DIV BLOCKQUOTE UL OL LI SECTION ARTICLE MAIN TABLE TR TD TH PRE H1 H2 H3 H4 H5 H6 FIGURE FIGCAPTION DL DT DD HEADER FOOTER ASIDE NAV'.split(
    ' ',
  ),
);
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const hasBlock = (el: Element): boolean =>
  [...el.querySelectorAll('*')].some((e) => BLOCK_TAGS.has(e.tagName));

/** Readability's text as blocks: each block element's own text between its child blocks and <br>s. */
function textBlocks(el: Element, tag = el.tagName, out: { text: string; tag: string }[] = []) {
  let buf = '';
  const flush = (): void => {
    const text = collapse(buf);
    if (text !== '') out.push({ text, tag });
    buf = '';
  };
  for (const n of el.childNodes) {
    if (n.nodeType === 3) buf += n.textContent ?? '';
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (e.tagName === 'SCRIPT' || e.tagName === 'STYLE') continue;
      if (e.tagName === 'BR') flush();
      else if (BLOCK_TAGS.has(e.tagName)) {
        flush();
        textBlocks(e, e.tagName, out);
      } else if (hasBlock(e)) {
        flush();
        textBlocks(e, tag, out);
      } else buf += e.textContent ?? '';
    }
  }
  flush();
  return out;
}

/** Paragraphs holding a text node that an earlier paragraph holds too: text read twice. */
function readTwice(doc: Document, ps: readonly PageParagraph[]): number {
  const seen = new Set<Node>();
  let twice = 0;
  for (const p of ps) {
    const walker = doc.createTreeWalker(p.element, 4 /* NodeFilter.SHOW_TEXT */);
    walker.currentNode = p.first;
    let again = false;
    for (let n: Node | null = p.first; n !== null; n = walker.nextNode()) {
      if (seen.has(n)) again = true;
      seen.add(n);
      if (n === p.last) break;
    }
    if (again) twice++;
  }
  return twice;
}

export interface PageScore {
  name: string;
  bytes: number;
  paragraphs: number;
  precision: number | null;
  recall: number;
  admittedRecall: number | null;
  twice: number;
  recognised: boolean;
  parseMs: number;
  ourMs: number;
  readabilityMs: number;
}

function scorePage(dir: string, name: string, parse: Parser, engine: Engine): PageScore | null {
  const source = fs.readFileSync(path.join(dir, name, 'source.html'), 'utf8');
  const expectedHtml = fs.readFileSync(path.join(dir, name, 'expected.html'), 'utf8');
  const t0 = performance.now();
  const page = parse(source);
  const t1 = performance.now();
  const ps = extractParagraphs(page.doc);
  const t2 = performance.now();
  const texts = ps.map((p) => p.text);
  const twice = readTwice(page.doc, ps);
  const recognised = engine.analyse(texts, page.doc.body?.textContent ?? '').story !== null;
  page.close();
  const other = parse(source);
  const t3 = performance.now();
  new Readability(other.doc).parse();
  const readabilityMs = performance.now() - t3;
  other.close();
  const expected = parse(`<!doctype html><html><body>${expectedHtml}</body></html>`);
  const blocks = expected.doc.body === null ? [] : textBlocks(expected.doc.body);
  expected.close();
  const truth = bag(blocks.map((b) => b.text));
  if (size(truth) === 0) return null;
  const admitted = bag(blocks.filter((b) => admits(b.text, b.tag)).map((b) => b.text));
  const ours = bag(texts);
  return {
    name,
    bytes: Buffer.byteLength(source),
    paragraphs: ps.length,
    precision: size(ours) === 0 ? null : common(ours, truth) / size(ours),
    recall: common(ours, truth) / size(truth),
    admittedRecall: size(admitted) === 0 ? null : common(ours, admitted) / size(admitted),
    twice,
    recognised,
    parseMs: t1 - t0,
    ourMs: t2 - t1,
    readabilityMs,
  };
}

const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.floor((s.length - 1) / 2)] as number);
};
const f3 = (x: number | null): string => (x === null ? '  —  ' : x.toFixed(3));

export function summary(scores: readonly PageScore[]): string {
  const defined = (xs: (number | null)[]): number[] => xs.filter((x): x is number => x !== null);
  return [
    `${String(scores.length).padStart(5)} pages`,
    `precision ${f3(mean(defined(scores.map((s) => s.precision))))}`,
    `recall ${f3(mean(scores.map((s) => s.recall)))}`,
    `recall of admitted blocks ${f3(mean(defined(scores.map((s) => s.admittedRecall))))}`,
  ].join(' | ');
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i < 0 ? undefined : args[i + 1];
  };
  const domName = flag('--dom') ?? 'jsdom';
  const parse = PARSERS[domName];
  if (parse === undefined) {
    console.error(`unknown --dom ${domName}: one of ${Object.keys(PARSERS).join(', ')}`);
    process.exit(2);
  }
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--dom');
  const root = positional[0] ?? '../shared/real-pages';
  const dir = path.join(root, 'pages');
  if (!fs.existsSync(dir)) {
    console.error(`no real pages at ${dir} (give the folder holding pages/ as the first argument)`);
    process.exit(2);
  }
  const engine = new Engine(buildIndex(['seeds']));
  const scores: PageScore[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const s = scorePage(dir, name, parse, engine);
    if (s !== null) scores.push(s);
    if (s !== null && args.includes('--verbose'))
      console.log(
        `${name.padEnd(34)} ${String(s.paragraphs).padStart(4)} ¶  P ${f3(s.precision)}  R ${f3(s.recall)}  admitted R ${f3(s.admittedRecall)}${s.twice > 0 ? `  read twice ${s.twice}` : ''}`,
      );
  }
  const big = scores.filter((s) => s.bytes >= 8192);
  console.log(`Extraction on real pages (${root}), DOM: ${domName}`);
  console.log(`all pages      ${summary(scores)}`);
  console.log(`pages ≥ 8 KB   ${summary(big)}`);
  const f1 = (s: PageScore): number =>
    s.precision === null || s.precision + s.recall === 0
      ? 0
      : (2 * s.precision * s.recall) / (s.precision + s.recall);
  console.log('\nworst ten (by F1 of precision and recall):');
  for (const s of [...scores].sort((a, b) => f1(a) - f1(b)).slice(0, 10))
    console.log(
      `  ${s.name.padEnd(34)} ${String(s.paragraphs).padStart(4)} ¶  P ${f3(s.precision)}  R ${f3(s.recall)}  admitted R ${f3(s.admittedRecall)}`,
    );
  const empty = scores.filter((s) => s.paragraphs === 0);
  console.log(`\nno paragraphs: ${empty.length === 0 ? 'none' : empty.map((s) => s.name).join(', ')}`);
  const empties = scores.filter((s) => s.paragraphs === 0 && s.admittedRecall !== null);
  console.log(
    `  of them with text our rules admit: ${empties.length === 0 ? 'none' : empties.map((s) => s.name).join(', ')}`,
  );
  const twice = scores.filter((s) => s.twice > 0);
  console.log(
    `paragraphs read twice: ${twice.reduce((n, s) => n + s.twice, 0)}${twice.length > 0 ? ` (${twice.map((s) => `${s.name} ${s.twice}`).join(', ')})` : ''}`,
  );
  const recognised = scores.filter((s) => s.recognised);
  console.log(
    `real pages recognised as the story: ${recognised.length === 0 ? 'none' : recognised.map((s) => s.name).join(', ')}`,
  );
  const ms = (xs: number[]): string => `mean ${mean(xs).toFixed(2)} ms, median ${median(xs).toFixed(2)} ms`;
  console.log(`\ntime per page (${domName} in Node, same parsed pages):`);
  console.log(`  Backstory extraction  ${ms(scores.map((s) => s.ourMs))}`);
  console.log(`  Readability.parse()   ${ms(scores.map((s) => s.readabilityMs))}`);
  console.log(`  parsing the HTML      ${ms(scores.map((s) => s.parseMs))}`);
  console.log(
    "\nDev articles inside real pages (their paragraphs in place of the page's own), against their plain text:",
  );
  for (const line of furnitureSummary(furnitureCases(engine, process.cwd()))) console.log(line);
}
