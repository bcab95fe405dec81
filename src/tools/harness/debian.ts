// Programs the tools need come from Debian, never from a download: installed here when missing
// and we are root, else we stop with the exact command to run.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** The command that installs these packages, or upgrades them to the newest the lists name. */
export const aptCommand = (pkgs: readonly string[]): string =>
  `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;

/**
 * Installs (or upgrades) the packages with apt as root; not root, stops with why (`why`: what is
 * wrong with them) and the command to run. The package lists are read again first: stale ones
 * name versions the archive no longer holds, or none newer than what is installed.
 */
export function installDebianPackages(pkgs: readonly string[], why: string): void {
  if (pkgs.length === 0) return;
  const command = aptCommand(pkgs);
  if (process.getuid?.() !== 0) throw new Error(`${why}. As root, run:\n  sudo sh -c '${command}'`);
  console.log(`${why}: installing ${pkgs.join(', ')} from Debian…`);
  execFileSync('sh', ['-c', command], { stdio: 'inherit' });
}

/** Installs the Debian package of each program (path → package) that is not there yet. */
export function ensureDebianPackages(programs: readonly (readonly [path: string, pkg: string])[]): void {
  const missing = programs.filter(([bin]) => !fs.existsSync(bin)).map(([, pkg]) => pkg);
  installDebianPackages(missing, `Debian packages missing (${missing.join(', ')})`);
}
