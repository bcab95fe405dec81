// Text → concept terms, the one normalisation both the index compiler and the page use.
// fold → words → numbers and country names normalised → stems → phrases joined → synonyms
// folded to one concept → stop words dropped.

import { isSpace, isWordChar, lowerAscii, spacesBack, startsWithDigit } from './chars.ts';
import { foldForWords } from './fold.ts';
import { CAPITALS } from './lexicon.ts';
import { LEXICON_TABLE } from './lexicon-table.ts';
import { remember } from './memo.ts';
import { compiledNative, letterPattern, nativeOnFirstUse } from './pattern.ts';
import { splitSentences } from './sentences.ts';
import { phraseKey, phraseKeyOf, stem } from './stem.ts';

/** Stop words matched as written only: their stems are real words ("quite" → "quit"). */
const STOP_AS_WRITTEN = new Set(['quite', 'rather', 'really']);

// Maps, not object literals: a page's "constructor" or "toString" must not find Object's own.
const NUMBER_WORDS = new Map<string, number>(
  Object.entries({
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    hundred: 100,
  }),
);
/**
 * Words of scale after a figure. The letters are the suffixes of "1.3B", "$119B", "5M", "40k",
 * which the tokeniser cuts from their figure ("t" is left out: "don't" ends in one).
 */
const SCALE = new Map<string, string>(
  Object.entries({
    thousand: 'k',
    million: 'm',
    billion: 'b',
    trillion: 't',
    bn: 'b',
    mn: 'm',
    k: 'k',
    m: 'm',
    b: 'b',
  }),
);

const CONCEPT = new Map(LEXICON_TABLE.concept);
const PHRASE_PARTS = new Map(LEXICON_TABLE.phraseParts); // first stem of a phrase → longest phrase length
const STOP = new Set(LEXICON_TABLE.stop);
const STOP_UNSTEMMED = new Set(LEXICON_TABLE.stopUnstemmed);
const NEGATION = new Set(LEXICON_TABLE.negation);
const NON_EVENT = new Set(LEXICON_TABLE.nonEvent);
const DEGREE = new Set(LEXICON_TABLE.degree);
// Every word of a negating concept negates: "disputed", "rejected", "pushed back" as "denied" does.
const NEGATING = new Set(
  [...NEGATION].map((w) => CONCEPT.get(w)).filter((c): c is string => c !== undefined),
);
/** Words of the deny concept that are as often nouns ("the dispute"): they negate nothing. */
const DENIAL_NOUNS = new Set(['dispute', 'disputes', 'contest', 'contests']);
/** "not just", "not only": the sentence adds to what it says, it does not deny it. */
const ADDITIVE = new Set(['just', 'only', 'merely', 'simply']);
/**
 * "not surprisingly", "it is not surprising that …", "nor is it reassuring that …": a negated
 * comment on a fact, which the sentence still states.
 */
const FACTIVE = new Set(['surprising', 'surprisingly', 'reassuring', 'comforting', 'coincidence']);
/** "made no secret that", "no doubt": affirmations spelled with "no". */
const AFFIRMING_NO = new Set(['secret', 'doubt', 'wonder', 'surprise']);
const RISE = CONCEPT.get(stem('rise')) ?? 'rise';
const FALL = CONCEPT.get(stem('fall')) ?? 'fall';
const STOCK = CONCEPT.get(stem('stock')) ?? 'stock';
/**
 * Asides whose negation is not the sentence's: "one large bank, which it did not identify,
 * pulled out" still says the bank pulled out, and so does "one bank (not named)" or "one bank —
 * the paper did not say which — pulled out". A single dash is no aside: "… asked banks for
 * data — this is not true" denies what came before it; but a noun phrase after one is ("… told
 * the banks it could offer more — a point the statement did not address"), unless it denies or
 * calls false what came before it ("— a report the company denied", "— a claim it says is not
 * true"): that is the newspaper's way of writing a denial.
 */
const ASIDE = compiledNative(
  /,\s*(?:which|who|whom|whose)\b[^,;.]*,|\([^()]*\)|\s(?:[\u2014\u2013]|--?)\s[^\u2014\u2013;.]*?\s(?:[\u2014\u2013]|--?)\s|\s(?:[\u2014\u2013]|--?)\s((?:a|an)\s[^\u2014\u2013;.]*)/gi,
);
/** Words that call a statement false. */
const FALSITY = /\b(?:false|untrue|inaccurate|incorrect|wrong|not\s+(?:true|accurate|correct))\b/i;

/** The head nouns of a dash's noun phrase that can be called false: what was said, not what was done. */
const SAID =
  /^(?:a|an)\s+(?:(?:\w+\s+){0,2})?(?:report|claim|story|suggestion|allegation|account|characteri[sz]ation|assertion)s?\b/i;

/**
 * Whether a noun phrase after a dash denies what came before it: a report or claim ("— a report
 * the company denied") with a word of denying or of falsity. "— a request several banks rejected"
 * tells what happened to the request, and leaves the sentence affirmed.
 */
function denies(phrase: string): boolean {
  if (!SAID.test(phrase)) return false;
  return (
    FALSITY.test(phrase) ||
    tokensOf(phrase).tokens.some((token) =>
      normalised(token).some((w) => NEGATING.has(CONCEPT.get(stem(w)) ?? '')),
    )
  );
}
const HEADS = new Set(CONCEPT.values());

/** True for a term of a word that says how big, how many, where or why, never what happened. */
export function namesNoEvent(term: string): boolean {
  return NON_EVENT.has(term);
}

/** True for a term of a word of degree ("completely", "entirely"): how much, never what. */
export function isDegree(term: string): boolean {
  return DEGREE.has(term);
}

/** True for a term that stands for a lexicon concept (shared vocabulary, never a proper name). */
export function isConceptTerm(term: string): boolean {
  return HEADS.has(term);
}

// Word pieces: letters with inner apostrophes/hyphens/dots (U.S.), or numbers with separators.
const TOKEN = letterPattern(
  /[A-Za-z]+(?:['.-][A-Za-z]+)*\.?|\$?\d+(?:[.,]\d+)*%?/g,
  String.raw`[\p{L}\p{M}]+(?:['.-][\p{L}\p{M}]+)*\.?|\$?\d+(?:[.,]\d+)*%?`,
  'gu',
);

export interface Analysed {
  terms: string[];
  negated: boolean;
}

/** "US" as /^(U\.?S\.?A?|USA)$/ reads it, each form written out (a set, not an expression to compile). */
export const US_FORMS: ReadonlySet<string> = new Set([
  'US',
  'U.S',
  'US.',
  'U.S.',
  'USA',
  'U.SA',
  'US.A',
  'U.S.A',
]);

/** "UK" as /^(U\.?K\.?)$/ reads it, each form written out. */
const UK_FORMS: ReadonlySet<string> = new Set(['UK', 'U.K', 'UK.', 'U.K.']);

/**
 * The words a token stands for: lowercased, contractions split ("didn't" → did, not), the
 * country "US" resolved, hyphenated words split unless the lexicon knows them whole. The same
 * for every occurrence of a token, so remembered (bounded, like stems).
 */
function normalise(token: string): readonly string[] {
  // The regular expressions below run only on the few words that can need them.
  if (token.charCodeAt(0) === 85 /* U */) {
    if (US_FORMS.has(token)) return ['usa'];
    if (UK_FORMS.has(token)) return ['britain'];
  }
  let w = token.toLowerCase();
  if (w.endsWith('.')) w = w.slice(0, -1);
  if (w.includes("'")) {
    if (w.endsWith("n't")) return [w === "won't" ? 'will' : w === "can't" ? 'can' : w.slice(0, -3), 'not'];
    w = w.replace(CLITIC(), '').replace(/'/g, '');
  }
  if (w.includes('-') && !startsWithDigit(w)) {
    const joined = w.replace(/-/g, '_');
    if (CONCEPT.has(phraseKeyOf(joined))) return [joined];
    return w.split('-').filter((part) => part !== '');
  }
  return [!w.includes('.') || /^\$?\d/.test(w) ? w : w.replace(/\./g, '')];
}

const NORMALISED = new Map<string, readonly string[]>();
/** A contraction's or possessive's ending after its apostrophe ("Facebook's", "they're"). */
const CLITIC = nativeOnFirstUse(/'(s|re|ve|ll|d|m)$/);

/** The text's tokens as written, with their offsets into the text. O(n). */
function tokensOf(text: string): { tokens: string[]; at: number[] } {
  const folded = foldForWords(text);
  const { map } = folded;
  // One native match for all tokens, then each found by indexOf from the end of the one before:
  // a token starts with a letter, digit or "$" + digit, none of which the expression can have
  // skipped, so the first occurrence is the token. A match object per token costs more.
  const tokens = folded.text.match(TOKEN(folded.text)) ?? [];
  const at: number[] = [];
  let from = 0;
  const count = tokens.length;
  for (let i = 0; i < count; i++) {
    const token = tokens[i] ?? '';
    const start = folded.text.indexOf(token, from);
    from = start + token.length;
    // Appended by index (i is its length): a store, where a push is a call.
    at[i] = map === null ? start : (map[start] ?? 0);
  }
  return { tokens, at };
}

/**
 * A token's lowercase-ish words (`normalise`), remembered. Only for the rare aside ("— a report
 * … denied"): the per-word path in `analyseSpans` writes this out, since a small function run on
 * every word is what V8 optimised too early there.
 */
const normalised = (token: string): readonly string[] =>
  NORMALISED.get(token) ?? remember(NORMALISED, token, normalise(token));

function numberTerm(raw: readonly string[], i: number): { term: string; used: number } | null {
  const w = raw[i] ?? '';
  // Most words are not numbers: decide that without a regular expression.
  const c = w.charCodeAt(0);
  if (!(c === 36 || (c >= 48 && c <= 57)) && !NUMBER_WORDS.has(w)) return null;
  // w.replace(/^\$/, '').replace(/%$/, '').replace(/,/g, ''), without three expressions to compile
  // for a first page's few figures.
  const bare = w.startsWith('$') ? w.slice(1) : w;
  const digits = (bare.endsWith('%') ? bare.slice(0, -1) : bare).replaceAll(',', '');
  let value: number | null = null;
  let used = 1;
  if (/^\d+(\.\d+)?$/.test(digits)) value = Number(digits);
  else if (NUMBER_WORDS.has(w)) {
    value = NUMBER_WORDS.get(w) ?? null;
    // "eighty-seven", "twenty one": tens and units are one figure.
    const unit = NUMBER_WORDS.get(raw[i + 1] ?? '');
    if (value !== null && value >= 20 && value % 10 === 0 && value < 100 && unit !== undefined && unit < 10) {
      value += unit;
      used = 2;
    }
  }
  if (value === null) return null;
  // "three and a half percent", "2 and a half billion": the half is part of the figure.
  if (raw[i + used] === 'and' && raw[i + used + 1] === 'a' && raw[i + used + 2] === 'half') {
    value += 0.5;
    used += 3;
  }
  const scale = SCALE.get(raw[i + used] ?? '');
  return scale === undefined ? { term: `#${value}`, used } : { term: `#${value}${scale}`, used: used + 1 };
}

/** The term every percentage adds beside its figure. */
const PERCENTAGE = 'percentag';
const SKIP = '';
const CONTEXT = '\u0000';
const SIMPLE = new Map<string, string>();

/**
 * A word's term when it needs no context: SKIP for a stop word, CONTEXT for a word whose term
 * depends on its neighbours (figures, phrases, negations, market idioms). Only CONTEXT words go
 * on through the loop in analyseSpans, whose later rules are these, in the same order.
 */
function simpleTerm(w: string): string {
  const c = w.charCodeAt(0);
  if (c === 36 || (c >= 48 && c <= 57) || NUMBER_WORDS.has(w) || w.includes('_')) return CONTEXT;
  if (DENIAL_NOUNS.has(w) || STOP_AS_WRITTEN.has(w)) return SKIP;
  // A stop word whose stem neither negates nor opens a phrase (the lexicon's list), and that is
  // not read in context, is dropped as the rules below would drop it, unstemmed: a first page
  // stemmed some sixty such words (0.8M instructions, session 29).
  if (STOP_UNSTEMMED.has(w) && !READ_IN_CONTEXT.has(w)) return SKIP;
  const s = stem(w);
  if (NEGATION.has(w) || NEGATION.has(s) || READ_IN_CONTEXT.has(w) || PHRASE_PARTS.has(s)) return CONTEXT;
  if (STOP.has(w) || STOP.has(s) || s.length < 2) return SKIP;
  const term = CONCEPT.get(s) ?? s;
  return NEGATING.has(term) ? CONTEXT : term;
}

/** Concept terms with the offset of the word each came from, and where the text negates. */
export interface Spanned {
  terms: string[];
  at: number[];
  negations: number[];
}

const CAPITAL = new Set(CAPITALS);

/**
 * "without their consent", "without users' explicit consent", "without asking": what a sentence
 * says is lacking is not stated by it ("accessed data … without their consent" tells no one
 * consented). The words after "without" up to its noun phrase's head give no term: the phrase ends
 * before a preposition or conjunction (ENDS_LACKING: "without the consent of those users" still
 * names the users), after a mark of punctuation, after a gerund that opens it ("without leaving the
 * app" names the app), or after LACKING_WORDS words of content.
 */
const WITHOUT = 'without';
/** Words read with their neighbours whatever their stem: the market idioms, and "without". */
const READ_IN_CONTEXT: ReadonlySet<string> = new Set(['up', 'down', 'shares', WITHOUT]);
const ENDS_LACKING: ReadonlySet<string> = new Set([
  'of',
  'to',
  'for',
  'with',
  'from',
  'in',
  'into',
  'on',
  'at',
  'by',
  'about',
  'over',
  'through',
  'after',
  'before',
  'since',
  'until',
  'and',
  'or',
  'but',
  'nor',
  'that',
  'which',
  'who',
  'as',
  'than',
  'because',
  'while',
  'if',
  'when',
  'so',
]);
/** Words of content a lacking phrase holds at most: "users' explicit consent". */
const LACKING_WORDS = 3;
/** A mark that ends a phrase, in the text from a word to the next: a period only before a space or the end. */
const ENDS_PHRASE = /[,;:!?()"\u201c\u201d\u2013\u2014]|\.(?:\s|$)/;

/** Whether the word at `next` (after a capital) makes the capital part of a longer name. */
export function inLongerName(text: string, next: number | undefined): boolean {
  if (next === undefined) return false;
  // Only white space between the two words, within the forty characters before the second:
  // "Washington, London" is two capitals. Read by character, the same answer as /(\S*)(\s*)$/ on
  // those forty characters, its second group not empty, its first not ending in /[,;.:)]$/ (meant
  // to spare a first page three expressions' compiling; the count did not measurably fall,
  // src/tools/bench/LOG.md, and small-readers.test.ts holds the two equal).
  const from = Math.max(0, next - 40);
  const word = spacesBack(text, next, from);
  if (word === next || (word > from && CLOSING.has(text.charCodeAt(word - 1)))) return false;
  const c = text.charCodeAt(next);
  return (c >= 65 && c <= 90) || startsState(text, next);
}

/** The marks (`,;.:)`) that end a name before the next capital: "Washington, London" is two. */
const CLOSING: ReadonlySet<number> = new Set([44, 59, 46, 58, 41]);

/** Whether the word "state" in any case (ASCII) starts at `at` and ends there: /^state\b/i. */
function startsState(text: string, at: number): boolean {
  return lowerAscii(text, at, at + 5) === 'state' && !isWordChar(text.charCodeAt(at + 5));
}

/**
 * Whether the negation at word i adds ("not just") or comments on a fact ("not surprisingly",
 * "nor is it reassuring that") within the next three words, with no comma between: "not,
 * surprisingly, asking" still negates "asking". Tokens drop commas, so the text is read.
 */
function qualifies(text: string, raw: readonly string[], offsets: readonly number[], i: number): boolean {
  for (let j = i + 1; j < Math.min(i + 4, raw.length); j++) {
    const x = raw[j] ?? '';
    if (!ADDITIVE.has(x) && !FACTIVE.has(x)) continue;
    return !text.slice(offsets[i] ?? 0, offsets[j] ?? 0).includes(',');
  }
  return false;
}

/** Quotation marks and brackets that may close a sentence after its question mark. */
const CLOSING_MARKS = '"\'\u201d\u2019)]';

/** Whether a sentence ends on a question mark, past closing marks and white space. O(its tail). */
function endsOnQuestion(sentence: string): boolean {
  let e = sentence.length - 1;
  while (e >= 0 && (isSpace(sentence.charCodeAt(e)) || CLOSING_MARKS.includes(sentence.charAt(e)))) e--;
  return sentence.charAt(e) === '?';
}

/**
 * The offsets of the words that open a question of the text: each sentence's first word
 * (splitSentences, which knows "Co." and "U.S." from a sentence's end), and the first after a
 * colon in it ("HOST: Didn't …?", "She asked: isn't …?"), where the sentence ends on "?". Each
 * character is read once, however many colons run together: O(text).
 */
function questionOpenings(text: string): ReadonlySet<number> {
  const out = new Set<number>();
  // Most paragraphs ask nothing, and are not split.
  if (!text.includes('?')) return out;
  for (const s of splitSentences(text)) {
    if (!endsOnQuestion(s.text)) continue;
    // Past every character before `read`, the next word starts at `read`.
    let read = 0;
    const opening = (from: number): void => {
      let w = Math.max(from, read);
      while (w < s.text.length && !isWordChar(s.text.charCodeAt(w))) w++;
      read = w;
      out.add(s.start + w);
    };
    opening(0);
    for (let c = s.text.indexOf(':'); c >= 0; c = s.text.indexOf(':', c + 1)) opening(c + 1);
  }
  return out;
}

/**
 * Concept terms of a text, in order (duplicates kept), with offsets into the text, so the terms
 * of any part of it (a clause) can be cut out without analysing it again.
 * Cost: O(n) in the text length, a few map lookups per word.
 */
export function analyseSpans(text: string): Spanned {
  const { tokens, at: tokenAt } = tokensOf(text);
  // Each token's words, `normalised(token)` written out here, not in a small function of its
  // own: V8 optimises early a small function that a page runs on every word, and as a first page
  // misses the memo on most words, it compiled such a loop with `normalise` inlined, which cost
  // the 2,000-word page's first analysis more than all of the matcher's checks
  // (src/tools/bench/LOG.md). This function is too big to be optimised that early: a heuristic of V8 (seen
  // with `--trace-opt` in Node 20), which `npm run bench:instructions` shows again if it changes.
  const raw: string[] = [];
  const offsets: number[] = [];
  // Lengths read once, here and below: in unoptimised code each read is a property load.
  const tokenCount = tokens.length;
  for (let t = 0; t < tokenCount; t++) {
    const token = tokens[t] ?? '';
    const ws = NORMALISED.get(token) ?? remember(NORMALISED, token, normalise(token));
    const wordCount = ws.length;
    // Appended by index, here and below: a store, where each push is a call.
    for (let k = 0; k < wordCount; k++) {
      raw[raw.length] = ws[k] ?? '';
      offsets[offsets.length] = tokenAt[t] ?? 0;
    }
  }
  const terms: string[] = [];
  const at: number[] = [];
  const negations: number[] = [];
  const asides: (readonly [number, number])[] = [];
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(text); m !== null; m = ASIDE.exec(text))
    if (m[1] === undefined || !denies(m[1])) asides.push([m.index, m.index + m[0].length]);
  const negate = (offset: number): void => {
    if (!asides.some(([from, to]) => offset >= from && offset < to)) negations.push(offset);
  };
  const push = (term: string, offset: number): void => {
    if (NEGATING.has(term)) {
      negate(offset);
      return;
    }
    terms.push(term);
    at.push(offset);
  };
  // A negative yes/no question ("Didn't the Journal report that Facebook asked banks for data?",
  // "Isn't Facebook asking for our data?") asks the reader to agree, so it states what it asks
  // about, where "Why didn't Facebook say so?" or "Facebook didn't ask?" still negates: the "not" of
  // a contracted auxiliary (its two words share the token's offset) that opens a question.
  let questions: ReadonlySet<number> | null = null;
  const opensQuestion = (i: number): boolean =>
    raw[i] === 'not' &&
    i > 0 &&
    offsets[i - 1] === offsets[i] &&
    (questions ??= questionOpenings(text)).has(offsets[i] ?? -1);
  // After "without", the words up to its noun phrase's head are what is lacking, not stated:
  // `lacking` counts the words of content read of it (-1: none is being read).
  let lacking = -1;
  let without = -1;
  const rawCount = raw.length;
  for (let i = 0; i < rawCount; i++) {
    const w = raw[i] ?? '';
    const offset = offsets[i] ?? 0;
    // Most words need no context: their term (or nothing) is remembered from the last time.
    const known = SIMPLE.get(w) ?? remember(SIMPLE, w, simpleTerm(w));
    if (lacking >= 0 && ENDS_LACKING.has(w)) lacking = -1;
    if (lacking >= 0) {
      const content = known !== SKIP;
      const gerund = lacking === 0 && i === without + 1 && w.endsWith('ing');
      if (content) lacking++;
      if (
        gerund ||
        lacking >= LACKING_WORDS ||
        ENDS_PHRASE.test(text.slice(offset, offsets[i + 1] ?? text.length))
      )
        lacking = -1;
      continue;
    }
    if (known === SKIP) continue;
    if (CAPITAL.has(w) && inLongerName(text, offsets[i + 1])) {
      terms.push(stem(w));
      at.push(offset);
      continue;
    }
    if (known !== CONTEXT) {
      terms[terms.length] = known;
      at[at.length] = offset;
      continue;
    }
    if (w === WITHOUT) {
      lacking = 0;
      without = i;
      continue;
    }
    const num = numberTerm(raw, i);
    if (num !== null) {
      // "one large bank": a lone small number word is an article, not a figure.
      if (!(NUMBER_WORDS.get(w) === 1 && num.used === 1)) push(num.term, offset);
      // A percentage says what kind of fact it is (a change, a share) whatever its value.
      const after = raw[i + num.used];
      if (w.endsWith('%') || after === 'percent' || (after === 'per' && raw[i + num.used + 1] === 'cent'))
        push(PERCENTAGE, offset);
      i += num.used - 1;
      continue;
    }
    if (w.includes('_')) {
      const key = phraseKeyOf(w);
      push(CONCEPT.get(key) ?? key, offset);
      continue;
    }
    const s = stem(w);
    // "no secret", and "not least": affirmations spelled with a negation.
    const affirms = (w === 'no' && AFFIRMING_NO.has(raw[i + 1] ?? '')) || raw[i + 1] === 'least';
    if (
      (NEGATION.has(w) || NEGATION.has(s)) &&
      !affirms &&
      !qualifies(text, raw, offsets, i) &&
      !opensQuestion(i)
    )
      negate(offset);
    // Market idioms: "was up 3.5%" is a rise, "Facebook shares fell" are stock, not sharing;
    // "up to 87 million" is a bound, no move.
    if (
      (w === 'up' || w === 'down') &&
      raw[i + 1] !== 'to' &&
      raw.slice(i + 1, i + 3).some((x) => /^\$?\d/.test(x))
    ) {
      push(w === 'up' ? RISE : FALL, offset);
      continue;
    }
    if (w === 'shares' && isStockMove(raw, i)) {
      push(STOCK, offset);
      continue;
    }
    const longest = PHRASE_PARTS.get(s);
    if (longest !== undefined) {
      let matched = false;
      for (let len = Math.min(longest, raw.length - i); len > 1; len--) {
        const key = phraseKey(raw.slice(i, i + len));
        const c = CONCEPT.get(key);
        if (c !== undefined) {
          push(c, offset);
          i += len - 1;
          matched = true;
          break;
        }
      }
      if (matched) continue;
    }
    if (STOP.has(w) || STOP.has(s) || NEGATION.has(s) || s.length < 2) continue;
    push(CONCEPT.get(s) ?? s, offset);
  }
  return { terms, at, negations };
}

/** "Shares in …", "shares of …", or shares followed closely by a rise, a fall, "up", "down" or a percentage. */
function isStockMove(raw: readonly string[], i: number): boolean {
  const next = raw[i + 1];
  if (next === 'in' || next === 'of') return true;
  for (const w of raw.slice(i + 1, i + 4)) {
    const c = CONCEPT.get(stem(w));
    // "shares closed up 4.4 percent", "shares were down": the market idiom above.
    if (c === RISE || c === FALL || /%$/.test(w) || w === 'up' || w === 'down') return true;
  }
  return false;
}

/**
 * The terms of the part [start, end) of an analysed text, and its polarity read from
 * [polarityFrom, end) (a quotation's introducing "not" counts for it). Offsets and negations
 * ascend, so the part is found by bisection: O(log terms + its terms).
 */
export function sliceSpans(s: Spanned, start: number, end: number, polarityFrom = start): Slice {
  const { terms: all, at } = s;
  const first = firstAtOrAfter(at, start);
  const count = all.length;
  let last = first;
  while (last < count && (at[last] ?? end) < end) last++;
  // One native copy of the run, not a call of push per term.
  const terms = all.slice(first, last);
  const { negations } = s;
  const n = firstAtOrAfter(negations, polarityFrom);
  return { terms, negated: n < negations.length && (negations[n] ?? end) < end, first };
}

/**
 * The first index of ascending offsets at which one is `offset` or more: firstIndex's search
 * written out, as every page unit asks it twice, and a call of firstIndex's test per step costs
 * an unoptimised first page more than the step.
 */
function firstAtOrAfter(offsets: readonly number[], offset: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((offsets[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A part's analysis (sliceSpans): its terms are the text's from index `first` on, in order. */
export interface Slice extends Analysed {
  first: number;
}

/**
 * The analysis with each named entity as one term: "Citi", "Citibank" and "Citigroup", or
 * "JPMorgan" and "JPMorgan Chase", are the same bank on either side of a match, where their
 * words alone would share nothing or only half. `names` are in text order and do not overlap.
 */
export function withNames(
  s: Spanned,
  names: readonly { start: number; end: number; term: string }[],
): Spanned {
  if (names.length === 0) return s;
  const terms: string[] = [];
  const at: number[] = [];
  let n = 0;
  for (let i = 0; i < s.terms.length; i++) {
    const a = s.at[i] ?? -1;
    while (n < names.length && (names[n]?.end ?? 0) <= a) {
      terms.push(names[n]?.term ?? '');
      at.push(names[n]?.start ?? 0);
      n++;
    }
    const name = names[n];
    if (name !== undefined && a >= name.start) continue;
    terms.push(s.terms[i] ?? '');
    at.push(a);
  }
  for (; n < names.length; n++) {
    terms.push(names[n]?.term ?? '');
    at.push(names[n]?.start ?? 0);
  }
  return { terms, at, negations: s.negations };
}

/**
 * How much a shared term says: a figure ("1.3 billion") or a name ("Wells Fargo", one term since
 * withNames) is strong evidence and counts twice.
 */
export const evidenceOf = (term: string): number => (term.startsWith('#') || term.startsWith('@') ? 2 : 1);

/** The evidence terms carry together (see evidenceOf). */
export const evidenceSum = (terms: Iterable<string>): number => {
  let n = 0;
  for (const t of terms) n += evidenceOf(t);
  return n;
};

export function analyse(text: string): Analysed {
  const s = analyseSpans(text);
  return { terms: s.terms, negated: s.negations.length > 0 };
}
