// A light English stemmer: enough to fold inflections (asks/asked/asking, bank/banks,
// balance/balances) without Porter's aggressive conflations. Same function on both sides.

const BRITISH: [RegExp, string][] = [
  [/isation(s?)$/, 'ization$1'],
  [/is(e|es|ed|ing)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/([^aeiou])our(s?|ed|ing)$/, '$1or$2'],
  [/([^aeiou])tre(s?)$/, '$1ter$2'],
  [/ogue(s?)$/, 'og$1'],
];
// Words the spelling rules above would wrongly change.
const KEEP = new Set(['rise', 'rises', 'wise', 'otherwise', 'likewise', 'precise', 'concise', 'raise', 'raised', 'praise', 'promise', 'promised', 'premise', 'surprise', 'surprised', 'enterprise', 'exercise', 'advise', 'advised', 'revise', 'revised', 'supervise', 'compromise', 'expertise', 'franchise', 'merchandise', 'noise', 'poise', 'cruise', 'bruise', 'demise', 'disguise', 'despise', 'devise', 'comprise', 'arise', 'sunrise', 'paradise', 'televise', 'improvise', 'incise', 'excise', 'chastise', 'advertise', 'advertised', 'advertising', 'four', 'your', 'hour', 'tour', 'pour', 'sour', 'flour', 'dour', 'centre', 'metre', 'theatre', 'analyse', 'paralyse', 'dialogue', 'catalogue', 'vogue', 'rogue', 'league', 'colleague', 'fatigue', 'tongue', 'intrigue', 'plague', 'vague', 'prologue', 'epilogue', 'monologue', 'synagogue']);
const EXTRA: Record<string, string> = {
  centre: 'center', theatre: 'theater', metre: 'meter', analyse: 'analyze', paralyse: 'paralyze',
  cheque: 'check', cheques: 'checks', dialogue: 'dialog', catalogue: 'catalog', programme: 'program',
  programmes: 'programs', travelled: 'traveled', travelling: 'traveling', cancelled: 'canceled',
  labelled: 'labeled', modelling: 'modeling', fulfil: 'fulfill', enrol: 'enroll', jewellery: 'jewelry',
  defence: 'defense', offence: 'offense', licence: 'license', tonne: 'ton', grey: 'gray', mum: 'mom',
};

export function americanise(word: string): string {
  const direct = EXTRA[word];
  if (direct !== undefined) return direct;
  if (word.length < 6 || KEEP.has(word)) return word;
  for (const [re, to] of BRITISH) if (re.test(word)) return word.replace(re, to);
  return word;
}

const IRREGULAR: Record<string, string> = {
  sought: 'seek', told: 'tell', said: 'say', says: 'say', gave: 'give', given: 'give', held: 'hold',
  took: 'take', taken: 'take', made: 'make', went: 'go', gone: 'go', knew: 'know', known: 'know',
  fell: 'fall', fallen: 'fall', rose: 'rise', risen: 'rise', sold: 'sell', bought: 'buy', spent: 'spend',
  lost: 'lose', won: 'win', brought: 'bring', thought: 'think', began: 'begin', begun: 'begin',
  wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak', ran: 'run', led: 'lead', left: 'leave',
  met: 'meet', paid: 'pay', kept: 'keep', sent: 'send', built: 'build', got: 'get', gotten: 'get',
  did: 'do', done: 'do', does: 'do', was: 'be', were: 'be', been: 'be', is: 'be', are: 'be', am: 'be',
  has: 'have', had: 'have', used: 'use', using: 'use', uses: 'use', data: 'data', news: 'news', media: 'media', banking: 'banking',
  checking: 'checking', messaging: 'messaging', advertising: 'advertising', texting: 'texting',
  spending: 'spending', financial: 'financial', percent: 'percent', series: 'series', analysis: 'analysis',
};

const VOWEL = /[aeiouy]/;

// Words repeat: remember stems, within a bound so a hostile page cannot grow the cache forever.
const CACHE = new Map<string, string>();
const CACHE_LIMIT = 20000;

/** O(length of word), then O(1) for a word seen before. Lowercase input; anything else passes through. */
export function stem(input: string): string {
  const known = CACHE.get(input);
  if (known !== undefined) return known;
  const out = stemUncached(input);
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(input, out);
  return out;
}

function stemUncached(input: string): string {
  const word = americanise(input);
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);

  for (const suffix of ['ingly', 'edly', 'ing', 'ed']) {
    if (w.endsWith(suffix) && VOWEL.test(w.slice(0, -suffix.length)) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
      else if (w.endsWith('i')) w = w.slice(0, -1) + 'y';
      break;
    }
  }
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}
