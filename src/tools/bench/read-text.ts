// `npx tsx src/tools/bench/read-text.ts`: what reading a page's text for the gate costs in
// headless Debian Chromium and Firefox ESR, on news pages on another topic of 1,000 to 1,600,000
// words (the last about 10 MB) and a 1,000-word one with a grid of 200,000 one-letter cells
// after it (the hostile suite's huge-dom): the body's textContent cut at MAX_GATE_CHARS (the gate before),
// a walk of the text nodes that stops there collecting the pieces in an array and joining them
// (this change's first version), and the walk the gate ships (src/page/text.ts), appending to one
// string. Each read is followed by a look at the string's middle character, so a string the
// engine keeps in pieces is made whole inside the timing, as the gate's scan would. Median of 31
// timed rounds after 5 untimed; a round reads a page under 200,000 characters 100 times.

import { chromium } from 'playwright-core';
import { CHROMIUM, ensureBrowsers } from '../harness/ensure-browsers.ts';
import { launchFirefox } from '../harness/firefox.ts';
import { startProxy } from '../harness/proxy.ts';
import { MAX_GATE_CHARS } from '../../pipeline/bounds.ts';
import { gateText, MAX_GATE_NODES } from '../../page/text.ts';
import { otherTopicPage } from './pages.ts';

const WORDS = [1_000, 5_000, 20_000, 100_000, 1_600_000];
const GRID = `<div class="grid">${'<div>'.concat('<span>x</span>'.repeat(100), '</div>').repeat(2000)}</div>`;

/** Run in the page: the three reads, timed. Plain source, so no build step's helpers reach the page. */
const MEASURE = `(() => {
  const MAX = ${MAX_GATE_CHARS};
  const shipped = ${gateText.toString()};
  const textContent = () => (document.body.textContent ?? '').slice(0, MAX);
  const joined = () => {
    const w = document.createTreeWalker(document.body, 0x4 | 0x8);
    const parts = [];
    let length = 0;
    while (length < MAX && w.nextNode() !== null) {
      const d = w.currentNode.data;
      const kept = length + d.length > MAX ? d.slice(0, MAX - length) : d;
      parts.push(kept);
      length += kept.length;
    }
    return parts.join('');
  };
  const reps = document.body.textContent.length < 200000 ? 100 : 1;
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
  return {
    chars: document.body.textContent.length,
    textContent: median(textContent),
    joined: median(joined),
    shipped: median(() => shipped(document, MAX, ${MAX_GATE_NODES})),
  };
})()`;

interface Reading {
  chars: number;
  textContent: number;
  joined: number;
  shipped: number;
}

const rows = [['browser', 'page', 'characters', 'textContent ms', 'walk, joined ms', 'walk, shipped ms']];
const report = (browser: string, name: string, r: Reading): void =>
  void rows.push([
    browser,
    name,
    r.chars.toLocaleString('en'),
    r.textContent.toFixed(3),
    r.joined.toFixed(3),
    r.shipped.toFixed(3),
  ]);

ensureBrowsers();
const pages = [
  ...WORDS.map((words) => ({
    name: `${words.toLocaleString('en')} words`,
    html: otherTopicPage('unrelated', words),
  })),
  { name: '200,000 cells', html: otherTopicPage('unrelated', 1_000).replace('</body>', `${GRID}</body>`) },
];

const chrome = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  const page = await chrome.newPage();
  for (const { name, html } of pages) {
    await page.setContent(html);
    report('chromium', name, await page.evaluate<Reading>(MEASURE));
  }
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
  const page = await ff.browser.newPage();
  for (const { name, html } of pages) {
    await page.setContent(html);
    report('firefox', name, (await page.evaluate(MEASURE)) as Reading);
  }
} finally {
  await ff.close();
  await proxy.close();
}

const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i] ?? 0)).join('  '));
