// What a store reviewer and a new user see of the package itself, in both real browsers: the
// keyboard shortcuts the manifest suggests are the ones the browser assigned. A browser silently
// leaves a suggested key unassigned when it clashes with one of its own (Chromium did so with
// Alt+Shift+B, its "focus the bookmarks bar"), and the README would then promise a dead key.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Commands } from 'webextension-polyfill';
import { eachBrowser, useSite } from '../../src/tools/harness/site.ts';

const site = useSite({});

/** The shortcut a built manifest suggests for each command. */
function suggested(build: 'chrome' | 'firefox'): [string, string][] {
  const manifest = JSON.parse(fs.readFileSync(path.resolve('dist', build, 'manifest.json'), 'utf8')) as {
    commands?: Record<string, { suggested_key?: { default?: string } }>;
  };
  const keys = Object.entries(manifest.commands ?? {}).map(([name, c]): [string, string] => [
    name,
    c.suggested_key?.default ?? '',
  ]);
  assert.deepEqual(
    keys.map(([name]) => name).sort(),
    ['focus-legend', 'toggle-overlay'],
    `dist/${build}/manifest.json has both commands`,
  );
  for (const [name, key] of keys) assert.notEqual(key, '', `${name} suggests a key`);
  return keys;
}

eachBrowser(
  site,
  (d, name) => {
    test('the browser assigns each shortcut the manifest suggests, at install', async () => {
      const commands = await d.inExtension<Commands.Command[], null>(
        async () => chrome.commands.getAll(),
        null,
      );
      for (const [command, want] of suggested(name === 'Chromium' ? 'chrome' : 'firefox')) {
        const got = commands.find((c) => c.name === command);
        assert.ok(got !== undefined, `${command} is registered (got ${JSON.stringify(commands)})`);
        assert.equal(got.shortcut, want, `${name} assigns ${command} the suggested ${want}`);
      }
    });
  },
  // The package as the stores ship it: no host access granted.
  { access: 'none' },
);
