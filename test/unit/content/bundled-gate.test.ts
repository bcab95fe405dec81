// @vitest-environment happy-dom
// The content scripts' gate (src/content/bundled-gate.ts) takes the text they read folded for its
// scan: a story page whose words a hyphenation script filled with soft hyphens still passes.

import { expect, test } from 'vitest';
import { bundledGate } from '../../../src/content/bundled-gate.ts';
import { runSteps } from '../../../src/page/steps.ts';
import { gateText, scanTextInSteps } from '../../../src/page/text.ts';
import { newsPage, seedArticle } from '../../../src/tools/harness/pages.ts';

const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const hyphenate = (text: string): string => text.replace(/([a-z])([a-z])/gi, '$1\u00AD$2');

test('a story page with a soft hyphen between every two letters passes the gate as the scripts read it', () => {
  const gate = bundledGate();
  if (gate === null) throw new Error('the bundled gate signature is damaged');
  const plain = doc(newsPage(seedArticle('000_88890d5d2ec139ad.txt')));
  const hyphenated = plain.cloneNode(true) as Document;
  const walker = hyphenated.createTreeWalker(hyphenated.body, 0x4);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode())
    n.nodeValue = hyphenate(n.nodeValue ?? '');
  const passed = gate(runSteps(scanTextInSteps(plain)));
  expect(passed.length).toBeGreaterThan(0);
  expect(gate(runSteps(scanTextInSteps(hyphenated)))).toEqual(passed);
  // Unfolded, the same page's words are not the story's: the fold is what lets it through.
  expect(gate(gateText(hyphenated))).toEqual([]);
});
