// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
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
  await screen.findByText('Check pages automatically');
});

test('with a damaged index it says so, as the popup does, and offers nothing', async () => {
  const damaged = { ...seedIndex(), checksum: 'tampered' };
  const { container } = render(<WelcomeApp index={parseIndex(damaged)} api={api} />);
  await screen.findByText('Backstory’s data is damaged');
  expect(container.textContent).toMatch(
    /The claim index does not match its checksum \(tampered or truncated\)\. Reinstall the extension to repair it\./,
  );
  expect(container.querySelector('button')).toBeNull();
});

test('the first-run text follows the switch: before the grant it prepares the browser prompt; after, it no longer says it reads nothing', async () => {
  let granted = false;
  const granting: AccessApi = {
    ...api,
    automatic: async () => granted,
    setAutomatic: async (on) => (granted = on),
  };
  const { container } = render(<WelcomeApp index={parseIndex(seedIndex())} api={granting} />);
  fireEvent.click(await screen.findByText('Check pages automatically'));
  await screen.findByText(/^Automatic checking is on/);
  const after = container.textContent ?? '';
  expect(after).not.toMatch(/reads no page|reads nothing/);
  expect(after).toMatch(
    /runs in your browser on every page you open, and only a page that mentions the story is read in full/,
  );
  expect(after).toMatch(/Nothing is sent anywhere/);
  cleanup();
  granted = false;
  const before = render(<WelcomeApp index={parseIndex(seedIndex())} api={granting} />).container;
  await screen.findByText(/^Automatic checking is off/);
  expect(before.textContent).toMatch(/Right now Backstory reads no page/);
  expect(before.textContent).toMatch(/read and change all your data on all websites/);
});

test('the first-run text promises only what the options page does and prepares each browser’s prompt', async () => {
  const { container } = render(<WelcomeApp index={parseIndex(seedIndex())} api={api} />);
  await screen.findByText(/^Automatic checking is off/);
  const text = container.textContent ?? '';
  // The options page turns the highlights off everywhere and back on for a site; the popup turns a site off.
  expect(text).toMatch(/turn the highlights off everywhere, or back on for sites you turned off/);
  expect(text).toMatch(/Chrome says Backstory could “read and change all your data on all websites”/);
  expect(text).toMatch(/Firefox that it could “access your data for all websites”/);
});

test('the first-run text follows what the reader chose before: a site allowed, the highlights off everywhere', async () => {
  const chose: AccessApi = {
    ...api,
    sites: async () => ['https://news.example/*'],
    settings: async () => ({ ...DEFAULT_SETTINGS, enabled: false }),
  };
  const { container } = render(<WelcomeApp index={parseIndex(seedIndex())} api={chose} />);
  await screen.findByText(/reads pages as they load only on the site you allowed/);
  const text = container.textContent ?? '';
  expect(text).not.toMatch(/reads no page/);
  expect(text).not.toMatch(/draws its highlights/);
  expect(text).toMatch(/draws no highlights while you have them off on all sites/);
  cleanup();
  const on = render(
    <WelcomeApp index={parseIndex(seedIndex())} api={{ ...chose, automatic: async () => true }} />,
  ).container;
  await screen.findByText(/^Automatic checking is on/);
  expect(on.textContent).toMatch(/on every site, and draws no highlights while you have them off/);
});
