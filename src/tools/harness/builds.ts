// Backstory as a reader has it after turning on automatic checking: the same build, with the
// optional host access granted. Both browsers grant an unpacked build's `host_permissions` at
// install (Firefox ESR through `extensions.originControls.grantByDefault`, on by default), while
// a permission request needs a click on the browser's own prompt, which no test can reach in
// Chromium. Tests of the install itself use the build as shipped (`access: 'none'`).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Access = 'all-sites' | 'none';

const copies = new Map<string, string>();

/** The build at `dir`, or a copy of it whose manifest grants its optional host access. */
export function buildWithAccess(dir: string, access: Access): string {
  if (access === 'none') return dir;
  const known = copies.get(dir);
  if (known !== undefined && fs.existsSync(known)) return known;
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-granted-'));
  fs.cpSync(dir, copy, { recursive: true });
  const file = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = manifest.optional_host_permissions;
  fs.writeFileSync(file, JSON.stringify(manifest));
  copies.set(dir, copy);
  return copy;
}
