// Which browsers the harness installs or upgrades, read from what `--version` prints: a machine
// with an old browser preinstalled gets Debian's newer one before the real-browser tests, not
// failures inside them. Fake outputs only: no browser and no apt is run.

import { expect, test } from 'vitest';
import {
  BROWSERS,
  majorVersion,
  OLDEST_MAJOR,
  verdict,
  problems,
  type BrowserAt,
  type VersionRead,
} from '../../../src/tools/harness/ensure-browsers.ts';

const debian = (pkg: BrowserAt['pkg']): BrowserAt => {
  const b = BROWSERS.find((x) => x.pkg === pkg);
  if (b === undefined) throw new Error(`no ${pkg}`);
  return { ...b, path: b.debianPath };
};
const chromium = debian('chromium');
const said = (output: string): VersionRead => ({ output });
const firefox = debian('firefox-esr');

test('the versions Debian prints are read', () => {
  expect(majorVersion('Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)\n')).toBe(156);
  expect(majorVersion('Mozilla Firefox 153.8.0esr\n')).toBe(153);
  expect(majorVersion('Mozilla Firefox 140.5.0esr')).toBe(140);
  expect(majorVersion('(--version failed: Error: spawn EACCES)')).toBeNull();
});

test("Chrome for Testing's version is read, so a new one at a path of one's own is used (review S18a)", () => {
  expect(majorVersion('Google Chrome for Testing 156.0.8078.114\n')).toBe(156);
  const own: BrowserAt = { ...chromium, path: '/opt/chrome-for-testing/chrome' };
  expect(verdict(own, said('Google Chrome for Testing 160.0.1.2'))).toBe('ready');
  expect(verdict(own, said('Google Chrome for Testing 150.0.1.2'))).toBe('replace');
});

test('a --version that fails, times out or names no version is reported with why, not taken for old', () => {
  // apt would spend minutes and not mend it (review S18a).
  const failed = { failure: 'spawnSync /usr/bin/chromium ETIMEDOUT; stderr: cannot open display' };
  expect(verdict(chromium, failed)).toBe('unreadable');
  expect(verdict(firefox, said('Segmentation fault'))).toBe('unreadable');
  expect(problems([[chromium, failed, 'unreadable']])).toContain('cannot open display');
  expect(problems([[firefox, said('Segmentation fault'), 'unreadable']])).toContain('Segmentation fault');
});

test('a browser as new as those the harness was verified with is used as it is', () => {
  expect(verdict(chromium, said('Chromium 156.0.8078.79 built on Debian GNU/Linux 12 (bookworm)'))).toBe(
    'ready',
  );
  expect(verdict(chromium, said('Chromium 160.0.1.2 built on Debian GNU/Linux 13 (trixie)'))).toBe('ready');
  expect(verdict(firefox, said('Mozilla Firefox 153.7.0esr'))).toBe('ready');
  expect(verdict(firefox, said('Mozilla Firefox 160.1.0esr'))).toBe('ready');
});

test('an older one is upgraded from Debian; a missing one installed', () => {
  // The versions a machine had preinstalled in session 17, on which the tests failed.
  expect(verdict(chromium, said('Chromium 150.0.7871.100 built on Debian GNU/Linux 12 (bookworm)'))).toBe(
    'upgrade',
  );
  expect(verdict(firefox, said('Mozilla Firefox 140.5.0esr'))).toBe('upgrade');
  expect(verdict(firefox, said(`Mozilla Firefox ${OLDEST_MAJOR['firefox-esr'] - 1}.9.0esr`))).toBe('upgrade');
  expect(verdict(chromium, null)).toBe('install');
});

test('an older browser at a path of its own is not for apt to upgrade', () => {
  const own: BrowserAt = { ...chromium, path: '/opt/chromium-150/chrome' };
  expect(verdict(own, said('Chromium 150.0.7871.100'))).toBe('replace');
  expect(verdict(own, null)).toBe('replace');
  expect(verdict(own, said('Chromium 157.0.1.1'))).toBe('ready');
});
