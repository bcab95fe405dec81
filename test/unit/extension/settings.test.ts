import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  hostNameOf,
  overlayOn,
  repairSettings,
  setSite,
  siteOf,
} from '../../../src/extension/settings.ts';

describe('overlay settings from storage.local', () => {
  test('missing, wrong-typed or old settings are repaired to defaults', () => {
    expect(repairSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings('on')).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings({ enabled: 'yes', disabledSites: 'example.com' })).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings({ version: 0, enabled: false, disabledSites: ['a.com', 3, 'a.com', ''] })).toEqual({
      version: 1,
      enabled: false,
      disabledSites: ['a.com'],
    });
  });

  test('a site switch and the global switch both turn the overlay off', () => {
    const off = setSite(DEFAULT_SETTINGS, 'news.example', false);
    expect(overlayOn(off, 'news.example')).toBe(false);
    expect(overlayOn(off, 'other.example')).toBe(true);
    expect(overlayOn(setSite(off, 'news.example', true), 'news.example')).toBe(true);
    expect(overlayOn({ ...DEFAULT_SETTINGS, enabled: false }, 'other.example')).toBe(false);
  });

  test('a page’s site is its host and port, as the switches name it; a bad address is no site, not an error', () => {
    expect([
      siteOf('http://localhost:8080/a'),
      siteOf('https://news.example/x?y'),
      siteOf(''),
      siteOf('not a url'),
    ]).toEqual(['localhost:8080', 'news.example', '', '']);
  });

  test('the host name the popup shows a reader has no port, and a bad address shows none rather than breaking the popup', () => {
    expect([
      hostNameOf('http://localhost:8080/a'),
      hostNameOf('https://news.example/x'),
      hostNameOf('not a url'),
    ]).toEqual(['localhost', 'news.example', '']);
  });
});
