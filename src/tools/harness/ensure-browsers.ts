// The browsers come from Debian, never from a download: installed here when missing, or upgraded
// when older than the harness runs on, if we are root; else we stop with the exact command to run.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { installDebianPackages } from './debian.ts';
import { isMain } from '../../cli/is-main.ts';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const DEBIAN_FIREFOX = '/usr/bin/firefox-esr';
export const CHROMIUM = process.env.BACKSTORY_CHROMIUM ?? DEBIAN_CHROMIUM;
export const FIREFOX = process.env.BACKSTORY_FIREFOX ?? DEBIAN_FIREFOX;

/**
 * The oldest major versions the harness runs on: those it was verified with (Chromium 156, Firefox
 * ESR 153; /work/shared/BROWSER-TESTING.md). Older ones, met preinstalled on a machine in session
 * 17, fail before or inside the tests. Firefox ESR 140: puppeteer's waitForFunction in an extension
 * page is refused by the page's CSP ("call to Function() blocked by CSP", firefox.ts), setViewport
 * sends a WebDriver BiDi command it lacks (emulation.setScreenOrientationOverride), and the popup
 * click finds no browser window among the chrome contexts (firefox-window.ts). Chromium 150: an
 * overlay-page test fails, and the no-request test meets a host of its own (a CONNECT to
 * android.clients.google.com). Debian's security archive serves only its newest build, which is
 * newer than these.
 */
export const OLDEST_MAJOR = { chromium: 156, 'firefox-esr': 153 } as const;

export type BrowserPackage = keyof typeof OLDEST_MAJOR;

/** A browser the harness launches: its package, where it is run from, and Debian's path of it. */
export interface BrowserAt {
  pkg: BrowserPackage;
  path: string;
  debianPath: string;
}

export const BROWSERS: readonly BrowserAt[] = [
  { pkg: 'chromium', path: CHROMIUM, debianPath: DEBIAN_CHROMIUM },
  { pkg: 'firefox-esr', path: FIREFOX, debianPath: DEBIAN_FIREFOX },
];

/**
 * The major version a browser's `--version` prints ("Chromium 156.0.8078.114 built on Debian …",
 * "Mozilla Firefox 153.8.0esr"), or null where it names none. The Debian wrapper's own noise on
 * stderr ("[: 25274793984: unexpected operator") is not read.
 */
export function majorVersion(output: string): number | null {
  const m = /\b(?:Chromium|Chrome|Firefox)\s+(\d+)\.\d/.exec(output);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/** What to do about one browser, from its `--version` output (null: no program at its path). */
export type Verdict = 'ready' | 'install' | 'upgrade' | 'replace';

/**
 * Whether a browser is ready, missing (install it), older than OLDEST_MAJOR or of a version that
 * cannot be read (upgrade it from Debian), or older at a path of the user's own choosing, which apt
 * cannot upgrade (replace it).
 */
export function verdict(browser: BrowserAt, versionOutput: string | null): Verdict {
  if (versionOutput === null) return browser.path === browser.debianPath ? 'install' : 'replace';
  const major = majorVersion(versionOutput);
  if (major !== null && major >= OLDEST_MAJOR[browser.pkg]) return 'ready';
  return browser.path === browser.debianPath ? 'upgrade' : 'replace';
}

/** The browser's `--version` output, or null where there is no program to run. */
function versionOf(path: string): string | null {
  if (!fs.existsSync(path)) return null;
  try {
    return execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 60_000,
    });
  } catch (e) {
    return `(--version failed: ${String(e)})`;
  }
}

/** One line on each browser that is not ready, for the messages. */
function problems(found: readonly (readonly [BrowserAt, string | null, Verdict])[]): string {
  return found
    .filter(([, , v]) => v !== 'ready')
    .map(([b, out]) =>
      out === null
        ? `${b.pkg} missing at ${b.path}`
        : `${b.pkg} at ${b.path} is ${majorVersion(out) ?? 'of an unknown version'}, older than the ${OLDEST_MAJOR[b.pkg]} the harness needs`,
    )
    .join('; ');
}

export function ensureBrowsers(): void {
  const read = (): [BrowserAt, string | null, Verdict][] =>
    BROWSERS.map((b) => {
      const out = versionOf(b.path);
      return [b, out, verdict(b, out)];
    });
  const before = read();
  const replace = before.filter(([, , v]) => v === 'replace');
  if (replace.length > 0)
    throw new Error(
      `${problems(replace)}. apt cannot upgrade a browser at a path of your own: point BACKSTORY_CHROMIUM / BACKSTORY_FIREFOX at a newer one, or unset them to use Debian's.`,
    );
  const pkgs = before.filter(([, , v]) => v !== 'ready').map(([b]) => b.pkg);
  if (pkgs.length === 0) return;
  installDebianPackages(pkgs, problems(before));
  // Stale mirrors or a release whose archive holds nothing newer: say so rather than fail in a test.
  const after = read().filter(([, , v]) => v !== 'ready');
  if (after.length > 0)
    throw new Error(
      `${problems(after)}, even after apt: this Debian release's archive offers nothing newer.`,
    );
}

if (isMain(import.meta.url)) {
  try {
    ensureBrowsers();
  } catch (e) {
    // What to do, not a stack: the message says it.
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
