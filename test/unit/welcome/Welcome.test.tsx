// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/extension/settings.ts';
import type { AccessApi } from '../../../src/extension/pages-api.ts';
import { parseIndex } from '../../../src/model/validate.ts';
import { WelcomeApp } from '../../../src/welcome/Welcome.tsx';
import { seedIndex, seedStory } from '../helpers.ts';

afterEach(cleanup);

const api: AccessApi = {
  automatic: async () => false,
  setAutomatic: async (on) => on,
  sites: async () => [],
  removeSite: async () => undefined,
  onGrantChange: () => () => undefined,
  settings: async () => DEFAULT_SETTINGS,
  saveSettings: async () => undefined,
  openOptions: () => undefined,
};

test('the first-run page names the story Backstory follows and offers automatic checking', async () => {
  render(<WelcomeApp index={parseIndex(seedIndex())} api={api} />);
  await screen.findByText(seedStory().title);
  await screen.findByText('Check news pages automatically');
});

test('with a damaged index it says so, as the popup does, and offers nothing', async () => {
  const damaged = { ...seedIndex(), checksum: 'tampered' };
  const { container } = render(<WelcomeApp index={parseIndex(damaged)} api={api} />);
  await screen.findByText('Backstory’s data is damaged');
  expect(container.textContent).toMatch(
    /the claim index is damaged \(the claim index does not match its checksum \(tampered or truncated\)\)\. Reinstall the extension to repair it\./,
  );
  expect(container.querySelector('button')).toBeNull();
});
