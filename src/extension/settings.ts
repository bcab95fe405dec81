// The reader's overlay switches, as kept in storage.local. Whatever is stored (nothing, the
// wrong types, an older version) is repaired to a valid value rather than trusted.

export interface Settings {
  version: 1;
  /** The overlay on all sites. */
  enabled: boolean;
  /** Hosts where the reader turned the overlay off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { version: 1, enabled: true, disabledSites: [] };
export const SETTINGS_KEY = 'settings';
const MAX_SITES = 10000;

/** The slice of storage.local settings need: tests pass an in-memory one. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The one place settings are read, by the background, the popup and the content script alike. */
export async function readSettings(area: Pick<SettingsArea, 'get'>): Promise<Settings> {
  return repairSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export function saveSettings(area: Pick<SettingsArea, 'set'>, settings: Settings): Promise<void> {
  return area.set({ [SETTINGS_KEY]: settings });
}

export function repairSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULT_SETTINGS, disabledSites: [] };
  const s = stored as Record<string, unknown>;
  const sites = Array.isArray(s.disabledSites)
    ? [
        ...new Set(
          s.disabledSites.filter((x): x is string => typeof x === 'string' && x.length > 0 && x.length < 256),
        ),
      ].slice(0, MAX_SITES)
    : [];
  return { version: 1, enabled: typeof s.enabled === 'boolean' ? s.enabled : true, disabledSites: sites };
}

/**
 * The site a page's address is on, as the settings name it: host and port, as the page's own
 * location.host. '' for an address that is not one, rather than an exception.
 */
export function siteOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** A tab's host name alone (no port), as the reader is shown it; '' for an address that is not a URL. */
export function hostNameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function overlayOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

export function setSite(settings: Settings, host: string, on: boolean): Settings {
  const others = settings.disabledSites.filter((h) => h !== host);
  return { ...settings, disabledSites: on ? others : [...others, host] };
}
