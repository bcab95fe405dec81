// English stemming, the same function on both sides of a match: British spellings and
// irregular verbs are folded first (Porter2 knows neither), then the Snowball Porter2 stemmer.
// A home-made suffix stripper was measured against it on the dev set and lost: it split
// face/facing and manipulate/manipulation, which Porter2 keeps together.

import { stem as porter2 } from 'porter2';
import { remember } from './memo.ts';
import { compiledNative } from './pattern.ts';

const BRITISH: [RegExp, string][] = [
  [/isation(s?)$/, 'ization$1'],
  [/is(e|es|ed|ing)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/([^aeiou])our(s?|ed|ing)$/, '$1or$2'],
  [/([^aeiou])tre(s?)$/, '$1ter$2'],
  [/ogue(s?)$/, 'og$1'],
];
/** Any ending a rule above can change: most words have none, and one test is cheaper than six. */
const BRITISH_ENDING = compiledNative(
  /(?:is(?:e|es|ed|ing)|isations?|ys(?:e|es|ed|ing)|our(?:s|ed|ing)?|tres?|ogues?)$/,
);
// Words the spelling rules above would wrongly change.
const KEEP = new Set([
  'rise',
  'rises',
  'wise',
  'otherwise',
  'likewise',
  'precise',
  'concise',
  'raise',
  'raised',
  'praise',
  'promise',
  'promised',
  'premise',
  'surprise',
  'surprised',
  'enterprise',
  'exercise',
  'advise',
  'advised',
  'revise',
  'revised',
  'supervise',
  'compromise',
  'expertise',
  'franchise',
  'merchandise',
  'noise',
  'poise',
  'cruise',
  'bruise',
  'demise',
  'disguise',
  'despise',
  'devise',
  'comprise',
  'arise',
  'sunrise',
  'paradise',
  'televise',
  'improvise',
  'incise',
  'excise',
  'chastise',
  'advertise',
  'advertised',
  'advertising',
  'four',
  'your',
  'hour',
  'tour',
  'pour',
  'sour',
  'flour',
  'dour',
  'centre',
  'metre',
  'theatre',
  'analyse',
  'paralyse',
  'dialogue',
  'catalogue',
  'vogue',
  'rogue',
  'league',
  'colleague',
  'fatigue',
  'tongue',
  'intrigue',
  'plague',
  'vague',
  'prologue',
  'epilogue',
  'monologue',
  'synagogue',
]);
const EXTRA: Record<string, string> = {
  centre: 'center',
  theatre: 'theater',
  metre: 'meter',
  analyse: 'analyze',
  paralyse: 'paralyze',
  cheque: 'check',
  cheques: 'checks',
  dialogue: 'dialog',
  catalogue: 'catalog',
  programme: 'program',
  programmes: 'programs',
  travelled: 'traveled',
  travelling: 'traveling',
  cancelled: 'canceled',
  labelled: 'labeled',
  modelling: 'modeling',
  fulfil: 'fulfill',
  enrol: 'enroll',
  jewellery: 'jewelry',
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  tonne: 'ton',
  grey: 'gray',
  mum: 'mom',
};

export function americanise(word: string): string {
  // Own keys only: "constructor" must not find Object's.
  const direct = Object.hasOwn(EXTRA, word) ? EXTRA[word] : undefined;
  if (direct !== undefined) return direct;
  if (word.length < 6 || !BRITISH_ENDING.test(word) || KEEP.has(word)) return word;
  for (const [re, to] of BRITISH) if (re.test(word)) return word.replace(re, to);
  return word;
}

const IRREGULAR: Record<string, string> = {
  sought: 'seek',
  told: 'tell',
  said: 'say',
  says: 'say',
  gave: 'give',
  given: 'give',
  held: 'hold',
  took: 'take',
  taken: 'take',
  made: 'make',
  went: 'go',
  gone: 'go',
  knew: 'know',
  known: 'know',
  fell: 'fall',
  fallen: 'fall',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  sank: 'sink',
  sunk: 'sink',
  slid: 'slide',
  rose: 'rise',
  risen: 'rise',
  sold: 'sell',
  bought: 'buy',
  spent: 'spend',
  lost: 'lose',
  won: 'win',
  brought: 'bring',
  thought: 'think',
  began: 'begin',
  begun: 'begin',
  wrote: 'write',
  written: 'write',
  spoke: 'speak',
  spoken: 'speak',
  ran: 'run',
  led: 'lead',
  left: 'leave',
  met: 'meet',
  paid: 'pay',
  kept: 'keep',
  sent: 'send',
  built: 'build',
  got: 'get',
  gotten: 'get',
  did: 'do',
  done: 'do',
  does: 'do',
  was: 'be',
  were: 'be',
  been: 'be',
  is: 'be',
  are: 'be',
  am: 'be',
  has: 'have',
  had: 'have',
  used: 'use',
  using: 'use',
  uses: 'use',
  // Porter2 undoubles "added" and "adding" to "ad", the advertising noun: "…, he added" would
  // carry advertising.
  added: 'add',
  adding: 'add',
  adds: 'add',
  data: 'data',
  news: 'news',
  media: 'media',
  banking: 'banking',
  checking: 'checking',
  messaging: 'messaging',
  advertising: 'advertising',
  texting: 'texting',
  spending: 'spending',
  financial: 'financial',
  percent: 'percent',
  series: 'series',
  analysis: 'analysis',
};

/**
 * An adjective in -ical (and its plural as a noun, "chemicals"), not one of -ology's ("technological"
 * stays with "technology"). Porter2 turns -ical into -ic and then drops -ic, -ize, -ism and a final
 * e alike, so the adjective joined words it does not mean: "critical" (crucial) "criticized",
 * "political" "polite", "practical" "practice", "identical" "identity", "categorical" "category".
 */
const ICAL = compiledNative(/(?<!log)icals?$/);
/**
 * An adverb in -ically is the -ical adjective's ("critically important" is "critical", not
 * "criticized"; "politically", "practically", "technically", "historically"): most -ically
 * adverbs are. Without a dictionary it cannot tell the few of an -ic adjective alone:
 * "specifically", "basically", "automatically" read as their own words, apart from "specific",
 * "basic" (no claim of the seeds carries one; review S19a, measured in test/eval/LOG.md). The -ic
 * adjective and the -ical one stay apart ("historic", "historical"): joining them also joins
 * "critic", "critics" to "critical".
 */
const ICALLY = compiledNative(/(?<!log)ically$/);

const CACHE = new Map<string, string>();

/** O(length of word), then O(1) for a word seen before. Lowercase input; anything else passes through. */
export function stem(input: string): string {
  return CACHE.get(input) ?? remember(CACHE, input, stemUncached(input));
}

function stemUncached(input: string): string {
  const word = americanise(input);
  const irregular = Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined;
  if (irregular !== undefined) return irregular;
  if (word.length <= 3) return word;
  if (ICALLY.test(word)) return word.slice(0, -2);
  if (ICAL.test(word)) return word.endsWith('s') ? word.slice(0, -1) : word;
  const base = word.endsWith("'s") ? word.slice(0, -2) : word;
  return porter2Keeps(base) ? base : porter2(base);
}

/**
 * Whether Porter2 returns the word as it is, told from its last letters: every step of it
 * removes or changes an ending in s, i, e, d, g or y, or one of -al, -ul, -ll, -ion, -er, -or,
 * -ism, -ic, -nt, and nothing else ("bank", "report", "facebook", "fintech" have none). Porter2
 * runs unoptimised on a first page, some 12,000 instructions a word, and a fifth of a page's new
 * words ask only this (src/tools/bench/LOG.md, session 30). An apostrophe at either end (which
 * Porter2 drops) or a capital Y (which it lowers where it finds a y to mark) goes to Porter2 too.
 * Exported for stem.test.ts, which holds the two equal.
 */
export function porter2Keeps(word: string): boolean {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  // Most words end in one of Porter2's letters: decided at the first test.
  if (last === 115 || last === 101 || last === 100 || last === 103 || last === 121 || last === 105)
    return n < 3;
  const before = word.charCodeAt(n - 2);
  const keeps =
    last === 108 // l: -al, -ul (-ful), -ll
      ? before !== 97 && before !== 117 && before !== 108
      : last === 110 // n: -ion
        ? before !== 111 || word.charCodeAt(n - 3) !== 105
        : last === 114 // r: -er, -or
          ? before !== 101 && before !== 111
          : last === 109 // m: -ism
            ? before !== 115 || word.charCodeAt(n - 3) !== 105
            : last === 99 // c: -ic
              ? before !== 105
              : last === 116 // t: -nt
                ? before !== 110
                : last !== 39;
  return n < 3 || (keeps && word.charCodeAt(0) !== 39 && !word.includes('Y'));
}

/**
 * The lexicon's key for a phrase: its words stemmed and joined by '_' ("walked_away" →
 * "walk_away"), the same whether the phrase comes from the lexicon, a hyphenated word or a run
 * of page words.
 */
export const phraseKey = (words: readonly string[]): string => words.map((w) => stem(w)).join('_');

/** The same for a phrase written with '_' between its words, as the lexicon and hyphens give it. */
export const phraseKeyOf = (phrase: string): string => phraseKey(phrase.split('_'));
