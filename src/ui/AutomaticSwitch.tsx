// The one control for automatic checking, shared by the first-run and options pages: it shows the
// browser's own answer (the grant), never a stored copy that could drift from it.

import { useEffect, useState } from 'preact/hooks';
import type { AccessApi } from '../extension/pages-api.ts';

export function AutomaticSwitch({ api }: { api: AccessApi }) {
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
      <p class="status" role="status">
        {on
          ? 'Automatic checking is on: Backstory reads each news page you open, in your browser.'
          : 'Automatic checking is off: Backstory reads a page only when you click its button.'}
      </p>
      {on ? (
        <button type="button" onClick={() => change(false)}>
          Stop checking pages automatically
        </button>
      ) : (
        <button type="button" onClick={() => change(true)}>
          Check news pages automatically
        </button>
      )}
      {refused && <p class="muted">The browser did not grant access, so nothing changed.</p>}
    </div>
  );
}
