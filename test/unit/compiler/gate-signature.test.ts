import { describe, expect, test } from 'vitest';
import { readStory } from '../../../src/compiler/build.ts';
import { conceptAnchors, gateSignature } from '../../../src/compiler/gate-signature.ts';
import { compileGate } from '../../../src/gate/gate.ts';
import { GROUPS } from '../../../src/text/lexicon.ts';
import { stem } from '../../../src/text/stem.ts';
import { SEEDS, seedIndex } from '../helpers.ts';

describe("the gate's signature", () => {
  test('a subject written with a curly quote or a dash in story.json still lets its pages through, however the page writes it', () => {
    const { story } = readStory(SEEDS);
    const subject = { name: 'Macy\u2019s', aliases: ['Macy\u2019s', 'the department\u2013store chain'] };
    const signature = gateSignature({ ...story, subject }, [], []);
    const gate = compileGate([{ id: 'm', anchors: signature.anchors, descriptions: signature.descriptions }]);
    expect(gate("Macy's asked its banks for data.")).toEqual(['m']);
    expect(gate('Macy\u2019s asked its banks for data.')).toEqual(['m']);
    expect(gate('The department-store chain asked its banks for data.')).toEqual(['m']);
    expect(gate('Macys asked its banks for data.')).toEqual([]);
  });
});

describe("the gate's anchors", () => {
  const STORY = 'facebook-bank-data-2018';
  const gate = compileGate(
    seedIndex().stories.map((s) => ({
      id: s.id,
      anchors: s.gate.anchors,
      descriptions: s.gate.descriptions,
    })),
  );

  test('find the banks called a financial services company or companies, a card issuer, a financial institution', () => {
    for (const banks of [
      'a financial services company',
      'financial services companies',
      'a card issuer',
      'financial institutions',
    ])
      expect(gate(`Facebook asked ${banks} for their customers' data.`), banks).toEqual([STORY]);
    expect(gate("Facebook asked a financial services firm for their customers' data.")).toEqual([]);
  });

  /** The word's plural, or its third person: the form a page most often writes besides the word. */
  const plural = (word: string): string =>
    /[^aeiou]y$/.test(word)
      ? `${word.slice(0, -1)}ies`
      : /(s|x|ch|sh)$/.test(word)
        ? `${word}es`
        : `${word}s`;

  test('of any concept find every word of its lexicon group, as written and in its plural', () => {
    const missed: string[] = [];
    for (const group of GROUPS) {
      const key = (group[0] ?? '').split('_').map(stem).join('_');
      const find = compileGate([{ id: key, anchors: [['facebook'], conceptAnchors(key)] }]);
      for (const word of group.map((w) => w.replace(/_/g, ' ').toLowerCase()))
        for (const form of [word, plural(word)])
          if (find(`Facebook ${form}.`).length === 0) missed.push(form);
    }
    expect(missed).toEqual([]);
  });
});
