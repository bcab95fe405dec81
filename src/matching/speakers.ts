// Who is named in a sentence, and who speaks in it: the name before its first speech verb
// ("Citigroup said …"), or after it when the verb is inverted ("…, said Citigroup"). The
// compiler reads the speaker of every seed sentence (claim kinds and speakers); the page reads
// it too, so a bank's answer never matches a sentence in which another bank speaks.

import { analyse, analyseSpans, isConceptTerm, withNames, type Spanned } from '../text/terms.ts';
import type { Piece } from '../text/units.ts';
import { firstIndex } from '../text/bisect.ts';
import { MONTHS, WEEKDAYS } from '../text/calendar.ts';
import { FUNCTION_WORDS } from '../text/lexicon.ts';
import { escapeRegExp, letterPattern, nativeOnFirstUse } from '../text/pattern.ts';
import {
  holdsAt,
  isAsciiCapital,
  isCapitalisedWord,
  isLetter,
  isSpace,
  isWordChar,
  spacesFrom,
  splitOnSpaces,
} from '../text/chars.ts';
import {
  capitalisedOpener,
  endsWithJoin,
  isWord,
  leadingArticle,
  leadingWord,
  replaceInitialDots,
} from './name-words.ts';

/**
 * 'other' is an organisation of the parties' kind that the story does not know ("Bank of
 * America" where the parties are four other banks): named, but not one of the story's cast.
 */
export type EntityKind = 'outlet' | 'subject' | 'party' | 'other';

export interface Entity {
  kind: EntityKind;
  /** Outlet id, or the subject's / party's name. */
  id: string;
  aliases: readonly string[];
}

/**
 * Made field by field, never by spreading another: an object spread in unoptimised code is a
 * clone through the runtime, which the mention finder, voicesOf and shiftedTo paid for each
 * mention, 0.8M instructions of a first analysis (src/tools/bench/LOG.md, session 31, helper C31).
 */
export interface Mention {
  kind: EntityKind;
  id: string;
  start: number;
  end: number;
}

const ARTICLE = nativeOnFirstUse(/^(the|a|an) /i);
/**
 * An alias as matched: case-sensitive, except that a leading article may be capitalised and an
 * initial's dot left out ("U." of "U.S.": writers drop the dots, "US Bank" for "U.S. Bank").
 */
const articleFree = (alias: string): string =>
  replaceInitialDots(
    alias.replace(ARTICLE(), (m) => m.toLowerCase()),
    '.',
    '',
  );

/**
 * A capitalised word of a name ("Cobalt", "U.S.", "AT&T"), of at most 50 characters: unbounded,
 * the search read a run such as "P.P.P.…" to its end from each of its capitals (quadratic: 10,000
 * characters held the engine 127 ms). No name has a longer word.
 */
const NAME_WORD = "[A-Z][A-Za-z&'.-]{0,49}";

/**
 * Other banks' names with one of `heads` ("Bank", "Bancorp"): "Bank of America", "Bank of New
 * York Mellon"; "Cobalt Ridge Bank": a head after a capitalised word, or before "of" and one.
 * Exported for its property test against the unbounded name word (backtracking.test.ts).
 */
export function otherBanks(heads: readonly string[]): RegExp {
  const head = `(?:${heads.map(escapeRegExp).join('|')})`;
  return new RegExp(
    `(?<![A-Za-z\\d])(?:(?:${NAME_WORD}\\s+){0,3}${head}\\s+of(?:\\s+the)?(?:\\s+${NAME_WORD}){1,3}|(?:${NAME_WORD}\\s+){1,3}${head})(?![A-Za-z\\d])`,
    'g',
  );
}

/**
 * A line in title case ("Big Bank Pulls Out of Talks") or capitals, where capitals mark no
 * names: three words of four letters or more, all capitalised (prose has lower-case verbs and
 * nouns that long). O(length).
 */
function titleCase(text: string): boolean {
  const words = text.match(/[A-Za-z]{4,}/g) ?? [];
  return words.length >= 3 && words.every((w) => w.charCodeAt(0) <= 90);
}

/**
 * Finds mentions of a fixed set of entities with one regular expression over all their aliases,
 * longest first, so a page costs one scan and one compilation however many aliases there are.
 * Given the head words of the parties' names (`otherHeads`: "Bank" of "U.S. Bank"), it also finds
 * other names built on them ("Bank of America", "Cobalt Ridge Bank") as organisations the story
 * does not know, kind 'other', where no known name is found.
 */
export class MentionFinder {
  private readonly pattern: ((text: string) => RegExp) | null;
  private readonly byAlias = new Map<string, { kind: EntityKind; id: string }>();
  private readonly others: (() => RegExp) | null;
  private readonly heads: readonly string[];

  constructor(entities: readonly Entity[], otherHeads: readonly string[] = []) {
    this.heads = otherHeads;
    this.others = otherHeads.length === 0 ? null : nativeOnFirstUse(otherBanks(otherHeads));
    const aliases: string[] = [];
    for (const e of entities) {
      for (const a of e.aliases) {
        const key = articleFree(a);
        if (a.trim() === '' || this.byAlias.has(key)) continue;
        this.byAlias.set(key, { kind: e.kind, id: e.id });
        aliases.push(a);
      }
    }
    // Names are matched with their capitals ("the Journal" is not "a journal"); a leading article
    // may be capitalised or not.
    const body = aliases
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
      .map((a) =>
        // An initial's dot may be left out: the escaped "U\." becomes "U\.?".
        replaceInitialDots(
          escapeRegExp(a).replace(
            ARTICLE(),
            (m) => `[${m[0]?.toUpperCase()}${m[0]?.toLowerCase()}]${m.slice(1)}`,
          ),
          '\\.',
          '\\.?',
        ),
      )
      .join('|');
    this.pattern =
      aliases.length === 0
        ? null
        : letterPattern(
            new RegExp(`(?<![A-Za-z\\d])(?:${body})(?![A-Za-z\\d])`, 'g'),
            `(?<![\\p{L}\\d])(?:${body})(?![\\p{L}\\d])`,
            'gu',
          );
  }

  /** Every entity mention in text order, none overlapping; where two aliases start together, the longer. O(text). */
  mentions(text: string): Mention[] {
    const out: Mention[] = [];
    if (this.pattern === null) return out;
    const pattern = this.pattern(text);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const entity = this.byAlias.get(articleFree(m[0]));
      if (entity !== undefined)
        out.push({ kind: entity.kind, id: entity.id, start: m.index, end: m.index + m[0].length });
    }
    return this.others === null || !this.heads.some((h) => text.includes(h))
      ? out
      : this.withOthers(text, out);
  }

  /** The known mentions with the other names that overlap none of them, in text order. */
  private withOthers(text: string, known: Mention[]): Mention[] {
    if (this.others === null || titleCase(text)) return known;
    const found: Mention[] = [];
    const others = this.others();
    others.lastIndex = 0;
    for (let m = others.exec(text); m !== null; m = others.exec(text)) {
      // A sentence's opening article is not part of the name ("The Bank of England"), nor an
      // opening word capitalised only because it opens the sentence ("Meanwhile Bank of America").
      const article = leadingArticle(m[0]);
      const lead = article >= 0 ? article : openerLength(text, m.index, m[0]);
      const start = m.index + lead;
      const end = m.index + m[0].length;
      if (known.some((k) => k.start < end && start < k.end)) continue;
      found.push({ kind: 'other', id: text.slice(start, end).replace(/\s+/g, ' '), start, end });
    }
    return found.length === 0 ? known : [...known, ...found].sort((a, b) => a.start - b.start);
  }
}

/**
 * The words that never begin a name: function words, and the counts and times a sentence opens
 * with ("One Cobalt Ridge Bank official", "Last week", "Monday Bank of America said"), which are
 * stop words but, unlike "New" or "State", no part of a bank's name.
 */
const NOT_OPENING_A_NAME = new Set([
  ...FUNCTION_WORDS,
  ...'one two three four five several last past next'.split(' '),
  ...WEEKDAYS.map((day) => day.toLowerCase()),
]);

/**
 * The length of a name's first word and its space where that word opens a sentence and is no
 * name's ("Meanwhile", "Separately", "Yesterday", "But", "One", "Monday": an adverb, a function
 * word, a count or a day, which never begins a name; "New" of "New York Community Bank", "State"
 * of "State Street Bank" do), and the rest is still a name ("Bank of America", not "Bank"); else 0.
 */
function openerLength(text: string, at: number, name: string): number {
  const first = capitalisedOpener(name);
  if (first === null || !/(?:^|[.!?]["'\u201d\u2019]?\s+)$/.test(text.slice(Math.max(0, at - 3), at)))
    return 0;
  const { word } = first;
  if (!/(?:ly|while)$/.test(word) && !NOT_OPENING_A_NAME.has(word.toLowerCase())) return 0;
  const rest = name.slice(first.length);
  return /^[A-Z][A-Za-z&'.-]*\s+\S/.test(rest) ? first.length : 0;
}

/** A name is specific when it is not a description ("the company", "the bank"). */
export const isSpecificAlias = (alias: string): boolean => !ARTICLE().test(alias);

interface Named {
  name: string;
  aliases: readonly string[];
}

/**
 * The finder of a story's subject and parties by name, the same for the compiler and the page.
 * Only names: "the company" or "the bank" in a page may be anyone. `heads` are the parties' (as
 * the index's tables hold them, for the engine).
 */
export function storyNames(
  story: { subject: Named; parties: readonly Named[] },
  heads: readonly string[] = partyHeads(story.parties),
): MentionFinder {
  return new MentionFinder(
    [
      { kind: 'subject', id: story.subject.name, aliases: story.subject.aliases.filter(isSpecificAlias) },
      ...story.parties.map((p) => ({
        kind: 'party' as const,
        id: p.name,
        aliases: p.aliases.filter(isSpecificAlias),
      })),
    ],
    heads,
  );
}

/**
 * The words that make a name one of the parties' kind: the last word of a party's name of two
 * words or more where it is a common noun the lexicon knows ("Bank" of "U.S. Bank", "Bancorp"),
 * not a name ("Fargo", or "Chase", an alias by itself though "chase" is a verb of asking).
 * The compiler writes them into the index (`StoryLookup.partyHeads`), so a change here shows only
 * once the index is rebuilt (`npm run build:index`).
 */
export function partyHeads(parties: readonly Named[]): string[] {
  const heads = new Set<string>();
  // A word that is a party's name by itself ("Chase") is a name, whatever the lexicon makes of it.
  const names = new Set(parties.flatMap((p) => p.aliases));
  for (const p of parties)
    for (const alias of p.aliases.filter(isSpecificAlias)) {
      const words = splitOnSpaces(alias);
      const last = words[words.length - 1] ?? '';
      if (
        words.length > 1 &&
        !names.has(last) &&
        isCapitalisedWord(last) &&
        analyse(last).terms.some(isConceptTerm)
      )
        heads.add(last);
    }
  return [...heads].sort();
}

const NOT_LETTER_OR_DIGIT = letterPattern(/[^A-Za-z\d]+/g, String.raw`[^\p{L}\d]+`, 'gu');

/** The term a party's every name becomes ("Citi", "Citibank" → "@citigroup"). */
export const partyTerm = (id: string): string => `@${id.toLowerCase().replace(NOT_LETTER_OR_DIGIT(id), '_')}`;

/**
 * A text's analysis with each party's names as one term (see withNames): the same on the
 * compiler's side and the page's, or a bank's other name would stop matching.
 */
export function analyseNamed(text: string, mentions: readonly Mention[]): Spanned {
  const parties = mentions
    .filter((m) => m.kind === 'party' || m.kind === 'other')
    .map((m) => ({ start: m.start, end: m.end, term: partyTerm(m.id) }));
  return withNames(analyseSpans(text), parties);
}

const SPEECH = nativeOnFirstUse(
  /\b(said|says|saying|told|tells|denied|denies|deny|insisted|insists|clarified|explained|confirmed|stated|disputed|acknowledged|declined|decline|directed|added|statement|according to)\b/g,
);

/**
 * Whether white space, perhaps "the" and more of it, and a word for a report follow `from`, as
 * /^\s+(the\s+)?(report|reports|newspaper)\b/i reads text.slice(from): read by character, for
 * the one inverted verb a page may have (small-readers.test.ts holds the two equal).
 */
export function reportFollows(text: string, from: number): boolean {
  const at = spacesFrom(text, from);
  if (at === from) return false;
  if (holdsAt(text, at, 'the')) {
    const next = spacesFrom(text, at + 3);
    if (next > at + 3 && reportWordAt(text, next)) return true;
  }
  return reportWordAt(text, at);
}

/** Whether "report", "reports" or "newspaper" (any ASCII case) is the word at `at`, whole at its end. */
function reportWordAt(text: string, at: number): boolean {
  for (const word of REPORT_WORDS)
    if (holdsAt(text, at, word) && !isWordChar(text.charCodeAt(at + word.length))) return true;
  return false;
}
const REPORT_WORDS = ['report', 'reports', 'newspaper'];
/** The report's word before a speech verb, in the ten characters before it: "…, the reports said". */
const REPORTED_BY = nativeOnFirstUse(/\b(report|reports|newspaper|sources)$/i);

/**
 * The words that open a speech verb's clause ("says it …", "said that …"): no speaker follows them.
 * Not a determiner, which may open the speaker's own name ("…, said its spokeswoman").
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set('that it they he she we there'.split(' '));

/** The most characters of an aside between commas after a name ("Facebook, for its part, says"). */
const ASIDE_CHARS = 60;

/**
 * The known name an aside closed by the comma at `closing` opens right after ("Facebook, for its
 * part, says"), or undefined. The name, not the last one before the verb: "Wells Fargo, which
 * Facebook also approached, said it …" is Wells Fargo's.
 */
function nameBeforeAside(text: string, mentions: readonly Mention[], closing: number): Mention | undefined {
  const opening = text.lastIndexOf(',', closing - 1);
  if (opening < 0 || closing - opening > ASIDE_CHARS) return undefined;
  // An indexed loop, not a callback: asked on a first page, before the engine is optimised.
  for (let i = 0; i < mentions.length; i++) if (mentions[i]?.end === opening) return mentions[i];
  return undefined;
}

/** Whether the word after white space from `from` opens the verb's clause. O(the word). */
function clauseFollows(text: string, from: number): boolean {
  const start = spacesFrom(text, from);
  if (start === from) return false;
  let end = start;
  // "it's" is read to its apostrophe: "it".
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return CLAUSE_OPENERS.has(text.slice(start, end).toLowerCase());
}

/** A sentence's first speech verb, lower-cased, and where it ends; null when it has none. */
export function firstSpeechVerb(text: string): { verb: string; end: number } | null {
  const speech = SPEECH();
  speech.lastIndex = 0;
  const m = speech.exec(text);
  return m === null ? null : { verb: m[0].toLowerCase(), end: m.index + m[0].length };
}

/**
 * The speaker of a sentence: the mention that speaks its first speech verb with a speaker;
 * 'report' for "…, says report"; 'unnamed' when it speaks but names no speaker ("It added that
 * …"); null when it has no speech verb.
 */
export function speakerOf(text: string, mentions: readonly Mention[]): Mention | 'report' | 'unnamed' | null {
  let speaks = false;
  // A speech verb before this one, which found no speaker ("Reuters said …", an outlet).
  let unspoken = false;
  const speech = SPEECH();
  speech.lastIndex = 0;
  for (let m = speech.exec(text); m !== null; m = speech.exec(text)) {
    speaks = true;
    const verb = m[0].toLowerCase();
    const at = m.index;
    // What comes just before the verb, read backwards past the white space: not the whole
    // sentence so far (an expression anchored at its end would scan all of it).
    let before = at;
    while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
    // "…, says report" / "…, said Citigroup": after a comma the speaker follows the verb, unless
    // the comma closes an aside after a name and the verb's clause follows ("Facebook, for its
    // part, says it …", "JPMorgan, however, said that …"; "…, said its spokeswoman" is inverted).
    const inverted = text[before - 1] === ',' && (verb === 'says' || verb === 'said');
    const named =
      inverted && clauseFollows(text, at + verb.length)
        ? nameBeforeAside(text, mentions, before - 1)
        : undefined;
    if (named !== undefined) return named;
    if (inverted && reportFollows(text, at + verb.length)) return 'report';
    // "…, the reports said": the speaker is the report, not the last name before it. Ten
    // characters hold the longest of these words and the one before it.
    if (!inverted && before < at && REPORTED_BY().test(text.slice(Math.max(0, before - 10), before)))
      return 'report';
    // "…, a person familiar with the matter said": the paper's anonymous source, not the last
    // name before it. Read back to the clause's comma, or on from the verb where the speaker
    // follows it ("according to people familiar with …", "…, said a person close to …"); a
    // named one ("a Citigroup official") is that name's.
    const after = verb === 'according to' || inverted;
    if (after ? anonymousAfter(text, mentions, at + verb.length) : anonymous(text, mentions, at))
      return 'report';
    // "Citigroup would not be drawn on talks with Facebook, but told AFP …": a verb joined to
    // the sentence's predicate by "but" or "and" has its subject, the sentence's first name that
    // is no object nor owner ("Asked about Facebook's request, Citigroup …"); where an earlier
    // speech verb had no speaker ("Reuters said …, and added"), neither has this one.
    const joined = !inverted && endsWithJoin(text.slice(Math.max(0, before - 4), before));
    if (joined && unspoken) return 'unnamed';
    const speaker =
      verb === 'according to' || inverted
        ? mentions.find((x) => x.start >= at + verb.length)
        : joined
          ? mentions.find((x) => x.end <= at && x.kind !== 'outlet' && isSubject(text, x))
          : lastBefore(mentions, at);
    if (speaker !== undefined) return speaker;
    unspoken = true;
  }
  return speaks ? 'unnamed' : null;
}

/**
 * A sentence's opening "According to …", which `SPEECH` leaves out (lower case only): read there,
 * the compiler's grouping changes (measured: one reference claim split in two), so only
 * `speaksUnknown` reads it.
 */
const OPENING_ACCORDING = nativeOnFirstUse(/^\W*According to\b/);

/**
 * Whether a sentence speaks in the words of a name the story does not know: "Google said …", "A
 * Google spokeswoman said …", "…, said Alphabet", "according to Apple", "According to Apple, …".
 * Where `speakerOf` finds no mention for its speech, a capitalised word among the few next to a
 * verb (back or on to a comma or a quote) that is no function word, count or day: "It says …",
 * "…, she said" and "The company said" may be anyone's, the subject's too; a person named alone
 * ("Doe said …") is an unknown speaker, whatever role the page gave them earlier.
 * Asked of a few sentences per page.
 */
export function speaksUnknown(text: string, mentions: readonly Mention[]): boolean {
  const speaker = speakerOf(text, mentions);
  const according = OPENING_ACCORDING().exec(text);
  if (speaker !== 'unnamed' && (speaker !== null || according === null)) return false;
  const unknown = (w: string): boolean => {
    const word = w.replace(/['\u2019]s$/, '');
    return /^[A-Z]/.test(word) && !NOT_OPENING_A_NAME.has(word.toLowerCase());
  };
  if (according !== null) {
    const end = according[0].length;
    const words = wordsNext(text, end, 1);
    // A known name after it speaks ("According to Citigroup, …"): not another's words.
    const next = mentions.find((x) => x.start >= end);
    const known = next !== undefined && words.join(' ').length >= next.start - end;
    if (!known && words.some(unknown)) return true;
  }
  const speech = SPEECH();
  speech.lastIndex = 0;
  for (let m = speech.exec(text); m !== null; m = speech.exec(text)) {
    const verb = m[0].toLowerCase();
    let before = m.index;
    while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
    const after =
      verb === 'according to' || (text[before - 1] === ',' && (verb === 'says' || verb === 'said'));
    const words = after ? wordsNext(text, m.index + verb.length, 1) : wordsNext(text, before, -1);
    if (words.some(unknown)) return true;
  }
  return false;
}

/**
 * Whether the part [start, end) of a sentence opening at `sentenceStart` is another's words or
 * about another: its own speaker is a name other than the subject, an unknown one or a report
 * ("…, though Google said …"), or its first words, past those joining it to the sentence, name
 * someone other than the subject ("…, though rival Google offers …", "but Citigroup declined").
 * Any other capitalised word there is another's (a person named alone too); the sentence's first
 * word says nothing by its capital. Asked of the parts of the few sentences holding a pair
 * kept aside: O(the part's length).
 */
export function othersPart(
  text: string,
  start: number,
  end: number,
  sentenceStart: number,
  mentions: readonly Mention[],
): boolean {
  const part = text.slice(start, end);
  const inside = mentionsWithin(mentions, start, end);
  const shifted = shiftedTo(inside, start);
  const speaker = speakerOf(part, shifted);
  if (isMention(speaker) ? speaker.kind !== 'subject' : speaker === 'report') return true;
  if (speaksUnknown(part, shifted)) return true;
  // Three words past the joining ones ("though", "and that", "but the"), up to a function word.
  let words = 0;
  let first = start === sentenceStart;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(part); m !== null && words < 3; m = TOKEN.exec(part)) {
    let from = 0;
    while (from < m[0].length && !isLetter(m[0].charCodeAt(from))) from++;
    const word = leadingWord(m[0].slice(from));
    const opening = first;
    first = false;
    if (word === '' || NOT_OPENING_A_NAME.has(word.toLowerCase())) {
      if (words > 0) break;
      continue;
    }
    words++;
    const at = start + m.index + from;
    const named = inside.find((x) => x.start <= at && x.end > at);
    if (named !== undefined ? named.kind !== 'subject' : !opening && isAsciiCapital(word.charCodeAt(0)))
      return true;
  }
  return false;
}

/**
 * Up to four words on from `at` (step 1) or back from it (step -1), none across a comma, colon,
 * semicolon, quote or bracket: the speaker a speech verb has, or no one. A loop, not an
 * expression anchored at the end, which would read back over the whole sentence from each word.
 */
function wordsNext(text: string, at: number, step: 1 | -1): string[] {
  let end = at;
  let spaces = 0;
  for (; step < 0 ? end > 0 : end < text.length; end += step) {
    const c = text[step < 0 ? end - 1 : end] ?? '';
    if (SPEAKER_BREAK.includes(c) || (c === ' ' && ++spaces > 4)) break;
  }
  return splitOnSpaces(step < 0 ? text.slice(end, at) : text.slice(at, end));
}

const SPEAKER_BREAK = ',:;"()[]\u201c\u201d\u2018\u2014';

/** Words that name an unnamed source ("a person familiar with …", "people briefed on …", "an official"). */
const SOURCE_NOUNS = new Set([
  'person',
  'people',
  'source',
  'sources',
  'official',
  'officials',
  'insider',
  'insiders',
  'someone',
]);
const SOURCE_NOUN_LIST = [...SOURCE_NOUNS];
/** Words that may count one ("two people", "several officials"). */
const SOURCE_COUNTS = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some']);
/**
 * What a body issues: "official" before one is an adjective ("an official statement from
 * Citigroup"), the body's own word, no person.
 */
const ISSUED = new Set(
  'statement statements figures data filing filings comment comments document documents announcement announcements record records'.split(
    ' ',
  ),
);
const TOKEN = /\S+/g;

/** Where a source noun stands in a clause: from `source` to `sourceEnd`. */
interface Source {
  readonly source: number;
  readonly sourceEnd: number;
}

/**
 * The source noun among a clause's first words, where the clause is an unnamed source: its first
 * word, or after a count ("a person"), a word ("senior officials") or both ("two people", "a
 * person familiar"), the furthest of these first. A word followed by anything but a letter or
 * digit is the noun ("people's"). Read word by word rather than by one case-insensitive
 * expression: V8 took about 6M instructions to compile that one, once per background start.
 */
function sourceIn(clause: string): Source | null {
  // Most clauses before a speech verb hold no source noun anywhere ("Citigroup said"): a native
  // search of the clause in lower case settles those before its words are read.
  const lower = clause.toLowerCase();
  if (!SOURCE_NOUN_LIST.some((noun) => lower.includes(noun))) return null;
  const at: number[] = [];
  const words: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(clause); m !== null && words.length < 4; m = TOKEN.exec(clause)) {
    at.push(m.index);
    words.push(m[0]);
  }
  const lead = (i: number): string => leadingWord(words[i] ?? '').toLowerCase();
  const wordAt = (i: number): boolean => isWord(words[i] ?? '');
  const isSource = (i: number): boolean => {
    const noun = lead(i);
    if (!SOURCE_NOUNS.has(noun)) return false;
    // "official statement": only where the noun is the whole word and the next follows it.
    return !noun.startsWith('official') || noun.length < (words[i] ?? '').length || !ISSUED.has(lead(i + 1));
  };
  const counted = SOURCE_COUNTS.has((words[0] ?? '').toLowerCase());
  const i = counted && wordAt(1) && isSource(2) ? 2 : wordAt(0) && isSource(1) ? 1 : isSource(0) ? 0 : -1;
  if (i < 0) return null;
  const source = at[i] ?? 0;
  return { source, sourceEnd: source + lead(i).length };
}

/**
 * Between a source and the name it works for: "officials at Citigroup", "an official for
 * Citigroup", "officials with Citigroup", "official Jane Doe of Citigroup" (the source's own name
 * may stand between). Every preposition that says whom a source serves, or "officials at" and
 * "officials with" the same bank would be told two ways.
 */
const WORKS_FOR = /^\s+(?:[A-Z][\w.'-]*\s+)*(?:at|from|of|with|for|inside|within)\s+(?:the\s+)?$/;

/**
 * Whether the clause before a speech verb (from its comma) is an unnamed source. A name in it
 * makes the source that name's where it says whom the source speaks for: before the source ("a
 * Citigroup official") or joined to it ("officials at Citigroup"). What the source knows of is
 * not who speaks: "people familiar with Citigroup's thinking", "a person close to Citigroup".
 */
function anonymous(text: string, mentions: readonly Mention[], at: number): boolean {
  // Eighty characters hold such a clause: it starts at the last comma among them.
  const start = Math.max(0, at - 80);
  const comma = text.lastIndexOf(',', at - 1);
  const from = comma >= start ? comma : start;
  const words = comma >= start ? comma + 1 : start;
  const found = sourceIn(text.slice(words, at));
  return found !== null && unnamed(text, mentions, from, at, words + found.source, words + found.sourceEnd);
}

/**
 * Whether the words after a verb whose speaker follows it are an unnamed source (see
 * `anonymous`); the clause runs to the next comma.
 */
function anonymousAfter(text: string, mentions: readonly Mention[], from: number): boolean {
  const end = Math.min(text.length, from + 80);
  const found = sourceIn(text.slice(from, end));
  if (found === null) return false;
  const comma = text.indexOf(',', from + found.sourceEnd);
  const to = comma >= 0 && comma < end ? comma : end;
  return unnamed(text, mentions, from, to, from + found.source, from + found.sourceEnd);
}

/**
 * Whether no name in a source's clause [from, to), its source noun at [source, sourceEnd), says
 * whom the source speaks for.
 */
function unnamed(
  text: string,
  mentions: readonly Mention[],
  from: number,
  to: number,
  source: number,
  sourceEnd: number,
): boolean {
  return !mentions.some(
    (m) =>
      m.start >= from &&
      m.end <= to &&
      (m.end <= source || (m.start >= sourceEnd && WORKS_FOR.test(text.slice(sourceEnd, m.start)))),
  );
}

/** A word that makes the name after it its object: "talks with Facebook", "asked about Facebook". */
const PREPOSITION_BEFORE = /\b(?:about|with|of|on|to|from|by|for|at|in|into|over|against|between|among)\s+$/i;
/** An owner's mark after a name: "Facebook's request". */
const POSSESSIVE_AFTER = /^['\u2019]s?\b/;

/** Whether a name may be its sentence's subject: not the object of a preposition, not an owner. */
function isSubject(text: string, m: Mention): boolean {
  return (
    !PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
    !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 2))
  );
}

export const isMention = (v: Mention | string | null): v is Mention => v !== null && typeof v !== 'string';

function lastBefore(mentions: readonly Mention[], at: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of mentions) if (m.end <= at) found = m;
  return found;
}

/**
 * The mentions inside [start, end). Mentions come in text order and never overlap, so these are
 * a run found by bisection: O(log mentions + the run).
 */
/** Mentions counted from `start`, for reading a part of the text as text of its own. */
export const shiftedTo = (mentions: readonly Mention[], start: number): Mention[] =>
  mentions.map((m) => ({ kind: m.kind, id: m.id, start: m.start - start, end: m.end - start }));

export function mentionsWithin(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (
    let i = firstIndex(mentions.length, (k) => (mentions[k]?.start ?? 0) < start);
    i < mentions.length;
    i++
  ) {
    const m = mentions[i];
    if (m === undefined || m.end > end) break;
    out.push(m);
  }
  return out;
}

/** Who speaks in a page sentence and which parties it names, read once per sentence. */
export interface Voices {
  speaker: string | null;
  parties: Set<string>;
  /** Organisations of the parties' kind it names that the story does not know. */
  others?: ReadonlySet<string>;
}

/**
 * A named subject or party before the sentence's speech verb speaks; a sentence that speaks
 * unnamed ("It added that …", "… a spokeswoman said") continues the speaker before it, or the
 * last one the paragraph named ("JPMorgan was blunt. '…,' a spokeswoman said."). An outlet, or
 * no speech, is no speaker.
 */
export function voicesOf(
  paragraph: string,
  sentence: Piece,
  mentions: readonly Mention[],
  previous: string | null,
): Voices {
  const inside = mentionsWithin(mentions, sentence.start, sentence.end);
  // One pass over the sentence's names, not four with a callback each: a page runs this once per
  // sentence, mostly before the engine is optimised.
  const parties = new Set<string>();
  const others = new Set<string>();
  const shifted: Mention[] = [];
  for (let i = 0; i < inside.length; i++) {
    const m = inside[i];
    if (m === undefined) continue;
    if (m.kind === 'party') parties.add(m.id);
    else if (m.kind === 'other') others.add(m.id);
    shifted.push({ kind: m.kind, id: m.id, start: m.start - sentence.start, end: m.end - sentence.start });
  }
  const speaker = speakerOf(paragraph.slice(sentence.start, sentence.end), shifted);
  if (isMention(speaker)) return { speaker: speaker.kind === 'outlet' ? null : speaker.id, parties, others };
  if (speaker !== 'unnamed') return { speaker: null, parties, others };
  // In text order and not overlapping, mentions end in order too.
  const lastNamed =
    mentions[firstIndex(mentions.length, (k) => (mentions[k]?.end ?? 0) <= sentence.start) - 1];
  return { speaker: previous ?? lastNamed?.id ?? null, parties, others };
}

/**
 * Whether the sentence [start, end) tells the subject acting: it opens on the subject, by name
 * ("Facebook held talks with four banks", past an opening of time: "In August, Facebook …", "Last
 * week Facebook …") or by one of its descriptions (`described`, in lower case without the article:
 * "The social network held talks …"); and no one else is named in it (a capitalised word past the
 * sentence's first that is no known name, function word, count, day or month: "Facebook rival
 * Google held talks", "…, Google said"; nor a bank the story does not know). A sentence that
 * names the subject only later ("Rival Google held talks with Facebook", "Banks talk to
 * regulators, Facebook said") or not at all ("Analysts discussed the report.") tells no act of
 * its (review S19d). O(the sentence's length).
 */
export function subjectActs(
  text: string,
  start: number,
  end: number,
  mentions: readonly Mention[],
  described: ReadonlySet<string>,
): boolean {
  if (!namesNoOther(text, start, end, mentions)) return false;
  const inside = mentionsWithin(mentions, start, end);
  const first = inside.find((m) => m.kind === 'subject');
  if (first !== undefined && timeOnly(text.slice(start, first.start))) return true;
  const opening = DESCRIPTION_OPENING.exec(text.slice(start, Math.min(end, start + 80)).toLowerCase());
  const words = (opening?.[1] ?? '').split(/\s+/);
  for (let n = words.length; n > 0; n--) if (described.has(words.slice(0, n).join(' '))) return true;
  return false;
}

/**
 * Whether the sentence [start, end) names no one but the subject and the parties the story knows:
 * no bank it does not know, and no capitalised word past its first that is no known name, function
 * word, count, day or month (`subjectActs`' second half). O(the sentence's length).
 */
export function namesNoOther(
  text: string,
  start: number,
  end: number,
  mentions: readonly Mention[],
): boolean {
  const inside = mentionsWithin(mentions, start, end);
  return !inside.some((m) => m.kind === 'other') && !namesAnother(text, start, end, inside);
}

/** A sentence's opening "the" and up to three words after it (group 1), in lower case. */
const DESCRIPTION_OPENING = /^[\s"'\u201c\u2018]*the\s+([a-z-]+(?:\s+[a-z-]+){0,2})/;
/** Capitalised words that name no one beside the function words: months. */
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS.map((m) => m.toLowerCase()));
/** The nouns of an opening of time ("Last week,", "Earlier this year"). */
const TIME_NOUNS = new Set(
  'earlier later week weeks month months year years day days morning evening'.split(' '),
);

/**
 * Whether the words before the subject's name are at most an opening of time: function words,
 * counts, days, months, years and time nouns, four at most ("In August, ", "Last week ").
 */
function timeOnly(before: string): boolean {
  const tokens = splitOnSpaces(before);
  if (tokens.length > 4) return false;
  for (const token of tokens) {
    const word = token.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
    if (word === '' || /^\d+$/.test(word)) continue;
    if (!NOT_OPENING_A_NAME.has(word) && !MONTH_WORDS.has(word) && !TIME_NOUNS.has(word)) return false;
  }
  return true;
}

/**
 * The words that name a person's office in a named organisation: "Facebook spokeswoman Elisabeth
 * Diana", "Elisabeth Diana, a Facebook spokeswoman,", "JPMorgan Chase chief executive Jamie Dimon".
 * The person so named speaks for the organisation, so is no one else.
 */
export const OFFICE_WORDS: readonly string[] =
  'spokesman spokeswoman spokesperson representative executive official chief ceo'.split(' ');
const OFFICES: ReadonlySet<string> = new Set(OFFICE_WORDS);
/** The most words of a person's name beside an office ("Mary Ann Smith"). */
const PERSON_WORDS = 3;

interface Token {
  /** Where the token's first letter is. */
  at: number;
  /** Its leading word, from that letter. */
  word: string;
  /** Whether a comma ends it ("Diana,"). */
  comma: boolean;
}

/** The sentence's tokens that hold a letter, from their first letter. O(the sentence's length). */
function lettered(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let pos = start;
  for (const token of text.slice(start, end).split(' ')) {
    const at = pos;
    pos += token.length + 1;
    let from = 0;
    while (from < token.length && !isLetter(token.charCodeAt(from))) from++;
    if (from === token.length) continue;
    out.push({ at: at + from, word: leadingWord(token.slice(from)), comma: token.endsWith(',') });
  }
  return out;
}

/**
 * The indexes of the tokens that name a person by an office of one of the names `inside`, and of
 * the office's words: up to three capitalised words after "<name>('s) <office>", or before ", a
 * <name> <office>".
 */
function officeHolders(tokens: readonly Token[], inside: readonly Mention[]): Set<number> {
  const out = new Set<number>();
  const capital = (i: number): boolean => isAsciiCapital(tokens[i]?.word.charCodeAt(0) ?? 0);
  // The mentions are in text order, so one pointer each walks the tokens once (review R27a): the
  // first token of the mention, and the first past it.
  let first = 0;
  let next = 0;
  for (const m of inside) {
    while (first < tokens.length && (tokens[first]?.at ?? 0) < m.start) first++;
    while (next < tokens.length && (tokens[next]?.at ?? 0) < m.end) next++;
    if (next === tokens.length) break;
    let after = next;
    while (OFFICES.has(tokens[after]?.word.toLowerCase() ?? '')) out.add(after++);
    if (after === next) continue;
    // Its holder after it: "Facebook spokeswoman Elisabeth Diana said …", or set off by commas:
    // "A Facebook spokeswoman, Elisabeth Diana, said …".
    const setOff = tokens[after - 1]?.comma === true;
    let end = after;
    while (end - after < PERSON_WORDS && capital(end)) if (tokens[end++]?.comma === true) break;
    if (end > after && (!setOff || tokens[end - 1]?.comma === true))
      for (let i = after; i < end; i++) out.add(i);
    // Or before it, with its comma: "Elisabeth Diana, a Facebook spokeswoman, said …".
    const article = first - 1;
    const lead = tokens[article]?.word.toLowerCase();
    if ((lead !== 'a' && lead !== 'an') || tokens[article - 1]?.comma !== true) continue;
    let begin = article;
    while (
      article - begin < PERSON_WORDS &&
      capital(begin - 1) &&
      (begin === article || tokens[begin - 1]?.comma !== true)
    )
      begin--;
    for (let i = begin; i < article; i++) out.add(i);
  }
  return out;
}

/**
 * The text with the words of each person named by an office of one of its names blanked out
 * (spaces for letters, so offsets hold): "Facebook spokeswoman Elisabeth Diana said …" reads as
 * the organisation speaking. O(the text's length × its names).
 */
export function withoutOfficeHolders(text: string, mentions: readonly Mention[]): string {
  const tokens = lettered(text, 0, text.length);
  let out = text;
  for (const i of officeHolders(tokens, mentions)) {
    const { at, word } = tokens[i] as Token;
    if (OFFICES.has(word.toLowerCase())) continue;
    out = out.slice(0, at) + ' '.repeat(word.length) + out.slice(at + word.length);
  }
  return out;
}

/** Whether a capitalised word of the sentence past its first, outside `inside`'s names, may name someone. */
function namesAnother(text: string, start: number, end: number, inside: readonly Mention[]): boolean {
  const tokens = lettered(text, start, end);
  let holders: Set<number> | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const { at, word } = tokens[i] as Token;
    if (!isAsciiCapital(word.charCodeAt(0))) continue;
    const lower = word.toLowerCase();
    if (NOT_OPENING_A_NAME.has(lower) || MONTH_WORDS.has(lower)) continue;
    if (inside.some((m) => m.start <= at && at < m.end)) continue;
    // Office titles are asked only of a sentence with an unknown capitalised word: few are.
    holders ??= officeHolders(tokens, inside);
    if (!holders.has(i)) return true;
  }
  return false;
}
