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
import type { PageUnit } from './page-unit.ts';
import { mentionsWithin, shiftedTo, type Mention } from './speakers.ts';

/**
 * A speech verb whose speaker stands before it and whose reported clause follows it: the plain
 * verbs of saying, and "told" with an outlet or reporters as its listener.
 */
const SAYS =
  /\b(?:said|says|say|told|added|adds|insisted|insists|stressed|stresses|stated|states|maintained|maintains)\b/g;

/** Ends a speaker's clause read backwards: a comma, colon, semicolon, quote, bracket or dash. */
const CLAUSE_BREAK = ',:;"()[]\u201c\u201d\u2018\u2014\u2013';
/** A relative clause between a speaker and its verb: "The bank, which asked not to be named, said …". */
const RELATIVE = /^\s*(?:which|who|whose)\s/;

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
 * people too (PERSON_ENDING).
 */
const PEOPLE = new Set(
  (
    'senator lawmaker congressman regulator investor writer reporter user customer consumer critic expert ' +
    'president resident director professor lawyer attorney adviser advisor researcher author billionaire ' +
    'entrepreneur member boss judge governor secretary minister commissioner chairman chairwoman ceo'
  ).split(' '),
);
const PERSON_ENDING = /(?:ist|ian|man|woman)$/;

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
const OPENS_QUOTE = /^[^A-Za-z]*["\u201c\u2018]/;

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
    if (words.length > 1 && /^[a-z][a-z-]*$/.test(last)) heads.add(last);
  }
  const outlets = new Set<string>();
  for (const o of story.outlets)
    for (const a of o.aliases) for (const w of splitOnSpaces(a)) outlets.add(w.toLowerCase());
  return { heads, outlets };
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
    if (!/^[a-z][a-z'\u2019-]*$/.test(opening ? w.toLowerCase() : w)) return null;
    if (j >= determiner && FUNCTION.has(w.toLowerCase())) return null;
  }
  const head = (words[words.length - 1] ?? '').toLowerCase();
  const plural = head.length > 3 && head.endsWith('s') && !/(?:ss|us|is)$/.test(head);
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
  return alone && opensSentence ? null : PEOPLE.has(head) || PERSON_ENDING.test(head) ? null : 'it';
}

/** The speaker's words before a speech verb at `at`, with where they start and end; null for none. */
function speakerBefore(text: string, at: number): { words: string[]; from: number; to: number } | null {
  let end = spacesBack(text, at);
  // "The bank, which asked not to be named, said …": the speaker stands before the relative
  // clause. Any other comma before the verb ("…, the lender said", "Facebook, it said, …") leaves
  // it unread.
  if (text[end - 1] === ',') {
    const open = text.lastIndexOf(',', end - 2);
    if (open < 0 || end - open > 120 || !RELATIVE.test(text.slice(open + 1, end))) return null;
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

/**
 * Whether the reported clause after a speech verb ending at `from` opens on a pronoun that refers
 * back to its speaker (`refers`): past "that", a time, "in a statement" and, after "told", its
 * listener (reporters, or one of the story's outlets), within eight words. A quotation's "we" and
 * "our" are the speaker's own ('said: "We do not …"').
 */
function refersBack(text: string, from: number, told: boolean, story: StoryWords, refers: Refers): boolean {
  let at = spacesFrom(text, from);
  for (let n = 0; n < 8 && at < text.length; n++) {
    let next = at;
    while (next < text.length && !isSpace(text.charCodeAt(next))) next++;
    const word = bare(text.slice(at, next)).toLowerCase();
    if (refers !== 'they' && SINGULAR_BACK.has(word)) return true;
    if (refers !== 'it' && PLURAL_BACK.has(word)) return true;
    if (QUOTED_BACK.has(word) && OPENS_QUOTE.test(text.slice(at, next))) return true;
    if (word !== '' && !BEFORE_CLAUSE.has(word) && !(told && story.outlets.has(word))) return false;
    at = spacesFrom(text, next);
  }
  return false;
}

/**
 * Whether the sentence `text` (its mentions counted from its start) is a party other than the
 * subject speaking of itself: its one speech verb has a speaker before it that is another party
 * (`anotherParty`), and the reported clause opens on a pronoun that refers back to that speaker
 * ("it", "its"; "they", "their" for a plural: `refersBack`). "Diana said it …" (a person is never
 * "it"), "the company said it …", "a Facebook spokeswoman said it …" are the subject's; a sentence
 * with a second speech verb is not read (its other speaker may be the subject), nor one whose
 * speaker follows its verb. O(the sentence's length): one search for the verbs, then a dozen
 * words read around the first.
 */
export function speaksOfItself(text: string, mentions: readonly Mention[], story: StoryWords): boolean {
  SAYS.lastIndex = 0;
  const verb = SAYS.exec(text);
  if (verb === null) return false;
  const verbEnd = verb.index + verb[0].length;
  if (SAYS.exec(text) !== null) return false;
  const speaker = speakerBefore(text, verb.index);
  if (speaker === null) return false;
  const { words, from, to } = speaker;
  // A name as the speaker: a mention that ends the speaker's words, at most an article before it;
  // any other name among them ("Facebook users", "Facebook's lawyers") may be the subject's side.
  const mention = mentions.find((m) => m.start < to && m.end > from);
  const named =
    mention !== undefined && mention.end === to && /^(?:the\s+)?$/i.test(text.slice(from, mention.start))
      ? mention
      : undefined;
  if (mention !== undefined && named === undefined) return false;
  const opens = !/[A-Za-z]/.test(text.slice(0, from));
  const said = verb[0].toLowerCase();
  const refers = anotherParty(words, named, opens, said === 'say', story.heads);
  return refers !== null && refersBack(text, verbEnd, said === 'told', story, refers);
}

/** Each story's words, made when its first sentence is read. */
const wordsOf = new WeakMap<Story, StoryWords>();

/**
 * Whether the unit's sentence is another party speaking of itself (`speaksOfItself`). Read once
 * per sentence and kept on the paragraph: the sentence's units and claims ask the same.
 */
export function othersOwnWords(unit: PageUnit, story: Story): boolean {
  const { paragraph } = unit;
  const s = unit.unit.sentence;
  const read = (paragraph.ownVoices ??= new Map());
  const known = read.get(s);
  if (known !== undefined) return known;
  let words = wordsOf.get(story);
  if (words === undefined) wordsOf.set(story, (words = storyWords(story)));
  // Each sentence's first unit is the whole sentence, and the units come sentence by sentence.
  const { units, text, mentions } = paragraph;
  const whole = units[firstIndex(units.length, (k) => (units[k]?.sentence ?? 0) < s)] ?? unit.unit;
  const { start, end } = whole;
  const found = speaksOfItself(
    text.slice(start, end),
    shiftedTo(mentionsWithin(mentions, start, end), start),
    words,
  );
  read.set(s, found);
  return found;
}
