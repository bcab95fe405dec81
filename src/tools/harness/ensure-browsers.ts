// The browsers come from Debian, never from a download: installed here when missing and we are
// root, else we stop with the exact command to run.

import fs from 'node:fs';
import { ensureDebianPackages } from './debian.ts';

export const CHROMIUM = process.env.BACKSTORY_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.BACKSTORY_FIREFOX ?? '/usr/bin/firefox-esr';

export function ensureBrowsers(): void {
  ensureDebianPackages([
    [CHROMIUM, 'chromium'],
    [FIREFOX, 'firefox-esr'],
  ]);
}

const isMain = process.argv[1] !== undefined && import.meta.filename === fs.realpathSync(process.argv[1]);
if (isMain) ensureBrowsers();
