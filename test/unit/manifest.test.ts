// The manifest asks for no more than the README's permissions table explains, and the build
// gives each browser what it needs.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers.ts';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Privacy'));
const built = (b: string): Record<string, unknown> | null => {
  const f = path.join(ROOT, 'dist', b, 'manifest.json');
  return fs.existsSync(f) ? (JSON.parse(fs.readFileSync(f, 'utf8')) as Record<string, unknown>) : null;
};

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
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    });
  });
});
