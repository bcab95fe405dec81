// The browsers come from Debian, never from a download: installed here when missing, or upgraded
// when older than the harness runs on, if we are root; else we stop with the exact command to run.
// A browser whose version cannot be read is reported with why, not upgraded: apt would not mend it.

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
 * "Google Chrome for Testing 156.0.8078.114", "Mozilla Firefox 153.8.0esr"), or null where it
 * names none. The Debian wrapper's own noise on stderr ("[: 25274793984: unexpected operator") is
 * not read.
 */
export function majorVersion(output: string): number | null {
  const m = /\b(?:Chromium|Chrome(?: for Testing)?|Firefox)\s+(\d+)\.\d/.exec(output);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/**
 * What running a browser's `--version` gave: what it printed, or why it failed (its error and its
 * stderr), or null where there is no program at its path.
 */
export type VersionRead = { output: string } | { failure: string } | null;

/** What to do about one browser, from its VersionRead. */
export type Verdict = 'ready' | 'install' | 'upgrade' | 'replace' | 'unreadable';

/**
 * Whether a browser is ready, missing (install it), known older than OLDEST_MAJOR (upgrade it from
 * Debian), missing or older at a path of the user's own choosing, which apt cannot mend (replace
 * it), or of a version that could not be read (`--version` failed, timed out or named none): that
 * is reported, not taken for old, since apt would spend minutes and not mend it.
 */
export function verdict(browser: BrowserAt, read: VersionRead): Verdict {
  if (read === null) return browser.path === browser.debianPath ? 'install' : 'replace';
  if ('failure' in read) return 'unreadable';
  const major = majorVersion(read.output);
  if (major === null) return 'unreadable';
  if (major >= OLDEST_MAJOR[browser.pkg]) return 'ready';
  return browser.path === browser.debianPath ? 'upgrade' : 'replace';
}

/** The start of a long text, for a message. */
const clip = (text: string): string => (text.length > 400 ? `${text.slice(0, 400)}…` : text);

/** Run the browser's `--version`. */
function versionOf(path: string): VersionRead {
  if (!fs.existsSync(path)) return null;
  try {
    return {
      output: execFileSync(path, ['--version'], {
        encoding: 'utf8',
        // stderr kept for a failure's message; on success it is the wrapper's noise only.
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 60_000,
      }),
    };
  } catch (e) {
    // execFileSync's error carries the child's stderr.
    const stderr = String((e as { stderr?: unknown }).stderr ?? '').trim();
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    return { failure: clip(stderr === '' ? why : `${why}; stderr: ${stderr}`) };
  }
}

/** One line on each browser that is not ready, for the messages. */
export function problems(found: readonly (readonly [BrowserAt, VersionRead, Verdict])[]): string {
  return found
    .filter(([, , v]) => v !== 'ready')
    .map(([b, read]) =>
      read === null
        ? `${b.pkg} missing at ${b.path}`
        : 'failure' in read
          ? `${b.pkg} at ${b.path}: \`--version\` failed (${read.failure})`
          : majorVersion(read.output) === null
            ? `${b.pkg} at ${b.path}: \`--version\` named no version (${clip(read.output.trim())})`
            : `${b.pkg} at ${b.path} is ${majorVersion(read.output)}, older than the ${OLDEST_MAJOR[b.pkg]} the harness needs`,
    )
    .join('; ');
}

/** Every browser the harness launches. */
const ALL: readonly BrowserPackage[] = BROWSERS.map((b) => b.pkg);

/** Make the browsers `needed` ready: a tool that launches Chromium alone does not stop on Firefox. */
export function ensureBrowsers(needed: readonly BrowserPackage[] = ALL): void {
  const read = (): [BrowserAt, VersionRead, Verdict][] =>
    BROWSERS.filter((b) => needed.includes(b.pkg)).map((b) => {
      const out = versionOf(b.path);
      return [b, out, verdict(b, out)];
    });
  const before = read();
  const unreadable = before.filter(([, , v]) => v === 'unreadable');
  if (unreadable.length > 0)
    throw new Error(
      `${problems(unreadable)}. Its version could not be read, which apt would not mend: run it yourself to see why.`,
    );
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
