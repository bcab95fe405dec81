// @vitest-environment happy-dom
// The text the gate reads (src/page/text.ts): the body's text as the browser gives it, read only
// up to its bound, however much the page holds after it.

import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { BLOCK_ELEMENTS, gateText } from '../../../src/page/text.ts';
import { devArticle, newsPage, seedArticle } from '../../../src/tools/harness/pages.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const page = (body: string): Document => new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
const html = (source: string): Document => new DOMParser().parseFromString(source, 'text/html');

test('is the body’s textContent: every text node in order, nested, scripts and hidden ones too', () => {
  const doc = page(
    '<h1>Facebook asked banks</h1><div><p>for <b>customer</b> data</p><script>var x = 1;</script></div><p hidden>more</p>',
  );
  expect(gateText(doc)).toBe(doc.body.textContent);
});

test('is the body’s textContent on every seed and dev page as the browser would hold it', () => {
  const seeds = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));
  const dev = fs.readdirSync(path.join(ROOT, 'test/eval/dev/pages')).filter((f) => f.endsWith('.txt'));
  const docs = [...seeds.map(seedArticle), ...dev.map(devArticle)].map((a) => html(newsPage(a)));
  expect(docs.length).toBeGreaterThan(20);
  for (const doc of docs) expect(gateText(doc)).toBe(doc.body.textContent);
});

test('is the body’s textContent on a page of more blocks than one read takes, loose text between them', () => {
  const comments = Array.from(
    { length: BLOCK_ELEMENTS },
    (_, i) => `<div><p>comment ${i}</p></div> said `,
  ).join('');
  const doc = page(
    `<article><p>Facebook <b>asked</b> banks</p></article>tail<section>${comments}</section>end`,
  );
  expect(gateText(doc)).toBe(doc.body.textContent);
});

test('is the body’s textContent on a page nested deeper than the reader descends', () => {
  const open = '<div>a'.repeat(100);
  const close = '</div>b'.repeat(100);
  const doc = page(`${open}${'<span>x</span>'.repeat(BLOCK_ELEMENTS)}${close}`);
  expect(gateText(doc)).toBe(doc.body.textContent);
});

test('is cut at the bound, inside a text node when the bound falls there', () => {
  const doc = page('<p>Facebook</p><p>asked banks</p>');
  expect(gateText(doc, 11)).toBe('Facebookask');
  expect(gateText(doc, 8)).toBe('Facebook');
  expect(gateText(doc, 1000)).toBe('Facebookasked banks');
});

test('reads no block after the bound: a page of endless text costs no more than the bound', () => {
  const doc = page(`<p>Facebook asked banks</p>${'<p>comment</p>'.repeat(BLOCK_ELEMENTS * 2)}`);
  const read = new Set<Node>();
  for (const p of doc.querySelectorAll('p')) {
    const text = p.textContent;
    Object.defineProperty(p, 'textContent', { get: () => (read.add(p), text) });
  }
  expect(gateText(doc, 30)).toBe('Facebook asked bankscommentcom');
  expect(read.size).toBe(3);
});

test('reads at most its bound of nodes, however short they are', () => {
  const doc = page(`<p>Facebook asked banks</p>${'<span>x</span>'.repeat(100)}`);
  expect(gateText(doc, 1000, 4)).toBe('Facebook asked banksxxx');
});

test('a document without a body has no text', () => {
  const doc = document.implementation.createDocument(null, 'feed');
  expect(gateText(doc)).toBe('');
});

/** The elements of `doc` whose textContent the reader asked for, in order. */
const wholeReads = (doc: Document): Element[] => {
  const read: Element[] = [];
  for (const element of doc.body.querySelectorAll('*')) {
    const text = element.textContent;
    Object.defineProperty(element, 'textContent', { get: () => (read.push(element), text) });
  }
  return read;
};

test('charges a block read whole every element in it, so a page of small blocks is walked past the bound', () => {
  const doc = page(`${'<div><b>x</b></div>'.repeat(5)}<p>Facebook</p>`);
  const read = wholeReads(doc);
  // The body sized (5), then five blocks of two elements each stepped to (1) and read (2): 20.
  expect(gateText(doc, 1000, 21, 5)).toBe('xxxxxFacebook');
  expect(read.map((e) => e.tagName)).toEqual(['DIV', 'DIV', 'DIV', 'DIV', 'DIV']);
});

test('finds the text after a run of empty elements longer than the bound', () => {
  const doc = page(`${'<i></i>'.repeat(1000)}<p>Facebook</p>`);
  expect(gateText(doc, 1000, 100, 10)).toBe('Facebook');
});

test('sizes a tower of only children once, not at every level', () => {
  const doc = page(`${'<div>'.repeat(20)}${'<i>x</i>'.repeat(100)}${'</div>'.repeat(20)}`);
  let sized = 0;
  for (const element of [doc.body, ...doc.body.querySelectorAll('div')]) {
    const size = element.getElementsByTagName.bind(element);
    element.getElementsByTagName = (name: string) => (sized++, size(name));
  }
  expect(gateText(doc, 1000, 50_000, 10)).toBe('x'.repeat(100));
  expect(sized).toBe(1);
});

test('walks, reading no element whole, past 32 levels of nesting', () => {
  const depth = 40;
  const doc = page(`${'<div>'.repeat(depth)}${'<i>x</i>'.repeat(3)}${'</div>'.repeat(depth)}`);
  const read = wholeReads(doc);
  expect(gateText(doc, 1000, 50_000, 2)).toBe('xxx');
  expect(read).toEqual([]);
});

test('walks at most its bound of text nodes and stops at the character bound', () => {
  const nest = (n: number): Document =>
    page(`${'<div>'.repeat(40)}${'<i>x</i>'.repeat(n)}${'</div>'.repeat(40)}`);
  expect(gateText(nest(200), 1000, 50, 10)).toBe('x'.repeat(50));
  const doc = nest(200);
  let looked = 0;
  for (const i of doc.querySelectorAll('i')) {
    const node = i.firstChild as Text;
    const data = node.data;
    Object.defineProperty(node, 'data', { get: () => (looked++, data) });
  }
  expect(gateText(doc, 30, 50_000, 10)).toBe('x'.repeat(30));
  expect(looked).toBe(30);
});

test('charges loose text and comments to the bound, then walks at most the bound of text nodes more', () => {
  const doc = page(`${'a<!---->'.repeat(200)}${'<i></i>'.repeat(20)}`);
  // The body sized (10), 40 nodes stepped over (20 of them text), then 50 text nodes walked.
  expect(gateText(doc, 1000, 50, 10)).toBe('a'.repeat(70));
});
