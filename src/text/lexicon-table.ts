// The word lists of lexicon.ts as the tokeniser looks them up: stemmed, and each word or phrase
// mapped to its concept. Computing this stems some 500 words, milliseconds each time the
// extension's background worker starts, so the extension's bundles get the table computed
// at build time instead (`precomputedLexicon` in vite.config.ts, from this same function); the
// compiler, the CLI and the tests compute it here, when the module loads.

import { DEGREE_WORDS, GROUPS, NEGATION_WORDS, NON_EVENT_WORDS, STOP_WORDS } from './lexicon.ts';
import { phraseKeyOf, stem } from './stem.ts';

export interface LexiconTable {
  /** A stemmed word or phrase (parts joined by '_') → its concept: its group's first, stemmed. */
  concept: [string, string][];
  /** The first stem of a phrase → the most words a phrase starting with it has. */
  phraseParts: [string, number][];
  /** Stop words, as written and stemmed. */
  stop: string[];
  /**
   * The stop words, as written, whose stem neither negates nor opens a phrase: the tokeniser
   * drops them without stemming them (terms.ts, simpleTerm), where a first page stemmed each.
   */
  stopUnstemmed: string[];
  /** Negation words, as written and stemmed. */
  negation: string[];
  /** The terms (concepts or stems) of words that name no event (NON_EVENT_WORDS). */
  nonEvent: string[];
  /** The terms of words of degree (DEGREE_WORDS). */
  degree: string[];
}

/** With its stem, and its stem's stem until nothing new: a set grows while it is iterated. */
function withStems(words: readonly string[]): string[] {
  const out = new Set(words);
  for (const word of out) out.add(stem(word));
  return [...out];
}

export function computeLexiconTable(): LexiconTable {
  const concept = new Map<string, string>();
  const phraseParts = new Map<string, number>();
  for (const group of GROUPS) {
    const head = group[0];
    if (head === undefined) continue;
    const headKey = phraseKeyOf(head);
    for (const word of group) {
      concept.set(phraseKeyOf(word), headKey);
      const parts = word.split('_');
      const first = stem(parts[0] ?? '');
      if (parts.length > 1) phraseParts.set(first, Math.max(phraseParts.get(first) ?? 0, parts.length));
    }
  }
  const negation = withStems(NEGATION_WORDS);
  const negates = new Set(negation);
  return {
    concept: [...concept],
    phraseParts: [...phraseParts],
    stop: withStems(STOP_WORDS),
    stopUnstemmed: STOP_WORDS.filter((w) => {
      const s = stem(w);
      return !negates.has(w) && !negates.has(s) && !phraseParts.has(s);
    }),
    negation,
    nonEvent: [
      ...new Set(
        NON_EVENT_WORDS.map((w) => {
          const key = phraseKeyOf(w);
          return concept.get(key) ?? key;
        }),
      ),
    ],
    degree: DEGREE_WORDS.map((w) => {
      const key = phraseKeyOf(w);
      return concept.get(key) ?? key;
    }),
  };
}

export const LEXICON_TABLE: LexiconTable = computeLexiconTable();
