// Which browsers the harness installs or upgrades, read from what `--version` prints: a machine
// with an old browser preinstalled gets Debian's newer one before the real-browser tests, not
// failures inside them. Fake outputs only: no browser and no apt is run.

import { expect, test } from 'vitest';
import {
  BROWSERS,
  majorVersion,
  OLDEST_MAJOR,
  verdict,
  type BrowserAt,
} from '../../../src/tools/harness/ensure-browsers.ts';

const debian = (pkg: BrowserAt['pkg']): BrowserAt => {
  const b = BROWSERS.find((x) => x.pkg === pkg);
  if (b === undefined) throw new Error(`no ${pkg}`);
  return { ...b, path: b.debianPath };
};
const chromium = debian('chromium');
const firefox = debian('firefox-esr');

test('the versions Debian prints are read', () => {
  expect(majorVersion('Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)\n')).toBe(156);
  expect(majorVersion('Mozilla Firefox 153.8.0esr\n')).toBe(153);
  expect(majorVersion('Mozilla Firefox 140.5.0esr')).toBe(140);
  expect(majorVersion('(--version failed: Error: spawn EACCES)')).toBeNull();
});

test('a browser as new as those the harness was verified with is used as it is', () => {
  expect(verdict(chromium, 'Chromium 156.0.8078.79 built on Debian GNU/Linux 12 (bookworm)')).toBe('ready');
  expect(verdict(chromium, 'Chromium 160.0.1.2 built on Debian GNU/Linux 13 (trixie)')).toBe('ready');
  expect(verdict(firefox, 'Mozilla Firefox 153.7.0esr')).toBe('ready');
  expect(verdict(firefox, 'Mozilla Firefox 160.1.0esr')).toBe('ready');
});

test('an older one, or one whose version cannot be read, is upgraded from Debian; a missing one installed', () => {
  // The versions a machine had preinstalled in session 17, on which the tests failed.
  expect(verdict(chromium, 'Chromium 150.0.7871.100 built on Debian GNU/Linux 12 (bookworm)')).toBe(
    'upgrade',
  );
  expect(verdict(firefox, 'Mozilla Firefox 140.5.0esr')).toBe('upgrade');
  expect(verdict(firefox, `Mozilla Firefox ${OLDEST_MAJOR['firefox-esr'] - 1}.9.0esr`)).toBe('upgrade');
  expect(verdict(firefox, '(--version failed: Error: Command failed)')).toBe('upgrade');
  expect(verdict(chromium, null)).toBe('install');
});

test('an older browser at a path of its own is not for apt to upgrade', () => {
  const own: BrowserAt = { ...chromium, path: '/opt/chromium-150/chrome' };
  expect(verdict(own, 'Chromium 150.0.7871.100')).toBe('replace');
  expect(verdict(own, null)).toBe('replace');
  expect(verdict(own, 'Chromium 157.0.1.1')).toBe('ready');
});
