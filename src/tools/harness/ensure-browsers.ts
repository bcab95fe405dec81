// The browsers come from Debian, never from a download: installed here when missing and we are
// root, else we stop with the exact command to run.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM = process.env.BACKSTORY_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.BACKSTORY_FIREFOX ?? '/usr/bin/firefox-esr';
const PACKAGES: [string, string][] = [
  [CHROMIUM, 'chromium'],
  [FIREFOX, 'firefox-esr'],
];

export function ensureBrowsers(): void {
  const missing = PACKAGES.filter(([bin]) => !fs.existsSync(bin)).map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  const command = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Debian browsers missing (${missing.join(', ')}). Install them as root:\n  sudo sh -c '${command}'`,
    );
  }
  console.log(`installing ${missing.join(', ')} from Debian…`);
  execFileSync('sh', ['-c', command], { stdio: 'inherit' });
}

const isMain = process.argv[1] !== undefined && import.meta.filename === fs.realpathSync(process.argv[1]);
if (isMain) ensureBrowsers();
