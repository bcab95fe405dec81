// The one place Node code turns an HTML string into a Document (the check CLI, the evaluation
// scripts, the harness's check of a page): jsdom, whose parser (parse5) follows the HTML standard's
// tree construction as the browsers do. happy-dom 21 (the newest published) drops everything after
// a <style> inside an <svg>, so a saved page read in Node lost its article where the browser did
// not (`npm run eval:extraction -- --dom happy-dom` measures it, see the README). No script
// runs, nothing is fetched.

import { JSDOM, VirtualConsole } from 'jsdom';

export interface ParsedPage {
  doc: Document;
  /** Frees the window; the Document must not be used after. */
  close(): void;
}

export function parseHtml(html: string, url = 'http://localhost/'): ParsedPage {
  // A page's stylesheets that jsdom's CSS parser rejects are the page's business, not ours: no
  // console noise for them.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return { doc: dom.window.document, close: () => dom.window.close() };
}
