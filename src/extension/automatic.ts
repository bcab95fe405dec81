// Automatic checking: Backstory reads news pages as they load only while the reader has granted
// it access, to every site (from the first-run or the options page) or to one site at a time
// (from the popup, or the browser's own per-site controls). Without a grant it reads a page only
// when the reader clicks its button (activeTab). The grant itself is the switch: turning
// automatic checking off gives the access back, so the browser's own permission list always
// tells the truth.

import browser from 'webextension-polyfill';
import { hostOf } from './sites.ts';

/** The origins automatic checking needs: every http(s) page, since any site may carry the story. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

export const automaticOn = (): Promise<boolean> => browser.permissions.contains({ origins: ALL_SITES });

/**
 * The http(s) patterns the gate should run on: every site while that is granted, else the sites
 * granted one by one. Other grants (none today) are not pages.
 */
export async function grantedSites(): Promise<string[]> {
  const origins = ((await browser.permissions.getAll()).origins ?? []).filter((o) =>
    /^(https?|\*):\/\//.test(o),
  );
  return ALL_SITES.every((p) => origins.includes(p)) ? ALL_SITES : origins;
}

/**
 * Asks the browser for every site (it shows its own prompt; must run in a click handler), or
 * gives the access back. Resolves to whether automatic checking is now on.
 */
export async function setAutomatic(on: boolean): Promise<boolean> {
  if (on) return browser.permissions.request({ origins: ALL_SITES });
  await browser.permissions.remove({ origins: ALL_SITES });
  return automaticOn();
}

/** The same for one site (from a click too); resolves to whether Backstory now checks it. */
export async function setSiteAutomatic(pattern: string, on: boolean): Promise<boolean> {
  if (on) return browser.permissions.request({ origins: [pattern] });
  // Every grant of this host, however it was made: the browser's own per-site control may have
  // granted it under another pattern ("*://host/*").
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const host = hostOf(pattern);
  const ofHost = granted.filter((o) => !ALL_SITES.includes(o) && hostOf(o) === host);
  await browser.permissions.remove({ origins: ofHost.length > 0 ? ofHost : [pattern] });
  return browser.permissions.contains({ origins: [pattern] });
}
