// The popup's one seam to the browser: component tests pass a fake, the extension passes this.

import browser from 'webextension-polyfill';
import { readSettings, saveSettings, type Settings } from '../extension/settings.ts';
import { sender, type Result } from '../extension/contract.ts';
import { automaticOn, setSiteAutomatic } from '../extension/automatic.ts';
import { sitePattern } from '../extension/sites.ts';
import { storyPagePath } from '../extension/story-link.ts';
import type { ExtensionPageContract, FollowedStory, TabResult } from '../extension/messages.ts';

export interface TabInfo {
  tabId: number;
  /** Undefined when the browser does not let Backstory see the tab's address. */
  url: string | undefined;
}

export type SiteAccess = 'all sites' | 'this site' | 'none';

export interface PanelApi {
  currentTab(): Promise<TabInfo | null>;
  /** What the background matched on the tab's page; a failure when Backstory's data is damaged. */
  tabResult(tabId: number): Promise<Result<TabResult | null>>;
  /** The stories Backstory follows (none when its data is damaged). */
  followedStories(): Promise<FollowedStory[]>;
  focus(tabId: number, paragraph: number, claimId: string): Promise<boolean>;
  settings(): Promise<Settings>;
  saveSettings(s: Settings): Promise<void>;
  /** Whether Backstory checks the page's site as pages load: as one of every site, as itself, or not. */
  siteAccess(url: string): Promise<SiteAccess>;
  /** Grants the page's site (the browser asks; call from a click) or gives it back; the new state. */
  setSiteAccess(url: string, on: boolean): Promise<boolean>;
  /**
   * Reads the open page now. Works when the reader opened the popup from Backstory's button
   * (the browser's activeTab grant) or has allowed the site; false otherwise.
   */
  analyse(tabId: number): Promise<boolean>;
  openStoryPage(): void;
}

export function browserPanelApi(): PanelApi {
  const send = sender<ExtensionPageContract>((message) => browser.runtime.sendMessage(message));
  const tabInfo = (tab: browser.Tabs.Tab | null | undefined): TabInfo | null =>
    tab?.id === undefined ? null : { tabId: tab.id, url: tab.url };
  return {
    async currentTab() {
      const param = new URLSearchParams(location.search).get('tabId');
      if (param !== null && /^\d+$/.test(param))
        return tabInfo(await browser.tabs.get(Number(param)).catch(() => null));
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tabInfo(tab);
    },
    tabResult: (tabId) => send('get-tab', { tabId }),
    followedStories: async () => {
      const reply = await send('followed-stories', {});
      return reply.ok ? reply.value : [];
    },
    focus: async (tabId, paragraph, claimId) => {
      const reply = await send('focus-claim', { tabId, paragraph, claimId });
      return reply.ok && reply.value;
    },
    settings: () => readSettings(browser.storage.local),
    saveSettings: (s) => saveSettings(browser.storage.local, s),
    siteAccess: async (url) => {
      if (await automaticOn()) return 'all sites';
      return (await browser.permissions.contains({ origins: [sitePattern(url)] })) ? 'this site' : 'none';
    },
    setSiteAccess: (url, on) => setSiteAutomatic(sitePattern(url), on),
    analyse: async (tabId) => (await send('analyse-tab', { tabId })).ok,
    openStoryPage: () => void browser.tabs.create({ url: browser.runtime.getURL(storyPagePath(null)) }),
  };
}
