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

/** A style that loads from elsewhere: `url(https://…)`, `url(//…)`, `@import "https://…"`. */
const REMOTE_STYLE = /url\(\s*["']?\s*(https?:)?\/\/|@import\s+(url\(\s*)?["']?\s*(https?:)?\/\//i;

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
      const hits = list.filter((f) => REMOTE_STYLE.test(fs.readFileSync(f, 'utf8')));
      expect(hits.map((f) => path.relative(ROOT, f))).toEqual([]);
    });
  }
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
