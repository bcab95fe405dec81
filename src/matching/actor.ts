// Whether a page unit tells what another party did where the claim unit tells what the subject
// did: "Snap missed quarterly revenue forecasts and warned …" copies a seed clause about Facebook
// ("… after the firm missed quarterly revenue forecasts and warned …") word for word, and "Amazon
// said on Monday it is in talks to deepen links with banks" copies Facebook's statement, with
// another name where the claim has the subject's.

import type { PageUnit } from './page-unit.ts';
import type { PreparedStory } from './prepare.ts';
import { analyseNamed } from './speakers.ts';
import { firstIndex } from '../text/bisect.ts';
import { analyse, isConceptTerm, type Spanned } from '../text/terms.ts';

/**
 * A run of capitalised words ("Snap", "Amazon.com Inc", "Bank of America" is two runs, "Bank"
 * and "America"; a name is what comes before the word the claim's subject does).
 */
const CAPITALISED_RUN = /[A-Z][A-Za-z&'.-]*(?:\s+[A-Z][A-Za-z&'.-]*)*/g;
/**
 * A clause boundary between a name and a term, where the term is no longer the name's act: a
 * comma, a colon, a quotation mark, a bracket or a dash ("07:31 EDT – The report says …").
 */
const BOUNDARY = /[,;:"\u201c\u201d()\u2013\u2014]|\s-+\s/;

/** A word as the analysis reads it, with an owner's "'s": where a mention of the subject ends. */
const WORD = /^[A-Za-z\d'\u2019.-]*/;
/**
 * Words of a short stretch of text, lower-cased ("'s" dropped). The checks below read words from
 * sets rather than by case-insensitive alternations, which V8 compiles at a cost of millions of
 * instructions on a page's first analysis.
 */
const LETTERS = /[A-Za-z]+(?:['\u2019][A-Za-z]+)?/g;
const wordsOf = (text: string): string[] =>
  (text.match(LETTERS) ?? []).map((w) => w.toLowerCase().replace(/['\u2019]s$/, ''));
const setOf = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/**
 * A pronoun right after a name: the name was no subject ("In August it asked …", "At Snap we
 * …"); the act is the pronoun's.
 */
const PRONOUNS = setOf('it they he she we i you');

/**
 * A ticker ("FB shares rose"): it may be the subject's, as story.json lists no tickers (the same
 * reading as the stock owner's in movement.ts), so it is no other party.
 */
const TICKER = /^[A-Z]{1,5}$/;

interface Actors {
  /** The terms that name the subject, by its name or as a description ("the company" → compani). */
  subject: ReadonlySet<string>;
  /** Per seed sentence (a claim's units share theirs), the terms that follow a mention of the subject. */
  followers: Map<string, ReadonlySet<string>>;
}

const cache = new WeakMap<PreparedStory, Actors>();

function actorsOf(prepared: PreparedStory): Actors {
  let actors = cache.get(prepared);
  if (actors === undefined) {
    // The last term of each of the subject's names and descriptions: "facebook" of "Facebook
    // Inc", "compani" of "the company" (which "the firm" folds to), "giant" of "the social media giant".
    const subject = new Set<string>();
    for (const alias of prepared.story.subject.aliases) {
      const terms = analyse(alias).terms;
      const last = terms[terms.length - 1];
      if (last !== undefined) subject.add(last);
    }
    actors = { subject, followers: new Map() };
    cache.set(prepared, actors);
  }
  return actors;
}

/**
 * The terms a claim unit's seed sentence has right after a mention of the subject, within its
 * clause (see nextTerm): "miss" in "after the firm missed quarterly revenue forecasts", "talk" in "Facebook Inc
 * (FB.O) said on Monday it is in talks" (a ticker in brackets and stop words skipped); and each
 * with the preposition before the mention where there is one ("in fall" of "Shares in Facebook
 * plummeted"). Worked out once per seed sentence, for the few units that score on a page.
 */
function followersOf(prepared: PreparedStory, k: number): ReadonlySet<string> {
  const actors = actorsOf(prepared);
  const claim = prepared.story.claims[prepared.claimOf[k] ?? -1];
  const from = claim?.match[prepared.unitOf[k] ?? -1]?.from ?? 0;
  const quote = claim?.appearances[from]?.quote ?? '';
  let found = actors.followers.get(quote);
  if (found === undefined) {
    const spans = analyseNamed(quote, prepared.names.mentions(quote));
    const set = new Set<string>();
    for (let i = 0; i < spans.terms.length; i++) {
      if (!actors.subject.has(spans.terms[i] ?? '')) continue;
      const at = spans.at[i] ?? 0;
      const next = nextTerm(quote, spans, at + (WORD.exec(quote.slice(at))?.[0].length ?? 0), quote.length);
      // "A Facebook spokesperson clarified that the company is not …": the subject again is no
      // act of the first mention's.
      if (next === null || actors.subject.has(next)) continue;
      set.add(next);
      const by = prepositionBefore(quote, at);
      if (by !== '') set.add(`${by} ${next}`);
    }
    found = set;
    actors.followers.set(quote, found);
  }
  return found;
}

/**
 * A form of "be" right before a term: "Wells Fargo was asked" is what was done to the bank, not
 * what it did ("Facebook has asked"); "Amazon was interested" what "Facebook … was interested" is.
 */
const BE = setOf('is are was were be been being');

/**
 * The first term of `spans` after offset `after`, skipping a ticker in brackets, where nothing but
 * words without terms stands between `after` and it (no comma, quotation mark or bracket), and
 * before `end`; else null. Prefixed "be " after a form of "be", so that a passive ("was asked")
 * meets only a passive.
 */
function nextTerm(text: string, spans: Spanned, after: number, end: number): string | null {
  const { at: offsets } = spans;
  for (let j = firstIndex(offsets.length, (x) => (offsets[x] ?? 0) <= after); j < spans.terms.length; j++) {
    const at = spans.at[j] ?? end;
    if (at >= end) return null;
    if (text[at - 1] === '(') continue;
    const gap = text.slice(after, at).replace(/\([^()]{1,12}\)/, '');
    if (BOUNDARY.test(gap)) return null;
    const words = wordsOf(gap);
    // A name's own "'s" or a word glued to it is no word after it.
    const glued = gap !== '' && !/^\s/.test(gap) ? 1 : 0;
    if (PRONOUNS.has(words[glued] ?? '')) return null;
    const term = spans.terms[j] ?? '';
    return /\s$/.test(gap) && BE.has(words[words.length - 1] ?? '') ? `be ${term}` : term;
  }
  return null;
}

/** Whether a term of the subject's descriptions stands from index `first` of `spans` to offset `before`. */
function describedBefore(
  spans: Spanned,
  subject: ReadonlySet<string>,
  first: number,
  before: number,
): boolean {
  for (let i = first; i < spans.terms.length && (spans.at[i] ?? before) < before; i++)
    if (subject.has(spans.terms[i] ?? '')) return true;
  return false;
}

/** Words for a person who speaks or acts for an organisation. */
const ROLES = setOf(
  'spokesman spokeswoman spokesperson spokespeople representative representatives executive executives chief ceo president vice director officer head founder manager official',
);
/** A name opening with its role: "Spokeswoman Elisabeth Diana", "CEO Mark Zuckerberg". */
const roleFirst = (name: string): boolean => ROLES.has(wordsOf(name.slice(0, 16))[0] ?? '');
/** A role right before a name: "spokeswoman Elisabeth Diana", "chief executive Mark Zuckerberg". */
const roleBefore = (before: string): boolean => /\s$/.test(before) && ROLES.has(wordsOf(before).pop() ?? '');
/** Only a role between two names: "Amazon spokeswoman Jane Doe", "Amazon's chief executive Andy Jassy". */
function onlyRoles(between: string): boolean {
  const words = wordsOf(between);
  return words.length > 0 && /^(?:['\u2019]s)?\s/.test(between) && words.every((w) => ROLES.has(w));
}

/** The prepositions that make a name the object of what follows it rather than its actor. */
const PREPOSITIONS = new Set(
  'of in on at by for with from to into through about over under via after before between among against within without upon'.split(
    ' ',
  ),
);
const ARTICLES = setOf('the a an');

/** The preposition right before a name at `at` (past an article: "in the firm"), or ''. */
function prepositionBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 24), at);
  if (!/\s$/.test(before)) return '';
  const words = wordsOf(before);
  let word = words.pop() ?? '';
  if (ARTICLES.has(word)) word = words.pop() ?? '';
  return PREPOSITIONS.has(word) ? word : '';
}

/**
 * Where the sentence holding `at` starts: after the last full stop, question or exclamation mark
 * and white space before it. A clause with no subject of its own (", saying it can help the
 * firms …") is its sentence's act. An abbreviation's dot ("Inc. said") only starts it later,
 * which finds fewer names, never more.
 */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = text[i - 1];
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i] ?? '')) return i;
  }
  return 0;
}

/** A name in a page unit's sentence, where the claim's subject might stand. */
interface Candidate {
  /** The name's terms (an organisation's, for a person named by its role): the claim may carry them. */
  terms: readonly string[];
  /** The term after it within its clause, with its preposition ("in fall") where one is before it. */
  key: string;
}

const NO_CANDIDATES: readonly Candidate[] = [];
/**
 * The last page unit's candidates: the matcher checks a unit's pairs one after another, so each
 * unit is read once. One entry rather than a WeakMap, whose entries the garbage collector must
 * trace for every unit checked.
 */
let lastUnit: PageUnit | null = null;
let lastCandidates: readonly Candidate[] = [];

/**
 * The names in a page unit's sentence, read from its start to the unit's end, that could stand
 * where a claim has the subject: a capitalised name that is not the subject's, a ticker, a word
 * the lexicon knows or a person named by a role (who acts for the name before the role, if any),
 * with a term after it within its clause that is not the subject's description ("Zuckerberg's
 * company"), not after a pronoun. None where the sentence names the subject ("Banks asked by
 * Facebook …", "Facebook spokeswoman Elisabeth Diana said …"), and none from where a description
 * of the subject stands before a name ("The social network of Mark Zuckerberg would have asked …").
 */
function candidatesOf(prepared: PreparedStory, unit: PageUnit): readonly Candidate[] {
  if (unit === lastUnit) return lastCandidates;
  const { subject } = actorsOf(prepared);
  const { text, spans, mentions } = unit.paragraph;
  const { end } = unit.unit;
  const start = sentenceStart(text, unit.unit.start);
  const found: Candidate[] = [];
  if (!mentions.some((m) => m.kind === 'subject' && m.start >= start && m.end <= end)) {
    const first = firstIndex(spans.at.length, (x) => (spans.at[x] ?? 0) < start);
    const piece = text.slice(start, end);
    // The last name read that may be another party's, and where it ends ("Amazon" of "Amazon
    // spokeswoman Jane Doe said"), or null.
    let another: { terms: readonly string[]; end: number } | null = null;
    CAPITALISED_RUN.lastIndex = 0;
    for (let m = CAPITALISED_RUN.exec(piece); m !== null; m = CAPITALISED_RUN.exec(piece)) {
      // A person named by a role speaks for the name before the role, where there is one
      // ("Amazon spokeswoman Jane Doe"), else for whom the page is about ("Spokeswoman Elisabeth
      // Diana said …").
      const role = roleFirst(m[0]) || roleBefore(piece.slice(Math.max(0, m.index - 40), m.index));
      const owner = role && another !== null && onlyRoles(piece.slice(another.end, m.index)) ? another : null;
      another = null;
      let terms: readonly string[];
      if (owner !== null) terms = owner.terms;
      else {
        if (role || TICKER.test(m[0])) continue;
        terms = analyse(m[0]).terms;
        // A word the lexicon knows is a common noun, capitalised where it opens a sentence
        // ("Lenders said to have been in discussions with …", "Users can …"), no name.
        if (terms.length === 0 || terms.every(isConceptTerm) || terms.some((t) => subject.has(t))) continue;
        if (describedBefore(spans, subject, first, start + m.index)) break;
        another = { terms, end: m.index + m[0].length };
      }
      const next = nextTerm(text, spans, start + m.index + m[0].length, end);
      // "Zuckerberg's company", "the Menlo Park company": a name before the subject's description
      // says whose or where; the act is the subject's.
      if (next === null || subject.has(next)) continue;
      // A name after a preposition is the object of another act ("handled through Messenger
      // would not be used"), unless the claim has the subject after the same word ("Shares in
      // Snap plummeted" for "Shares in Facebook plummeted").
      const by = prepositionBefore(text, start + m.index);
      found.push({ terms, key: by === '' ? next : `${by} ${next}` });
    }
  }
  lastUnit = unit;
  lastCandidates = found.length === 0 ? NO_CANDIDATES : found;
  return lastCandidates;
}

/**
 * Whether the page unit names a party other than the subject where the claim unit's seed
 * sentence names the subject: a name of its sentence (candidatesOf), carried by no term of the
 * claim unit, followed by the term that follows the subject in the claim (followersOf).
 */
export function anotherActs(
  prepared: PreparedStory,
  k: number,
  unit: PageUnit,
  claimTerms: readonly string[],
): boolean {
  const candidates = candidatesOf(prepared, unit);
  if (candidates.length === 0) return false;
  const followers = followersOf(prepared, k);
  for (const c of candidates)
    if (followers.has(c.key) && !c.terms.some((t) => claimTerms.includes(t))) return true;
  return false;
}
