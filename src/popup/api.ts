// The popup's one seam to the browser: component tests pass a fake, the extension passes this.

import browser from 'webextension-polyfill';
import index from '@index/claim-index.json';
import { repairSettings, SETTINGS_KEY, type Settings } from '../extension/settings.ts';
import type { ClaimIndex } from '../model/types.ts';
import type { PageReport, Result } from '../extension/messages.ts';

export interface TabInfo {
  tabId: number;
  /** Undefined when the browser does not let Backstory see the tab's address. */
  url: string | undefined;
}

export interface PanelApi {
  index: ClaimIndex;
  currentTab(): Promise<TabInfo | null>;
  report(tabId: number): Promise<PageReport | null>;
  focus(tabId: number, paragraph: number, claimId: string): Promise<boolean>;
  settings(): Promise<Settings>;
  saveSettings(s: Settings): Promise<void>;
  hasAccess(url: string): Promise<boolean>;
  /**
   * Reads the open page now. Works when the reader opened the popup from Backstory's button
   * (the browser's activeTab grant) or has allowed the site; false otherwise.
   */
  analyse(tabId: number): Promise<boolean>;
  /** Asks the reader for the site, then reads the open page without a reload. */
  requestAccess(tabId: number, url: string): Promise<boolean>;
  openStoryPage(): void;
}

const originPattern = (url: string): string => `${new URL(url).origin}/*`;

export function browserPanelApi(): PanelApi {
  const ask = async <T>(message: unknown): Promise<T | null> => {
    const reply = (await browser.runtime.sendMessage(message)) as Result<T> | undefined;
    return reply?.ok === true ? reply.value : null;
  };
  return {
    index: index as ClaimIndex,
    async currentTab() {
      const param = new URLSearchParams(location.search).get('tabId');
      if (param !== null && /^\d+$/.test(param)) {
        const tab = await browser.tabs.get(Number(param)).catch(() => null);
        return tab?.id === undefined ? null : { tabId: tab.id, url: tab.url };
      }
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? null : { tabId: tab.id, url: tab.url };
    },
    report: (tabId) => ask<PageReport | null>({ type: 'get-tab', tabId }),
    focus: async (tabId, paragraph, claimId) =>
      (await ask<boolean>({ type: 'focus-claim', tabId, paragraph, claimId })) === true,
    settings: async () => repairSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]),
    saveSettings: (s) => browser.storage.local.set({ [SETTINGS_KEY]: s }),
    hasAccess: (url) => browser.permissions.contains({ origins: [originPattern(url)] }),
    analyse: async (tabId) => (await ask<boolean>({ type: 'analyse-tab', tabId })) === true,
    requestAccess: async (tabId, url) => {
      if (!(await browser.permissions.request({ origins: [originPattern(url)] }))) return false;
      return (await ask<boolean>({ type: 'analyse-tab', tabId })) === true;
    },
    openStoryPage: () => void browser.tabs.create({ url: browser.runtime.getURL('src/story/story.html') }),
  };
}
