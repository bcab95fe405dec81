// The build as the tests need it, made from the real one by copying it and changing only what a
// test cannot reach otherwise:
// - access: Backstory as a reader has it after turning on automatic checking, its optional host
//   access granted. Both browsers grant an unpacked build's `host_permissions` at install
//   (Firefox ESR through `extensions.originControls.grantByDefault`, on by default), while a
//   permission request needs a click on the browser's own prompt, which no test can reach in
//   Chromium. Tests of the install itself use the build as shipped (`access: 'none'`).
// - openShadow: the overlay's shadow root open instead of closed, so an accessibility checker
//   running in the page can read the markers and cards. Nothing else differs.
// - damaged: the claim index bundled into the background with a wrong checksum, as a tampered or
//   truncated install would have it, so the pages' damaged-data message can be checked.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Access = 'all-sites' | 'none';

export interface TestBuild {
  access: Access;
  openShadow?: boolean;
  damaged?: boolean;
}

const copies = new Map<string, string>();
const FULL_SCRIPT = path.join('src', 'content', 'main.js');
const CLOSED_ROOT = 'attachShadow({mode:`closed`})';
const BACKGROUND = path.join('src', 'background', 'main.js');
/** The index's checksum as the minifier writes the literal (a property read is `e.checksum`). */
const CHECKSUM_LITERAL = /checksum:(`|")[0-9a-z]+\1/;

/** The build at `dir` as shipped, or a copy of it changed as `want` says. */
export function testBuild(dir: string, want: TestBuild): string {
  if (want.access === 'none' && want.openShadow !== true && want.damaged !== true) return dir;
  const key = `${dir}|${want.access}|${want.openShadow === true}|${want.damaged === true}`;
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
  if (want.damaged === true) {
    const file = path.join(copy, BACKGROUND);
    const code = fs.readFileSync(file, 'utf8');
    if (!CHECKSUM_LITERAL.test(code))
      throw new Error(`${BACKGROUND} no longer has the index's checksum literal`);
    fs.writeFileSync(file, code.replace(CHECKSUM_LITERAL, 'checksum:`tampered`'));
  }
  copies.set(key, copy);
  return copy;
}
