// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { LEAD_CHARS } from '../../../src/core/text-page.ts';
import { leadText } from '../../../src/page/text.ts';

const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe("the page's lead, the gate's first and cheapest read", () => {
  test('holds the title, the description and social-card tags and the start of the text, not scripts', () => {
    const lead = leadText(load(`<html><head><title>Banks and a social network</title>
      <meta name="description" content="What Facebook asked for"><meta property="og:title" content="Card data"></head>
      <body><script>var hidden = "script text";</script><nav>Home · World</nav><p>The story begins here.</p></body></html>`));
    for (const part of ['Banks and a social network', 'What Facebook asked for', 'Card data', 'Home · World', 'The story begins here.']) expect(lead).toContain(part);
    expect(lead).not.toContain('script text');
  });

  test('stops after its budget of text: a subject named only far down the page is not in it', () => {
    const filler = 'Local news about the weather and the council. '.repeat(200);
    const lead = leadText(load(`<body><p>${filler}</p><p>Facebook asked banks for data.</p></body>`));
    expect(filler.length).toBeGreaterThan(LEAD_CHARS);
    expect(lead).not.toContain('Facebook');
    expect(lead.length).toBeLessThan(LEAD_CHARS + 200);
  });

  test('a page of empty text nodes is not walked to its end', () => {
    const lead = leadText(load(`<body>${'<span> </span>'.repeat(20000)}<p>Facebook asked banks for data.</p></body>`));
    expect(lead).not.toContain('Facebook');
  });
});
