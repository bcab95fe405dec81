// Programs the tools need come from Debian, never from a download: installed here when missing
// and we are root, else we stop with the exact command to run.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Installs the Debian package of each program (path → package) that is not there yet. */
export function ensureDebianPackages(programs: readonly (readonly [path: string, pkg: string])[]): void {
  const missing = programs.filter(([bin]) => !fs.existsSync(bin)).map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  const command = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Debian packages missing (${missing.join(', ')}). Install them as root:\n  sudo sh -c '${command}'`,
    );
  }
  console.log(`installing ${missing.join(', ')} from Debian…`);
  execFileSync('sh', ['-c', command], { stdio: 'inherit' });
}
