// @vitest-environment happy-dom
// happy-dom has no CSS Custom Highlight API, like an older browser: the fallback marks the
// paragraph elements with an attribute (styled by page.css) and clears them again.

import { describe, expect, test } from 'vitest';
import { Highlighter } from '../../../src/content/overlay/highlights.ts';
import { extractParagraphs } from '../../../src/page/extract.ts';

describe('highlight fallback', () => {
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
});
