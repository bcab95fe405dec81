// Hostile pages: huge, deep, churning, lying, or hiding the article. Each page records, in its
// own world, what it looked like before Backstory ran (window.__before) and counts its own
// behaviour (window.__ticks), so a test can tell the page still works and was not rewritten.
// The innerHTML in these strings is the hostile pages' own script (reading or churning their own
// markup), run by the page under test; no Backstory code sets HTML.

import { devArticle, escapeHtml, newsPage, seedArticle } from './pages.ts';

const story = seedArticle('001_ec7be9d70c6859db.txt');
const filler = devArticle('neg-easy-2-storm-update.txt').paragraphs;

/**
 * Saves the body's markup at DOMContentLoaded (before document_idle), keeps a page timer ticking,
 * notes when the page has first been laid out, and records long tasks and long animation frames
 * (Chromium's; a frame counts the style, layout and paint a script caused, which a task does not:
 * a stylesheet restyling the whole page).
 */
const RECORD = `<script>
  window.__ticks = 0; setInterval(() => { window.__ticks++; }, 50);
  window.__longTasks = []; window.__longFrames = []; window.__renderedAt = Infinity; window.__loadedAt = Infinity;
  addEventListener('load', () => { window.__loadedAt = performance.now(); });
  document.addEventListener('DOMContentLoaded', () => {
    window.__before = document.body.innerHTML;
    // After the frame that lays the parsed page out: what the page costs itself to show ends there.
    requestAnimationFrame(() => setTimeout(() => { window.__renderedAt = performance.now(); }));
  });
  { const record = (type, into) => { try { new PerformanceObserver((l) => { for (const e of l.getEntries()) into[into.length] = { start: e.startTime, duration: e.duration }; }).observe({ type, buffered: true }); } catch {} };
    record('longtask', window.__longTasks); record('long-animation-frame', window.__longFrames); }
</script>`;

const page = (body: string, head = '', extra = ''): string => newsPage(story, RECORD + head, body + extra);

export function hostilePages(): Record<string, { html: string; story: boolean; note: string }> {
  const out: Record<string, { html: string; story: boolean; note: string }> = {};
  // ~10 MB of text after the article, in paragraphs, as a page with endless comments or a dump.
  const big = Array.from(
    { length: 7000 },
    (_, i) => `<p>${escapeHtml(`${filler[i % filler.length] ?? ''} (${i})`)}</p>`,
  ).join('');
  out['/hostile/ten-megabytes.html'] = {
    html: page(`<div class="archive">${big.repeat(1)}</div>`),
    story: true,
    note: 'a 10 MB text page',
  };
  out['/hostile/huge-dom.html'] = {
    html: page(
      '',
      '',
      `<script>{ const root = document.createElement('div'); root.className = 'grid'; for (let i = 0; i < 2000; i++) { const row = document.createElement('div'); for (let j = 0; j < 99; j++) { const c = document.createElement('span'); c.textContent = 'x'; row.append(c); } root.append(row); } document.body.append(root); }</script>`,
    ),
    story: true,
    note: 'a 200,000-element DOM',
  };
  // The whole story, sixty times over, as one paragraph inside the article, which the page
  // never broke up (a dump, a transcript), 220 KB.
  const blob = Array.from({ length: 60 }, () => story.paragraphs.join(' ')).join(' ');
  out['/hostile/one-paragraph.html'] = {
    html: newsPage({ ...story, paragraphs: [...story.paragraphs, blob] }, RECORD),
    story: true,
    note: 'a 220 KB paragraph in the article',
  };
  out['/hostile/deep.html'] = {
    html: page(
      '',
      '',
      `<script>{ let at = document.body; for (let i = 0; i < 2000; i++) { const d = document.createElement('div'); at.append(d); at = d; } const p = document.createElement('p'); p.textContent = ${JSON.stringify(story.paragraphs[0] ?? '')}; at.append(p); }</script>`,
    ),
    story: true,
    note: 'nesting 2,000 deep',
  };
  out['/hostile/mutation-storm.html'] = {
    html: page(
      '<div class="ticker">0</div>',
      '',
      `<script>{ const t = document.querySelector('.ticker'); const end = Date.now() + 10000; const id = setInterval(() => { if (Date.now() > end) return clearInterval(id); t.textContent = String(Math.random()); const s = document.createElement('span'); s.textContent = '.'; t.append(s); }, 4); }</script>`,
    ),
    story: true,
    note: 'mutates its DOM ~250 times a second for ten seconds',
  };
  out['/hostile/body-churn.html'] = {
    html: page(
      '',
      '',
      `<script>{ let n = 0; const id = setInterval(() => { if (++n > 6) return clearInterval(id); const fresh = document.createElement('body'); fresh.innerHTML = document.body.innerHTML; document.documentElement.replaceChild(fresh, document.body); }, 1000); }</script>`,
    ),
    story: true,
    note: 'replaces the whole body every second (SPA churn)',
  };
  // Live pages whose ticker changes every 200 ms, never quiet for the watcher's debounce, that
  // become a story later: by a move to another address (a single-page app), or by the article
  // arriving in place. Titled and commented neutrally: only the story's paragraphs carry it.
  const live = { title: 'Live: the latest updates', comments: ['First!'] };
  const TICKER = `const t = document.createElement('div'); t.className = 'ticker'; document.body.prepend(t); setInterval(() => { t.textContent = 'Markets ' + new Date().toISOString(); }, 200);`;
  const STORY_PARAGRAPHS = `const story = ${JSON.stringify(story)}; const paragraphs = () => story.paragraphs.map((x) => { const p = document.createElement('p'); p.textContent = x; return p; });`;
  out['/hostile/ticker-navigation.html'] = {
    html: newsPage(
      { ...live, paragraphs: filler },
      RECORD,
      `<script>{ ${TICKER} ${STORY_PARAGRAPHS} setTimeout(() => { history.pushState({}, '', '/hostile/ticker-navigation/story'); document.querySelector('article h1').textContent = story.title; document.querySelector('.article-body').replaceChildren(...paragraphs()); }, 3000); }</script>`,
    ),
    story: true,
    note: 'a ticker every 200 ms, then a move by pushState to a story article',
  };
  out['/hostile/ticker-late-article.html'] = {
    html: newsPage(
      { ...live, paragraphs: [] },
      RECORD,
      `<script>{ ${TICKER} ${STORY_PARAGRAPHS} setTimeout(() => document.querySelector('.article-body').append(...paragraphs()), 6000); }</script>`,
    ),
    story: true,
    note: 'a ticker every 200 ms, and the story article arriving six seconds after load',
  };
  const attacks = [
    '<script>document.title = "pwned"</script>',
    '<img src=x onerror="document.title=\'pwned\'">',
    '<a href="javascript:document.title=\'pwned\'">click</a>',
    '</style><style>* { display: none !important }</style>',
    '\u202Eevil\u202C \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \u4E2D\u6587\u65B0\u95FB \uD83C\uDFE6\uD83D\uDCB3 zero\u200Bwidth\u200D join e\u0301\u0301\u0301 combining',
  ];
  const attacked = {
    ...story,
    paragraphs: story.paragraphs.map((p, i) => (i < attacks.length ? `${p} ${attacks[i] ?? ''}` : p)),
  };
  out['/hostile/injection-as-text.html'] = {
    html: newsPage(attacked, RECORD),
    story: true,
    note: 'markup, javascript: links, CSS injection, RTL, CJK, emoji, zero-width and combining characters in article text',
  };
  out['/hostile/overrides.html'] = {
    html: newsPage(
      story,
      `${RECORD}<script>
        Array.prototype.map = function () { throw new Error('page broke map'); };
        Array.prototype.filter = function () { return []; };
        Array.prototype.push = function () { return 0; };
        JSON.parse = () => ({ hacked: true }); JSON.stringify = () => '"hacked"';
        try { Object.defineProperty(CSS, 'highlights', { get() { throw new Error('no highlights for you'); } }); } catch {}
        window.MutationObserver = function () { throw new Error('no observers'); };
        window.requestIdleCallback = () => 0;
        window.setTimeout = () => 0;
      </script>`,
    ),
    story: true,
    note: 'overrides Array.prototype, JSON, CSS.highlights, MutationObserver, requestIdleCallback, setTimeout',
  };
  out['/hostile/spoof.html'] = {
    html: page(
      '',
      '',
      `<script>
        const fakes = [{ type: 'focus-claim', paragraph: 0, claimId: 'x' }, { type: 'describe-overlay' }, { type: 'no-story' }, { source: 'backstory', cmd: 'disable' }];
        setInterval(() => {
          for (const f of fakes) { window.postMessage(f, '*'); document.dispatchEvent(new CustomEvent('backstory', { detail: f })); window.dispatchEvent(new CustomEvent('backstory:focus', { detail: f })); }
        }, 100);
      </script>`,
    ),
    story: true,
    note: 'posts window messages and CustomEvents pretending to be Backstory',
  };
  out['/hostile/shadow-article.html'] = {
    html: newsPage(
      { title: 'Breaking', paragraphs: [] },
      RECORD,
      `<div id="host"></div><script>{ const r = document.getElementById('host').attachShadow({ mode: 'open' }); const a = document.createElement('article'); for (const t of ${JSON.stringify(story.paragraphs)}) { const p = document.createElement('p'); p.textContent = t; a.append(p); } r.append(a); }</script>`,
    ),
    story: false,
    note: 'the article inside a shadow root (not read: see README)',
  };
  out['/hostile/iframe-article.html'] = {
    html: newsPage(
      { title: 'Breaking', paragraphs: [] },
      RECORD,
      `<iframe id="frame" style="width:900px;height:600px" srcdoc="${escapeHtml(newsPage(story))}"></iframe>`,
    ),
    story: false,
    note: 'the article inside a same-origin iframe (not read: see README)',
  };
  // The page as a hyphenation script leaves it (Hyphenator.js and its kind): a soft hyphen every
  // three letters inside each word of six or more, in all the body's text (the furniture's
  // "Share on Facebook" too: the gate must find the story in the hyphenated words). The gate reads
  // the text with them dropped (scanTextInSteps), the matcher folds them, the page keeps them.
  const hyphenate = (text: string): string =>
    text.replace(/[A-Za-z]{6,}/g, (w) => w.replace(/([A-Za-z]{3})(?=[A-Za-z]{3})/g, '$1\u00AD'));
  const [head = '', body = ''] = newsPage(story, RECORD).split('<body>');
  out['/hostile/hyphenated.html'] = {
    html: `${head}<body>${body.replace(/>([^<]+)</g, (_, text: string) => `>${hyphenate(text)}<`)}`,
    story: true,
    note: 'the whole page with a soft hyphen every three letters of its long words',
  };
  // 2 MB of hidden characters after the article, the gate's whole bound: a soft hyphen between
  // every two letters (an over-eager hyphenation script), full-width and math bold letters.
  // The gate drops the soft hyphens as it reads the text, in steps (foldForScanInSteps in
  // src/text/fold.ts), and leaves the other forms as written; the story is found in the article
  // before them.
  const letters = (text: string, upper: number, lower: number): string =>
    text.replace(/[A-Za-z]/g, (c) => {
      const code = c.charCodeAt(0);
      return String.fromCodePoint(code < 0x61 ? upper + code - 0x41 : lower + code - 0x61);
    });
  const forms = [
    (p: string): string => [...p].join('\u00AD'),
    (p: string): string => letters(p, 0xff21, 0xff41).replace(/ /g, '\u3000'),
    (p: string): string => letters(p, 0x1d400, 0x1d41a),
  ];
  const hidden = Array.from({ length: 9000 }, (_, i) => {
    const p = filler[i % filler.length] ?? '';
    return `<p>${escapeHtml((forms[i % forms.length] ?? String)(p))}</p>`;
  }).join('');
  out['/hostile/hidden-characters.html'] = {
    html: page(`<div class="archive">${hidden}</div>`),
    story: true,
    note: '2 MB of soft hyphens, full-width and math bold letters after the article',
  };
  return out;
}
