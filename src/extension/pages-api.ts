// The seam between the first-run and options pages and the browser: the pages' components take
// this interface, so their tests pass a fake and the extension passes the real one.

import browser from 'webextension-polyfill';
import { readSettings, saveSettings, type Settings } from './settings.ts';
import { ALL_SITES, automaticOn, grantedSites, setAutomatic, setSiteAutomatic } from './automatic.ts';

export interface AccessApi {
  automatic(): Promise<boolean>;
  /** Must be called from a click: the browser asks the reader. Resolves to the new state. */
  setAutomatic(on: boolean): Promise<boolean>;
  /** The sites the reader allowed one by one (match patterns), while not every site is allowed. */
  sites(): Promise<string[]>;
  /** Gives one site's access back; resolves once the browser has. */
  removeSite(pattern: string): Promise<void>;
  /** Calls back whenever the grant changes (here, in the popup or in the browser's settings). */
  onGrantChange(callback: () => void): () => void;
  settings(): Promise<Settings>;
  saveSettings(s: Settings): Promise<void>;
  openOptions(): void;
}

export function browserAccessApi(): AccessApi {
  return {
    automatic: automaticOn,
    setAutomatic,
    sites: async () => {
      const sites = await grantedSites();
      return sites.filter((p) => !ALL_SITES.includes(p));
    },
    removeSite: async (pattern) => void (await setSiteAutomatic(pattern, false)),
    onGrantChange: (callback) => {
      browser.permissions.onAdded.addListener(callback);
      browser.permissions.onRemoved.addListener(callback);
      return () => {
        browser.permissions.onAdded.removeListener(callback);
        browser.permissions.onRemoved.removeListener(callback);
      };
    },
    settings: () => readSettings(browser.storage.local),
    saveSettings: (s) => saveSettings(browser.storage.local, s),
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}
