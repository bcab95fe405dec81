// `npx tsx src/tools/bench/live-page.ts`: what the gate script costs a page that lives long, over
// 20 s of its life, before and after the gate read it a bounded number of times (src/content/
// gate-loop.ts), in the same run. "Before" is the same loop set as the gate script was: read
// the whole body's textContent, then cut it, on every settled change, with no maximum wait for
// quiet. Prints, for each page, the gate's runs, the characters it read and the time that took
// here (jsdom in Node), and whether and when a story was let through. The headline page is one
// that spent the reads when swapped text counted as growth and the reads then stopped for good
// (at 524be42, "after": 4 runs, the story never let through; now 3 runs, let through at 15.6 s).
//
// The pages live on a virtual clock (Date.now and the window's timers are the bench's): their
// changes come on schedule, the watcher's debounce sees them as a browser would, and 20 s of
// life take a few seconds to run. The time is jsdom's, not a browser's: the runs and the
// characters are the figures to compare.

import { performance } from 'node:perf_hooks';
import { parseHtml } from '../../cli/dom.ts';
import { loadBuiltIndex } from '../../cli/built-index.ts';
import { gateOnly } from '../../compiler/build.ts';
import { gateLoop, REGATE } from '../../content/gate-loop.ts';
import { PAGE_TIMING } from '../../content/observe.ts';
import { compileGate } from '../../gate/gate.ts';
import { gateText } from '../../page/text.ts';
import { MAX_GATE_CHARS } from '../../pipeline/bounds.ts';
import { devArticle, newsPage, seedArticle } from '../harness/pages.ts';

const LIFE_MS = 20_000;
const STEP_MS = 50;
const gate = compileGate(gateOnly(loadBuiltIndex()).stories);
const story = seedArticle('001_ec7be9d70c6859db.txt');

/** The bench's clock: the window's timers and Date.now run on it. */
class Clock {
  now = 0;
  private next = 1;
  private readonly timers = new Map<number, { at: number; run: () => void }>();
  setTimeout = (run: () => void, ms = 0): number => {
    const id = this.next++;
    this.timers.set(id, { at: this.now + Math.max(0, ms), run });
    return id;
  };
  clearTimeout = (id: number): void => void this.timers.delete(id);
  /** Runs the timers due by `now`, in order. */
  fireDue(): void {
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.at <= this.now).sort((a, b) => a[1].at - b[1].at)[0];
      if (due === undefined) return;
      this.timers.delete(due[0]);
      due[1].run();
    }
  }
}

interface Life {
  name: string;
  html: string;
  /** Characters of reader comments the page holds when it loads. */
  comments: number;
  /** What the page does at `t` ms of its life (called every STEP_MS). */
  tick(doc: Document, t: number): void;
}

const football = devArticle('neg-easy-1-football-match-report.txt');
/** A news page on another topic, its comments neutral (the default ones name the story's subject). */
const otherTopic = newsPage({ ...football, comments: ['Great result for the club.'] });

const comment = (doc: Document, text: string): void => {
  const p = doc.createElement('p');
  p.textContent = text;
  doc.querySelector('.comments')?.append(p);
};
/**
 * Built with DOM calls, not parsed: jsdom takes most of a minute to parse 10 MB of HTML, the
 * browsers a fraction of a second.
 */
function addComments(doc: Document, chars: number): void {
  for (let n = 0, i = 0; n < chars; i++) {
    const text = `${football.paragraphs[i % football.paragraphs.length] ?? ''} (${i})`;
    comment(doc, text);
    n += text.length;
  }
}
/** Sets the text of a strip at the top of the page (made on first use), as a ticker or a headline rotation does. */
const strip = (doc: Document, name: string, text: string): void => {
  let el = doc.querySelector(`.${name}`);
  if (el === null) {
    el = doc.createElement('div');
    el.className = name;
    doc.body.prepend(el);
  }
  el.textContent = text;
};
const ticker = (doc: Document, t: number): void =>
  strip(doc, 'ticker', `FTSE 100 ${(7400 + ((t / 200) % 97)).toFixed(1)}`);
const headline = (doc: Document, t: number): void =>
  strip(doc, 'headlines', `Headline ${t / 3000}: ${'Markets rally as rates hold steady. '.repeat(8)}`);
const remark = 'What a game that was. The second half was something else, and the keeper deserves a medal. ';
const TEN_MB = 10_000_000;

const LIVES: Life[] = [
  {
    name: '10 MB page, a comment every second',
    html: otherTopic,
    comments: TEN_MB,
    tick: (doc, t) => void (t > 0 && t % 1000 === 0 && comment(doc, remark.repeat(3))),
  },
  {
    name: '10 MB page, a ticker every 700 ms',
    html: otherTopic,
    comments: TEN_MB,
    tick: (doc, t) => void (t % 700 === 0 && ticker(doc, t)),
  },
  {
    name: 'a 300-character headline swapped every 3 s, a story appended at 15 s',
    html: otherTopic,
    comments: 0,
    tick: (doc, t) => {
      if (t % 3000 === 0) headline(doc, t);
      if (t === 15_000) for (const text of story.paragraphs) comment(doc, text);
    },
  },
  {
    name: 'a ticker every 200 ms, pushState to a story at 10 s',
    html: otherTopic,
    comments: 0,
    tick: (doc, t) => {
      if (t % 200 === 0) ticker(doc, t);
      if (t !== 10_000) return;
      doc.defaultView?.history.pushState({}, '', '/story');
      doc.querySelector('.article-body')?.replaceChildren(
        ...story.paragraphs.map((text) => {
          const p = doc.createElement('p');
          p.textContent = text;
          return p;
        }),
      );
    },
  },
];

const CONFIGS = {
  before: {
    read: (doc: Document) => (doc.body?.textContent ?? '').slice(0, MAX_GATE_CHARS),
    copied: (doc: Document) => doc.body?.textContent?.length ?? 0,
    policy: { ...REGATE, minGrowth: 0, maxMisses: Infinity },
    timing: { ...PAGE_TIMING, maxWaitMs: Infinity },
  },
  after: {
    read: (doc: Document) => gateText(doc),
    copied: (_: Document, text: string) => text.length,
    policy: REGATE,
    timing: PAGE_TIMING,
  },
};

async function live(life: Life, config: (typeof CONFIGS)[keyof typeof CONFIGS]) {
  const page = parseHtml(life.html, 'https://news.example/live');
  const doc = page.doc;
  addComments(doc, life.comments);
  const win = doc.defaultView as Window & typeof globalThis;
  const clock = new Clock();
  const realNow = Date.now;
  Date.now = () => clock.now;
  // The watcher's debounce runs on the bench's clock.
  Object.assign(win, { setTimeout: clock.setTimeout, clearTimeout: clock.clearTimeout });
  const out = { runs: 0, chars: 0, ms: 0, passedAt: null as number | null };
  const controller = new AbortController();
  const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  try {
    gateLoop(
      {
        win,
        read: () => {
          const t = performance.now();
          const text = config.read(doc);
          out.ms += performance.now() - t;
          out.runs++;
          out.chars += config.copied(doc, text);
          return text;
        },
        gate: (text) => {
          const t = performance.now();
          const ids = gate(text);
          out.ms += performance.now() - t;
          return ids;
        },
        passed: () => void (out.passedAt = clock.now),
        noStory: async () => true,
      },
      controller.signal,
      config.policy,
      config.timing,
    );
    for (; clock.now <= LIFE_MS; clock.now += STEP_MS) {
      life.tick(doc, clock.now);
      await flush(); // the observer's callback
      clock.fireDue();
      await flush();
    }
  } finally {
    controller.abort();
    Date.now = realNow;
    page.close();
  }
  return out;
}

const rows = [['page (20 s of it)', '', 'gate runs', 'characters read', 'ms (jsdom)', 'story let through']];
for (const life of LIVES)
  for (const [label, config] of Object.entries(CONFIGS)) {
    const r = await live(life, config);
    rows.push([
      life.name,
      label,
      String(r.runs),
      r.chars.toLocaleString('en'),
      r.ms.toFixed(0),
      r.passedAt === null ? 'no' : `at ${(r.passedAt / 1000).toFixed(1)} s`,
    ]);
  }
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));
