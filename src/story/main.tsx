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
// Opened from a card: the claim it led with, brought into view and given focus (the entries are
// drawn after the browser looked for the fragment).
const anchor = /^#(claim-[a-z0-9]+)$/.exec(location.hash)?.[1];
const target = anchor === undefined ? null : document.getElementById(anchor);
if (target !== null) {
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}
