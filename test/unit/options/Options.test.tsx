// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/extension/settings.ts';
import type { AccessApi } from '../../../src/extension/pages-api.ts';
import { Options } from '../../../src/options/Options.tsx';

afterEach(cleanup);

function fakeApi(settings: Settings): { api: AccessApi; saved: Settings[] } {
  const saved: Settings[] = [];
  return {
    saved,
    api: {
      automatic: async () => false,
      setAutomatic: async (on) => on,
      sites: async () => [],
      removeSite: async () => undefined,
      onGrantChange: () => () => undefined,
      settings: async () => settings,
      saveSettings: async (s) => void saved.push(s),
      openOptions: () => undefined,
    },
  };
}

test('a site the highlights are off on is named by host name, as the popup names it, the port apart', async () => {
  const { api, saved } = fakeApi({ ...DEFAULT_SETTINGS, disabledSites: ['localhost:45219', 'news.example'] });
  const { container } = render(<Options api={api} />);
  const first = await screen.findByLabelText('Turn the highlights back on for localhost (port 45219)');
  const items = [...container.querySelectorAll('ul.sites li')].map((li) => li.textContent);
  expect(items).toEqual(['localhost (port 45219) Turn back on', 'news.example Turn back on']);
  expect(container.querySelector('ul.sites li .muted')?.textContent).toBe(' (port 45219)');
  // The setting is still the site as it was switched off, port included.
  fireEvent.click(first);
  expect(saved.at(-1)?.disabledSites).toEqual(['news.example']);
});
