// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractParagraphs } from '../../../src/page/extract.ts';

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const texts = (html: string): string[] => extractParagraphs(load(html)).map((p) => p.text);
const LONG = 'Facebook has asked large US banks to share financial information about their customers.';
const LONG2 = 'Citigroup acknowledged holding talks with Facebook but declined to comment further on it.';

describe('paragraph extraction from a live document', () => {
  test('reads the <article> body and skips navigation, ads, share bars, comments and hidden text', () => {
    const html = `<body><header><p>${LONG} (header)</p></header><nav><p>${LONG} (nav)</p></nav>
      <article><h1>Title here that is long enough to be a paragraph.</h1>
        <div class="share-bar"><p>${LONG} (share)</p></div>
        <p>${LONG}</p><div class="ad-slot"><p>${LONG} (ad)</p></div>
        <p hidden>${LONG} (hidden)</p><p style="display: none">${LONG} (none)</p><p aria-hidden="true">${LONG} (aria)</p>
        <p>${LONG2}</p>
        <section class="comments"><p>${LONG} (comment quoting the article)</p></section>
      </article><footer><p>${LONG} (footer)</p></footer><script>var x = "${LONG}";</script></body>`;
    expect(texts(html)).toEqual([LONG, LONG2]);
  });

  test('prefers schema.org articleBody, and keeps inline markup inside one paragraph', () => {
    const html = `<body><article><p>${LONG2}</p></article><div itemprop="articleBody"><p>Facebook <a href="#">asked</a> <em>large</em> US banks to share “financial information” about customers.</p></div></body>`;
    expect(texts(html)).toEqual([
      'Facebook asked large US banks to share “financial information” about customers.',
    ]);
  });

  test('splits <br>-separated text into paragraphs with their own nodes', () => {
    const doc = load(`<body><main><div class="text">${LONG}<br><br>${LONG2}<br></div></main></body>`);
    const ps = extractParagraphs(doc);
    expect(ps.map((p) => p.text)).toEqual([LONG, LONG2]);
    expect(ps[0]?.first).not.toBe(ps[1]?.first);
  });

  test('a plain <p> soup with no article element still yields its paragraphs in order', () => {
    expect(
      texts(
        `<body><p>${LONG}</p><div><p>${LONG2}</p></div><ul><li><a href="/a">Related story one about the banks.</a></li><li><a href="/b">Related story two about the banks.</a></li></ul></body>`,
      ),
    ).toEqual([LONG, LONG2]);
  });

  test('handles an empty body and deep nesting without throwing', () => {
    expect(texts('<body></body>')).toEqual([]);
    const deep = `${'<div>'.repeat(2000)}<p>${LONG}</p>${'</div>'.repeat(2000)}`;
    expect(texts(`<body>${deep}</body>`)).toEqual([LONG]);
  });
});
