// The full story page: the whole claim index as a reader would want it. Needs no open article.

import { render } from 'preact';
import index from '@index/claim-index.json';
import type { ClaimIndex } from '../model/types.ts';
import { toCsv } from '../view/csv.ts';
import { toJsonLd } from '../view/jsonld.ts';
import { StoryPage, type Exporter } from './StoryPage.tsx';

const claimIndex = index as ClaimIndex;

const exporter: Exporter = {
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
};

const app = document.getElementById('app');
if (app !== null) render(<StoryPage index={claimIndex} exporter={exporter} />, app);
// Opened from a card or a saved link: the claim it names, brought into view and given focus. A
// link by an alias, an id an earlier build gave before a seed joined two claims, names an anchor
// inside the claim's entry. After load and its task: the entries are drawn after the browser
// looked for the fragment, and Firefox's move to it at the end of the load (which leaves an anchor
// that takes no focus, an alias's, unfocused) would undo ours.
function showLinkedClaim(): void {
  const anchor = /^#(claim-[a-z0-9]+)$/.exec(location.hash)?.[1];
  const target =
    anchor === undefined ? null : document.getElementById(anchor)?.closest<HTMLElement>('.claim');
  target?.scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
}
if (document.readyState === 'complete') showLinkedClaim();
else addEventListener('load', () => setTimeout(showLinkedClaim), { once: true });
// A link followed on the open page (or an edited address) changes only the fragment: the browser
// scrolls to the anchor but moves focus to no claim, so a keyboard or screen-reader user stays put.
addEventListener('hashchange', showLinkedClaim);
