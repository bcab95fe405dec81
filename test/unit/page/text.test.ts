// @vitest-environment happy-dom
// The text the gate reads (src/page/text.ts): the body's text as the browser gives it, read only
// up to its bound, however much the page holds after it.

import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { gateText, scanTextInSteps } from '../../../src/page/text.ts';
import { runSteps } from '../../../src/page/steps.ts';
import { foldForScan } from '../../../src/text/fold.ts';
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

test('is the body’s textContent on a page of many blocks, loose text between them', () => {
  const comments = Array.from({ length: 10_000 }, (_, i) => `<div><p>comment ${i}</p></div> said `).join('');
  const doc = page(
    `<article><p>Facebook <b>asked</b> banks</p></article>tail<section>${comments}</section>end`,
  );
  expect(gateText(doc)).toBe(doc.body.textContent);
});

test('is the body’s textContent on a page nested deep', () => {
  const open = '<div>a'.repeat(100);
  const close = '</div>b'.repeat(100);
  const doc = page(`${open}${'<span>x</span>'.repeat(10_000)}${close}`);
  expect(gateText(doc)).toBe(doc.body.textContent);
});

test('is cut at the bound, inside a text node when the bound falls there', () => {
  const doc = page('<p>Facebook</p><p>asked banks</p>');
  expect(gateText(doc, 11)).toBe('Facebookask');
  expect(gateText(doc, 8)).toBe('Facebook');
  expect(gateText(doc, 1000)).toBe('Facebookasked banks');
});

/**
 * The characters the reader had the DOM copy out of text nodes and elements while `read` ran: what
 * a read costs, whatever it keeps of it. Only the reader's own calls count, not those the DOM makes
 * of itself inside them (happy-dom's substringData reads data).
 */
function charactersCopied(doc: Document, read: () => void): number {
  let copied = 0;
  let depth = 0;
  const counted = <T extends string | null>(call: () => T): T => {
    depth++;
    try {
      const value = call();
      if (depth === 1) copied += value?.length ?? 0;
      return value;
    } finally {
      depth--;
    }
  };
  const count = (owner: object, name: string): (() => void) => {
    const own = Object.getOwnPropertyDescriptor(owner, name);
    if (own === undefined) throw new Error(`no ${name}`);
    const wrapped: PropertyDescriptor =
      own.get !== undefined
        ? {
            ...own,
            get(this: unknown) {
              return counted(() => own.get?.call(this) as string | null);
            },
          }
        : {
            ...own,
            value(this: unknown, ...args: unknown[]) {
              return counted(() => (own.value as (...a: unknown[]) => string).apply(this, args));
            },
          };
    Object.defineProperty(owner, name, wrapped);
    return () => Object.defineProperty(owner, name, own);
  };
  const owner = (object: object, name: string): object => {
    for (let o: object | null = object; o !== null; o = Object.getPrototypeOf(o) as object | null)
      if (Object.hasOwn(o, name)) return o;
    throw new Error(`no ${name}`);
  };
  const text = doc.createTextNode('');
  const undo = [
    count(owner(doc.body, 'textContent'), 'textContent'),
    count(owner(text, 'data'), 'data'),
    count(owner(text, 'substringData'), 'substringData'),
  ];
  try {
    read();
  } finally {
    for (const u of undo) u();
  }
  return copied;
}

test('copies no more of one huge paragraph than the bound leaves', () => {
  const doc = page(`<p>Facebook</p><p>${'lorem ipsum '.repeat(10_000)}</p><p>banks</p>`);
  let text = '';
  const copied = charactersCopied(doc, () => (text = gateText(doc, 1000)));
  expect(text).toBe(`Facebook${'lorem ipsum '.repeat(100)}`.slice(0, 1000));
  expect(copied).toBe(1000);
});

test('reads no more text nodes of a block than its bound, however few elements hold them', () => {
  const doc = page(`<p>Facebook</p><div>${'text <!---->'.repeat(1000)}</div>`);
  let text = '';
  const copied = charactersCopied(doc, () => (text = gateText(doc, 1_000_000, 100)));
  expect(text).toBe(`Facebook${'text '.repeat(99)}`);
  expect(copied).toBe(text.length);
});

test('reads at most its bound of nodes, however short they are', () => {
  const doc = page(`<p>Facebook asked banks</p>${'<span>x</span>'.repeat(100)}`);
  expect(gateText(doc, 1000, 4)).toBe('Facebook asked banksxxx');
});

test('a document without a body has no text', () => {
  const doc = document.implementation.createDocument(null, 'feed');
  expect(gateText(doc)).toBe('');
});

test('finds the text after a run of empty elements longer than the bound', () => {
  const doc = page(`${'<i></i>'.repeat(1000)}<p>Facebook</p>`);
  expect(gateText(doc, 1000, 100)).toBe('Facebook');
});

test('what the gate scans is its text with the invisible characters dropped, read and folded in steps', () => {
  const hyphenated = 'Face\u00ADbook asked banks for card trans\u00ADactions. '.repeat(20_000);
  const doc = page(`<p>${hyphenated}</p><p>Check\u200Bing balances</p>`);
  const steps = scanTextInSteps(doc);
  let yields = 0;
  let step = steps.next();
  for (; step.done !== true; step = steps.next()) yields++;
  expect(step.value).toBe(foldForScan(gateText(doc)));
  expect(step.value.startsWith('Facebook asked banks for card transactions. ')).toBe(true);
  expect(step.value.endsWith('Checking balances')).toBe(true);
  // Nearly a million characters of soft hyphens are folded over several steps, not at once.
  expect(yields).toBeGreaterThan(10);
  expect(runSteps(scanTextInSteps(page('<p>No story here.</p>')))).toBe('No story here.');
});
