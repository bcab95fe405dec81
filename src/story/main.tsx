// The full story page: the whole claim index as a reader would want it. Needs no open article.

import { render } from 'preact';
import index from '@index/claim-index.json';
import type { ClaimIndex } from '../model/types.ts';
import { parseIndex } from '../model/validate.ts';
import { toCsv } from '../view/csv.ts';
import { toJsonLd } from '../view/jsonld.ts';
import { StoryApp, type Exporter } from './StoryPage.tsx';
import { claimAnchor, linkedId } from '../extension/story-link.ts';

const exporter = (claimIndex: ClaimIndex): Exporter => ({
  // A download made from memory: the file never leaves the browser, and no request is made.
  save(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
  jsonLd: () => JSON.stringify(toJsonLd(claimIndex), null, 2),
  csv: () => toCsv(claimIndex),
});

const app = document.getElementById('app');
if (app !== null) render(<StoryApp index={parseIndex(index)} exporter={exporter} />, app);
// Opened from a card or a saved link: the claim it names, brought into view and given focus. A
// link by an alias, an id an earlier build gave before a seed joined two claims, names an anchor
// inside the claim's entry. After load and its task: the entries are drawn after the browser
// looked for the fragment, and Firefox's move to it at the end of the load (which leaves an anchor
// that takes no focus, an alias's, unfocused) would undo ours. The history entry is then marked
// as shown, so going back or forward to it later leaves the page where the browser restores it.
function showLinkedClaim(scroll: boolean): void {
  const id = linkedId(location.hash);
  const target =
    id === null ? null : document.getElementById(claimAnchor(id))?.closest<HTMLElement>('.claim');
  if (scroll) target?.scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
  if (target !== null && target !== undefined)
    history.replaceState({ ...(history.state as object | null), shown: true }, '');
}
if (document.readyState === 'complete') showLinkedClaim(true);
else addEventListener('load', () => setTimeout(() => showLinkedClaim(true)), { once: true });
// A link followed on the open page (or an edited address) changes only the fragment. The browser
// focuses a claim's own entry (it is focusable), but an alias's anchor is an empty span that takes
// no focus, so it focuses nothing and a keyboard or screen-reader user stays put. On a task of its
// own: the entry of a claim the search hid is drawn only once the page has cleared the search.
// Back or forward to an entry already shown: the browser has put the page where it restores it
// (Firefox: where the reader left it; Chromium: at the fragment), so the claim only takes focus.
addEventListener('hashchange', () => {
  const shown = (history.state as { shown?: unknown } | null)?.shown === true;
  setTimeout(() => showLinkedClaim(!shown));
});
