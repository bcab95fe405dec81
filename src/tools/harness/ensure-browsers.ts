// The browsers come from Debian, never from a download: installed here when missing and we are
// root, else we stop with the exact command to run.

import { ensureDebianPackages } from './debian.ts';
import { isMain } from '../../cli/is-main.ts';

export const CHROMIUM = process.env.BACKSTORY_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.BACKSTORY_FIREFOX ?? '/usr/bin/firefox-esr';

export function ensureBrowsers(): void {
  ensureDebianPackages([
    [CHROMIUM, 'chromium'],
    [FIREFOX, 'firefox-esr'],
  ]);
}

if (isMain(import.meta.url)) ensureBrowsers();
