// WordNet's paraphrase knowledge, cut to the index's vocabulary: for each term of a claim unit,
// the words a writer may put in its place (its synonyms, derivationally related forms, similar
// adjectives and nearest broader words), as page terms mapped to the claim term with a share of
// its weight. Polysemy is held back on both sides: only a claim word's first senses are followed
// (WordNet orders senses by frequency), and a relative counts only where that sense is one of its
// own first senses too. That is not enough: "bank" the slope is WordNet's first sense, so "slope"
// stands for "bank" (see the README's evaluation).

import { analyse } from '../text/terms.ts';
import { phraseKeyOf } from '../text/stem.ts';
import type { Link, PartOfSpeech, SynsetRef, WordNet } from './wordnet.ts';

/** page term → [claim term, share of the claim term's weight it is worth][] */
export type RelativesTable = Record<string, [string, number][]>;

/**
 * How much each relation is worth, as a share of the claim term's weight: below an exact or
 * lexicon match (1), the closer the relation the more.
 */
const WORTH: Record<string, number> = {
  synonym: 0.8,
  derived: 0.8,
  similar: 0.6,
  broader: 0.5,
};

/** A claim word's senses followed, most frequent first. */
const CLAIM_SENSES = 2;
/** A relative counts only for a sense among its own first this many. */
const RELATIVE_SENSES = 2;

const POSES: readonly PartOfSpeech[] = ['n', 'v', 'a', 'r'];

/** The one page term a word or phrase becomes, as the page's tokeniser makes it; null for none or several. */
function termOf(word: string): string | null {
  const { terms, negated } = analyse(word.replace(/_/g, ' '));
  const term = terms.length === 1 && !negated ? (terms[0] ?? null) : null;
  // A phrase is one term on a page only where the lexicon joins it ("pull out"); "at all times"
  // is not "time", though its other words are stop words.
  return term !== null && word.includes('_') && !term.includes('_') ? null : term;
}

const sameRef = (a: SynsetRef, b: SynsetRef): boolean => a.pos === b.pos && a.offset === b.offset;

function relationOf(link: Link): string | null {
  switch (link.symbol) {
    case '+': // derivationally related form
    case '\\': // pertainym (adjective → noun, adverb → adjective)
    case '<': // participle of a verb
      return 'derived';
    case '&': // similar adjective
    case '^': // see also
      return 'similar';
    case '@': // hypernym
    case '@i':
      return 'broader';
    default:
      return null;
  }
}

/**
 * The relatives table of a vocabulary (the claim units' terms). Pure over the WordNet given;
 * O(vocabulary × followed senses × their words and links).
 */
export function relativesOf(vocabulary: ReadonlySet<string>, wordnet: WordNet): RelativesTable {
  // WordNet's lemmas under the term each stands for: only a lemma whose own stem is the term,
  // not every word the lexicon folds into it (the lexicon's groups are its own paraphrase
  // knowledge, and their words' other senses would bring noise).
  const lemmasOf = new Map<string, { lemma: string; pos: PartOfSpeech }[]>();
  for (const pos of POSES)
    for (const lemma of wordnet.lemmas(pos)) {
      if (!/^[a-z][a-z_-]*$/.test(lemma)) continue;
      const key = phraseKeyOf(lemma);
      if (!vocabulary.has(key) || termOf(lemma) !== key) continue;
      const term = key;
      const list = lemmasOf.get(term);
      if (list === undefined) lemmasOf.set(term, [{ lemma, pos }]);
      else list.push({ lemma, pos });
    }

  const best = new Map<string, Map<string, number>>();
  const offer = (word: string, ref: SynsetRef, claimTerm: string, relation: string): void => {
    const rank = wordnet.senses(word, ref.pos).findIndex((s) => sameRef(s, ref));
    if (rank < 0 || rank >= RELATIVE_SENSES) return;
    const page = termOf(word);
    // A page term that is itself a claim term keeps its own meaning: measured, mapping the story's
    // own words onto each other (nation → country, number → numerous) flooded the matches.
    if (page === null || page === claimTerm || vocabulary.has(page)) return;
    if (page.startsWith('#') || page.startsWith('@')) return;
    const worth = WORTH[relation] ?? 0;
    let row = best.get(page);
    if (row === undefined) best.set(page, (row = new Map()));
    if ((row.get(claimTerm) ?? 0) < worth) row.set(claimTerm, worth);
  };

  for (const [claimTerm, lemmas] of lemmasOf)
    for (const { lemma, pos } of lemmas) {
      for (const ref of wordnet.senses(lemma, pos).slice(0, CLAIM_SENSES)) {
        const synset = wordnet.synset(ref);
        const own = synset.words.indexOf(lemma) + 1;
        for (const w of synset.words) if (w !== lemma) offer(w, ref, claimTerm, 'synonym');
        for (const link of synset.links) {
          const relation = relationOf(link);
          if (relation === null) continue;
          // A lexical link belongs to one word of the synset: only the claim word's own count.
          if (link.source !== 0 && link.source !== own) continue;
          const target = wordnet.synset(link.target);
          const words = link.targetWord === 0 ? target.words : [target.words[link.targetWord - 1] ?? ''];
          for (const w of words) offer(w, link.target, claimTerm, relation);
        }
      }
    }

  const table: RelativesTable = {};
  for (const page of [...best.keys()].sort()) {
    const row = best.get(page);
    if (row === undefined) continue;
    table[page] = [...row].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
  return table;
}
