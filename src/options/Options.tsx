// The options page: automatic checking (every site, or the sites allowed one by one, each of
// which can be given back here), the highlights on all sites, and the sites where the reader turned
// them off (each can be turned back on here; the popup turns a site off).

import { useEffect, useState } from 'preact/hooks';
import type { AccessApi } from '../extension/pages-api.ts';
import type { Settings } from '../extension/settings.ts';
import { AutomaticSwitch } from '../ui/AutomaticSwitch.tsx';
import { HighlightsEverywhere } from '../ui/HighlightsEverywhere.tsx';
import { hostOf } from '../extension/sites.ts';

export function Options({ api }: { api: AccessApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void api.settings().then(setSettings), []);
  const save = (s: Settings): void => {
    setSettings(s);
    void api.saveSettings(s);
  };
  return (
    <main>
      <h1>Backstory options</h1>
      <h2>Reading pages</h2>
      <AutomaticSwitch api={api} />
      <AllowedSites api={api} />
      <h2>Highlights</h2>
      {settings === null ? (
        <p class="muted">Loading…</p>
      ) : (
        <>
          <HighlightsEverywhere settings={settings} save={save}>
            Show highlights and cards on articles about the story
          </HighlightsEverywhere>
          <h2>Sites where the highlights are off</h2>
          {settings.disabledSites.length === 0 ? (
            <p class="muted">None. Turn a site off from Backstory’s popup on that site.</p>
          ) : (
            <ul class="plain sites">
              {settings.disabledSites.map((host) => (
                <li key={host}>
                  <SiteName host={host} />{' '}
                  <button
                    type="button"
                    aria-label={`Turn the highlights back on for ${siteName(host)}`}
                    onClick={() =>
                      save({ ...settings, disabledSites: settings.disabledSites.filter((h) => h !== host) })
                    }
                  >
                    Turn back on
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}

/**
 * A switched-off site is kept by its host, port included (as the page's location.host), but named
 * as the popup names it, by host name, with the port apart: one site, one name (review 22 finding 10).
 */
const splitHost = (host: string): { name: string; port: string | null } => {
  const m = /^(.+):(\d+)$/.exec(host);
  return m === null ? { name: host, port: null } : { name: m[1] ?? host, port: m[2] ?? null };
};

const siteName = (host: string): string => {
  const { name, port } = splitHost(host);
  return port === null ? name : `${name} (port ${port})`;
};

function SiteName({ host }: { host: string }) {
  const { name, port } = splitHost(host);
  return (
    <>
      {name}
      {port !== null && <span class="muted"> (port {port})</span>}
    </>
  );
}

/** The sites Backstory checks as pages load because the reader allowed each (none while it checks all). */
function AllowedSites({ api }: { api: AccessApi }) {
  const [sites, setSites] = useState<string[] | null>(null);
  useEffect(() => {
    const load = (): void => void api.sites().then(setSites);
    load();
    return api.onGrantChange(load);
  }, []);
  if (sites === null || sites.length === 0) return null;
  // One line per host, whatever patterns the grants were made with.
  const hosts = [...new Map(sites.map((p) => [hostOf(p), p])).entries()];
  return (
    <>
      <h3>Sites checked as pages load</h3>
      <ul class="plain sites allowed">
        {hosts.map(([host, pattern]) => (
          <li key={host}>
            {host}{' '}
            <button
              type="button"
              aria-label={`Stop checking ${host}`}
              onClick={() => void api.removeSite(pattern)}
            >
              Stop checking
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
