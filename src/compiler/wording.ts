// Step: a claim's wording. Each piece of the claim is reworded as a fact on its own, from the
// seed's words only: the lead-in connective ("However, …"), the attribution ("according to the
// report", "…, the WSJ said") and stock tickers go; a clause cut from its sentence gets the actor
// the sentence names ("declined to comment" → "Citigroup declined to comment"), an opening
// "it" the actor named before it, and an opening "they" the actor of the sentence before
// (sentence-actor.ts); a statement or a response loses its speaker's speech lead-in ("A Facebook
// spokesperson clarified that …"), since the view shows who said it. A card is read alone: an
// additive "also" goes, and what the sentence around the piece named is named where the seed
// says it ("its" after a speaker's lead-in, the subject's description inside a cut clause, a
// goal opening a sentence). The claim is worded by its most representative piece that reads
// well in at most MAX_WORDS words; past it, an aside goes. The seed spans each wording came
// from are kept.

import type { Mention } from '../matching/speakers.ts';
import type { Weights } from '../matching/similarity.ts';
import type { SeedSpan } from '../model/types.ts';
import { WEEKDAYS } from '../text/calendar.ts';
import type { EntityFinder } from './attribution.ts';
import { similarity } from './cluster.ts';
import type { Actor, SeedPiece } from './pieces.ts';
import { APPOSITIVE, CONNECTIVES, headBefore, subordinateEnd } from './segment.ts';

export const MAX_WORDS = 25;

export interface Wording {
  text: string;
  /** Seed spans the words came from: the piece, and the actor's name where one was added. */
  source: SeedSpan[];
}

const LEAD_IN = new RegExp(`^(?:(?:${CONNECTIVES.join('|')})\\b[,:]?\\s+)+`, 'i');
/** "According to the report,", "In a statement to CNBC,", "From Facebook's perspective,": whose view follows. */
const LEAD_ATTRIBUTION =
  /^(?:according to [^,]{1,60}|in a statement (?:reported by|to|given to|obtained by) [^,]{1,60}|citing [^,]{1,60}|from [^,]{1,40}(?:'s|s'|\u2019s) (?:perspective|point of view|standpoint|viewpoint)),\s*/i;
/** "…, the WSJ said." "…, the reports said, citing sources." "…, says report." "…, according to the reports." */
const TRAIL_ATTRIBUTION =
  /,\s*(["\u201D]?)\s*(?:(?:the |a )?[\w.'&\- ]{1,50}? (?:said|says|reported|reports|notes|noted|wrote|added|explained|told [\w.]+)(?: (?:on \w+|by email|in (?:its|a) statement))?(?:,\s*citing [\w ]{1,30})?|(?:says|said) (?:the )?reports?|according to [^,]{1,60}|citing [\w ]{1,30})\s*([.!?]?)\s*$/i;
/**
 * A time set before the clause's subject: a phrase ("Earlier this year,", "Over the past year,",
 * "Currently,") or a clause ("Since the report was published,", "When news of … became public,").
 * It dates the fact against the article or another event the card does not show; the card dates
 * the claim itself, and the quote keeps the words.
 */
const LEAD_TIME = new RegExp(
  `^(?:${[
    '(?:earlier|later) (?:this|that|last) (?:year|month|week)',
    '(?:last|this|that|next) (?:year|month|week|spring|summer|autumn|fall|winter)',
    '(?:over|in|during|for) the (?:past|last|previous) (?:\\w+ )?(?:years?|months?|weeks?|days?)',
    `on (?:${WEEKDAYS.join('|')})`,
    'currently|recently|so far|at present|today|yesterday',
    '(?:when|since|after|before|once|until) [^,]{3,80}',
  ].join('|')}),\\s+(?=\\S+\\s+\\S+\\s+\\S+)`,
  'i',
);
/**
 * A time told from the article's own day inside the clause ("plummeted last week", "reported on
 * Monday"): read on a card years later it dates nothing, and the card dates the claim.
 */
export const INNER_TIME = new RegExp(
  `(?<!\\s)\\s+(?:${[
    '(?:(?:earlier|later) )?(?:last|this|next) (?:year|month|week|weekend)',
    '(?:in|over|during) the (?:past|last|previous) (?:\\w+ )?(?:years?|months?|weeks?|days?)',
    `on (?:${WEEKDAYS.join('|')})`,
    'yesterday|today',
  ].join('|')})(?=[,;.!?]|\\s)`,
  'gi',
);

/**
 * A ticker after a name, with or without its exchange ("Facebook (FB)", "PayPal (PYPL.O)"): out of
 * the wording. match-data.ts's `EXCHANGE_CODE` takes the exchange-coded ones out of the matching
 * units too, so that what is matched is what is shown.
 */
export const TICKER = /(?<!\s)\s*\([A-Z]{1,5}(?:\.[A-Z]{1,2})?\)/g;
const FINITE =
  /^(?:\w+ed|\w+[^s's]s|is|was|are|were|has|had|have|would|wouldn't|could|couldn't|will|won't|can|cannot|can't|does|did|doesn't|didn't|says|said)\b/;
/**
 * A name's own predicate after its relative clause ("…, is sure to draw criticism"): an
 * auxiliary or a past tense, not a list that goes on ("…, nurses and doctors across the state";
 * FINITE reads any plural as a verb).
 */
/** What follows a comma in a list: a few words, then "and" or "or" ("nurses and doctors"). */
const LIST_GOES_ON = /^[^,]{0,40}?\b(?:and|or)\b/i;
const PREDICATE =
  /^(?:is|was|are|were|has|had|have|would|wouldn't|could|couldn't|will|won't|can|cannot|can't|does|did|doesn't|didn't|says|said|\w+ed\b(?!\s*(?:,|and\b|or\b)))\b/;
const PRONOUN = /^(?:it|its)\b/i;
/** A clause that opens with its own subject. */
const OWN_SUBJECT =
  /^(?:the|a|an|many|some|most|this|these|those|one|two|several|all|no|each|every|more|less|few)\s/i;
/** A leading "While X, " worth dropping: X of ten characters or more, to its real end (`subordinateEnd`). */
const SUBORDINATE = /^(?:While|Although|Though|Whereas)\s/;
const SUBORDINATE_FROM = 10;
/**
 * The conjunction of a "While X" clause cut from its sentence, the main clause left to a piece of
 * its own ("While Facebook insisted … that it doesn't want to use …" without ", many pointed out
 * …"): X is said for itself. Only there: "Though Globex has denied X it asked Y" with no comma, or
 * only an appositive's, is a whole sentence, and without "Though" it would concede the opposite.
 */
const LONE_SUBORDINATE = /^(?:While|Although|Though|Whereas)\s+/;
const QUOTE_CHARS = /^["\u201C]|["\u201D]$/g;

function wordPiece(piece: SeedPiece, finder: EntityFinder, speaker: string | null): Wording {
  const source: SeedSpan[] = [{ seed: piece.seed, start: piece.start, end: piece.end }];
  let offset = piece.start - piece.sentenceStart;
  const described = piece.described;
  // "…, but the bank said …" is worded with the bank's name, as a pronoun is.
  if (described !== undefined) source.unshift({ seed: piece.seed, ...described.actor });
  const cleaned = clean(
    described === undefined
      ? piece.subordinate
        ? piece.text.replace(LONE_SUBORDINATE, '')
        : piece.text
      : described.actor.name + piece.text.slice(described.end - piece.start),
  );
  let text = unquote(cleaned);
  // A quotation worded whole keeps every word its speaker said ("also" too).
  const quotation = text !== cleaned;
  // "While X, Y": Y is the fact, X its background.
  const end = SUBORDINATE.test(text) ? subordinateEnd(text) : -1;
  const subordinate = end - text.indexOf(' ') - 1 >= SUBORDINATE_FROM ? text.slice(0, end + 2) : null;
  const appositive = APPOSITIVE.exec(text);
  const np = appositive === null ? null : appositiveHead(piece.sentence.slice(0, offset));
  if (appositive !== null && np !== null) {
    // "Cambridge Analytica, the consultancy that accessed data …": the name does what its
    // description says, "Cambridge Analytica accessed data …".
    text = `${np.text} ${text.slice(appositive[0].length)}`;
    const cut = Math.max(0, piece.text.indexOf(text.slice(np.text.length + 1, np.text.length + 31)));
    source[0] = { seed: piece.seed, start: piece.start + cut, end: piece.end };
    source.unshift({
      seed: piece.seed,
      start: piece.sentenceStart + np.start,
      end: piece.sentenceStart + np.start + np.text.length,
    });
  } else if (subordinate !== null) {
    text = text.slice(subordinate.length);
    const cut = Math.max(0, piece.text.indexOf(text.slice(0, 30)));
    offset += cut;
    source[0] = { seed: piece.seed, start: piece.start + cut, end: piece.end };
  } else if (/^\p{Ll}/u.test(text) && !PRONOUN.test(text) && !OWN_SUBJECT.test(text) && !piece.ownClause)
    // A clause with its own subject ("…, but critics said …") has its actor: critics, not Globex.
    text = withActor(text, piece, offset, source);
  if (PRONOUN.test(text)) {
    const who = offset > 0 ? actorIn(piece, offset) : piece.actorBefore;
    if (who !== null) {
      source.unshift({ seed: piece.seed, start: who.start, end: who.end });
      text = text.replace(PRONOUN, (p: string) => (p.toLowerCase() === 'its' ? `${who.name}'s` : who.name));
    }
  }
  // "But they also said …": the sentence before says who "they" are (sentence-actor.ts).
  const they = piece.they;
  const named = offset === 0 && they !== null ? nameThey(text, they.name) : null;
  if (they !== null && named !== null) {
    source.unshift({ seed: piece.seed, start: they.start, end: they.end });
    text = named;
  }
  const reported = speaker === null ? null : unsaid(text, speaker, finder);
  if (reported !== null) {
    text = reported.text;
    // The words said, from where they start in the seed; the speaker's name, where it was put
    // in, from the lead-in (or from the sentence before, for "they").
    const cut = Math.max(0, piece.text.indexOf(reported.said.slice(0, 30)));
    const whole = source[source.length - 1] ?? { seed: piece.seed, start: piece.start, end: piece.end };
    const said = { ...whole, start: Math.max(whole.start, piece.start + cut) };
    const name = finder.mentions(piece.text.slice(0, cut)).find((m) => m.id === speaker);
    const nameSpans =
      name === undefined
        ? source.slice(0, -1)
        : [{ seed: piece.seed, start: piece.start + name.start, end: piece.start + name.end }];
    source.splice(0, source.length, ...(reported.named ? nameSpans : []), said);
  }
  const alone = quotation ? text : standalone(text);
  const opening = offset === 0 ? whoseGoal(alone, piece, speaker, source) : alone;
  return { text: finish(nameTheSubject(nameDescribed(opening, finder, piece, source), finder)), source };
}

/**
 * An additive "also" that ties the fact to a sentence before it ("Globex is also looking at
 * …", "Initech has also sought …"): the card is read alone, not after that sentence. Not "but
 * also", "and also" or "not only … also", whose other half the wording holds (KEEPS_ALSO, read
 * in the few characters before it).
 */
const ALSO = /\balso\b(?=\s)/gi;
const KEEPS_ALSO = /(?:^|[^\p{L}])(?:but|and|or|only|as well as)$/iu;
const QUOTATION = /(["\u201C][^"\u201C\u201D]*["\u201D])/;
/**
 * First-person words: someone's own words keep theirs. Case-sensitive for "us", which in
 * capitals is the country ("records from US hospitals"). Linear: one alternation per position.
 */
const FIRST_PERSON = /\b(?:[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur|[Uu]s)\b/;

/**
 * The wording without its additive "also", outside quotation marks and first-person words
 * (someone's own words keep theirs: voiced() quotes them). Linear: each "also" is found once,
 * the spaces before it walked back once, and only the 11 characters before those read.
 */
export function standalone(text: string): string {
  if (FIRST_PERSON.test(text)) return text;
  return text
    .split(QUOTATION)
    .map((part, i) => (i % 2 === 1 ? part : withoutAlso(part)))
    .join('');
}

function withoutAlso(part: string): string {
  let out = '';
  let from = 0;
  for (const m of part.matchAll(ALSO)) {
    let start = m.index;
    while (start > from && /\s/.test(part.charAt(start - 1))) start--;
    if (start === m.index || KEEPS_ALSO.test(part.slice(Math.max(0, start - 11), start))) continue;
    out += part.slice(from, start);
    from = m.index + m[0].length;
  }
  return out + part.slice(from);
}

/** A neutral verb of speech after its speaker ("Facebook said", "a spokesperson clarified that"). */
export const SAID =
  /(?<!\s)\s+(?:also\s+)?(?:(?:is|has)\s+)?(said|says|saying|clarified|explained|stated|added|noted|told)\b/i;
/**
 * What may stand between the verb and the words said: when and how ("on Monday", "Monday", "in
 * a statement", "in an email", "by email"), a comma or a colon, "that".
 */
const SAID_TAIL = new RegExp(
  `^(?:\\s+(?:(?:on\\s+)?(?:${WEEKDAYS.join('|')})|in (?:a|an|its) (?:statement|email|interview|blog post)|by email))*[,:]?\\s+(?:that\\s+)?`,
  'i',
);
/** A speaker's role after their employer's name ("A JPMorgan Chase spokeswoman", "… spokeswoman Patricia Wexler"). */
const ROLES = '(?:spokes(?:person|woman|man|people)|representative|official|executive)';
const ROLE = new RegExp(`\\b${ROLES}\\b`, 'i');
/**
 * All a speaker phrase may hold besides the name ("|" stands for it): an article, a role and a
 * person's name. The white space after the role is read inside its group: two `\s*` in a row took
 * quadratic time in a run of spaces.
 */
export const SPEAKER_REST = new RegExp(
  `^(?:a|an|the)?\\s*\\|(?:['\u2019]s)?\\s*(?:${ROLES}(?:\\s+\\p{Lu}[\\w.'-]*){0,3}\\s*)?$`,
  'iu',
);
/** "reportedly" after white space, read from the first of the run only (exported for its property test against the quadratic form it replaced, backtracking.test.ts). */
export const REPORTEDLY = /(?<!\s)\s+reportedly\b/gi;
/** The marks that end a wording, read from the first of the run only (exported for its property test against the quadratic form it replaced, backtracking.test.ts). */
export const TRAILING_MARKS = /(?<![.!?"\u201D])[.!?"\u201D]+$/;
/** A description opening the words said ("the bank"). */
const DESCRIBED = /^the\s+[\w-]+(?=\s)/i;
/** What any company may be called: a spokesperson's "the company" is the one they speak for. */
const ANY_COMPANY = /^the\s+(?:company|firm)$/i;

/**
 * A statement or a response worded without its speech lead-in ("A Facebook spokesperson
 * clarified that the company is not …" → "Facebook is not …"): the view shows who said it
 * beside the wording (item 2 of issue 17). Only the claim's own speaker's lead-in goes, with a
 * neutral verb ("said", "clarified", "told" an outlet; not "denied", which is the fact), and
 * only where the words said open on something a reader can follow: "it" or "they" (named as
 * the speaker, the verb agreeing), the speaker's name or a description of them ("the bank", or
 * "the company" after a spokesperson), or words naming no one. Null where the lead-in stays; else the wording,
 * the words said as the seed has them, and whether the speaker's name was put in.
 */
function unsaid(
  text: string,
  speaker: string,
  finder: EntityFinder,
): { text: string; said: string; named: boolean } | null {
  const verb = SAID.exec(text.slice(0, 80));
  if (verb === null) return null;
  const who = text.slice(0, verb.index);
  const names = finder.mentions(who).filter((m) => m.kind !== 'outlet');
  const name = names[0];
  if (name === undefined || names.some((m) => m.id !== speaker)) return null;
  if (!SPEAKER_REST.test(`${who.slice(0, name.start)}|${who.slice(name.end)}`)) return null;
  let end = verb.index + verb[0].length;
  if (verb[1]?.toLowerCase() === 'told') {
    // Told an outlet: the press heard it. Told anyone else ("told banks that …") is the fact.
    const gap = /^\s+/.exec(text.slice(end))?.[0].length ?? 0;
    const to = finder.mentions(text).find((m) => m.kind === 'outlet' && m.start === end + gap);
    if (to === undefined) return null;
    end = to.end;
  }
  end += SAID_TAIL.exec(text.slice(end))?.[0].length ?? 0;
  const said = text.slice(end);
  if (said.split(/\s+/).length < 3 || /^(?:he|she|i|we)\b/i.test(said)) return null;
  const named = (t: string | null): { text: string; said: string; named: boolean } | null =>
    t === null ? null : { text: t, said, named: true };
  if (/^they\b/i.test(said)) return named(nameThey(said, speaker));
  // "it's" is "it is" ("it has" before "been"), not a possessive.
  if (/^it['\u2019]s\b/i.test(said))
    return named(
      said.replace(/^it['\u2019]s\b/i, /^\S+\s+been\b/i.test(said) ? `${speaker} has` : `${speaker} is`),
    );
  if (PRONOUN.test(said))
    return named(said.replace(PRONOUN, (p) => (p.toLowerCase() === 'its' ? `${speaker}'s` : speaker)));
  // The words said open on the speaker's name or description ("the company", "the bank"), on
  // the company a spokesperson speaks for, or on no name or description at all. On anyone else
  // ("Facebook said Citigroup had declined …") or a description of an actor the speaker's names
  // do not hold ("Citigroup said the company …") the lead-in stays: without it the card would
  // read as that actor's fact, or leave "the company" no one's.
  const opening = finder.mentions(said).find((m) => m.start === 0 && m.kind !== 'outlet');
  const phrase = opening === undefined ? DESCRIBED.exec(said)?.[0] : said.slice(0, opening.end);
  const theirs =
    phrase !== undefined &&
    (opening?.id === speaker ||
      (ROLE.test(who) && ANY_COMPANY.test(phrase)) ||
      (opening === undefined && finder.describes(phrase, speaker)));
  if (theirs) return named(speaker + said.slice(phrase.length));
  // "the app" describes no actor: words of their own.
  const someone =
    phrase !== undefined &&
    (opening !== undefined || ANY_COMPANY.test(phrase) || finder.describes(phrase, null));
  if (someone) return null;
  // "Globex said users can link records in its app": with the lead-in gone, "its" has no one
  // before it on the card; it was the speaker's, the one actor named before it. Not after a
  // name, nor after any noun phrase ("Globex said a small rural clinic had lost its license":
  // the clinic's), which could own it as well.
  const its = unquotedIts(said);
  const before = said.slice(0, its);
  if (its >= 0 && !NOUN_PHRASE.test(before) && !finder.mentions(before).some((m) => m.kind !== 'outlet'))
    return named(`${before}${speaker}'s${said.slice(its + 3)}`);
  return { text: said, said, named: false };
}

/**
 * A determiner and the word it opens ("a small rural clinic", "the new app", "some users"): a
 * noun phrase that could own an "its" after it. Linear: each determiner starts one run of
 * spaces, which ends on a letter or fails.
 */
export const NOUN_PHRASE =
  /\b(?:the|a|an|this|that|these|those|some|any|many|most|several|each|every|no|all|both|few|his|her|their|our|my|your|one|two|three)\s+\p{L}/iu;

/** Where the first "its" outside quotation marks is, -1 where there is none. */
function unquotedIts(text: string): number {
  const blanked = text.replace(/["\u201C][^"\u201C\u201D]*["\u201D]/g, (q) => ' '.repeat(q.length));
  return blanked.search(/\bits\b/i);
}

/** The verbs "they" takes that a name takes otherwise ("they were" → "JPMorgan Chase was"). */
const AGREEING: Record<string, string> = {
  are: 'is',
  were: 'was',
  have: 'has',
  do: 'does',
  "aren't": "isn't",
  "weren't": "wasn't",
  "haven't": "hasn't",
  "don't": "doesn't",
};
/** Verbs a name takes as "they" does: modals and the past. */
const AS_IS =
  /^(?:would|wouldn't|could|couldn't|will|won't|can|cannot|can't|should|shouldn't|might|must|had|hadn't|did|didn't|said|told|made|sought|held|met|went|took|gave|got|kept|\w+ed)$/i;

/**
 * Text opening on "they" with the actor's name in its place, its verb agreeing ("they're" →
 * "Facebook is", "they also said" → "Facebook also said"); null where the verb would not agree
 * ("they want"), and "they" stays.
 */
function nameThey(text: string, name: string): string | null {
  const m =
    /^they(?:(['\u2019]re|['\u2019]ve)|((?:\s+(?:also|still|now|then|only|just|too))*)\s+([\w'\u2019]+))/i.exec(
      text,
    );
  if (m === null) return null;
  const rest = text.slice(m[0].length);
  if (m[1] !== undefined) return `${name} ${/re$/i.test(m[1]) ? 'is' : 'has'}${rest}`;
  const verb = (m[3] ?? '').replace(/\u2019/g, "'");
  const agreeing = AGREEING[verb.toLowerCase()];
  if (agreeing === undefined && !AS_IS.test(verb)) return null;
  return `${name}${m[2] ?? ''} ${agreeing ?? verb}${rest}`;
}

/**
 * A clause cut from its sentence, or from a name the page lost ("(FB) is seeking…"), with who
 * does it; the seed spans of what was added go to the front of `source`.
 */
function withActor(text: string, piece: SeedPiece, offset: number, source: SeedSpan[]): string {
  const gap = piece.sentence.slice(0, offset);
  const at = (start: number, length: number): void => {
    source.unshift({
      seed: piece.seed,
      start: piece.sentenceStart + start,
      end: piece.sentenceStart + start + length,
    });
  };
  const head = (re: RegExp): string | null => {
    const found = re.exec(clean(gap))?.[1];
    if (found === undefined) return null;
    // Where the words stand in the sentence: clean() took its lead-in ("But ") from the front.
    at(Math.max(0, gap.indexOf(found)), found.length);
    return found.replace(/["\u201C]/g, '').trim();
  };
  const which = /,\s*which\s*$/i.exec(gap);
  const np = which === null ? null : nounPhraseBefore(gap.slice(0, which.index));
  if (np !== null) {
    at(np.start, np.text.length);
    // "The petition, which went out to banks, is sure to draw criticism": the relative clause
    // closes at a comma and the name's own predicate follows; the clause stays an aside.
    // A name opening its sentence ("Globex, which was fined …, lost $119 billion") needs a
    // predicate after its clause, in any tense; a list goes on with "and" ("…, nurses and doctors").
    const close = text.indexOf(', ');
    const after = text.slice(close + 2);
    const opens = gap.slice(0, np.start).replace(LEAD_IN, '').trim() === '';
    const own = close > 0 && (PREDICATE.test(after) || (opens && !LIST_GOES_ON.test(after)));
    return own ? `${np.text}, which ${text}` : `${np.text} ${text}`;
  }
  if (/^that\s/i.test(text)) {
    const speech = head(
      /^(.{1,60}?\b(?:said|says|saying|told \w+|added|insisted|explained|clarified|stated))\b/,
    );
    return speech === null ? text : `${speech} ${text}`;
  }
  if (FINITE.test(text)) {
    // In a later clause, only a name in its own sentence; opening a sentence, the name before it.
    const who = offset > 0 ? actorIn(piece, offset, false) : piece.actorBefore;
    if (who !== null) {
      source.unshift({ seed: piece.seed, start: who.start, end: who.end });
      return `${who.name} ${text}`;
    }
    const pronoun = /^(they|he|she)\s/i.exec(clean(gap))?.[1];
    // "But they told PCMag …, and wouldn't want …": the sentence before says who "they" are.
    const they = pronoun?.toLowerCase() === 'they' ? piece.they : null;
    const named = they === null ? null : nameThey(`they ${text}`, they.name);
    if (they !== null && named !== null) {
      source.unshift({ seed: piece.seed, start: they.start, end: they.end });
      return named;
    }
    return pronoun === undefined ? text : `${pronoun} ${text}`;
  }
  if (offset === 0) return text;
  if (/\b(?:as well as|and)\s*$/i.test(gap)) {
    // "…asked banks to discuss offerings, as well as offer a feature": the head of the clause
    // before, up to its "to", governs this one.
    const governing = head(/^(.{1,80}?\bto) /);
    return governing === null ? text : `${governing} ${text}`;
  }
  // A clause that only reads with the rest of its sentence ("not just X, but also Y"): the
  // sentence is its wording.
  source[0] = {
    seed: piece.seed,
    start: piece.sentenceStart,
    end: piece.sentenceStart + piece.sentence.length,
  };
  return clean(piece.sentence);
}

/** The subject or party the sentence names before the piece, else the one named before the sentence. */
function actorIn(piece: SeedPiece, offset: number, orBefore = true): Actor | null {
  const before = piece.sentenceMentions.filter((m: Mention) => m.kind !== 'outlet' && m.end <= offset);
  const m = before[0];
  if (m === undefined) return orBefore ? piece.actorBefore : null;
  return { name: m.id, start: piece.sentenceStart + m.start, end: piece.sentenceStart + m.end };
}

/**
 * What ", which" refers to: the noun phrase ending the text, from its last article in the last
 * five words, else from its first capitalised word there ("by Cambridge Analytica, which …").
 */
function nounPhraseBefore(text: string): { text: string; start: number } | null {
  const words = [...text.matchAll(/[^\s,;:]+/g)].slice(-5);
  const article = words.map((w) => /^(?:the|a|an|this|that)$/i.test(w[0])).lastIndexOf(true);
  const capital = words.findIndex((w) => /^\p{Lu}/u.test(w[0]));
  const from = words[article >= 0 ? article : capital];
  if (from === undefined) return null;
  return { text: text.slice(from.index).trim(), start: from.index };
}

/** The name before ", " that an appositive piece describes, if the text before it ends on one. */
function appositiveHead(before: string): { text: string; start: number } | null {
  const end = before.replace(/,\s*$/, '').length;
  const start = end < before.length ? headBefore(before, end) : undefined;
  return start === undefined ? null : { text: before.slice(start, end), start };
}

/** A first-person quotation ("we partner with banks …") is worded with who says it. */
export function voiced(text: string, speaker: string | null, finder: EntityFinder): string {
  if (speaker === null) return text;
  const person = [FIRST_PERSON.exec(text), /\bI\b/.exec(text)]
    .filter((m) => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  if (person === undefined || finder.mentions(text.slice(0, person.index)).some((m) => m.kind !== 'outlet'))
    return text;
  // A clause cut from a quotation keeps its own quote mark ('"We have asked banks …'): the
  // wording's marks replace it.
  const inner = text.replace(/^["\u201C]/, '').replace(/[.!?,]?["\u201D]?[.!?,]?$/, '');
  return `${speaker}: "${inner}".`;
}

/** Lead-ins, attributions, a leading time, tickers and "reportedly" out. */
export function clean(text: string): string {
  let t = text.replace(TICKER, '').trim();
  t = t.replace(LEAD_IN, '').replace(LEAD_ATTRIBUTION, '').replace(LEAD_IN, '');
  // What a leading time stood before opens the sentence (not a clause cut from one: "Currently,
  // users can …" is "Users can …", not an actor's "users …").
  // A clause naming someone ("After Mercy Hospital refused,") states a fact of its own: it stays.
  const time = LEAD_TIME.exec(t);
  if (time !== null && !/^(?:[Ww]hen|[Ss]ince|[Aa]fter|[Bb]efore|[Oo]nce|[Uu]ntil)\s.*\s[A-Z]/.test(time[0]))
    t = capitalised(t.slice(time[0].length));
  t = t.replace(INNER_TIME, '');
  t = t.replace(TRAIL_ATTRIBUTION, '$1$2');
  t = t.replace(/,\s*(?:however|though|meanwhile|instead)\s*,/gi, '').replace(REPORTEDLY, '');
  return t.trim();
}

/** "The social media company said …" → "Facebook said …": a description of the subject opening the text is its name. */
function nameTheSubject(text: string, finder: EntityFinder): string {
  const first = finder.mentions(text)[0];
  if (first === undefined || first.start !== 0 || first.kind !== 'subject') return text;
  const said = text.slice(0, first.end);
  const description = /^the\s/i.test(said);
  const corporate = new RegExp(`^${first.id}\\s+(?:Inc|Corp|Co|Ltd|Plc)\\b\\.?$`).test(said);
  if (!description && !corporate) return text;
  return `${first.id}${text.slice(first.end)}`;
}

/**
 * "The Cambridge Analytica scandal generated distrust in how the company manages its users'
 * data", cut from "But Facebook is still dealing with the fallout of the Cambridge Analytica
 * scandal, which …": the card does not show the name the description stood after. The
 * subject's description (a `story.json` alias opening on "the") past the wording's start, with
 * no actor named before it in the wording, is the subject's name where the seed named the
 * subject last before the piece: in its sentence, else in the sentence before. That name is
 * added to `source`. Elsewhere ("Initech said the company …") the description stays.
 */
function nameDescribed(text: string, finder: EntityFinder, piece: SeedPiece, source: SeedSpan[]): string {
  const first = finder.mentions(text).find((m) => m.kind !== 'outlet');
  if (first === undefined || first.start === 0 || first.kind !== 'subject') return text;
  if (!/^the\s/i.test(text.slice(first.start, first.end))) return text;
  // Where the description stands in the sentence: past a speech lead-in the wording lost too
  // ("Mercy Hospital said the talks raised doubts about the company …" is Mercy's "company").
  const inPiece = piece.text.toLowerCase().indexOf(text.slice(first.start, first.end).toLowerCase());
  if (inPiece < 0) return text;
  const at = piece.start - piece.sentenceStart + inPiece;
  const before = piece.sentenceMentions.filter((m) => m.kind !== 'outlet' && m.end <= at);
  const last = before[before.length - 1];
  const name =
    last === undefined
      ? piece.actorBefore
      : { name: last.id, start: piece.sentenceStart + last.start, end: piece.sentenceStart + last.end };
  if (name === null || name.name !== first.id) return text;
  source.unshift({ seed: piece.seed, start: name.start, end: name.end });
  return `${text.slice(0, first.start)}${first.id}${text.slice(first.end)}`;
}

/**
 * A goal, an aim, an idea or a plan opening a sentence ("The goal was to weave the app into
 * …") is someone's, as "its goal" would be: the actor of the sentence before it, its speaker or
 * the subject it opens on, never its object ("Mercy Hospital has asked Globex for a partnership.
 * The idea …" is Mercy's, if anyone's). Not where the sentence names another actor ("The idea
 * was dismissed by Globex"), nor in a speaker's own words ("The idea is that …", said by Globex:
 * the card says whose).
 */
const INTENT =
  /^The (goal|aim|idea|plan|purpose|intention|objective|ambition|strategy)\b(?= (?:is|was|has been|had been|would be|will be)\b)/;
/**
 * Whose goal opening a sentence (not a clause cut from one) is, where the seed says it in the
 * sentence before (INTENT); the name's span is added to `source`. Only a goal: a description
 * opening a sentence ("The smartphone texting service boasts …") keeps its words, since nothing
 * in the seed's words tells the name of the thing described ("the social network's Messenger
 * texting platform") from its owner's ("Mercy Hospital patient records"), and a wrong name is a
 * falsehood where a description is only vague.
 */
function whoseGoal(text: string, piece: SeedPiece, speaker: string | null, source: SeedSpan[]): string {
  if (speaker !== null) return text;
  const intent = INTENT.exec(text);
  const actor = piece.subjectBefore;
  // "The idea was dismissed by Globex": the sentence names an actor of its own, who may own it.
  const another = piece.sentenceMentions.some((m) => m.kind !== 'outlet' && m.id !== actor?.name);
  if (intent !== null && actor !== null && !another) {
    source.unshift({ seed: piece.seed, start: actor.start, end: actor.end });
    return `${actor.name}'s ${intent[1] ?? ''}${text.slice(intent[0].length)}`;
  }
  return text;
}

/** A quotation left whole, its speaker stripped: the quote marks go with the speaker. */
function unquote(text: string): string {
  return /^["\u201C][^"\u201C\u201D]*["\u201D][.,]?$/.test(text)
    ? text.replace(/[.,]$/, '').replace(QUOTE_CHARS, '')
    : text;
}

function finish(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  t = t.replace(/[,;:]$/, '');
  // A clause cut inside a quotation closes it.
  const marks = (t.match(/"/g) ?? []).length;
  if (marks % 2 === 1) t = /[.!?]$/.test(t) ? `${t.slice(0, -1)}".` : `${t}"`;
  // A sentence ends on its full stop, after a closing quote too ('… with these platforms".').
  if (!/[.!?]["'\u201D]?$/.test(t)) t = `${t}.`;
  return capitalised(t);
}

/** The text with its first letter upper-cased, unless its first word is "iPhone", "eBay": a name. */
function capitalised(t: string): string {
  return /^[a-z][A-Z]/.test(t) ? t : t.charAt(0).toUpperCase() + t.slice(1);
}

const wordCount = (t: string): number => t.split(/\s+/).filter((w) => w !== '').length;
/** A headline in title case ("Facebook Wants Banks to Hand Over …") does not read as a sentence. */
const titleCase = (t: string): boolean => {
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length > 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length * 3 > words.length * 2;
};

/**
 * The claim's wording: among its pieces' wordings that fit MAX_WORDS and read as a sentence,
 * body text before headlines, the one most like the claim's other pieces (the medoid); shorter
 * on a tie. A claim with none that fits is worded by its shortest, cut at its last clause break
 * before MAX_WORDS.
 */
export function pickWording(
  items: readonly SeedPiece[],
  finder: EntityFinder,
  weight: Weights,
  /** The claim's speaker, for a statement or a response: their lead-in goes (`unsaid`). */
  speaker: string | null,
): Wording & { from: number } {
  const worded = items.map((p, from) => ({ ...wordPiece(p, finder, speaker), from, piece: p }));
  const fits = worded.filter(
    (w) => wordCount(w.text) <= MAX_WORDS && wordCount(w.text) >= 3 && !titleCase(w.text),
  );
  const body = fits.filter((w) => !w.piece.headline);
  const pool = body.length > 0 ? body : fits;
  const centrality = (w: (typeof worded)[number]): number =>
    items.reduce((n, other) => n + (other === w.piece ? 0 : similarity(w.piece, other, weight)), 0);
  const best = [...pool].sort(
    (a, b) =>
      centrality(b) - centrality(a) ||
      a.text.length - b.text.length ||
      (a.piece.seed < b.piece.seed ? -1 : 1),
  )[0];
  if (best !== undefined) {
    // A wording that another of the claim's wordings begins with says less of one fact ("not
    // just a platform for friends" of "not just a platform for friends, but also a place to
    // shop"): the longer one is the wording while it reads in HARD_MAX_WORDS.
    const core = (t: string): string => t.replace(TRAILING_MARKS, '').toLowerCase();
    const whole = worded.find(
      (w) =>
        w !== best &&
        core(w.text).startsWith(core(best.text)) &&
        wordCount(w.text) <= HARD_MAX_WORDS &&
        (best.piece.headline || !w.piece.headline),
    );
    const use = whole ?? best;
    return { text: use.text, source: use.source, from: use.from };
  }
  const shortest = [...worded].sort(
    (a, b) =>
      wordCount(a.text) - wordCount(b.text) || (a.piece.headline ? 1 : 0) - (b.piece.headline ? 1 : 0),
  )[0];
  if (shortest === undefined) return { text: '', source: [], from: 0 };
  return { text: shorten(shortest.text), source: shortest.source, from: shortest.from };
}

/** Most words a wording may run to when no aside can go ("at most about" MAX_WORDS). */
export const HARD_MAX_WORDS = 30;

/** Where a sentence's core ends and an aside begins: ", particularly …", ", saying …", ", after …". */
const ASIDE =
  /,\s+(?:particularly|especially|saying|adding|citing|wiping|after|which|who|while|let alone|in large part|because|including|as part of)\b/gi;

/**
 * Past MAX_WORDS, the last aside that leaves a sentence of at least 8 words goes (a list's commas
 * are no break: "PayPal, Citibank and American Express" stays whole); with none, the words stay
 * up to HARD_MAX_WORDS, past which the cut is at a comma and marked.
 */
function shorten(text: string): string {
  if (wordCount(text) <= MAX_WORDS) return text;
  const breaks = [...text.matchAll(ASIDE)]
    .map((m) => m.index)
    .filter((at) => wordCount(text.slice(0, at)) >= 8 && wordCount(text.slice(0, at)) <= MAX_WORDS);
  const at = breaks[breaks.length - 1];
  if (at !== undefined) return `${text.slice(0, at)}.`;
  if (wordCount(text) <= HARD_MAX_WORDS) return text;
  const head = text.split(/\s+/).slice(0, MAX_WORDS).join(' ');
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '));
  const kept = cut > head.length / 2 ? head.slice(0, cut) : head;
  return `${kept.replace(/[,;:]$/, '')}…`;
}
