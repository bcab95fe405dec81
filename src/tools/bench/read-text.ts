// `npx tsx src/tools/bench/read-text.ts`: what reading a page's text for the gate costs in
// headless Debian Chromium and Firefox ESR, on news pages on another topic of 1,000 to 1,600,000
// words (the last about 10 MB), a 1,000-word one with a grid of 200,000 one-letter cells after it
// (the hostile suite's huge-dom), and review 21's two hostile pages of a million empty elements:
// the body's textContent cut at MAX_GATE_CHARS (the gate until cfcedf6), the walk of every text
// node to the bounds (cfcedf6), the block reads as merged in 8b08e5b, and what the gate ships
// (src/page/text.ts: native textContent per block of at most BLOCK_ELEMENTS elements, within one
// work budget). Each read is followed by a look at the string's middle character, so a string the
// engine keeps in pieces is made whole inside the timing, as the gate's scan would. Median of 31
// timed rounds after 5 untimed; a round reads a page under 200,000 characters and 100,000 elements 100 times. The
// medians reuse the live collections' caches, so the 'first' columns time one read by each block
// reader in a freshly loaded page, as the gate's first run on a page is.
import { chromium } from 'playwright-core';
import { CHROMIUM, ensureBrowsers } from '../harness/ensure-browsers.ts';
import { launchFirefox } from '../harness/firefox.ts';
import { startProxy } from '../harness/proxy.ts';
import { MAX_GATE_CHARS } from '../../pipeline/bounds.ts';
import { BLOCK_ELEMENTS, gateText, MAX_GATE_NODES } from '../../page/text.ts';
import { otherTopicPage } from './pages.ts';

/**
 * The gate's read as merged in 8b08e5b, before one work budget (plain source, comments dropped): the
 * 'before' column, so one run prints both.
 */
const BEFORE = `function gateText(doc, max, maxNodes, block) {
  const body = doc.body;
  if (body === null) return '';
  const maxDepth = 32;
  let text = '';
  let nodes = 0;
  const full = () => text.length >= max || nodes >= maxNodes;
  const walk = (root) => {
    const walker = doc.createTreeWalker(root, 0x4 | 0x8);
    for (let node = walker.nextNode(); node !== null && !full(); node = walker.nextNode()) {
      text += node.data;
      nodes++;
    }
  };
  const read = (element, depth) => {
    const limit = Math.min(block, maxNodes - nodes);
    const all = element.firstElementChild === null ? null : element.getElementsByTagName('*');
    const size = all === null ? 1 : all.item(limit - 1) === null ? all.length + 1 : Infinity;
    if (size <= limit) {
      text += element.textContent ?? '';
      nodes += size;
      return;
    }
    if (depth >= maxDepth) return walk(element);
    for (let node = element.firstChild; node !== null && !full(); node = node.nextSibling) {
      if (node.nodeType === 3 || node.nodeType === 4) {
        text += node.data;
        nodes++;
      } else if (node.nodeType === 1) read(node, depth + 1);
    }
  };
  if (!full()) read(body, 0);
  return text.length > max ? text.slice(0, max) : text;
}`;

const WORDS = [1_000, 5_000, 20_000, 100_000, 1_600_000];
// Review 21's hostile pages: 100 towers of 33 nested divs over 10,000 empty <i> each, and a
// million empty <i> before the one word of text.
const TOWERS = `<div>${'<div>'.repeat(33)}${'<i></i>'.repeat(10_000)}${'</div>'.repeat(33)}</div>`.repeat(
  100,
);
const EMPTY = `${'<i></i>'.repeat(1_000_000)}Facebook`;
const GRID = `<div class="grid">${'<div>'.concat('<span>x</span>'.repeat(100), '</div>').repeat(2000)}</div>`;

/** Run in the page: the three reads, timed. Plain source, so no build step's helpers reach the page. */
const MEASURE = `(() => {
  const MAX = ${MAX_GATE_CHARS};
  // tsx names the shipped function's inner arrows with this helper; the page has none of its own.
  const __name = (f) => f;
  const shipped = ${gateText.toString()};
  const before = ${BEFORE};
  const textContent = () => (document.body.textContent ?? '').slice(0, MAX);
  const walked = () => {
    const walker = document.createTreeWalker(document.body, 0x4 | 0x8);
    let text = '';
    let nodes = 0;
    for (let node = walker.nextNode(); node !== null && text.length < MAX; node = walker.nextNode()) {
      text += node.data;
      if (++nodes >= ${MAX_GATE_NODES}) break;
    }
    return text.length > MAX ? text.slice(0, MAX) : text;
  };
  // A page of a million empty elements is small in text but not to read: one read a round.
  const small = document.body.textContent.length < 200000 && document.getElementsByTagName('*').length < 100000;
  const reps = small ? 100 : 1;
  const median = (read) => {
    const round = () => {
      const t = performance.now();
      for (let i = 0; i < reps; i++) {
        const s = read();
        if (s.charCodeAt(s.length >> 1) < 0) throw new Error('unreachable');
      }
      return (performance.now() - t) / reps;
    };
    for (let i = 0; i < 5; i++) round();
    const times = Array.from({ length: 31 }, round).sort((a, b) => a - b);
    return times[15];
  };
  const same = shipped(document, MAX, ${MAX_GATE_NODES}, ${BLOCK_ELEMENTS}) === walked();
  return {
        before: median(() => before(document, MAX, ${MAX_GATE_NODES}, ${BLOCK_ELEMENTS})),
    chars: document.body.textContent.length,
    textContent: median(textContent),
    walked: median(walked),
    shipped: median(() => shipped(document, MAX, ${MAX_GATE_NODES}, ${BLOCK_ELEMENTS})),
    same,
  };
})()`;

/**
 * One read by a gate, timed, run first in a freshly loaded page (one load per gate), before any live collection of
 * the page has a cache the medians' rounds would reuse (they hide a first read's sizing cost).
 */
const firstRead = (source: string): string => `(() => {
  const __name = (f) => f;
  const t = performance.now();
  const s = (${source})(document, ${MAX_GATE_CHARS}, ${MAX_GATE_NODES}, ${BLOCK_ELEMENTS});
  if (s.charCodeAt(s.length >> 1) < 0) throw new Error('unreachable');
  return performance.now() - t;
})()`;

interface Reading {
  /** One first read by each gate, before any cache (FIRST). */
  first: { before: number; shipped: number };
  /** The 8b08e5b gate's median. */
  before: number;
  chars: number;
  textContent: number;
  walked: number;
  shipped: number;
  /** Whether the shipped read gives the cfcedf6 walk's text. */
  same: boolean;
}

const rows = [
  [
    'browser',
    'page',
    'characters',
    'textContent ms',
    'walk (cfcedf6) ms',
    'blocks 8b08e5b ms',
    'blocks (shipped) ms',
    'first 8b08e5b ms',
    'first shipped ms',
    'same text',
  ],
];
const report = (browser: string, name: string, r: Reading): void =>
  void rows.push([
    browser,
    name,
    r.chars.toLocaleString('en'),
    r.textContent.toFixed(3),
    r.walked.toFixed(3),
    r.before.toFixed(3),
    r.shipped.toFixed(3),
    r.first.before.toFixed(1),
    r.first.shipped.toFixed(1),
    r.same ? 'yes' : 'no',
  ]);

ensureBrowsers();
const pages = [
  ...WORDS.map((words) => ({
    name: `${words.toLocaleString('en')} words`,
    html: otherTopicPage('unrelated', words),
  })),
  { name: '200,000 cells', html: otherTopicPage('unrelated', 1_000).replace('</body>', `${GRID}</body>`) },
  { name: '100 towers', html: `<body>${TOWERS}</body>` },
  { name: '1M empty <i>', html: `<body>${EMPTY}</body>` },
];

/** The two browsers' drivers differ; the bench needs only these two calls of a tab. */
interface Tab {
  setContent(html: string): Promise<unknown>;
  evaluate(script: string): Promise<unknown>;
}

/** Every page in one browser: a first read by each gate on a fresh load, then the medians. */
async function measureIn(browser: string, page: Tab): Promise<void> {
  for (const { name, html } of pages) {
    const first = { before: 0, shipped: 0 };
    for (const [gate, source] of [
      ['before', BEFORE],
      ['shipped', gateText.toString()],
    ] as const) {
      await page.setContent(html);
      first[gate] = (await page.evaluate(firstRead(source))) as number;
    }
    await page.setContent(html);
    report(browser, name, { ...((await page.evaluate(MEASURE)) as Reading), first });
  }
}

const chrome = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  await measureIn('chromium', await chrome.newPage());
} finally {
  await chrome.close();
}

const proxy = await startProxy();
const ff = await launchFirefox({
  proxyPort: proxy.port,
  withExtension: false,
  extraPrefs: { 'privacy.reduceTimerPrecision': false },
});
try {
  await measureIn('firefox', await ff.browser.newPage());
} finally {
  await ff.close();
  await proxy.close();
}

const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i] ?? 0)).join('  '));
