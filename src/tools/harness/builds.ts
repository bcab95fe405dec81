// The build as the tests need it, made from the real one by copying it and changing only what a
// test cannot reach otherwise:
// - access: Backstory as a reader has it after turning on automatic checking, its optional host
//   access granted. Both browsers grant an unpacked build's `host_permissions` at install
//   (Firefox ESR through `extensions.originControls.grantByDefault`, on by default), while a
//   permission request needs a click on the browser's own prompt, which no test can reach in
//   Chromium. Tests of the install itself use the build as shipped (`access: 'none'`).
// - openShadow: the overlay's shadow root open instead of closed, so an accessibility checker
//   running in the page can read the markers and cards. Nothing else differs.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Access = 'all-sites' | 'none';

export interface TestBuild {
  access: Access;
  openShadow?: boolean;
}

const copies = new Map<string, string>();
const FULL_SCRIPT = path.join('src', 'content', 'main.js');
const CLOSED_ROOT = 'attachShadow({mode:`closed`})';

/** The build at `dir` as shipped, or a copy of it changed as `want` says. */
export function testBuild(dir: string, want: TestBuild): string {
  if (want.access === 'none' && want.openShadow !== true) return dir;
  const key = `${dir}|${want.access}|${want.openShadow === true}`;
  const known = copies.get(key);
  if (known !== undefined && fs.existsSync(known)) return known;
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-test-build-'));
  fs.cpSync(dir, copy, { recursive: true });
  if (want.access === 'all-sites') {
    const file = path.join(copy, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    manifest.host_permissions = manifest.optional_host_permissions;
    fs.writeFileSync(file, JSON.stringify(manifest));
  }
  if (want.openShadow === true) {
    const file = path.join(copy, FULL_SCRIPT);
    const code = fs.readFileSync(file, 'utf8');
    if (!code.includes(CLOSED_ROOT)) throw new Error(`${FULL_SCRIPT} no longer has ${CLOSED_ROOT}`);
    fs.writeFileSync(file, code.replace(CLOSED_ROOT, 'attachShadow({mode:`open`})'));
  }
  copies.set(key, copy);
  return copy;
}
