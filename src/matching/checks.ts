// Whether a page unit that scores against a claim unit states that claim: its event (named by a
// word of the event, not of its size or place), the right speaker, the bank whose answer it is,
// the story's own cast (not a bank or a company's shares the story does not know), and no detail
// the page gets wrong. Run only on pairs that score, a few per page.

import { contradicts, isScaledFigure } from './details.ts';
import {
  anothersStock,
  isOfMove,
  isStock,
  leavesOutStock,
  movesAnotherThing,
  sizedInPercent,
} from './movement.ts';
import type { PageUnit } from './page-unit.ts';
import type { PreparedStory } from './prepare.ts';
import { INFORMATIVE, MIN_SHARED_TERMS, scorePair } from './score.ts';
import { partyTerm, subjectActs } from './speakers.ts';
import type { Weights } from './similarity.ts';
import { nativeOnFirstUse } from '../text/pattern.ts';
import { analyse, evidenceOf, namesNoEvent, sliceSpans } from '../text/terms.ts';

const NO_TERMS: readonly string[] = [];
const NO_SHINGLES: readonly number[] = [];
const NO_PARTIES: ReadonlySet<string> = new Set();

export function statesClaim(prepared: PreparedStory, k: number, unit: PageUnit, weight: Weights): boolean {
  const { story, speakerOf, claimOf, unitOf, partiesOf, eventTerms } = prepared;
  // What a page unit shares with a claim unit may be the story's cast and common nouns alone
  // ("Privacy is the biggest worry for banks" and "a bank pulled away over privacy concerns"):
  // it states the claim only if it names the claim's event too.
  const event = eventTerms[k] ?? NO_TERMS;
  const claimTerms = story.claims[claimOf[k] ?? -1]?.match[unitOf[k] ?? -1]?.terms ?? NO_TERMS;
  if (sharesOnlyNames(prepared, claimTerms, unit, weight) && !eventBeside(prepared, k, unit, weight))
    return false;
  const says = speakerOf[k] ?? null;
  if (!namesEvent(event, unit.terms, says)) return false;
  // A bank's answer is not what another bank, or the subject, said; and it is stated only where
  // the paragraph names that bank ("Citigroup declined to comment on sharing card transactions
  // …" is not the paragraph that lists what data was sought).
  const { speaker } = unit;
  if (says !== null && speaker !== null && says !== speaker && !unit.mentions().some((m) => m.id === says))
    return false;
  const party = says !== null && says !== story.subject.name;
  if (party && !unit.paragraph.names().has(says) && !copies(prepared, k, unit)) return false;
  const facts = factsOf(claimTerms);
  if (facts.aboutBanks && namesOnlyOthers(unit) && !copies(prepared, k, unit)) return false;
  if (facts.stock && anothersStock(claimTerms, unit, story.subject)) return false;
  // The evidence besides the move first: where it is enough, whose move the unit tells does not
  // matter, and its names and stock words are not read (the stock checks' code and expressions
  // are then compiled on fewer first pages).
  if (
    leavesOutStock(claimTerms, unit.terms) &&
    sharedBesidesMoves(claimTerms, unit.terms, weight) < MIN_SHARED_TERMS &&
    movesAnotherThing(claimTerms, unit, story.subject)
  )
    return false;
  // A bank's acknowledgement is something it said: a page reporting the talks ("JPMorgan and
  // Citigroup have held discussions with Facebook", "…, a person familiar with the matter said")
  // does not tell that Citigroup acknowledged them.
  if (party && claimTerms.includes(ACKNOWLEDGE) && speaker !== says) return false;
  if (party && otherMatter(prepared, claimTerms, unit)) return false;
  // The claim's parties (a scan of its seed sentence for names, at the claim unit's first pair)
  // count only against a unit that names parties too, and most name none: `contradicts` then
  // answers the same without them.
  const pageParties = unit.partiesNamed();
  // Nor can it contradict a claim unit with no figure of scale where the unit names no party.
  if (!facts.figures && pageParties.size === 0) return true;
  return !contradicts(
    claimTerms,
    unit.terms,
    pageParties.size === 0 ? NO_PARTIES : partiesOf(k),
    pageParties,
  );
}

/**
 * Whether an affirmed page unit shares nothing with claim unit k but names, and does not name the
 * subject: a list of banks ("JPMorgan Chase, Wells Fargo and Citigroup.", a ticker line's "(JPM),
 * Wells Fargo & Co.") tells who, never what they did, and nor does a sentence that names the same
 * banks doing something else ("Citigroup and Wells Fargo also reported results on Friday." against
 * "Facebook is discussing partnership ideas with firms like Citigroup Inc., Wells Fargo, …"),
 * though two names weigh as much evidence as a pair needs. The subject's name is too common to
 * count (INFORMATIVE), but a unit naming it with the banks tells it acting with them in words the
 * claim may lack ("Facebook has approached JPMorgan Chase, Wells Fargo and Citigroup", review
 * R26a). A negated unit may be a party's bare refusal ("Wells Fargo declined."), which
 * bare-answer.ts judges. Asked of every pair that scores: a unit naming no bank (most) ends at
 * the first test, since what a scoring pair shares is then some other informative term; whether it
 * names one is kept on the unit (`namesSomeone`), which meets a few claim units each (213 asks of
 * 77 units on the 2,000-word page, every term read at each: 0.6M instructions of its first
 * analysis, src/tools/bench/LOG.md, session 31, helper C31).
 */
function sharesOnlyNames(
  prepared: PreparedStory,
  claimTerms: readonly string[],
  unit: PageUnit,
  weight: Weights,
): boolean {
  if (unit.negated || !(unit.namesSomeone ??= hasName(unit.terms))) return false;
  const { terms } = unit;
  // The subject named first: a unit naming it with the banks (most in a story article) ends here.
  const subject = prepared.story.subject.name;
  const mentions = unit.mentions();
  for (let i = 0; i < mentions.length; i++) if (mentions[i]?.id === subject) return false;
  for (let i = 0; i < claimTerms.length; i++) {
    const t = claimTerms[i] ?? '';
    if (!t.startsWith('@') && weight(t) > INFORMATIVE && terms.includes(t)) return false;
  }
  const { text } = unit.paragraph;
  const lower = text.slice(unit.unit.start, unit.unit.end).toLowerCase();
  for (const d of prepared.described) if (lower.includes(`the ${d}`)) return false;
  return true;
}

/** Whether one of the terms is a name (withNames' '@' terms: a party's, another organisation's). */
function hasName(terms: readonly string[]): boolean {
  for (let i = 0; i < terms.length; i++) if ((terms[i] ?? '').charCodeAt(0) === 64 /* @ */) return true;
  return false;
}

/**
 * Whether an affirmed sentence of the unit's paragraph other than the unit's own shares a word of
 * what happened with claim unit k, one of its informative terms that is no name, names an event
 * (not "large", "several", "year": `namesNoEvent`) and is the claim's own, not the story's
 * (OWN_EVENT): then a list of names tells who did it ("Facebook held talks with four banks. They
 * were JPMorgan Chase, Wells Fargo, Citigroup and US Bancorp.", review S17b). "Banks have long
 * guarded customer data." shares only the story's words, and names no one who held talks (review
 * S19a). The sentence must tell the subject acting (`subjectActs`: it opens on the subject and
 * names no one else), since a list beside "Rival Google held talks with banks." or "Regulators
 * discussed new rules with banks." names who did something else (review S19d). Not a negated one:
 * a ticker line after "Citigroup declined to comment regarding any possible discussions with
 * Facebook" (seed 002) names no one who did; nor a question, asked or reported ("Did Facebook
 * hold talks with banks?", "A senator asked whether …"), which affirms nothing, though a sentence
 * before it may ("Facebook has held talks with banks. Which banks? …"). The claim unit's event
 * terms are its rarest, most often its names, so they cannot be asked. O(sentences × their terms ×
 * claim unit terms), asked only of a unit that scores on names alone.
 */
function eventBeside(prepared: PreparedStory, k: number, unit: PageUnit, weight: Weights): boolean {
  const { story, claimOf, unitOf, specificity, described } = prepared;
  const claimTerms = story.claims[claimOf[k] ?? -1]?.match[unitOf[k] ?? -1]?.terms ?? NO_TERMS;
  const { spans, units, text, mentions } = unit.paragraph;
  let sentence = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    // Each sentence's first unit is the whole sentence.
    if (u === undefined || u.sentence === sentence) continue;
    sentence = u.sentence;
    if (sentence === unit.unit.sentence || asks(text, u.start, u.end)) continue;
    const { terms, negated } = sliceSpans(spans, u.start, u.end, u.polarityFrom);
    if (negated) continue;
    for (let j = 0; j < claimTerms.length; j++) {
      const t = claimTerms[j] ?? '';
      if (
        !t.startsWith('@') &&
        !namesNoEvent(t) &&
        weight(t) > INFORMATIVE &&
        specificity(t) >= OWN_EVENT &&
        terms.includes(t)
      ) {
        if (subjectActs(text, u.start, u.end, mentions, described)) return true;
        break;
      }
    }
  }
  return false;
}

/**
 * The least specificity (prepare.ts) of a word beside a list that tells the claim's own event: a
 * term at most √claims of the story's claims carry. "talks" (in a handful) tells what the banks
 * did; "data", "customers", "financial", "share" (each in many: the story's cast and common nouns)
 * tell only that the sentence is about the story, which "Banks have long guarded customer data"
 * is too.
 */
const OWN_EVENT = 0.5;

/**
 * Whether the sentence from `start` to `end` asks or reports a question: any "?" in it (its own,
 * or a quoted one: '"Did Facebook hold talks with banks?" a senator asked.'), or a verb of asking
 * with "whether" or "if" ("A senator asked whether Facebook held talks with banks."). Neither
 * affirms what it asks about.
 */
function asks(text: string, start: number, end: number): boolean {
  const sentence = text.slice(start, end);
  // The short expression first: a sentence without "whether" or "if" never runs ASKING, the
  // longer one, which is then compiled only on a page that needs it.
  return sentence.includes('?') || (WHETHER().test(sentence) && ASKING.test(sentence));
}
const ASKING = /\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|question|questioned)\b/i;
const WHETHER = nativeOnFirstUse(/\b(?:whether|if)\b/i);

/**
 * Whether the page unit shares one of the claim unit's event terms that names an event: "large",
 * "several", "US" or "because" among a claim's rarest terms say how big, how many, where or why
 * ("asked several large US banks"); shared alone they are the story's cast ("several big banks,
 * sources say"). A claim unit whose event terms all are such words is named by any of them.
 * One party's name is the cast too ("Citigroup said keeping customers' data private is its top
 * priority" tells no talks with Citigroup and three other banks), unless the claim is that
 * party's own answer (`says`); two of the claim's parties named are who took part. A claim unit
 * whose event terms are all names and modifiers ("… with JPMorgan Chase, Wells Fargo … in the past
 * year") is still named by one of its names (review R28b: counting them as the cast there costs
 * story pages whose talks are told with one bank); a modifier alone does not name it.
 */
function namesEvent(event: readonly string[], terms: readonly string[], says: string | null): boolean {
  let any = false;
  let events = 0;
  let names = 0;
  let hasName = false;
  for (let i = 0; i < event.length; i++) {
    const t = event[i] ?? '';
    const name = t.startsWith('@');
    if (name) hasName = true;
    const modifier = name || namesNoEvent(t);
    if (!modifier) events++;
    if (!terms.includes(t)) continue;
    if (!modifier) return true;
    if (name && (++names >= 2 || (says !== null && t === partyTerm(says)))) return true;
    if (!name) any = true;
  }
  // A unit whose event terms are names and modifiers only: one of its names still names it, a
  // modifier alone ("… this year") does not.
  return events === 0 && (names > 0 || (any && !hasName));
}

/**
 * The evidence a page unit shares with a claim unit, the move's own words left out: where the
 * page tells a move of something other than the claim's stock ("Quarterly earnings fell" for
 * "Shares in Facebook plummeted … after the firm missed quarterly revenue forecasts"), its "fell"
 * is no evidence of the claim's, nor "about 3.5%" of "shares increased by about 3.5%"; what else
 * it shares must be evidence enough (MIN_SHARED_TERMS), as for any pair. "Facebook's market value
 * plunged after it missed quarterly revenue forecasts" still is. O(claim terms × page terms): a
 * unit's dozen terms, asked only of pairs that score against a share move.
 */
function sharedBesidesMoves(
  claimTerms: readonly string[],
  pageTerms: readonly string[],
  weight: Weights,
): number {
  const sized = sizedInPercent(claimTerms);
  let evidence = 0;
  for (let i = 0; i < claimTerms.length; i++) {
    const t = claimTerms[i] ?? '';
    if (!isOfMove(t, sized) && weight(t) > INFORMATIVE && pageTerms.includes(t)) evidence += evidenceOf(t);
  }
  return evidence;
}

const ACKNOWLEDGE = analyse('acknowledge').terms[0] ?? 'acknowledge';
/**
 * Whether a claim unit that tells what a bank did is met by a unit about an organisation of the
 * parties' kind that the story does not know: "Bank of America walked away over privacy" is not
 * the report that one bank the paper did not name pulled out, nor "Bank of America was among the
 * lenders approached" the request the seeds tell of. Only where that organisation, the unit's first
 * name, does not stand as a source: "…, analysts at Bank of America said" or "after Deutsche Bank
 * analysts raised their target" is the bank as a source, and the unit is about what it names first. A part of a
 * sentence with no subject of its own ("…, pulled out of the talks") is about its sentence's.
 * Asked only of a claim unit about a bank or a party (`factsOf`).
 */
function namesOnlyOthers(unit: PageUnit): boolean {
  // A unit is asked at each claim unit about banks it scores against: read once.
  return (unit.opensWithOthers ??= opensWithOthers(unit));
}

/** `namesOnlyOthers`, read from the unit's text and names. */
function opensWithOthers(unit: PageUnit): boolean {
  const { text } = unit.paragraph;
  const { start, end } = unit.unit;
  const first = unit.mentions()[0];
  if (first !== undefined)
    return (
      first.kind === 'other' &&
      !SOURCE_BEFORE.test(text.slice(start, first.start)) &&
      !SOURCE_AFTER.test(text.slice(first.end, end))
    );
  const { parties, others } = unit.voices;
  return (
    parties.size === 0 && others !== undefined && others.size > 0 && !OWN_SUBJECT.test(text.slice(start, end))
  );
}

const BANK = analyse('bank').terms[0] ?? 'bank';

/**
 * What the checks ask of a claim unit's terms alone, read once per claim unit rather than at
 * each pair: whether it is about a bank or a party (a claim `namesOnlyOthers` can refuse), and
 * whether it holds the stock (one `anothersStock` can), and a figure of scale (`contradicts`).
 */
interface ClaimFacts {
  readonly aboutBanks: boolean;
  readonly stock: boolean;
  readonly figures: boolean;
}
const claimFacts = new WeakMap<readonly string[], ClaimFacts>();
function factsOf(claimTerms: readonly string[]): ClaimFacts {
  let facts = claimFacts.get(claimTerms);
  if (facts === undefined) {
    facts = {
      aboutBanks: claimTerms.some((t) => t === BANK || t.startsWith('@')),
      stock: claimTerms.some(isStock),
      figures: claimTerms.some(isScaledFigure),
    };
    claimFacts.set(claimTerms, facts);
  }
  return facts;
}
/**
 * Where a name stands as a source rather than as the one who acted: after a word that makes it
 * one ("analysts at Bank of America", "according to Bank of America"), or before one ("Deutsche
 * Bank analysts", "a Royal Bank of Canada survey"). Anywhere else it is the unit's subject, after
 * a time or an attribution too ("On Tuesday, Bank of America walked away").
 */
const SOURCE_BEFORE =
  /\b(?:analysts?|economists?|strategists?|researchers?|according\s+to|at|from|by|with|of|for|like|than|to)\s+(?:the\s+)?$/i;
const SOURCE_AFTER =
  /^['\u2019]?s?\s+(?:analysts?|economists?|strategists?|researchers?|survey|study|research|report|note|index|data)\b/i;
/**
 * A unit that opens with a subject of its own: a determiner, a number or a pronoun ("but one
 * large bank has pulled away"), or a name; "pulled out of the talks" opens with its verb.
 */
const OWN_SUBJECT =
  /^[\s"'\u201c\u2018(]*(?:(?:and|but|yet|while|so|or)\s+)?(?:[A-Z]|\d|(?:a|an|the|one|another|some|several|many|most|two|three|four|it|they|he|she|we|this|that|these|those|its|their)\b)/;

/**
 * Whether the unit copies the claim unit word for word: a party's answer quoted as it was given
 * is that party's answer, though the paragraph says only "the bank said" ("…," the bank said,
 * after a paragraph naming four banks). Asked of the scorer with the claim's weight all shared
 * and no evidence, so that only its verbatim rule can score: one rule for what a copy is.
 */
function copies(prepared: PreparedStory, k: number, unit: PageUnit): boolean {
  const whole = prepared.weightOf[k] ?? 0;
  const asCopy = { shared: whole, evidence: 0, claimWeight: whole, pageWeight: whole };
  return scorePair(asCopy, prepared.shingles[k] ?? NO_SHINGLES, unit, Infinity) === 1;
}

/**
 * Whether a bare answer ("Wells Fargo declined to comment.": names and one word) is met by an
 * answer about a named matter the story never mentions ("declined to comment on the letter",
 * weeks later): "on/about/regarding the <noun>" after the answer's word, where the noun is no
 * word of the story's claims nor one that points back at a matter ("the matter", "the report",
 * "on the record"). An answer that names no such matter answers the story's: "declined to
 * comment when contacted", "on its plans", "on specifics", "did not wish to comment".
 */
function otherMatter(prepared: PreparedStory, claimTerms: readonly string[], unit: PageUnit): boolean {
  let word = '';
  for (let i = 0; i < claimTerms.length; i++) {
    const t = claimTerms[i] ?? '';
    if (t.startsWith('@')) continue;
    if (word !== '' && word !== t) return false;
    word = t;
  }
  const { terms, at } = unit.paragraph.spans;
  let from = -1;
  for (let i = 0; i < terms.length && from < 0; i++) {
    const offset = at[i] ?? 0;
    if (offset >= unit.unit.start && offset < unit.unit.end && terms[i] === word) from = offset;
  }
  if (from < 0) return false;
  return namesOtherMatter(prepared, unit.paragraph.text.slice(from, unit.unit.end));
}

/**
 * Whether a refusal's text (from its word on) names a matter the story never mentions: "on the
 * lawsuit", "about a letter", not "on the matter" or "on its plans".
 */
export function namesOtherMatter(prepared: PreparedStory, text: string): boolean {
  // MATTER reads one of its words: a bare refusal ("declined to comment.") holds none, and answers
  // without the expression, which is then not compiled on a page that names no matter.
  for (const word of ON_A_MATTER) if (text.includes(word)) return readsOtherMatter(prepared, text);
  return false;
}

/**
 * namesOtherMatter without first asking whether the text holds one of MATTER's words: the answer
 * that test must not change (matter.test.ts holds the two to the same answers).
 */
export function readsOtherMatter(prepared: PreparedStory, text: string): boolean {
  const found = MATTER.exec(text);
  const matter = found?.[1];
  if (found === null || matter === undefined) return false;
  const back = POINTS_BACK.exec(matter);
  if (back !== null) {
    // "on reports of layoffs", "on speculation about layoffs": the matter is what follows.
    const end = found.index + found[0].length - matter.length + back[0].length;
    const of = OF_MATTER.exec(text.slice(end));
    return of !== null && readsOtherMatter(prepared, `on ${text.slice(end + of[0].length)}`);
  }
  if (NAMES_NONE.has((matter.split(' ')[0] ?? '').toLowerCase())) return false;
  // Another matter only if none of its words is the story's: "on ongoing talks", "on fintech
  // partnerships" are the story's talks and partnerships in words the index does not hold.
  const named = analyse(matter).terms;
  return named.length > 0 && named.every((t) => !prepared.termId.has(t));
}

/** The words before a matter, which MATTER reads and namesOtherMatter looks for first: one list. */
const ON_A_MATTER: readonly string[] = ['on', 'about', 'regarding'];
/**
 * "on the letter", "on a letter", "on Facebook's letter", "on its mortgage lawsuit", "on layoffs":
 * a matter named, its first two words past a determiner or possessive. A pronoun or a question
 * word opens no named matter ("on it", "on whether it would share data"): those answer the
 * story's (NAMES_NONE), as do vague nouns that point back at it ("on its plans", POINTS_BACK).
 */
const MATTER = new RegExp(
  String.raw`^[^,;.]*?\b(?:${ON_A_MATTER.join('|')})\s+(?:(?:the|a|an|its|their|his|her|our|any|these|those|such|[A-Z][A-Za-z]*['\u2019]s)\s+)?([A-Za-z-]+(?:['\u2019]s?)?(?:\s+[a-z-]+)?)`,
);
/** What joins a noun that points back to the matter it names: "reports of", "speculation about". */
const OF_MATTER = /^\s+(?:of|about)\s+/;
/** First words of what follows "on" that name no matter: a pronoun, a question word. */
const NAMES_NONE: ReadonlySet<string> = new Set(
  'its their his her our my your any this that these those such whether if how what when why who where it them him us'.split(
    ' ',
  ),
);
/** Nouns that point back at whatever the paper wrote about, rather than name a matter. */
const POINTS_BACK =
  /^(?:matters?|issues?|subjects?|topics?|questions?|record|reports?|story|stories|details|specifics|plans?|rumou?rs?|speculation|news|claims?)\b/i;
