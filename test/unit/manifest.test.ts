// The manifest asks for no more than the README's permissions table explains, the build gives
// each browser what it needs, and what the stores check holds: the description's length, the
// minimum browser versions against the APIs the bundles use.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { opaqueBox, pngSize, readPng } from '../../src/tools/icons/png.ts';
import { ROOT } from './helpers.ts';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Privacy'));
const built = (b: string): Record<string, unknown> | null => {
  const f = path.join(ROOT, 'dist', b, 'manifest.json');
  return fs.existsSync(f) ? (JSON.parse(fs.readFileSync(f, 'utf8')) as Record<string, unknown>) : null;
};
const builtOrStop = (b: string): Record<string, unknown> => {
  const m = built(b);
  if (m === null) throw new Error('run npm run build first');
  return m;
};

/** Every script a build ships, as one text. */
function bundles(b: string): string {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) walk(f);
      else if (f.endsWith('.js')) out.push(fs.readFileSync(f, 'utf8'));
    }
  };
  walk(path.join(ROOT, 'dist', b));
  return out.join('\n');
}

/**
 * The first version of each browser with an API Backstory's bundles use (from the browsers'
 * release notes and MDN's compatibility data). A bundle that uses one needs the manifest's
 * minimum version at least this high; a new API with a later floor belongs in this list.
 */
const API_FLOORS: { api: string; used: RegExp; chrome: number; firefox: number }[] = [
  { api: 'CSS Custom Highlight API', used: /\bCSS\??\.highlights\b/, chrome: 105, firefox: 140 },
  { api: 'storage.session', used: /\.storage\.session\b/, chrome: 102, firefox: 115 },
  { api: 'scripting', used: /\.scripting\.\w/, chrome: 88, firefox: 102 },
  { api: 'scripting.registerContentScripts', used: /\.registerContentScripts\b/, chrome: 96, firefox: 102 },
  { api: 'action (Manifest V3)', used: /\.action\.\w/, chrome: 88, firefox: 109 },
];

describe('manifest', () => {
  const template = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;

  test('every permission and host pattern is in the README table', () => {
    const asked = [
      ...((template.permissions as string[]) ?? []),
      ...((template.optional_host_permissions as string[]) ?? []),
    ];
    for (const p of asked) expect(table, `README permissions table explains ${p}`).toContain(`\`${p}\``);
    expect(template.optional_permissions).toBeUndefined();
    expect(template.web_accessible_resources).toBeUndefined();
  });

  test('installing grants no host access: no host permission and no declared content script', () => {
    // Chrome would otherwise warn "Read and change all your data on all websites" at install, and
    // every page would be read before the reader chose to let Backstory do so.
    expect(template.host_permissions).toBeUndefined();
    expect(template.content_scripts).toBeUndefined();
    expect(template.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(template.permissions).toContain('activeTab');
  });

  test('the README names the overlay shortcut the manifest suggests', () => {
    const commands = template.commands as Record<string, { suggested_key: { default: string } }>;
    const key = commands['toggle-overlay']?.suggested_key.default ?? '';
    expect(key).not.toBe('');
    expect(table, 'permissions table').toContain(key);
    expect(readme.slice(readme.indexOf('## Using it'), readme.indexOf('## The two commands'))).toContain(key);
  });

  test('on a Mac each shortcut is Control+Shift with its letter, not Option, which types a character there', () => {
    const commands = template.commands as Record<
      string,
      { suggested_key: { default: string; mac?: string } }
    >;
    expect(Object.keys(commands).length).toBeGreaterThan(0);
    for (const [name, { suggested_key: key }] of Object.entries(commands)) {
      // Option+Shift+O types Ø, Option+Shift+K the Apple logo: a shortcut would take that character from every field.
      expect(key.mac, name).toBe(key.default.replace(/^Alt\+/, 'MacCtrl+'));
      expect(key.mac, name).toMatch(/^MacCtrl\+Shift\+[A-Z]$/);
    }
  });

  test('Chrome gets a service worker; Firefox gets scripts, an id and no data collection', () => {
    const chrome = built('chrome');
    const firefox = built('firefox');
    if (chrome === null || firefox === null) throw new Error('run npm run build first');
    expect(chrome.background).toEqual({ service_worker: 'src/background/main.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['src/background/main.js'] });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: 'backstory@backstory.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // data_collection_permissions came to Firefox for Android in 142 (desktop: 140).
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  test('the description fits the stores (132 characters) and says which story Backstory covers', () => {
    const description = String(template.description);
    expect(description.length).toBeLessThanOrEqual(132);
    expect(description).toMatch(/\bone 2018 story\b/);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      description: string;
    };
    expect(pkg.description).toBe(description);
  });

  test("icons of 16, 32, 48 and 128 px, the 128 px one with the store's 16 px transparent padding", () => {
    const icons = template.icons as Record<string, string>;
    const action = (template.action as { default_icon: Record<string, string> }).default_icon;
    expect(Object.keys(icons).map(Number)).toEqual([16, 32, 48, 128]);
    // Toolbars draw the button at 16 px and, on high-density screens, 32 px.
    expect(Object.keys(action).map(Number)).toEqual([16, 32]);
    for (const [size, file] of [...Object.entries(icons), ...Object.entries(action)]) {
      const png = fs.readFileSync(path.join(ROOT, 'src', 'static', file));
      expect(pngSize(png), file).toEqual({ width: Number(size), height: Number(size) });
    }
    // Chrome Web Store: 96×96 artwork centred in 128×128, the rest transparent.
    const big = readPng(fs.readFileSync(path.join(ROOT, 'src', 'static', icons['128'] ?? '')));
    expect(opaqueBox(big)).toEqual({ left: 16, top: 16, right: 111, bottom: 111 });
  });

  test('each minimum browser version covers every API the bundles use, and the README says the same', () => {
    const chromeMin = Number(builtOrStop('chrome').minimum_chrome_version);
    const gecko = (
      builtOrStop('firefox').browser_specific_settings as { gecko: { strict_min_version: string } }
    ).gecko;
    const firefoxMin = parseInt(gecko.strict_min_version, 10);
    expect(chromeMin).toBeGreaterThan(0);
    expect(firefoxMin).toBeGreaterThan(0);
    expect(builtOrStop('chrome').browser_specific_settings).toBeUndefined();
    expect(builtOrStop('firefox').minimum_chrome_version).toBeUndefined();
    const code = { chrome: bundles('chrome'), firefox: bundles('firefox') };
    for (const floor of API_FLOORS) {
      if (floor.used.test(code.chrome))
        expect(chromeMin, `Chrome: ${floor.api}`).toBeGreaterThanOrEqual(floor.chrome);
      if (floor.used.test(code.firefox))
        expect(firefoxMin, `Firefox: ${floor.api}`).toBeGreaterThanOrEqual(floor.firefox);
    }
    // Firefox reads data_collection_permissions from desktop 140 on.
    expect(firefoxMin).toBeGreaterThanOrEqual(140);
    const install = readme.slice(readme.indexOf('## Install it'), readme.indexOf('## Permissions'));
    expect(install).toContain(`Chrome / Chromium ${chromeMin} or later`);
    expect(install).toContain(`Firefox ${firefoxMin} or later`);
  });
});
