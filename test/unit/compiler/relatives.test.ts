import { describe, expect, it } from 'vitest';
import { relativesOf } from '../../../src/compiler/relatives.ts';
import {
  loadWordNet,
  type PartOfSpeech,
  type Synset,
  type SynsetRef,
  type WordNet,
} from '../../../src/compiler/wordnet.ts';

/** A WordNet of a few synsets, senses in the order given. */
function tinyWordNet(synsets: Synset[], senses: Record<string, number[]>): WordNet {
  const byOffset = new Map(synsets.map((s) => [s.offset, s]));
  const ref = (offset: number): SynsetRef => ({ pos: byOffset.get(offset)?.pos ?? 'n', offset });
  return {
    senses: (lemma, pos) => (senses[`${lemma}.${pos}`] ?? []).map(ref).filter((r) => r.pos === pos),
    synset: (r) => {
      const s = byOffset.get(r.offset);
      if (s === undefined) throw new Error(`no synset ${r.offset}`);
      return s;
    },
    lemmas: (pos: PartOfSpeech) =>
      Object.keys(senses)
        .filter((k) => k.endsWith(`.${pos}`))
        .map((k) => k.slice(0, -2)),
  };
}

const synset = (offset: number, pos: PartOfSpeech, words: string[]): Synset => ({
  offset,
  pos,
  words,
  links: [],
  gloss: '',
});

describe('WordNet relatives of the claim terms', () => {
  const wn = tinyWordNet(
    [
      synset(1, 'v', ['pledge', 'vow']),
      synset(2, 'n', ['pledge', 'toast']),
      synset(3, 'n', ['toast']),
      synset(4, 'n', ['bank', 'riverside']),
    ],
    {
      'pledge.v': [1],
      'pledge.n': [2],
      'vow.v': [1],
      // "toast" the bread comes first: the drink to someone's health is not what it usually means.
      'toast.n': [3, 3, 2],
      'bank.n': [4],
      'riverside.n': [4],
    },
  );

  it('maps a synonym the lexicon lacks to the claim term, below full weight', () => {
    const table = relativesOf(new Set(['pledg']), wn);
    expect(table.vow).toEqual([['pledg', 0.8]]);
  });

  it('leaves out a word whose shared sense is not one of its own first senses', () => {
    expect(relativesOf(new Set(['pledg']), wn).toast).toBeUndefined();
  });

  it('never maps one claim term onto another', () => {
    expect(relativesOf(new Set(['bank', 'riversid']), wn).riversid).toBeUndefined();
  });

  it('reads the real database: "catastrophe" stands for "disaster"', () => {
    expect(relativesOf(new Set(['disast']), loadWordNet()).catastroph).toEqual([['disast', 0.8]]);
  });
});
