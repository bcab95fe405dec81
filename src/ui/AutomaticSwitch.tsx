// The one control for automatic checking, shared by the first-run and options pages: it shows the
// browser's own answer (the grant), never a stored copy that could drift from it.

import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AccessApi } from '../extension/pages-api.ts';

/** What runs where while pages are checked as they load, in the words of every page that says it. */
export const AUTOMATIC_READS =
  'a quick check runs in your browser on every page you open, and only a page that mentions the story is read in full';

export function AutomaticSwitch({
  api,
  explain,
}: {
  api: AccessApi;
  /** Text above the switch that depends on its state, so it never says the opposite of the status. */
  explain?: (on: boolean) => ComponentChildren;
}) {
  const [on, setOn] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => void api.automatic().then(setOn), []);
  if (on === null) return <p class="muted">Checking…</p>;
  const change = (want: boolean): void =>
    void api.setAutomatic(want).then((now) => {
      setOn(now);
      setRefused(want && !now);
    });
  return (
    <div class="automatic">
      {explain?.(on)}
      <p class="status" role="status">
        {on
          ? `Automatic checking is on: ${AUTOMATIC_READS}.`
          : 'Automatic checking is off: Backstory reads a page only when you click its button, or as it loads on a site you allowed.'}
      </p>
      {on ? (
        <button type="button" onClick={() => change(false)}>
          Stop checking pages automatically
        </button>
      ) : (
        <button type="button" onClick={() => change(true)}>
          Check pages automatically
        </button>
      )}
      {refused && <p class="muted">The browser did not grant access, so nothing changed.</p>}
    </div>
  );
}
