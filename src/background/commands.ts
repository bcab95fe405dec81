// The keyboard shortcuts (the manifest's `commands`): Alt+Shift+O turns the highlights on or off
// for the site in front; Alt+Shift+K moves focus to the overlay's legend there, the keyboard's way
// to the markers from anywhere in the page. Built on what it is given, so tests pass fakes.

import type { Send } from '../extension/contract.ts';
import type { TabContract } from '../extension/messages.ts';
import { overlayOn, setSite, siteOf, type Settings } from '../extension/settings.ts';

export interface CommandDeps {
  /** The tab in front in the window the shortcut was pressed in, if any. */
  activeTab(): Promise<{ id?: number; url?: string } | undefined>;
  readSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  tab(tabId: number): Send<TabContract>;
}

export async function runCommand(command: string, deps: CommandDeps): Promise<void> {
  const tab = await deps.activeTab();
  if (tab === undefined) return;
  if (command === 'toggle-overlay') {
    // The address is known only with access to the tab (the shortcut itself grants it).
    const host = siteOf(tab.url ?? '');
    if (host === '') return;
    const settings = await deps.readSettings();
    await deps.saveSettings(setSite(settings, host, !overlayOn(settings, host)));
  } else if (command === 'focus-legend' && tab.id !== undefined) {
    // A page with no overlay (not a story, the highlights off, not read) answers false, or has
    // no content script to answer: nothing to focus either way.
    await deps.tab(tab.id)('focus-legend', {});
  }
}
