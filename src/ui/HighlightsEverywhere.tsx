// The switch for the highlights on every site, shared by the popup and the options page, which
// word it differently: one place saves it.

import type { ComponentChildren } from 'preact';
import type { Settings } from '../extension/settings.ts';

export function HighlightsEverywhere({
  settings,
  save,
  children,
}: {
  settings: Settings;
  save(s: Settings): void;
  /** The switch's label. */
  children: ComponentChildren;
}) {
  return (
    <label>
      <input
        type="checkbox"
        checked={settings.enabled}
        onChange={(e) => save({ ...settings, enabled: e.currentTarget.checked })}
      />{' '}
      {children}
    </label>
  );
}
