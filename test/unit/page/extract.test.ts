// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractParagraphs } from '../../../src/page/extract.ts';

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const texts = (html: string): string[] => extractParagraphs(load(html)).map((p) => p.text);
const LONG = 'Facebook has asked large US banks to share financial information about their customers.';
const LONG2 = 'Citigroup acknowledged holding talks with Facebook but declined to comment further on it.';

describe('paragraph extraction from a live document', () => {
  test('reads the <article> body and its headings, and skips navigation, ads, share bars, comments and hidden text', () => {
    const html = `<body><header><p>${LONG} (header)</p></header><nav><p>${LONG} (nav)</p></nav>
      <article><h1>Title here that is long enough to be a paragraph.</h1>
        <div class="share-bar"><p>${LONG} (share)</p></div>
        <p>${LONG}</p><div class="ad-slot"><p>${LONG} (ad)</p></div>
        <p hidden>${LONG} (hidden)</p><p style="display: none">${LONG} (none)</p><p aria-hidden="true">${LONG} (aria)</p>
        <p>${LONG2}</p>
        <section class="comments"><p>${LONG} (comment quoting the article)</p></section>
      </article><footer><p>${LONG} (footer)</p></footer><script>var x = "${LONG}";</script></body>`;
    expect(texts(html)).toEqual(['Title here that is long enough to be a paragraph.', LONG, LONG2]);
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

  test('text set straight in the body, inline, is read from the body (never from above it)', () => {
    const doc = load(`<body><span>${LONG}</span> <em>${LONG2}</em></body>`);
    const ps = extractParagraphs(doc);
    expect(ps.map((p) => p.text)).toEqual([`${LONG} ${LONG2}`]);
    expect(ps.map((p) => p.element)).toEqual([doc.body]);
  });

  test('handles an empty body and deep nesting without throwing', () => {
    expect(texts('<body></body>')).toEqual([]);
    const deep = `${'<div>'.repeat(2000)}<p>${LONG}</p>${'</div>'.repeat(2000)}`;
    expect(texts(`<body>${deep}</body>`)).toEqual([LONG]);
  });

  test('a <meta itemprop="articleBody"> in the head is not the article', () => {
    const html = `<html><head><meta itemprop="articleBody" content="${LONG}"></head><body><article><p>${LONG}</p><p>${LONG2}</p></article></body></html>`;
    expect(texts(html)).toEqual([LONG, LONG2]);
  });

  test('a furniture word inside a compound class name, or on a wrapper around the whole page, hides nothing', () => {
    const html = `<body><div class="i-nav_drawer_slide has-sidebar"><div class="site-nav"><p>${LONG} (nav)</p></div>
      <article><p>${LONG}</p><p>${LONG2}</p></article><div class="sidebar"><p>${LONG} (sidebar)</p></div></div></body>`;
    expect(texts(html)).toEqual([LONG, LONG2]);
  });

  test('on a long page, a wrapper named like furniture still holds the article, however often it is met', () => {
    // A page's wrapper with a sidebar layout's class, twenty story cards that each make the search
    // climb through it again, the article, and a thread of 3,000 comments: 24,000 text nodes.
    const para = (i: number): string => `Paragraph ${i} of the story says that ${LONG.toLowerCase()}`;
    const cards = Array.from(
      { length: 20 },
      (_, i) =>
        `<article class="card"><h3><a href="/s${i}">Another story ${i}</a></h3><p>A teaser for story ${i}.</p></article>`,
    ).join('');
    const comments = Array.from(
      { length: 3_000 },
      (_, i) =>
        `<li><span>user${i}</span> <time>1h</time> <span>Reply ${i} says something.</span> <a href="#">Like</a></li>`,
    ).join('');
    const html = `<body><div class="site has-sidebar"><div class="top-stories">${cards}</div>
      <main><article class="story">${[0, 1, 2, 3, 4, 5].map((i) => `<p>${para(i)}</p>`).join('')}</article>
      <section id="comments"><ul>${comments}</ul></section></main><aside class="sidebar"><p>${LONG} (sidebar)</p></aside></div></body>`;
    expect(texts(html)).toEqual([0, 1, 2, 3, 4, 5].map(para));
  });

  test('an article split over sibling blocks is read whole, and a long list in a complementary region does not win', () => {
    const para = (i: number): string => `Paragraph ${i} of the story says that ${LONG.toLowerCase()}`;
    const names = Array.from(
      { length: 400 },
      (_, i) => `<li>Name number ${i} of a long list of people, with a title.</li>`,
    ).join('');
    const html = `<body><div class="x1"><div class="x2">${[0, 1, 2].map((i) => `<p>${para(i)}</p>`).join('')}</div>
      <div class="x3"><span>Advertisement</span></div><div class="x2">${[3, 4, 5].map((i) => `<p>${para(i)}</p>`).join('')}</div></div>
      <div role="complementary"><ul>${names}</ul></div></body>`;
    expect(texts(html)).toEqual([0, 1, 2, 3, 4, 5].map(para));
  });

  test('a block inside an element the walk does not take for a block is read once', () => {
    const html = `<body><article><div><span><p>${LONG}</p><p>${LONG2}</p></span></div></article></body>`;
    expect(texts(html)).toEqual([LONG, LONG2]);
  });

  test('lines ending in 。or ] are read', () => {
    const cjk = '脸书要求美国大型银行分享客户的财务信息，包括信用卡交易和账户余额。';
    const page = 'The agency shall publish the notice in the Federal Register within thirty days [Page 3]';
    expect(texts(`<body><article><p>${cjk}</p><p>${page}</p></article></body>`)).toEqual([cjk, page]);
  });

  test('captions, galleries, author bios and teasers hidden by a class stay out of the article', () => {
    const html = `<body><article><p>${LONG}</p>
      <figure><img src="a.jpg" alt=""><figcaption>${LONG2} (caption)</figcaption></figure>
      <div class="photo-gallery"><p>Another story entirely, told in pictures for the readers here.</p></div>
      <div class="author-bio"><p>Jane Doe covers banking for the paper and lives in New York City.</p></div>
      <div class="up-next is-hidden"><p>Next on the site: a different story about something else.</p></div>
      <p>${LONG2}</p></article></body>`;
    expect(texts(html)).toEqual([LONG, LONG2]);
  });

  test('the headline and standfirst above the article are read, first, with their roles; the site logo and teasers are not', () => {
    const html = `<html><head><title>Facebook wants your bank balance | The Ledger</title></head><body>
      <header class="site"><h1><a href="/">The Ledger</a></h1><nav><a href="/a">Business</a></nav></header>
      <div class="story-head"><h1>Facebook wants your bank balance</h1><p class="standfirst">The social network asked banks for card data and balances</p>
      <div class="byline">By Jane Doe</div></div>
      <div class="story-body"><p>${LONG}</p><h2>What the banks said</h2><p>${LONG2}</p>
      <ul><li><a href="/r1">Markets slide as tech shares fall for a third straight session</a></li><li><a href="/r2">Five things to know about your bank's new mobile app</a></li></ul></div></body></html>`;
    const ps = extractParagraphs(load(html));
    expect(ps.map((p) => [p.role, p.text])).toEqual([
      ['headline', 'Facebook wants your bank balance'],
      ['text', 'The social network asked banks for card data and balances'],
      ['text', LONG],
      ['heading', 'What the banks said'],
      ['text', LONG2],
    ]);
    expect(ps[0]?.element.tagName).toBe('H1');
  });
});
