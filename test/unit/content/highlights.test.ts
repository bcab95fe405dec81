// @vitest-environment happy-dom
// happy-dom has no CSS Custom Highlight API, like an older browser: the fallback marks the
// paragraph elements with an attribute (styled by page.css) and clears them again. With a
// stand-in for the API, the resting and full highlights each hold their paragraphs.

import { describe, expect, onTestFinished, test } from 'vitest';
import { Highlighter } from '../../../src/content/overlay/highlights.ts';
import { extractParagraphs } from '../../../src/page/extract.ts';

describe('highlights', () => {
  test('marks and unmarks paragraphs without touching their text', () => {
    const doc = new DOMParser().parseFromString(
      '<body><article><p>Facebook has asked large US banks to share financial information.</p><p>Citigroup declined to comment on the talks with Facebook at all.</p></article></body>',
      'text/html',
    );
    const before = doc.body.innerText ?? doc.body.textContent;
    const [a, b] = extractParagraphs(doc);
    const h = new Highlighter(doc);
    expect(
      h.show([
        { paragraph: a!, kind: 'report' },
        { paragraph: b!, kind: 'response' },
      ]),
    ).toBe('fallback');
    expect(
      [...doc.querySelectorAll('[data-backstory-kind]')].map((e) => e.getAttribute('data-backstory-kind')),
    ).toEqual(['report', 'response']);
    expect(doc.body.innerText ?? doc.body.textContent).toBe(before);
    h.clear();
    expect(doc.querySelectorAll('[data-backstory-kind]')).toHaveLength(0);
  });

  test('with the Highlight API: every paragraph in its kind’s resting tint but the one the reader is on', () => {
    const doc = new DOMParser().parseFromString(
      '<body><article><p>Facebook has asked large US banks to share financial information.</p><p>The social network wants card transactions and checking balances.</p><p>Citigroup declined to comment on the talks with Facebook at all.</p></article></body>',
      'text/html',
    );
    // A stand-in registry where happy-dom has none: the names and how many ranges each holds.
    const registry = new Map<string, { size: number }>();
    const view = doc.defaultView as unknown as object;
    const saved = ['CSS', 'Highlight'].map((k) => [k, Object.getOwnPropertyDescriptor(view, k)] as const);
    onTestFinished(() => {
      for (const [k, d] of saved)
        if (d === undefined) Reflect.deleteProperty(view, k);
        else Object.defineProperty(view, k, d);
    });
    Object.defineProperty(view, 'CSS', { value: { highlights: registry }, configurable: true });
    Object.defineProperty(view, 'Highlight', {
      value: class {
        size: number;
        constructor(...ranges: unknown[]) {
          this.size = ranges.length;
        }
      },
      configurable: true,
    });
    const [a, b, c] = extractParagraphs(doc);
    const h = new Highlighter(doc);
    const sizes = () => Object.fromEntries([...registry].map(([name, set]) => [name, set.size]));
    expect(
      h.show([
        { paragraph: a!, kind: 'report' },
        { paragraph: b!, kind: 'report', strong: true },
        { paragraph: c!, kind: 'response' },
      ]),
    ).toBe('highlight-api');
    expect(sizes()).toEqual({
      'backstory-report': 1,
      'backstory-report-rest': 1,
      'backstory-response-rest': 1,
    });
    h.show([
      { paragraph: a!, kind: 'report' },
      { paragraph: b!, kind: 'report' },
      { paragraph: c!, kind: 'response' },
    ]);
    expect(sizes()).toEqual({ 'backstory-report-rest': 2, 'backstory-response-rest': 1 });
    // On a dark page the resting paragraphs take the fainter tint, and none keeps the light one.
    h.show(
      [
        { paragraph: a!, kind: 'report' },
        { paragraph: c!, kind: 'response', strong: true },
      ],
      true,
    );
    expect(sizes()).toEqual({ 'backstory-report-rest-dark': 1, 'backstory-response': 1 });
    h.clear();
    expect(sizes()).toEqual({});
  });
});
