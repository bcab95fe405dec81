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

const files = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(js|html)$/.test(f))
        .map((f) => path.join(dir, f))
    : [];

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
});
