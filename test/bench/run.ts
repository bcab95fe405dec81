// `npm run bench [-- --smoke | --chromium-only | --engine-only]`: what Backstory costs the reader, measured in headless Debian
// Chromium and Firefox ESR against the floor (one text pass) and a peer (Readability), in the
// same run, on generated pages served from localhost. Prints a table and writes
// test/bench/results.json. Median of repeated runs after a warm-up, min–max beside it.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { precomputedLexicon } from '../../vite.config.ts';
import type { ClaimIndex, GateFile } from '../../src/core/types.ts';
import { Engine } from '../../src/core/engine.ts';
import { analyseSpans } from '../../src/core/terms.ts';
import { gateOnly } from '../../src/index/build.ts';
import { launchChromium } from '../harness/chromium.ts';
import { CHROMIUM, ensureBrowsers } from '../harness/ensure-browsers.ts';
import { launchFirefox } from '../harness/firefox.ts';
import { startProxy } from '../harness/proxy.ts';
import { startServer } from '../harness/server.ts';
import { longStoryPage, longStoryParagraphs, otherTopicPage, storyArticles, storyPage } from './pages.ts';
import { syntheticIndex } from './synthetic.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const smoke = process.argv.includes('--smoke');
const RUNS = smoke ? 2 : 9;
const SIZES = smoke ? [1000] : [1000, 5000, 20000, 100000];
const SCALES = smoke ? [1, 10] : [1, 10, 100, 1000];
const BROWSERS = process.argv.includes('--chromium-only') ? ['chromium'] : ['chromium', 'firefox'];

interface Stat {
  median: number;
  min: number;
  max: number;
}
const stat = (xs: number[]): Stat => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? 0, min: s[0] ?? 0, max: s[s.length - 1] ?? 0 };
};
const f = (x: number, d = 2): string => x.toFixed(d);
const fs3 = (s: Stat): string => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;

// --- the probe bundle and the real content script -------------------------------------------
const outDir = path.join(import.meta.dirname, '.build');
await build({
  configFile: false,
  logLevel: 'error',
  plugins: [precomputedLexicon(), preact()],
  resolve: { alias: { '@index': path.join(ROOT, 'dist/index') } },
  build: { outDir, emptyOutDir: true, minify: true, lib: { entry: path.join(import.meta.dirname, 'probe.ts'), formats: ['iife'], name: 'BackstoryBench', fileName: () => 'probe.js' } },
});
const probe = fs.readFileSync(path.join(outDir, 'probe.js'), 'utf8');
// What runs on every page is the gate script; the full script (main.js) only where the gate passed.
const contentScript = fs.readFileSync(path.join(ROOT, 'dist/chrome/src/content/gate.js'), 'utf8');
// Where the gate passes, the background injects the full content script: evaluating it (parsing,
// compiling, module set-up such as stemming the lexicon) is a cost the story page pays too.
const fullScript = fs.readFileSync(path.join(ROOT, 'dist/chrome/src/content/main.js'), 'utf8');
const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/index/claim-index.json'), 'utf8')) as ClaimIndex;
const gate = gateOnly(index);
// The extension API the content script calls, answered in-page: the script itself runs unchanged.
const STUB = `globalThis.chrome = { runtime: { id: 'bench', lastError: undefined, getURL: (p) => p,
  sendMessage: (m, cb) => { const r = m && m.type === 'load-stories' ? { ok: true, value: window.__index } : { ok: true, value: true }; if (cb) setTimeout(() => cb(r), 0); else return Promise.resolve(r); },
  onMessage: { addListener() {}, removeListener() {}, hasListener() { return false; } } },
  storage: { local: { get: (k, cb) => { if (cb) setTimeout(() => cb({}), 0); else return Promise.resolve({}); } }, onChanged: { addListener() {}, removeListener() {} } } };`;

// --- the engine alone, in Node ------------------------------------------------------------------
// Issue #4's yardstick: full matching of a 2,000-word story article, with nothing else timed. The
// first call is the engine's first run in this process (its code not yet optimised); the baseline
// is tokenising the same text, the one pass matching cannot avoid.
const longParagraphs = longStoryParagraphs(smoke ? 500 : 2000);
const timeOnce = (fn: () => void): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const engine = new Engine(index);
const firstCall = timeOnce(() => engine.analyse(longParagraphs));
for (let i = 0; i < 50; i++) engine.analyse(longParagraphs);
const warm = stat(Array.from({ length: smoke ? 3 : 50 }, () => timeOnce(() => engine.analyse(longParagraphs))));
const tokenise = stat(Array.from({ length: smoke ? 3 : 50 }, () => timeOnce(() => longParagraphs.forEach((p) => analyseSpans(p)))));
const engineResult = { words: longParagraphs.join(' ').split(/\s+/).length, firstCall, warm, tokenise };
const printEngine = (): void => console.log(`\nMatching in Node, engine only (${engineResult.words}-word story article): first call ${f(firstCall)} · warm ${fs3(warm)} · baseline, tokenising alone ${fs3(tokenise)}`);
if (process.argv.includes('--engine-only')) {
  printEngine();
  process.exit(0);
}

// --- pages -------------------------------------------------------------------------------------
const pages: Record<string, string> = {};
const withProbe = (html: string): string => html.replace('</body>', '<script src="/probe.js"></script></body>');
for (const n of SIZES) for (const kind of ['unrelated', 'near-topic'] as const) pages[`/other/${kind}-${n}.html`] = withProbe(otherTopicPage(kind, n));
const stories = smoke ? storyArticles().slice(0, 2) : storyArticles();
for (const [i, s] of stories.entries()) pages[`/story/${i}.html`] = withProbe(storyPage(s.article));
const padded = stories[1]?.article ?? stories[0]!.article;
pages['/story/padded-20k.html'] = withProbe(storyPage(padded, smoke ? 3000 : 20000));
pages['/story/padded-100k.html'] = withProbe(storyPage(padded, smoke ? 5000 : 100000));
// The issue's yardstick: full matching of a 2,000-word story article.
pages['/story/long-2000.html'] = withProbe(longStoryPage(smoke ? 500 : 2000));
// Cross-origin isolation gives the pages a fine-grained clock (5 µs instead of 100 µs in Chromium).
const server = await startServer(pages, { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', 'cross-origin-resource-policy': 'same-origin' });
server.page('/probe.js', probe);
const proxy = await startProxy();
ensureBrowsers();

interface Tab {
  goto(url: string): Promise<void>;
  run<T>(fn: string): Promise<T>;
  /** Runs `fn` and counts the garbage collections the renderer made meanwhile (Chromium only). */
  runCountingGc?<T>(fn: string): Promise<{ value: T; gc: { count: number; ms: number } }>;
  close(): Promise<void>;
}

/** Garbage collections in a Chromium trace: DevTools' timeline events, the cheapest category to record. */
function collections(trace: Buffer): { count: number; ms: number } {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents?: { name: string; ph: string; dur?: number }[] }).traceEvents ?? [];
  const gcs = events.filter((e) => (e.name === 'MinorGC' || e.name === 'MajorGC') && e.ph === 'X');
  return { count: gcs.length, ms: gcs.reduce((ms, e) => ms + (e.dur ?? 0) / 1000, 0) };
}

/**
 * `open` gives a tab whose reloads stay in one renderer process, which keeps the page's compiled
 * scripts between loads (a reader going from article to article on one site); `openFresh` a tab
 * in a new browser context, so a new process that has compiled nothing yet (a reader's first
 * article from a site, in a new tab).
 */
async function withBrowser<T>(name: string, body: (open: () => Promise<Tab>, openFresh: () => Promise<Tab>) => Promise<T>): Promise<T> {
  if (name === 'chromium') {
    const c = await launchChromium({ proxyPort: proxy.port, extension: null, args: ['--enable-precise-memory-info', '--js-flags=--expose-gc'] });
    // A persistent context (the harness's, for the extension) cannot make others: new contexts
    // come from a second, plain browser.
    let plain: Browser | null = null;
    try {
      return await body(
        async () => {
          const page = await c.context.newPage();
          return { goto: async (u) => void (await page.goto(u)), run: (fn) => page.evaluate(fn), close: () => page.close() };
        },
        async () => {
          plain ??= await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', `--proxy-server=http://127.0.0.1:${proxy.port}`] });
          const browser = plain;
          const context = await browser.newContext();
          const page = await context.newPage();
          return {
            goto: async (u) => void (await page.goto(u)),
            run: (fn) => page.evaluate(fn),
            runCountingGc: async <T>(fn: string) => {
              await browser.startTracing(page, { categories: ['devtools.timeline'] });
              const value = (await page.evaluate(fn)) as T;
              return { value, gc: collections(await browser.stopTracing()) };
            },
            close: () => context.close(),
          };
        },
      );
    } finally {
      await (plain as Browser | null)?.close();
      await c.close();
    }
  }
  const ff = await launchFirefox({ proxyPort: proxy.port, withExtension: false, extraPrefs: { 'privacy.reduceTimerPrecision': false } });
  try {
    return await body(
      async () => {
        const page = await ff.browser.newPage();
        return { goto: async (u) => void (await page.goto(u)), run: (fn) => page.evaluate(fn) as Promise<never>, close: () => page.close() };
      },
      async () => {
        const context = await ff.browser.createBrowserContext();
        const page = await context.newPage();
        return { goto: async (u) => void (await page.goto(u)), run: (fn) => page.evaluate(fn) as Promise<never>, close: () => context.close() };
      },
    );
  } finally {
    await ff.close();
  }
}

/** Runs `fn` (page source) on a fresh load of the page, RUNS times after one warm-up. */
async function measure<T>(tab: Tab, url: string, fn: string): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i <= RUNS; i++) {
    await tab.goto(`${server.origin}${url}`);
    const v = await tab.run<T>(fn);
    if (i > 0) out.push(v);
  }
  return out;
}

const results: Record<string, unknown> = { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, runs: RUNS, smoke, engine: engineResult };
const nonStory: Record<string, unknown>[] = [];
const storyRows: Record<string, unknown>[] = [];
const freshRows: { browser: string; page: string; analyse: Stat; readability: Stat; ratio: number; gc: { count: Stat; ms: Stat } | null }[] = [];
/** Pages also timed in a new process each run: one ordinary article and the 2,000-word one. */
const FRESH = ['/story/0.html', '/story/long-2000.html'];

for (const b of BROWSERS) {
  await withBrowser(b, async (open, openFresh) => {
    const tab = await open();
    for (const url of Object.keys(pages).filter((u) => u.startsWith('/other/'))) {
      const rows = await measure<{ floor: number; empty: number; backstory: number; gate: number }>(
        tab,
        url,
        `(() => {
          const floor = __bench.floor();
          const empty = __bench.evaluate('');
          __bench.evaluate(${JSON.stringify(STUB)});
          window.__index = ${JSON.stringify(index)};
          const backstory = __bench.evaluate(${JSON.stringify(contentScript)});
          const gate = __bench.gate(${JSON.stringify(gate)}).ms;
          return { floor, empty, backstory, gate };
        })()`,
      );
      const floor = stat(rows.map((r) => r.floor));
      const total = stat(rows.map((r) => r.backstory));
      const empty = stat(rows.map((r) => r.empty));
      nonStory.push({ browser: b, page: url.replace('/other/', '').replace('.html', ''), floor, empty, backstory: total, gate: stat(rows.map((r) => r.gate)), ratioToFloor: total.median / Math.max(floor.median, 1e-3), aboveEmpty: total.median - empty.median });
    }
    for (const url of Object.keys(pages).filter((u) => u.startsWith('/story/'))) {
      const rows = await measure<{ analyse: number; extract: number; overlay: number; readability: number; script: number; story: string | null; heap: number | null }>(
        tab,
        url,
        `(() => {
          const before = __bench.heap();
          __bench.load(${JSON.stringify(index)});
          const a = __bench.analyse();
          const overlay = __bench.overlay();
          const heap = before === null ? null : __bench.heap() - before;
          const readability = __bench.readability();
          // Last, so its own set-up warms nothing measured above.
          __bench.evaluate(${JSON.stringify(STUB)});
          window.__index = ${JSON.stringify(index)};
          const script = __bench.evaluate(${JSON.stringify(fullScript)});
          return { analyse: a.ms, extract: a.extractMs, overlay, readability, script, story: a.story, heap };
        })()`,
      );
      const analyse = stat(rows.map((r) => r.analyse));
      const overlay = stat(rows.map((r) => r.overlay));
      const readability = stat(rows.map((r) => r.readability));
      const name = /^\/story\/(padded|long)/.test(url) ? url.replace('/story/', '').replace('.html', '') : (stories[Number(url.replace(/\D/g, ''))]?.name ?? url);
      storyRows.push({ browser: b, page: name, recognised: rows[0]?.story !== null, analyse, extract: stat(rows.map((r) => r.extract)), script: stat(rows.map((r) => r.script)), overlay, readability, analyseRatio: analyse.median / readability.median, overlayRatio: overlay.median / readability.median, longestTask: Math.max(analyse.max, overlay.max), heapBytes: rows[0]?.heap ?? null });
    }
    // The same analysis in a process that has compiled nothing: each run a new browser context,
    // timed when the page is first idle, as the content script waits to be.
    for (const url of FRESH) {
      const runs: { analyse: number; readability: number; gc: { count: number; ms: number } | null }[] = [];
      for (let i = 0; i < RUNS; i++) {
        const fresh = await openFresh();
        await fresh.goto(`${server.origin}${url}`);
        await fresh.run('new Promise((resolve) => requestIdleCallback(resolve))');
        const analyse = `(() => { __bench.load(${JSON.stringify(index)}); return __bench.analyse().ms; })()`;
        const counted = fresh.runCountingGc === undefined ? { value: await fresh.run<number>(analyse), gc: null } : await fresh.runCountingGc<number>(analyse);
        // Readability second, in the same new process: it finds the engine no warmer for Backstory having run.
        runs.push({ analyse: counted.value, readability: await fresh.run<number>('__bench.readability()'), gc: counted.gc });
        await fresh.close();
      }
      const analyse = stat(runs.map((r) => r.analyse));
      const readability = stat(runs.map((r) => r.readability));
      const gcs = runs.flatMap((r) => (r.gc === null ? [] : [r.gc]));
      const gc = gcs.length === 0 ? null : { count: stat(gcs.map((g) => g.count)), ms: stat(gcs.map((g) => g.ms)) };
      freshRows.push({ browser: b, page: url.replace('/story/', '').replace('.html', '').replace(/^0$/, stories[0]?.name ?? '0'), analyse, readability, ratio: analyse.median / readability.median, gc });
    }
  });
}
results.storyFresh = freshRows;
results.nonStory = nonStory;
results.story = storyRows;

// --- scale -------------------------------------------------------------------------------------
const scale: Record<string, unknown>[] = [];
const contentGz = gzipSync(contentScript).length;
const realGateGz = gzipSync(JSON.stringify(gate)).length;
await withBrowser('chromium', async (open) => {
  const tab = await open();
  for (const n of SCALES) {
    const t0 = Date.now();
    const idx = n === 1 ? index : syntheticIndex(n);
    const compileMs = Date.now() - t0;
    const json = JSON.stringify(idx);
    const g: GateFile = gateOnly(idx);
    // As in the extension: the gate runs on the page, and only the stories it let through are
    // sent to the page for matching (the background keeps the whole index).
    const perPage = async (url: string) => {
      const runs: { gate: number; match: number; story: string | null; candidates: number }[] = [];
      for (let i = 0; i <= RUNS; i++) {
        await tab.goto(`${server.origin}${url}`);
        const g1 = await tab.run<{ ms: number; passed: string[] }>(`__bench.gate(${JSON.stringify(g)})`);
        const slice = JSON.stringify({ ...idx, stories: idx.stories.filter((s) => g1.passed.includes(s.id)) });
        const a = await tab.run<{ ms: number; story: string | null }>(`(() => { __bench.load(${slice}); return __bench.analyse(); })()`);
        if (i > 0) runs.push({ gate: g1.ms, match: a.ms, story: a.story, candidates: g1.passed.length });
      }
      return runs;
    };
    const storyRun = await perPage('/story/1.html');
    const otherRun = await perPage(`/other/near-topic-${SIZES[Math.min(1, SIZES.length - 1)]}.html`);
    scale.push({
      stories: n,
      claims: idx.stories.reduce((s, x) => s + x.claims.length, 0),
      indexBytes: json.length,
      indexGzip: gzipSync(json).length,
      contentScriptGzip: contentGz - realGateGz + gzipSync(JSON.stringify(g)).length,
      compileMs,
      storyGate: stat(storyRun.map((r) => r.gate)),
      storyMatch: stat(storyRun.map((r) => r.match)),
      storyRecognised: storyRun[0]?.story ?? null,
      candidates: storyRun[0]?.candidates ?? 0,
      nearTopicGate: stat(otherRun.map((r) => r.gate)),
      nearTopicMatch: stat(otherRun.map((r) => r.match)),
    });
  }
});
results.scale = scale;

const size = (file: string) => {
  const body = fs.readFileSync(path.join(ROOT, file));
  return { bytes: body.length, gzip: gzipSync(body).length };
};
results.sizes = { gateScript: size('dist/chrome/src/content/gate.js'), fullContentScript: size('dist/chrome/src/content/main.js'), popup: size('dist/chrome/src/popup/popup.js'), background: size('dist/chrome/src/background/main.js'), index: size('dist/index/claim-index.json'), gate: size('dist/index/gate.json') };

const resultsFile = path.join(import.meta.dirname, smoke ? 'results-smoke.json' : 'results.json');
fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
await server.close();
await proxy.close();

// --- the table ---------------------------------------------------------------------------------
console.log(`\nBackstory benchmark — ${RUNS} runs after a warm-up, median (min–max), ms; ${os.cpus().length} × ${os.cpus()[0]?.model ?? ''}\n`);
console.log('Non-story pages: whole cost (script evaluation + gate) vs the floor (one TreeWalker text pass) and an empty script');
console.log('browser  | page                 | floor            | empty script     | Backstory        | gate alone       | ×floor | +ms over empty');
for (const r of nonStory as { browser: string; page: string; floor: Stat; empty: Stat; backstory: Stat; gate: Stat; ratioToFloor: number; aboveEmpty: number }[]) {
  console.log(`${r.browser.padEnd(8)} | ${r.page.padEnd(20)} | ${fs3(r.floor).padEnd(16)} | ${fs3(r.empty).padEnd(16)} | ${fs3(r.backstory).padEnd(16)} | ${fs3(r.gate).padEnd(16)} | ${f(r.ratioToFloor).padStart(6)} | ${f(r.aboveEmpty)}`);
}
console.log('\nStory pages: extraction + gate + matching, and the overlay render, vs new Readability(clone).parse()');
console.log('browser  | page                                   | Backstory        | of it: extraction | script evaluation | overlay          | Readability      | ×Readab. | overlay ×R | longest task | heap');
for (const r of storyRows as { browser: string; page: string; recognised: boolean; analyse: Stat; extract: Stat; script: Stat; overlay: Stat; readability: Stat; analyseRatio: number; overlayRatio: number; longestTask: number; heapBytes: number | null }[]) {
  console.log(`${r.browser.padEnd(8)} | ${(r.page + (r.recognised ? '' : ' (not recognised)')).padEnd(38)} | ${fs3(r.analyse).padEnd(16)} | ${fs3(r.extract).padEnd(17)} | ${fs3(r.script).padEnd(17)} | ${fs3(r.overlay).padEnd(16)} | ${fs3(r.readability).padEnd(16)} | ${f(r.analyseRatio).padStart(8)} | ${f(r.overlayRatio).padStart(10)} | ${f(r.longestTask).padStart(12)} | ${r.heapBytes === null ? '—' : `${Math.round(r.heapBytes / 1024)} KiB`}`);
}
console.log('\nStory pages in a new process each run (nothing compiled yet), at first idle: extraction + gate + matching, then Readability; garbage collections during the analysis (Chromium)');
console.log('browser  | page                                   | Backstory          | Readability        | ×Readab. | collections | their ms');
for (const r of freshRows) console.log(`${r.browser.padEnd(8)} | ${r.page.padEnd(38)} | ${fs3(r.analyse).padEnd(18)} | ${fs3(r.readability).padEnd(18)} | ${f(r.ratio).padStart(8)} | ${r.gc === null ? '—'.padEnd(11) : fs3(r.gc.count).padEnd(11)} | ${r.gc === null ? '—' : fs3(r.gc.ms)}`);
printEngine();
console.log('\nScale (Chromium): synthetic indexes reworded from the seeds');
console.log('stories | claims | index bytes (gz)     | gate script gz    | story page gate | story page match | near-topic gate | near-topic match');
for (const r of scale as { stories: number; claims: number; indexBytes: number; indexGzip: number; contentScriptGzip: number; storyGate: Stat; storyMatch: Stat; nearTopicGate: Stat; nearTopicMatch: Stat }[]) {
  console.log(`${String(r.stories).padStart(7)} | ${String(r.claims).padStart(6)} | ${`${r.indexBytes} (${r.indexGzip})`.padEnd(20)} | ${String(r.contentScriptGzip).padStart(17)} | ${fs3(r.storyGate).padEnd(15)} | ${fs3(r.storyMatch).padEnd(16)} | ${fs3(r.nearTopicGate).padEnd(15)} | ${fs3(r.nearTopicMatch)}`);
}
const sz = results.sizes as Record<string, { bytes: number; gzip: number }>;
console.log(`\nSizes: ${Object.entries(sz).map(([k, v]) => `${k} ${v.bytes} B (${v.gzip} gz)`).join(' · ')}`);
console.log(`results: ${path.relative(process.cwd(), resultsFile)}`);
