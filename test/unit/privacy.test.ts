// The built bundles carry no network or dynamic-code API, and no HTML-string sink: what ships is
// checked, not only what we wrote.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers.ts';

const FORBIDDEN: [string, RegExp][] = [
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['EventSource', /EventSource/],
  ['sendBeacon', /sendBeacon/],
  ['eval', /\beval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['dynamic import()', /\bimport\s*\(/],
  ['importScripts', /importScripts/],
  ['innerHTML assignment', /\.(innerHTML|outerHTML)\s*=(?!=)/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
];

const files = (dir: string, kinds = /\.(js|html)$/): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => kinds.test(f))
        .map((f) => path.join(dir, f))
    : [];

/**
 * A style that loads from elsewhere: `url(https://…)`, `url(//…)`, `@import "https://…"`, and any
 * remote candidate of an `image-set()` (or `-webkit-image-set()`), which takes bare strings.
 */
const REMOTE_STYLE = /(url\(|@import)\s*["']?\s*(https?:)?\/\/|image-set\([^)]*["']\s*(https?:)?\/\//i;

/** CSS escapes resolved (`\68ttps` is `https`), so an escaped address is read as the browser reads it. */
const unescapeCss = (text: string): string =>
  text
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => {
      const code = parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    })
    .replace(/\\(.)/g, '$1');

/** Whether a stylesheet, or a script carrying one, loads anything from elsewhere. */
const loadsRemote = (text: string): boolean => REMOTE_STYLE.test(unescapeCss(text));

describe('privacy scan of the built extension', () => {
  for (const browser of ['chrome', 'firefox']) {
    test(`dist/${browser} has no network, dynamic-code or HTML-string API`, () => {
      const list = files(path.join(ROOT, 'dist', browser));
      expect(list.length, 'run npm run build first').toBeGreaterThan(4);
      const hits: string[] = [];
      for (const f of list) {
        const body = fs.readFileSync(f, 'utf8');
        for (const [name, re] of FORBIDDEN)
          if (re.test(body)) hits.push(`${path.relative(ROOT, f)}: ${name}`);
      }
      expect(hits).toEqual([]);
    });
  }

  test('no file in the package points at a remote script or style', () => {
    for (const f of files(path.join(ROOT, 'dist', 'chrome')).filter((x) => x.endsWith('.html'))) {
      expect(fs.readFileSync(f, 'utf8')).not.toMatch(/(src|href)=["']https?:/);
    }
  });

  for (const browser of ['chrome', 'firefox']) {
    // A stylesheet is fetched as soon as it applies: a remote font or image in one would be a request
    // from every page it styles. The scripts are read too, as the overlay's styles are bundled in them.
    test(`no stylesheet in dist/${browser}, in a file or in a script, loads anything remote`, () => {
      const list = files(path.join(ROOT, 'dist', browser), /\.(css|js|html)$/);
      expect(list.filter((f) => f.endsWith('.css')).length, 'run npm run build first').toBeGreaterThan(0);
      const hits = list.filter((f) => loadsRemote(fs.readFileSync(f, 'utf8')));
      expect(hits.map((f) => path.relative(ROOT, f))).toEqual([]);
    });
  }
});

describe('the scan for remote styles', () => {
  test('catches every way a stylesheet names a remote address, escaped or not', () => {
    const remote = [
      'a { background: url(https://e.x/a.png) }',
      'a { background: url( "//e.x/a.png") }',
      'a { background: url(HTTPS://e.x/a.png) }',
      '@import "https://e.x/a.css";',
      '@import url(//e.x/a.css);',
      'a { background: image-set("https://e.x/a.png" 1x) }',
      "a { cursor: image-set('//e.x/c.png' 1x), auto }",
      'a { background: -webkit-image-set("a.png" 1x, "https://e.x/b.png" 2x) }',
      'a { background: url(\\68ttps://e.x/a.png) }',
      'a { background: url(\\2f\\2f e.x/a.png) }',
      '@font-face { src: u\\72l(https://e.x/f.woff2) }',
    ];
    expect(remote.filter((css) => !loadsRemote(css))).toEqual([]);
  });

  test('lets the package’s own and inline resources through', () => {
    const local = [
      'a { background: url(/icons/a.png) }',
      'a { background: url("data:image/png;base64,AAAA") }',
      'a { background: image-set("a.png" 1x, "b.png" 2x) }',
      'a { background: url(chrome-extension://abc/a.png) }',
      'a::before { content: "\\2014" }',
    ];
    expect(local.filter(loadsRemote)).toEqual([]);
  });
});

describe('no claim data in the page or the popup', () => {
  // The page is sent only the claims it matched, and the popup shows what the background kept: a
  // claim's wording or a seed quote bundled into either would be the whole index leaking out.
  const index = path.join(ROOT, 'dist', 'index', 'claim-index.json');

  /** A bundle and every module it imports, recursively, read from the built tree. */
  function withImports(file: string, seen = new Set<string>()): string[] {
    if (seen.has(file) || !fs.existsSync(file)) return [];
    seen.add(file);
    const body = fs.readFileSync(file, 'utf8');
    const imports = [...body.matchAll(/from\s*["']([^"']+\.js)["']/g)].map((m) =>
      path.resolve(path.dirname(file), m[1] ?? ''),
    );
    return [file, ...imports.flatMap((f) => withImports(f, seen))];
  }

  test.each(['src/content/gate.js', 'src/content/main.js', 'src/popup/popup.js'])(
    '%s (and what it imports) carries no claim wording and no seed quote',
    (bundle) => {
      const files = withImports(path.join(ROOT, 'dist', 'chrome', bundle));
      expect(files.length, 'run npm run build first').toBeGreaterThan(0);
      const code = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
      const claims = (
        JSON.parse(fs.readFileSync(index, 'utf8')) as {
          stories: { claims: { text: string; appearances: { quote: string }[] }[] }[];
        }
      ).stories.flatMap((s) => s.claims);
      const texts = claims.flatMap((c) => [c.text, ...c.appearances.map((a) => a.quote)]);
      // Long enough that only the index could have put it there.
      const leaked = texts.filter((t) => t.length >= 40 && code.includes(t.slice(0, 40)));
      expect(texts.length).toBeGreaterThan(50);
      expect(leaked).toEqual([]);
    },
  );
});
