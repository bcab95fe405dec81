// Text → concept terms, the one normalisation both the index compiler and the page use.
// fold → words → numbers and country names normalised → stems → phrases joined → synonyms
// folded to one concept → stop words dropped.

import { fold } from './fold.ts';
import { GROUPS } from './lexicon.ts';
import { stem } from './stem.ts';

const STOP = new Set(
  ('a an the and or but if then than that this these those there here of to in on at by for with from as into onto ' +
    'over under about after before between through during without within against among upon via per ' +
    'be have do can could will would shall should may might must also just only even still yet so too very ' +
    'it its it\'s he him his she her hers they them their theirs we us our ours you your yours i me my mine ' +
    'who whom whose which what when why how all any both each few more most other some such own same ' +
    'say tell report state add according reportedly citing cite source people familiar matter ' +
    'mr ms mrs inc co corp ltd plc llc monday tuesday wednesday thursday friday saturday sunday ' +
    'week month day today yesterday last past previous new now one out up off').split(' '),
);

/** Words that flip a sentence's meaning. A denial must never match the report it denies. */
const NEGATION = new Set(['not', 'no', 'never', 'none', 'nothing', 'deny', 'neither', 'nor', 'decline', 'refuse']);

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100,
};
const SCALE: Record<string, string> = { thousand: 'k', million: 'm', billion: 'b', trillion: 't', bn: 'b', mn: 'm' };

const CONCEPT = new Map<string, string>();
const PHRASE_PARTS = new Map<string, number>(); // first stem of a phrase → longest phrase length
for (const group of GROUPS) {
  const head = group[0];
  if (head === undefined) continue;
  const headKey = head.split('_').map(stem).join('_');
  for (const word of group) {
    const parts = word.split('_').map(stem);
    CONCEPT.set(parts.join('_'), headKey);
    const first = parts[0];
    if (parts.length > 1 && first !== undefined) PHRASE_PARTS.set(first, Math.max(PHRASE_PARTS.get(first) ?? 0, parts.length));
  }
}
for (const word of STOP) STOP.add(stem(word));
const HEADS = new Set(CONCEPT.values());

/** True for a term that stands for a lexicon concept (shared vocabulary, never a proper name). */
export function isConceptTerm(term: string): boolean {
  return HEADS.has(term);
}

// Word pieces: letters with inner apostrophes/hyphens/dots (U.S.), or numbers with separators.
const TOKEN = /[\p{L}\p{M}]+(?:['.-][\p{L}\p{M}]+)*\.?|\$?\d+(?:[.,]\d+)*%?/gu;

export interface Analysed {
  terms: string[];
  negated: boolean;
}

/** Raw lowercase-ish tokens, with contractions and the country "US" resolved. O(n). */
function words(text: string): string[] {
  const out: string[] = [];
  for (const m of fold(text).matchAll(TOKEN)) {
    let w = m[0];
    if (/^(U\.?S\.?A?|USA)$/.test(w) || w === 'US') {
      out.push('usa');
      continue;
    }
    if (/^(U\.?K\.?)$/.test(w)) {
      out.push('britain');
      continue;
    }
    w = w.toLowerCase().replace(/\.$/, '');
    if (w.endsWith("n't")) {
      out.push(w === "won't" ? 'will' : w === "can't" ? 'can' : w.slice(0, -3), 'not');
      continue;
    }
    w = w.replace(/'(s|re|ve|ll|d|m)$/, '').replace(/'/g, '');
    if (w.includes('-') && !/^\d/.test(w)) {
      const joined = w.replace(/-/g, '_');
      if (CONCEPT.has(joined.split('_').map(stem).join('_'))) out.push(joined);
      else out.push(...w.split('-').filter(Boolean));
      continue;
    }
    out.push(/^\$?\d/.test(w) ? w : w.replace(/\./g, ''));
  }
  return out;
}

function numberTerm(w: string, next: string | undefined): { term: string; used: number } | null {
  const digits = w.replace(/^\$/, '').replace(/%$/, '').replace(/,/g, '');
  let value: number | null = null;
  if (/^\d+(\.\d+)?$/.test(digits)) value = Number(digits);
  else if (NUMBER_WORDS[w] !== undefined) value = NUMBER_WORDS[w] ?? null;
  if (value === null) return null;
  const scale = next === undefined ? undefined : SCALE[next];
  return scale === undefined ? { term: `#${value}`, used: 1 } : { term: `#${value}${scale}`, used: 2 };
}

/**
 * Concept terms of a text, in order (duplicates kept), and whether it is negated.
 * Cost: O(n) in the text length, a few map lookups per word.
 */
export function analyse(text: string): Analysed {
  const raw = words(text);
  const terms: string[] = [];
  let negated = false;
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i] ?? '';
    const num = numberTerm(w, raw[i + 1]);
    if (num !== null) {
      // "one large bank": a lone small number word is an article, not a figure.
      if (!(NUMBER_WORDS[w] === 1 && num.used === 1)) terms.push(num.term);
      i += num.used - 1;
      continue;
    }
    if (w.includes('_')) {
      const key = w.split('_').map(stem).join('_');
      terms.push(CONCEPT.get(key) ?? key);
      continue;
    }
    const s = stem(w);
    if (NEGATION.has(w) || NEGATION.has(s)) negated = true;
    const longest = PHRASE_PARTS.get(s);
    if (longest !== undefined) {
      let matched = false;
      for (let len = Math.min(longest, raw.length - i); len > 1; len--) {
        const key = raw.slice(i, i + len).map(stem).join('_');
        const c = CONCEPT.get(key);
        if (c !== undefined) {
          terms.push(c);
          i += len - 1;
          matched = true;
          break;
        }
      }
      if (matched) continue;
    }
    if (STOP.has(w) || STOP.has(s) || NEGATION.has(s) || s.length < 2) continue;
    terms.push(CONCEPT.get(s) ?? s);
  }
  return { terms, negated };
}

export function termSet(text: string): Set<string> {
  return new Set(analyse(text).terms);
}
