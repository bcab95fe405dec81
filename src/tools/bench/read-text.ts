// `npx tsx src/tools/bench/read-text.ts`: what reading a page's text for the gate costs in
// headless Debian Chromium and Firefox ESR, on news pages on another topic of 1,000 to 1,600,000
// words (the last about 10 MB), a 1,000-word one with a grid of 200,000 one-letter cells after it
// (the hostile suite's huge-dom), review 21's two hostile pages of a million empty elements, and
// two of few elements but much text (10 MB in one paragraph, a million text nodes between
// comments): the body's textContent cut at MAX_GATE_CHARS (the gate until cfcedf6), the walk of
// every text node to the bounds (cfcedf6), the block reads of b67ec24, and what the gate ships
// (src/page/text.ts: the walk, each text node read only as far as the bound leaves). Each read is
// followed by a look at the string's middle character, so a string the engine keeps in pieces is
// made whole inside the timing, as the gate's scan would. Median of 31 timed rounds after 5
// untimed; a round reads a page under 200,000 characters and 100,000 elements 100 times. The
// medians reuse the live collections' caches, so the 'first' columns time one read by b67ec24's
// and the shipped reader in a freshly loaded page, as the gate's first run on a page is.
import { chromium } from 'playwright-core';
import { CHROMIUM, ensureBrowsers } from '../harness/ensure-browsers.ts';
import { launchFirefox } from '../harness/firefox.ts';
import { startProxy } from '../harness/proxy.ts';
import { MAX_GATE_CHARS } from '../../pipeline/bounds.ts';
import { gateTextInSteps, MAX_GATE_NODES } from '../../page/text.ts';
import { otherTopicPage } from './pages.ts';

/**
 * The gate's read of b67ec24 (plain source, comments dropped): native textContent per block of at
 * most 10,000 elements within one work budget of 50,000 steps, the rest walked text node by text
 * node. The 'before' column, so one run prints both.
 */
const BLOCK_ELEMENTS = 10_000;
const BEFORE = `function gateText(doc, max, maxNodes, block) {
  const body = doc.body;
  if (body === null) return '';
  const maxDepth = 32;
  let text = '';
  let work = 0;
  let walked = false;
  const done = () => walked || text.length >= max;
  const walkFrom = (from) => {
    walked = true;
    const walker = doc.createTreeWalker(body, 4 | 8);
    walker.currentNode = from;
    let node = from.nodeType === 3 || from.nodeType === 4 ? from : walker.nextNode();
    for (let nodes = 0; node !== null && nodes < maxNodes && text.length < max; nodes++) {
      text += node.data;
      node = walker.nextNode();
    }
  };
  const read = (element, depth, big) => {
    const limit = Math.min(block, maxNodes - work);
    if (limit <= 0 || depth >= maxDepth) return walkFrom(element);
    if (!big) {
      const all = element.firstElementChild === null ? null : element.getElementsByTagName('*');
      const size = all === null ? 1 : all.item(limit - 1) === null ? all.length + 1 : Infinity;
      work += Math.min(size, limit);
      if (size <= limit) {
        text += element.textContent ?? '';
        return;
      }
    }
    const only = element.firstElementChild === element.lastElementChild;
    for (let node = element.firstChild; node !== null && !done(); node = node.nextSibling) {
      if (work >= maxNodes) return walkFrom(node);
      work++;
      if (node.nodeType === 3 || node.nodeType === 4) text += node.data;
      else if (node.nodeType === 1) read(node, depth + 1, only);
    }
  };
  read(body, 0, false);
  return text.length > max ? text.slice(0, max) : text;
}`;

const WORDS = [1_000, 5_000, 20_000, 100_000, 1_600_000];
// Review 21's hostile pages: 100 towers of 33 nested divs over 10,000 empty <i> each, and a
// million empty <i> before the one word of text.
const TOWERS = `<div>${'<div>'.repeat(33)}${'<i></i>'.repeat(10_000)}${'</div>'.repeat(33)}</div>`.repeat(
  100,
);
const EMPTY = `${'<i></i>'.repeat(1_000_000)}Facebook`;
// One block of few elements but much text: 10 MB in one paragraph, and a million text nodes
// between comments in one element (5 MB).
const PARAGRAPH = `<p>${'The quick brown fox jumps over the lazy dog. '.repeat(233_000)}</p>`;
const COMMENTS = `<div>${'text <!---->'.repeat(1_000_000)}</div>`;
const GRID = `<div class="grid">${'<div>'.concat('<span>x</span>'.repeat(100), '</div>').repeat(2000)}</div>`;

/** The shipped read, run to its end at once (as src/page/steps.ts's runSteps), as plain source. */
const SHIPPED = `(doc, max, maxNodes) => {
  const steps = (${gateTextInSteps.toString()})(doc, max, maxNodes);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}`;

/** Run in the page: the three reads, timed. Plain source, so no build step's helpers reach the page. */
const MEASURE = `(() => {
  const MAX = ${MAX_GATE_CHARS};
  // tsx names the shipped function's inner arrows with this helper; the page has none of its own.
  const __name = (f) => f;
  const shipped = ${SHIPPED};
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
  /** The median of three first reads by each gate, each before any cache. */
  first: { before: number; shipped: number };
  /** The b67ec24 gate's median. */
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
    'blocks b67ec24 ms',
    'walk, bounded (shipped) ms',
    'first b67ec24 ms',
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
  {
    name: '10 MB paragraph',
    html: otherTopicPage('unrelated', 1_000).replace('</body>', `${PARAGRAPH}</body>`),
  },
  {
    name: '1M text nodes',
    html: otherTopicPage('unrelated', 1_000).replace('</body>', `${COMMENTS}</body>`),
  },
];

// `-- <name>…` measures only the pages whose names hold one of these ("towers", "MB"), `--chromium`
// or `--firefox` one browser.
const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith('--'));
const chosen = pages.filter((p) => names.length === 0 || names.some((n) => p.name.includes(n)));
const browsers = ['chromium', 'firefox'].filter(
  (b) => !args.some((a) => a.startsWith('--')) || args.includes(`--${b}`),
);

/** The two browsers' drivers differ; the bench needs only these two calls of a tab. */
interface Tab {
  setContent(html: string): Promise<unknown>;
  evaluate(script: string): Promise<unknown>;
}

/**
 * Every page in one browser: first reads on fresh loads, three by each gate taken in turn, the order
 * swapped each time (what the last page left to collect falls on neither gate alone), their
 * medians; then the medians of the rounds.
 */
async function measureIn(browser: string, page: Tab): Promise<void> {
  const gates = [
    ['before', BEFORE],
    ['shipped', SHIPPED],
  ] as const;
  for (const { name, html } of chosen) {
    const firsts = { before: [] as number[], shipped: [] as number[] };
    for (let round = 0; round < 3; round++)
      for (const [gate, source] of round % 2 === 0 ? gates : [...gates].reverse()) {
        await page.setContent(html);
        firsts[gate].push((await page.evaluate(firstRead(source))) as number);
      }
    const middle = (times: number[]): number => times.sort((a, b) => a - b)[1] ?? 0;
    const first = { before: middle(firsts.before), shipped: middle(firsts.shipped) };
    await page.setContent(html);
    report(browser, name, { ...((await page.evaluate(MEASURE)) as Reading), first });
  }
}

if (browsers.includes('chromium')) {
  const chrome = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    await measureIn('chromium', await chrome.newPage());
  } finally {
    await chrome.close();
  }
}

if (browsers.includes('firefox')) {
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
}

const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i] ?? 0)).join('  '));
