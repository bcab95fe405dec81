// The terms of the word lists a bare denial is read with (bare-denial.ts): the words that call
// something false, the nouns of what was said and the verbs of a verdict on it, the offices.
// Made by the tokeniser from fixed lists, so the same every time: the extension's bundles get
// them computed at build time (`precomputedLexicon` in vite.config.ts, from this same function),
// where a first page stemmed some fifty-five of their words (src/tools/bench/LOG.md, session 30,
// helper C31); the compiler, the CLI and the tests compute them here, when the module loads.

import { FALSITY_FORMS, SAID_WORDS, VERDICT_WORDS } from '../text/denial.ts';
import { analyse } from '../text/terms.ts';
import { OFFICE_WORDS } from './speakers.ts';

export interface DenialTerms {
  falsity: string[];
  said: string[];
  offices: string[];
}

const termsOf = (words: string): string[] => [...new Set(analyse(words).terms)];

export function computeDenialTerms(): DenialTerms {
  return {
    falsity: termsOf(FALSITY_FORMS.join(' ')),
    said: termsOf(`${SAID_WORDS.join(' ')} ${VERDICT_WORDS.join(' ')} account`),
    offices: termsOf(OFFICE_WORDS.join(' ')),
  };
}

export const DENIAL_TERMS: DenialTerms = computeDenialTerms();
