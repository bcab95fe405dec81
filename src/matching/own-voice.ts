// Whose words a sentence speaks: a party that speaks of itself ("A smaller bank said it would not
// share its customers' card transactions", "Privacy advocates say they …", "Citigroup said it
// partners with …") states its own position, never the subject's statement, though the two share
// their words. Read once per sentence, and only for a sentence holding a pair with one of the
// subject's statements (checks.ts).

import { WEEKDAYS } from '../text/calendar.ts';
import { FUNCTION_WORDS } from '../text/lexicon.ts';
import { firstIndex } from '../text/bisect.ts';
import { isLetter, isSpace, spacesBack, spacesFrom, splitOnSpaces } from '../text/chars.ts';
import type { Story } from '../model/types.ts';
import type { PageParagraph, PageUnit } from './page-unit.ts';
import { firstSpeechVerb, mentionsWithin, shiftedTo, type Mention } from './speakers.ts';

/**
 * The speech verbs (of speakers.ts's, whose expression a page has compiled already) whose speaker
 * stands before them and whose reported clause follows: the plain verbs of saying, and "told"
 * with an outlet or reporters as its listener. "say" is not among speakers.ts's: it is searched
 * for where they find none ("Privacy advocates say they …").
 */
const REPORTING = new Set(
  'said says told tells insisted insists clarified explained confirmed stated acknowledged added'.split(' '),
);

/** Ends a speaker's clause read backwards: a comma, colon, semicolon, quote, bracket or dash. */
const CLAUSE_BREAK = ',:;"()[]\u201c\u201d\u2018\u2014\u2013';
/** Opens a relative clause between a speaker and its verb: "The bank, which asked not to be named, said …". */
const RELATIVE = new Set(['which', 'who', 'whose']);

/** Opens a description ("a smaller bank", "another lender", "one credit card issuer"). */
const DETERMINERS = new Set('a an the one another some many several other most two three four'.split(' '));
/** Words that may stand between a speaker and its verb: "The lender has also said it …". */
const AUXILIARIES = new Set('has have had also previously later earlier now'.split(' '));
/** Words that open a sentence before its speaker: "But the lender said …". */
const JOINING = new Set('and but meanwhile however instead separately still yet'.split(' '));

/**
 * Heads of a description that may name the subject itself whatever story it is (pages call a
 * company "the firm", "the platform", "the tech giant" beside story.json's own descriptions), one
 * of its people ("a spokeswoman said it …": "it" is the company she speaks for), or a text that
 * speaks for someone ("the statement said it …", "the report said it …": "it" is the one the text
 * is about). A description with one of these heads, or one of a maker ("the carmaker", "the
 * chipmaker"), is never read as another party.
 */
const NEVER_ANOTHER = new Set(
  (
    'company firm group giant titan behemoth colossus juggernaut powerhouse heavyweight leviathan platform ' +
    'arm unit division subsidiary affiliate team department ' +
    'business corporation conglomerate outfit site service network app operator provider owner parent maker ' +
    'brand spokesperson spokeswoman spokesman spokespeople representative executive official officer employee ' +
    'staff founder chief head manager leader insider person people source aide statement report article story ' +
    'piece paper newspaper post blog email memo letter filing release announcement document notice message ' +
    'note publication magazine website page'
  ).split(' '),
);

/**
 * People, who are never "it": "the senator said it …" tells what another said of the one "it"
 * stands for (the subject, often), not of the senator. Their plural speaks of itself as "they"
 * ("analysts say they …"). Nouns that end as no organisation's do (-ist, -ian, -man, -woman) are
 * people too (PERSON_ENDINGS).
 */
const PEOPLE = new Set(
  (
    'senator lawmaker congressman regulator investor writer reporter user customer consumer critic expert ' +
    'president resident director professor lawyer attorney adviser advisor researcher author billionaire ' +
    'entrepreneur member boss judge governor secretary minister commissioner chairman chairwoman ceo'
  ).split(' '),
);
const PERSON_ENDINGS = ['ist', 'ian', 'man'];

/**
 * Skipped between the verb and its clause's subject: "said on Tuesday that it", "said in a
 * statement it", "told reporters it" (an outlet after "told" is skipped too).
 */
const BEFORE_CLAUSE = new Set([
  ...'that on in at a an last this late early earlier statement email interview week month year reporters'.split(
    ' ',
  ),
  ...WEEKDAYS.map((day) => day.toLowerCase()),
]);

const FUNCTION: ReadonlySet<string> = new Set(FUNCTION_WORDS);
const SINGULAR_BACK = new Set(['it', 'its', "it's", 'it\u2019s']);
const PLURAL_BACK = new Set(['they', 'their', "they're", 'they\u2019re', "they'd", 'they\u2019d']);
/** The speaker's own voice in a quotation after the verb: 'said: "We do not …"'. */
const QUOTED_BACK = new Set(['we', 'our', "we're", 'we\u2019re', "we've", 'we\u2019ve']);

/** What the reading needs of a story: its subject's description heads, its outlets' words. */
export interface StoryWords {
  /** The lower-case words that end the subject's descriptions ("the social network" → "network"). */
  heads: ReadonlySet<string>;
  /** The words of the outlets' names in lower case ("reuters", "journal"): a listener of "told". */
  outlets: ReadonlySet<string>;
}

export function storyWords(story: {
  subject: { aliases: readonly string[] };
  outlets: readonly { aliases: readonly string[] }[];
}): StoryWords {
  const heads = new Set<string>();
  for (const alias of story.subject.aliases) {
    const words = splitOnSpaces(alias.trim());
    const last = words[words.length - 1] ?? '';
    if (words.length > 1 && lowerWord(last)) heads.add(last);
  }
  const outlets = new Set<string>();
  for (const o of story.outlets)
    for (const a of o.aliases) for (const w of splitOnSpaces(a)) outlets.add(w.toLowerCase());
  return { heads, outlets };
}

/** Whether `word` is written in lower-case letters, apostrophes and hyphens, a letter first. */
function lowerWord(word: string): boolean {
  const first = word.charCodeAt(0);
  if (!(first >= 97 && first <= 122)) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 39 || c === 45 || c === 0x2019)) return false;
  }
  return true;
}

/** Whether a quotation mark opens `token` before its first letter ('"We', '\u201cOur'). */
function opensQuote(token: string): boolean {
  for (let i = 0; i < token.length && !isLetter(token.charCodeAt(i)); i++)
    if ('"\u201c\u2018'.includes(token[i] ?? '')) return true;
  return false;
}

/** A token's word without the punctuation around it. */
function bare(token: string): string {
  let from = 0;
  let to = token.length;
  while (from < to && !isLetter(token.charCodeAt(from))) from++;
  while (to > from && !isLetter(token.charCodeAt(to - 1))) to--;
  return token.slice(from, to);
}

/** Which pronouns point back to a speaker: "it" to one, "they" to many, either to a name. */
type Refers = 'it' | 'they' | 'either';

/**
 * Whether the speaker's words `words` (in text order) are another party: a name the story knows as
 * a party, or an organisation of their kind it does not know (`named`), or a lower-case description
 * whose head is none of the subject's descriptions' (`heads`) and none that may be the subject or
 * speak for it (NEVER_ANOTHER; PEOPLE are never "it"). A capital is a name's ("Diana said it …": a
 * person, or a company the story does not know, which this reading cannot tell apart), except on
 * the sentence's first word where a determiner or a modifier follows it ("The lender", "Privacy
 * advocates"), or before the plural "say", which no one person takes ("Regulators say they …").
 * Returns how a pronoun refers back to the speaker, or null.
 */
function anotherParty(
  words: readonly string[],
  named: Mention | undefined,
  opensSentence: boolean,
  pluralVerb: boolean,
  heads: ReadonlySet<string>,
): Refers | null {
  if (named !== undefined) return named.kind === 'party' || named.kind === 'other' ? 'either' : null;
  const determiner = DETERMINERS.has((words[0] ?? '').toLowerCase()) ? 1 : 0;
  if (words.length - determiner === 0 || words.length - determiner > 4) return null;
  const alone = words.length === 1;
  for (let j = 0; j < words.length; j++) {
    const w = words[j] ?? '';
    const opening = j === 0 && opensSentence && (!alone || pluralVerb);
    if (!lowerWord(opening ? w.toLowerCase() : w)) return null;
    if (j >= determiner && FUNCTION.has(w.toLowerCase())) return null;
  }
  const head = (words[words.length - 1] ?? '').toLowerCase();
  const plural =
    head.length > 3 &&
    head.endsWith('s') &&
    !head.endsWith('ss') &&
    !head.endsWith('us') &&
    !head.endsWith('is');
  const singular = plural ? head.slice(0, -1) : head;
  if (
    heads.has(head) ||
    heads.has(singular) ||
    NEVER_ANOTHER.has(head) ||
    NEVER_ANOTHER.has(singular) ||
    singular.endsWith('maker')
  )
    return null;
  if (plural) return 'they';
  return alone && opensSentence
    ? null
    : PEOPLE.has(head) || PERSON_ENDINGS.some((e) => head.endsWith(e))
      ? null
      : 'it';
}

/** The speaker's words before a speech verb at `at`, with where they start and end; null for none. */
function speakerBefore(text: string, at: number): { words: string[]; from: number; to: number } | null {
  let end = spacesBack(text, at);
  // "The bank, which asked not to be named, said …": the speaker stands before the relative
  // clause. Any other comma before the verb ("…, the lender said", "Facebook, it said, …") leaves
  // it unread.
  if (text[end - 1] === ',') {
    const open = text.lastIndexOf(',', end - 2);
    if (open < 0 || end - open > 120) return null;
    const opening = spacesFrom(text, open + 1);
    let word = opening;
    while (word < end && isLetter(text.charCodeAt(word))) word++;
    if (!RELATIVE.has(text.slice(opening, word))) return null;
    end = spacesBack(text, open);
  }
  let start = end;
  let spaces = 0;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (CLAUSE_BREAK.includes(text[start - 1] ?? '')) break;
    if (isSpace(c) && ++spaces > 8) return null;
    start--;
  }
  const words: { word: string; at: number }[] = [];
  for (let i = spacesFrom(text, start); i < end; i = spacesFrom(text, i)) {
    let next = i;
    while (next < end && !isSpace(text.charCodeAt(next))) next++;
    words.push({ word: text.slice(i, next), at: i });
    i = next;
  }
  // Less the auxiliaries after the speaker ("has also said") and the joining words before it ("But").
  while (words.length > 0 && AUXILIARIES.has((words[words.length - 1]?.word ?? '').toLowerCase()))
    words.pop();
  let lead = 0;
  while (lead < words.length - 1 && JOINING.has((words[lead]?.word ?? '').toLowerCase())) lead++;
  const first = words[lead];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return null;
  return { words: words.slice(lead).map((w) => w.word), from: first.at, to: last.at + last.word.length };
}

/** The pronoun a reported clause opens on: "it" ("its"), "they" ("their"), or a quotation's "we". */
type Pronoun = 'it' | 'they' | 'we';

/**
 * The pronoun the reported clause after a speech verb ending at `from` opens on, past "that", a
 * time, "in a statement" and, after "told", its listener (reporters, or one of the story's
 * outlets), within eight words; a quotation's "we" and "our" ('said: "We do not …"'). Null for any
 * other word.
 */
function pronounAfter(text: string, from: number, told: boolean, story: StoryWords): Pronoun | null {
  let at = spacesFrom(text, from);
  for (let n = 0; n < 8 && at < text.length; n++) {
    let next = at;
    while (next < text.length && !isSpace(text.charCodeAt(next))) next++;
    const token = text.slice(at, next);
    const word = bare(token).toLowerCase();
    if (SINGULAR_BACK.has(word)) return 'it';
    if (PLURAL_BACK.has(word)) return 'they';
    if (QUOTED_BACK.has(word) && opensQuote(token)) return 'we';
    if (word !== '' && !BEFORE_CLAUSE.has(word) && !(told && story.outlets.has(word))) return null;
    at = spacesFrom(text, next);
  }
  return null;
}

/**
 * The sentence's one reporting verb (REPORTING), where it starts and ends: null where its first
 * speech verb is another ("denied", "according to") or a second one follows (its other speaker
 * may be the subject). At most three searches of the sentence.
 */
function reportingVerb(text: string): { verb: string; start: number; end: number } | null {
  const first = firstSpeechVerb(text);
  if (first === null) {
    const at = text.indexOf(' say ');
    return at < 0 || text.indexOf(' say ', at + 5) >= 0 ? null : { verb: 'say', start: at + 1, end: at + 4 };
  }
  if (!REPORTING.has(first.verb)) return null;
  // "said in a statement that it …": the noun is no second speaker, once.
  let next = firstSpeechVerb(text.slice(first.end));
  if (next?.verb === 'statement') next = firstSpeechVerb(text.slice(first.end + next.end));
  if (next !== null) return null;
  return { verb: first.verb, start: first.end - first.verb.length, end: first.end };
}

/**
 * Whether the sentence `text` (its mentions counted from its start, and its story's words, made
 * when first needed: most sentences stop at their verb) is a party other than the
 * subject speaking of itself: its one reporting verb has a speaker before it that is another party
 * (`anotherParty`), and the reported clause opens on a pronoun that refers back to that speaker
 * (`pronounAfter`: "it", "its" to one, "they", "their" to many, a quotation's "we" to either).
 * "Diana said it …" (a person is never "it"), "the company said it …", "a Facebook spokeswoman
 * said it …" are the subject's; a sentence whose speaker follows its verb is not read. The
 * pronoun is read first: most sentences stop there. O(the sentence's length): two searches for
 * speech verbs, then a dozen words read around the first.
 */
export function speaksOfItself(
  text: string,
  mentionsOf: () => readonly Mention[],
  storyOf: () => StoryWords,
): boolean {
  const verb = reportingVerb(text);
  if (verb === null) return false;
  const story = storyOf();
  const pronoun = pronounAfter(text, verb.end, verb.verb === 'told', story);
  if (pronoun === null) return false;
  const speaker = speakerBefore(text, verb.start);
  if (speaker === null) return false;
  const mentions = mentionsOf();
  const { words, from, to } = speaker;
  // A name as the speaker: a mention that ends the speaker's words, at most an article before it;
  // any other name among them ("Facebook users", "Facebook's lawyers") may be the subject's side.
  const mention = mentions.find((m) => m.start < to && m.end > from);
  const named =
    mention !== undefined && mention.end === to && articleOnly(text.slice(from, mention.start))
      ? mention
      : undefined;
  if (mention !== undefined && named === undefined) return false;
  let opens = true;
  for (let i = 0; i < from && opens; i++) opens = !isLetter(text.charCodeAt(i));
  const refers = anotherParty(words, named, opens, verb.verb === 'say', story.heads);
  return refers === 'either' || (refers !== null && (pronoun === refers || pronoun === 'we'));
}

/** Whether `text` is nothing, or "the" and white space. */
function articleOnly(text: string): boolean {
  const t = text.trim().toLowerCase();
  return t === '' || t === 'the';
}

/** The last story's words, made when its first sentence is read (a page is matched against one at a time). */
let lastStory: { story: Story; words: StoryWords } | null = null;

function wordsOf(story: Story): StoryWords {
  if (lastStory?.story !== story) lastStory = { story, words: storyWords(story) };
  return lastStory.words;
}

/**
 * The sentence read last: a paragraph's units come sentence by sentence, and the pairs of one
 * sentence's units are all asked before the next sentence's, so one entry reads each sentence once.
 */
let lastRead: { paragraph: PageParagraph; sentence: number; found: boolean } | null = null;

/**
 * Whether the unit's sentence is another party speaking of itself (`speaksOfItself`). Read once
 * per sentence: the sentence's units and claims ask the same.
 */
export function othersOwnWords(unit: PageUnit, story: Story): boolean {
  const { paragraph } = unit;
  const s = unit.unit.sentence;
  if (lastRead?.paragraph === paragraph && lastRead.sentence === s) return lastRead.found;
  // Each sentence's first unit is the whole sentence, and the units come sentence by sentence.
  const { units, text, mentions } = paragraph;
  const whole = units[firstIndex(units.length, (k) => (units[k]?.sentence ?? 0) < s)] ?? unit.unit;
  const { start, end } = whole;
  const found = speaksOfItself(
    text.slice(start, end),
    () => shiftedTo(mentionsWithin(mentions, start, end), start),
    () => wordsOf(story),
  );
  lastRead = { paragraph, sentence: s, found };
  return found;
}
