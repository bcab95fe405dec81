// Per-tab results (what the background matched on the tab's page), kept in storage.session so they survive the MV3 service worker being
// stopped and restarted between the page's load and the popup's opening. Cleared when a tab
// navigates or closes.

import { isTabResult, type TabResult } from '../extension/messages.ts';

/** The slice of a storage area the store needs: tests pass an in-memory one. */
export interface StorageArea {
  /** One key's item, or every item (null). */
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const key = (tabId: number): string => `tab:${tabId}`;

export class TabStore {
  constructor(private readonly area: StorageArea) {}

  async get(tabId: number): Promise<TabResult | null> {
    const stored = (await this.area.get(key(tabId)))[key(tabId)];
    return isTabResult(stored) ? stored : null;
  }

  /** Every tab's result, with its tab id. */
  async all(): Promise<[number, TabResult][]> {
    return Object.entries(await this.area.get(null)).flatMap<[number, TabResult]>(([k, stored]) => {
      const tabId = /^tab:(\d+)$/.exec(k)?.[1];
      return tabId !== undefined && isTabResult(stored) ? [[Number(tabId), stored]] : [];
    });
  }

  async set(tabId: number, result: TabResult): Promise<void> {
    await this.area.set({ [key(tabId)]: result });
  }

  async clear(tabId: number): Promise<void> {
    await this.area.remove(key(tabId));
  }
}
