// What a store reviewer and a new user see of the package itself, in both real browsers: the
// keyboard shortcut the manifest suggests is the one the browser assigned. A browser silently
// leaves a suggested key unassigned when it clashes with one of its own (Chromium did so with
// Alt+Shift+B, its "focus the bookmarks bar"), and the README would then promise a dead key.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Commands } from 'webextension-polyfill';
import { eachBrowser, useSite } from '../../src/tools/harness/site.ts';

const site = useSite({});

/** The shortcut a built manifest suggests for the overlay toggle. */
function suggested(build: 'chrome' | 'firefox'): string {
  const manifest = JSON.parse(fs.readFileSync(path.resolve('dist', build, 'manifest.json'), 'utf8')) as {
    commands?: Record<string, { suggested_key?: { default?: string } }>;
  };
  const key = manifest.commands?.['toggle-overlay']?.suggested_key?.default;
  assert.ok(key !== undefined, `dist/${build}/manifest.json suggests a key for toggle-overlay`);
  return key;
}

eachBrowser(
  site,
  (d, name) => {
    test('the browser assigns the overlay shortcut the manifest suggests, at install', async () => {
      const want = suggested(name === 'Chromium' ? 'chrome' : 'firefox');
      const commands = await d.inExtension<Commands.Command[], null>(
        async () => chrome.commands.getAll(),
        null,
      );
      const toggle = commands.find((c) => c.name === 'toggle-overlay');
      assert.ok(toggle !== undefined, `toggle-overlay is registered (got ${JSON.stringify(commands)})`);
      assert.equal(toggle.shortcut, want, `${name} assigns the suggested ${want}`);
    });
  },
  // The package as the stores ship it: no host access granted.
  { access: 'none' },
);
