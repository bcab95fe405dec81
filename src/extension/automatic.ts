// Automatic checking: Backstory reads news pages as they load only while the reader has granted
// it access to every site, from the first-run or the options page. Without that grant it reads a
// page only when the reader clicks its button (activeTab) or allows that one site. The grant
// itself is the switch: turning automatic checking off gives the access back, so the browser's
// own permission list always tells the truth.

import browser from 'webextension-polyfill';

/** The origins automatic checking needs: every http(s) page, since any site may carry the story. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

export const automaticOn = (): Promise<boolean> => browser.permissions.contains({ origins: ALL_SITES });

/**
 * Asks the browser for every site (it shows its own prompt; must run in a click handler), or
 * gives the access back. Resolves to whether automatic checking is now on.
 */
export async function setAutomatic(on: boolean): Promise<boolean> {
  if (on) return browser.permissions.request({ origins: ALL_SITES });
  await browser.permissions.remove({ origins: ALL_SITES });
  return automaticOn();
}
