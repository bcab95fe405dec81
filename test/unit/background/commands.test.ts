// The keyboard shortcuts' handler, with the browser passed in: what each command changes or
// sends. (Chromium lets no test press an extension's shortcut; Firefox's real keys are in
// test/e2e/commands.e2e.ts.)

import { describe, expect, test } from 'vitest';
import { runCommand, type CommandDeps } from '../../../src/background/commands.ts';
import { ok } from '../../../src/extension/contract.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/extension/settings.ts';

function fake(tab: { id?: number; url?: string } | undefined) {
  let settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: [] };
  const sent: [number, string][] = [];
  const deps: CommandDeps = {
    activeTab: async () => tab,
    readSettings: async () => settings,
    saveSettings: async (s) => void (settings = s),
    tab: (tabId) => async (name) => (sent.push([tabId, name]), ok(true) as never),
  };
  return { deps, sent, settings: () => settings };
}

describe('keyboard shortcuts', () => {
  test('Alt+Shift+O turns the highlights off for the site in front, and on again', async () => {
    const f = fake({ id: 3, url: 'http://localhost:8080/story' });
    await runCommand('toggle-overlay', f.deps);
    expect(f.settings().disabledSites).toEqual(['localhost:8080']);
    await runCommand('toggle-overlay', f.deps);
    expect(f.settings().disabledSites).toEqual([]);
    expect(f.sent).toEqual([]);
  });

  test('Alt+Shift+K asks the page in front to focus its legend, and changes no setting', async () => {
    const f = fake({ id: 3, url: 'http://localhost:8080/story' });
    await runCommand('focus-legend', f.deps);
    expect(f.sent).toEqual([[3, 'focus-legend']]);
    expect(f.settings().disabledSites).toEqual([]);
  });

  test('with no tab in front, or one whose address is hidden, the toggle changes nothing', async () => {
    for (const tab of [undefined, { id: 3 }]) {
      const f = fake(tab);
      await runCommand('toggle-overlay', f.deps);
      expect(f.settings().disabledSites).toEqual([]);
    }
  });
});
