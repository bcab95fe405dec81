// @vitest-environment happy-dom
// The text the gate reads (src/page/text.ts): the body's text as the browser gives it, read only
// up to its bound, however much the page holds after it.

import { expect, test } from 'vitest';
import { gateText } from '../../../src/page/text.ts';

const page = (body: string): Document => new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');

test('is the body’s textContent: every text node in order, nested, scripts and hidden ones too', () => {
  const doc = page(
    '<h1>Facebook asked banks</h1><div><p>for <b>customer</b> data</p><script>var x = 1;</script></div><p hidden>more</p>',
  );
  expect(gateText(doc)).toBe(doc.body.textContent);
});

test('is cut at the bound, inside a text node when the bound falls there', () => {
  const doc = page('<p>Facebook</p><p>asked banks</p>');
  expect(gateText(doc, 11)).toBe('Facebookask');
  expect(gateText(doc, 8)).toBe('Facebook');
  expect(gateText(doc, 1000)).toBe('Facebookasked banks');
});

test('reads no text node after the bound: a page of endless text costs no more than the bound', () => {
  const doc = page(`<p>Facebook asked banks</p>${'<p>comment</p>'.repeat(50)}`);
  const read = new Set<Node>();
  for (const p of doc.querySelectorAll('p')) {
    const node = p.firstChild as Text;
    const data = node.data;
    Object.defineProperty(node, 'data', { get: () => (read.add(node), data) });
  }
  expect(gateText(doc, 30)).toBe('Facebook asked bankscommentcom');
  expect(read.size).toBe(3);
});

test('reads at most its bound of text nodes, however short they are', () => {
  const doc = page(`<p>Facebook asked banks</p>${'<span>x</span>'.repeat(100)}`);
  expect(gateText(doc, 1000, 4)).toBe('Facebook asked banksxxx');
});

test('a document without a body has no text', () => {
  const doc = document.implementation.createDocument(null, 'feed');
  expect(gateText(doc)).toBe('');
});
