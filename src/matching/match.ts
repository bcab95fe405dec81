// Paragraph → claims. Each paragraph is analysed once and cut into units (sentences, clauses,
// quotations); each unit is looked up in the story's inverted index of claim units (lookup.ts),
// each claim unit it shares enough with is scored (score.ts) and checked (checks.ts), and each
// paragraph keeps its best match per claim, with the seed sentences behind it (evidence.ts).
// A paragraph costs O(its terms + the postings of those terms), never O(all claims × text).

import { statesClaim } from './checks.ts';
import { bothBareAnswers, meetsRefusal } from './bare-answer.ts';
import { isBareDenial } from './bare-denial.ts';
import { evidenceFor, type Evidence } from './evidence.ts';
import { Lookup } from './lookup.ts';
import { isMovement, isStock, movesOtherWay, subjectsStock } from './movement.ts';
import { PageParagraph, PageUnit } from './page-unit.ts';
import { CARRIED, type PreparedStory } from './prepare.ts';
import {
  INFORMATIVE,
  MIN_SHARED_IN_CONTEXT,
  MIN_SCORE,
  MIN_SHARED_TERMS,
  MIN_SIBLING_SCORE,
  RECORD_SIBLING_SCORE,
  scorePair,
} from './score.ts';
import { stretchScore } from './stretch.ts';
import type { Weights } from './similarity.ts';
import {
  analyseNamed,
  firstSpeechVerb,
  mentionsWithin,
  speaksUnknown,
  othersPart,
  shiftedTo,
  voicesOf,
  type Mention,
  type Voices,
} from './speakers.ts';
import { reportedClauses } from '../text/reported.ts';
import { recalledPhrase } from '../text/recalled.ts';
import { refusalOf, TO_SPEAK } from '../text/refusal.ts';
import { evidenceOf, isDegree, sliceSpans, type Spanned } from '../text/terms.ts';
import { units, type Piece } from '../text/units.ts';

// Preparing a story is the engine's other entry point into matching.
export { prepare, type PreparedStory } from './prepare.ts';

export interface ParagraphMatch {
  paragraph: number;
  claimId: string;
  score: number;
  /** Which sentence of the paragraph carried the claim (0-based). */
  sentence: number;
  /** Seed quotes behind the match: the ones the paragraph matched, then the claim's other appearances. */
  evidence: Evidence[];
  /**
   * Set on a pair that may belong to another story as well: shown on a page the story's other
   * claims make about it, never counted toward that (recognise.ts). The subject's denial in a word
   * ("Facebook denied the report.", bare-denial.ts) may deny any report.
   */
  aside?: true;
  /**
   * Set on a pair of a recalled report (aside) whose sentence's own news names the subject
   * ("Facebook (NASDAQ:FB) +3.5% after a WSJ report that …"): counted toward recognising a page
   * that gives the subject's own answer to the story (recognise.ts).
   */
  subjectsNews?: true;
}

/**
 * What the page has stated so far, carried from paragraph to paragraph (and from slice to slice):
 * a share move told in two words ("The stock rose anyway."), or the subject's recorded statement
 * in two where it speaks ("Facebook said it is not actively asking."), counts only where the page
 * has already stated a claim of the story, and a weaker pair with one of the subject's recorded
 * statements only where the page has stated another (`addRecordSiblings`). Without a context
 * (the compiler's grouping), never.
 */
export interface PageContext {
  /** Paragraphs so far that stated a claim. */
  stated: number;
  /** Claims of the subject's recorded statements the page has stated at RECORD_SIBLING_SCORE or more. */
  recorded: Set<number>;
}

/** Work counters, for tests and benchmarks that check the cost bound. */
export interface MatchStats {
  units: number;
  /** (page unit, claim unit) pairs scored. */
  pairs: number;
}

// Read for every scored pair: module constants, not imported bindings (see lookup.ts).
const scoreOf = scorePair;
const states = statesClaim;
const stretchOf = stretchScore;
const movesOther = movesOtherWay;
const bareAnswers = bothBareAnswers;

/** A paragraph's best match of one claim so far, and the claim units that reached it. */
interface Best {
  score: number;
  sentence: number;
  units: Set<number>;
  /** Never counted toward recognition (ParagraphMatch). */
  aside?: true;
  /** A recalled report's pair whose sentence's news names the subject (ParagraphMatch). */
  subjectsNews?: true;
  /**
   * A kept-aside pair's page unit terms, less those of its sentence's parts that are another's
   * (`ownTerms`): what its sentence's other claims may explain (addRecordSiblings).
   */
  terms?: readonly string[];
}

/**
 * Claims stated in each paragraph, best first, at most one entry per (paragraph, claim).
 * Cost: O(paragraph length + Σ postings of its units' terms). `bounded` false is for tests: every
 * pair the index finds is scored, which the lookup's bounds must not change.
 */
export function matchParagraphs(
  prepared: PreparedStory,
  paragraphs: readonly string[],
  weight: Weights,
  stats?: MatchStats,
  context?: PageContext,
  bounded = true,
): ParagraphMatch[] {
  const lookup = new Lookup(prepared, weight, bounded);
  const out: ParagraphMatch[] = [];
  // One map for the pairs kept aside for a recorded statement, emptied per paragraph, and none
  // for a story that records no statement.
  const siblings = context === undefined || !prepared.recorded.includes(1) ? null : new Map<number, Best>();
  for (let p = 0; p < paragraphs.length; p++) {
    const weak = context === undefined ? null : new Map<number, Best>();
    siblings?.clear();
    const text = paragraphs[p] ?? '';
    const best = bestPerClaim(prepared, text, lookup, weight, stats, weak, siblings);
    // Map entries read by index or through forEach here and below, not destructured: a page runs
    // these per paragraph before the engine is optimised, and unoptimised code takes `[claim, b]`
    // apart through an array iterator (0.7M instructions of a first analysis, src/tools/bench/LOG.md).
    if (weak !== null && context !== undefined && context.stated > 0)
      for (const entry of weak) if (!best.has(entry[0])) best.set(entry[0], entry[1]);
    if (siblings !== null && context !== undefined)
      addRecordSiblings(prepared, weight, best, siblings, context.recorded);
    // A paragraph whose one pair is set aside (a bare denial, the only one) has not told the story
    // (review R26b).
    let told = false;
    for (const b of best.values()) if (b.aside !== true) told = true;
    if (context !== undefined && told) context.stated++;
    out.push(...describe(prepared, p, best));
  }
  return out.sort((a, b) => a.paragraph - b.paragraph || b.score - a.score);
}

/** Every unit of one paragraph scored and checked: the best match of each claim it states. */
function bestPerClaim(
  prepared: PreparedStory,
  text: string,
  lookup: Lookup,
  weight: Weights,
  stats: MatchStats | undefined,
  weak: Map<number, Best> | null,
  siblings: Map<number, Best> | null,
): Map<number, Best> {
  const { claimOf, unitOf, shingles, negated, paraphraseFrom, recorded } = prepared;
  const subjectName = prepared.story.subject.name;
  const mentions = prepared.names.mentions(text);
  const spans = analyseNamed(text, mentions);
  const best = new Map<number, Best>();
  /** A bare denial of the report (bare-denial.ts), the paragraph's first, kept unless a pair meets its claim. */
  let denial: Best | null = null;
  let voices: Voices = { speaker: null, parties: new Set() };
  // Who spoke the sentence before, and whether the subject speaks this one, so its units may tell
  // its statement in few words: read once a pair asks (most sentences have none).
  let speakerBefore: string | null = null;
  let subjectSpeaks: boolean | null = null;
  let sentence = -1;
  // The sentence's first unit (the whole sentence), and its parts that are another's (read for a pair kept aside).
  let sentenceFirst = 0;
  let foreign: readonly Piece[] | null = null;
  // Whether the sentence speaks through a name the story does not know, read once it is asked.
  let unknownSpeech: boolean | null = null;
  // A sentence that recalls a report as the setting of its own news (recalled.ts): its terms
  // before the background word, and its pairs, kept to the paragraph's end (`keepRecollections`).
  // Read at the sentence's first pair (undefined before): most sentences have none.
  let recalled: Recollection | null | undefined;
  const recollections: Recollection[] = [];
  // A denial that names the report it denies states the report in its reported clause; a
  // paragraph that negates nothing (most) denies no report, and is not searched for one.
  const { negations } = spans;
  const pieces = units(text, undefined, negations.length === 0 ? [] : reportedClauses(text), negations);
  const paragraph = new PageParagraph(text, mentions, spans, pieces);
  // Indexed loops: a page runs this once, mostly before the engine is optimised, and an
  // unoptimised for-of allocates an iterator result per step.
  for (let p = 0; p < pieces.length; p++) {
    const u = pieces[p];
    if (u === undefined) continue;
    // The first unit of each sentence is the whole sentence; its clauses and quotations follow.
    const whole = u.sentence !== sentence;
    if (whole) {
      sentence = u.sentence;
      sentenceFirst = p;
      foreign = null;
      unknownSpeech = null;
      recalled = undefined;
      speakerBefore = voices.speaker;
      voices = voicesOf(text, u, mentions, speakerBefore);
      subjectSpeaks = null;
      lookup.startSentence();
    }
    if (stats !== undefined) stats.units++;
    // A part of a sentence shares no more with a claim unit than the whole sentence does.
    if (!whole && lookup.nothingPossible) continue;
    const unit = new PageUnit(paragraph, u, voices);
    let own: readonly string[] | null = null;
    const { found } = lookup;
    const touched = lookup.find(unit.terms, whole);
    for (let j = 0; j < touched; j++) {
      const k = found[j] ?? 0;
      if (stats !== undefined) stats.pairs++;
      // A denial never matches what it denies, nor a report its denial.
      if (((negated[k] ?? 0) === 1) !== unit.negated) continue;
      const from = paraphraseFrom[k] ?? 0;
      // The pair's sums, read only for a pair of one polarity.
      lookup.select(k);
      let score = scoreOf(lookup.pair, shingles[k] ?? [], unit, from);
      // A party's bare refusal in other words shares its name alone: enough where both are one (bare-answer.ts).
      if (
        score === 0 &&
        unit.negated &&
        lookup.pair.evidence < MIN_SHARED_TERMS &&
        bareAnswers(prepared, k, unit, weight)
      )
        score = scoreOf(lookup.pair, shingles[k] ?? [], unit, from, MIN_SHARED_IN_CONTEXT);
      if (score === 0 && weak !== null && lookup.pair.evidence < MIN_SHARED_TERMS) {
        // Two shared terms: kept aside, counted only where the page has already told the story.
        const two = scoreOf(lookup.pair, shingles[k] ?? [], unit, from, MIN_SHARED_IN_CONTEXT);
        if (two > 0) {
          // A share move, or the subject's recorded statement in two of its words where it speaks
          // the sentence ("Facebook said it is not actively asking."), which never counts toward
          // recognition; not its refusal to speak ("Facebook declined to say which banks it had
          // approached" negates no request).
          const moves = movesInTwo(prepared, k, unit, weight);
          if (
            (moves ||
              (recorded[claimOf[k] ?? -1] === 1 &&
                (subjectSpeaks ??= speaksAsSubject(
                  prepared,
                  mentions,
                  pieces[sentenceFirst] ?? u,
                  voices,
                  speakerBefore,
                )) &&
                refusalOf(TO_SPEAK, text, u.start, u.end) < 0)) &&
            states(prepared, k, unit, weight)
          )
            keepBest(weak, claimOf[k] ?? -1, two, u.sentence, unitOf[k] ?? -1, undefined, !moves);
        } else if (from === CARRIED && voices.speaker === subjectName)
          keepCarried(prepared, k, unit, pieces[sentenceFirst] ?? u, speakerBefore, weak, weight);
        continue;
      }
      if (score > 0) {
        if (!states(prepared, k, unit, weight)) continue;
      } else {
        // A page unit may state a stretch of a long claim unit, which the whole unit's other
        // words dilute. Scored before the checks: a stretch is a few dozen sums, the checks
        // read the unit's names and speakers.
        if (lookup.pair.stretches)
          score = stretchOf(prepared, k, unit.stretchPage(lookup.specificWeight), weight, from);
        if (score === 0) {
          if (from === CARRIED) {
            if (weak !== null && voices.speaker === subjectName)
              keepCarried(prepared, k, unit, pieces[sentenceFirst] ?? u, speakerBefore, weak, weight);
            continue;
          }
          // A weaker pair with a recorded statement: kept aside, counted only beside another (addRecordSiblings).
          const claim = claimOf[k] ?? -1;
          if (siblings === null || recorded[claim] !== 1) continue;
          const low = scoreOf(
            lookup.pair,
            shingles[k] ?? [],
            unit,
            from,
            MIN_SHARED_TERMS,
            MIN_SIBLING_SCORE,
          );
          if (
            low > 0 &&
            states(prepared, k, unit, weight) &&
            !movesOther(prepared.directionOf[claim] ?? 0, unit.terms) &&
            !(unknownSpeech ??= anothersWords(text, mentions, pieces[sentenceFirst] ?? u))
          ) {
            foreign ??= othersParts(paragraph, sentenceFirst);
            own ??= ownTerms(unit, foreign);
            keepBest(siblings, claim, low, u.sentence, unitOf[k] ?? -1, own);
          }
          continue;
        }
        if (!states(prepared, k, unit, weight)) continue;
      }
      const claim = claimOf[k] ?? -1;
      if (movesOther(prepared.directionOf[claim] ?? 0, unit.terms)) continue;
      if (unit.negated && !meetsRefusal(prepared, k, unit, weight)) continue;
      if (recalled === undefined) {
        recalled = recollected(text, spans, pieces[sentenceFirst] ?? u, voices.speaker, mentions);
        if (recalled !== null) recollections.push(recalled);
      }
      if (recalled !== null) recalled.pairs.push({ k, claim, score, sentence: u.sentence });
      else keepBest(best, claim, score, u.sentence, unitOf[k] ?? -1);
    }
    // The subject's denial in a word meets its primary statement, which no score finds.
    if (whole && denial === null && prepared.primary >= 0 && isBareDenial(prepared, unit, weight))
      denial = {
        score: MIN_SCORE,
        sentence: u.sentence,
        units: new Set([prepared.primaryUnit]),
        aside: true,
      };
  }
  if (recollections.length > 0) keepRecollections(prepared, best, recollections);
  if (denial !== null && !best.has(prepared.primary)) best.set(prepared.primary, denial);
  return best;
}

/**
 * Whether the subject speaks the sentence: by name, or going on with what it said before ("It also
 * said …"), not as a speaker unnamed in a paragraph that names the subject elsewhere.
 */
function speaksAsSubject(
  prepared: PreparedStory,
  mentions: readonly Mention[],
  sentence: Piece,
  voices: Voices,
  before: string | null,
): boolean {
  const subject = prepared.story.subject.name;
  return (
    voices.speaker === subject &&
    (before === subject ||
      mentionsWithin(mentions, sentence.start, sentence.end).some((m) => m.kind === 'subject'))
  );
}

/**
 * A sentence that recalls a report (recalled.ts): the terms of its own news, before the recalled
 * phrase and after it, and its pairs.
 */
interface Recollection {
  before: ReadonlySet<string>;
  after: ReadonlySet<string>;
  /** Who speaks the sentence (voicesOf). */
  speaker: string | null;
  /**
   * Whether the news before the phrase names the subject (the mention finder knows its names, not
   * "the company", which may be another): the sentence tells the subject's news, such as its
   * share move, after the report.
   */
  subjectsNews: boolean;
  pairs: { k: number; claim: number; score: number; sentence: number }[];
}

/** The most terms before a recalled phrase that opens its sentence: a time ("A day after …"). */
const OPENING_TERMS = 1;

/** The recollection the whole-sentence unit `sentence` is, or null. O(the sentence's length). */
function recollected(
  text: string,
  spans: Spanned,
  sentence: Piece,
  speaker: string | null,
  mentions: readonly Mention[],
): Recollection | null {
  const said = text.slice(sentence.start, sentence.end);
  const phrase = recalledPhrase(said);
  if (phrase === null) return null;
  const { start, end } = sentence;
  const before = new Set(sliceSpans(spans, start, start + phrase.from).terms);
  // What follows the phrase is the sentence's own news where the phrase opens it ("After the
  // report, Facebook said …", "A day after …, the company said …"), not where it closes news told
  // before it ("The redesign comes weeks after a report that …, which the social network disputed").
  const opens = before.size <= OPENING_TERMS;
  const after: ReadonlySet<string> = opens
    ? new Set(sliceSpans(spans, Math.min(end, start + phrase.to + 1), end).terms)
    : new Set();
  // A speaker whose only speech verb stands within the phrase tells the recalled report ("It
  // arrives a year after Facebook denied a report that …"), not the sentence's own news; one with a
  // verb outside it speaks the news too ("Erin Egan, a week after the company denied a report that
  // …, told lawmakers that …", review R29).
  const reporting =
    firstSpeechVerb(said.slice(phrase.from, phrase.to)) !== null &&
    firstSpeechVerb(said.slice(0, phrase.from)) === null &&
    firstSpeechVerb(said.slice(phrase.to)) === null;
  const news = start + phrase.from;
  const subjectsNews = mentions.some((m) => m.kind === 'subject' && m.start >= start && m.end <= news);
  return { before, after, speaker: reporting ? null : speaker, subjectsNews, pairs: [] };
}

/**
 * Keeps the paragraph's recalling sentences' pairs, aside unless the paragraph tells the story
 * beside the recalled report. It does where a pair's event terms are in the sentence's own news
 * past a recalled phrase that opens it ("After the Journal's report, Facebook said in a statement …",
 * "Following reports that …, one large bank pulled away from the talks"): told after the report,
 * what the sentence says is its sequel. Or where they are in the news before the phrase and the
 * claim is a reaction to the report, a statement answering it or a context claim such as the share
 * move ("Facebook shares climbed 4% after the Journal reported that …", "U.S. Bancorp said it has
 * not handed any data to Facebook, after a report named it …"): a claim of the report's own kind
 * there is as likely a chance pair of other news. Or where such a claim's speaker speaks the
 * sentence outside the phrase ("Facebook said after the report that it is not actively asking …";
 * within it, "a year after Facebook denied a report that …", it tells the report). Or where another
 * sentence of the paragraph gives a statement ("… after the Journal reported that … Facebook said
 * in a statement that it was not actively seeking transaction data."). Otherwise the report is the
 * setting of other news ("The survey was in the field shortly after the Journal reported that
 * Facebook had asked banks for data"), as a page on another topic mentions the story: shown on a
 * page that tells the story, never counted toward that.
 */
function keepRecollections(
  prepared: PreparedStory,
  best: Map<number, Best>,
  recollections: readonly Recollection[],
): void {
  const { claims } = prepared.story;
  let told = false;
  for (const [claim, b] of best) if (b.aside !== true && claims[claim]?.kind === 'statement') told = true;
  for (const { before, after, speaker, pairs } of recollections)
    for (const { k, claim } of pairs) {
      const event = prepared.eventTerms[k] ?? [];
      if (event.some((t) => after.has(t))) told = true;
      else if (claims[claim]?.kind === 'report') continue;
      else if (event.some((t) => before.has(t))) told = true;
      // The claim's own speaker speaks the sentence: "Facebook said after the report that it is
      // not actively asking …" is its answer, whatever the phrase holds (review R27b).
      else if (speaker !== null && prepared.speakerOf[k] === speaker) told = true;
    }
  for (const { pairs, subjectsNews } of recollections)
    for (const { k, claim, score, sentence } of pairs)
      keepBest(best, claim, score, sentence, prepared.unitOf[k] ?? -1, undefined, !told, subjectsNews);
}

/**
 * Coherence: the subject's statement is given whole (story.json records its parts: the denial,
 * "completely opt-in", "not for advertising", "we partner with banks"), and a page that has stated
 * one part tells the others in its own words ("its pitch to lenders, it says, is customer chat and
 * help with accounts", "the records, she said, will not feed its ads"), which score under
 * MIN_SCORE. Such a pair (`siblings`, from MIN_SIBLING_SCORE) counts where the page, in an earlier
 * paragraph or this one, has stated another recorded part at RECORD_SIBLING_SCORE or more, and it
 * keeps MIN_SHARED_TERMS of evidence of its own (`ownEvidence`): outside its sentence's parts about
 * another ("…, though rival Google offers …"), and beyond what the sentence's other claims explain: a
 * sentence stating one part shares its words with its claim's neighbours ("will not use bank data
 * for ad-targeting purposes" and "no special relationships … to use their customers' purchase
 * data for ads"), one stating two parts has words for each. This paragraph's strong parts then
 * join the page's `recorded`. "Earlier or this one" is also a precision guard, not only the reading order:
 * siblings from anywhere in the page (a first pass filling `recorded`) gave one wrong eval:seeds
 * pair more ("Facebook has already been criticized …" met by "A critical part of these
 * partnerships …", review S18b). Such a pair never makes a page recognised (recognise.ts).
 * Measured (test/eval/LOG.md, session 18): any claim of the page in place of a recorded part finds
 * a few more pairs and loses eval:seeds pairs.
 */
function addRecordSiblings(
  prepared: PreparedStory,
  weight: Weights,
  best: Map<number, Best>,
  siblings: ReadonlyMap<number, Best>,
  said: Set<number>,
): void {
  const { recorded } = prepared;
  // A callback, not `for (const [claim, b] of best)` (see matchParagraphs).
  best.forEach((b, claim) => {
    if (recorded[claim] === 1 && b.score >= RECORD_SIBLING_SCORE) said.add(claim);
  });
  if (siblings.size === 0 || said.size === 0) return;
  const found: [number, Best][] = [];
  for (const [claim, b] of siblings) {
    if (best.has(claim) || said.size === (said.has(claim) ? 1 : 0)) continue;
    const others: [number, Best][] = [];
    for (const [c, other] of best) if (c !== claim && other.sentence === b.sentence) others.push([c, other]);
    if (ownEvidence(prepared, weight, claim, b, others) >= MIN_SHARED_TERMS) found.push([claim, b]);
  }
  for (const [claim, b] of found) best.set(claim, b);
}

/**
 * The parts of the sentence whose first unit is `units[first]` that are another's words or about
 * another (`othersPart`: "…, though rival Google offers credit card customers account
 * management"): their words are no evidence of the subject's statement. O(the sentence's units ×
 * their length), asked once per sentence holding a pair kept aside.
 */
function othersParts(paragraph: PageParagraph, first: number): Piece[] {
  const { text, mentions, units: all } = paragraph;
  const whole = all[first];
  const out: Piece[] = [];
  if (whole === undefined) return out;
  for (let i = first + 1; i < all.length; i++) {
    const u = all[i];
    if (u === undefined || u.sentence !== whole.sentence) break;
    if (othersPart(text, u.start, u.end, whole.start, mentions)) out.push(u);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A kept-aside pair's page unit terms less those of the sentence's parts that are another's
 * (`othersParts`): all of them where the unit is such a part, or lies inside one. O(the unit's terms).
 */
function ownTerms(unit: PageUnit, foreign: readonly Piece[]): readonly string[] {
  const { start, end } = unit.unit;
  if (!foreign.some((f) => f.start < end && f.end > start)) return unit.terms;
  const { spans } = unit.paragraph;
  const out: string[] = [];
  let from = start;
  for (const f of foreign) {
    if (f.end <= from || f.start >= end) continue;
    if (f.start > from) out.push(...sliceSpans(spans, from, f.start).terms);
    from = Math.max(from, f.end);
  }
  if (from < end) out.push(...sliceSpans(spans, from, end).terms);
  return out;
}

/**
 * The evidence a kept-aside pair shares with its claim unit that the claim units its sentence's
 * other matches reached do not hold: a sentence stating one part of a statement shares the
 * part's words with its neighbours ("will not use bank data for ads" and "no special
 * relationships … for ads"), where one stating two parts has words for each ("it is not asking
 * for transaction data, and linking an account is opt-in"). The page's words counted are those of
 * the pair's unit outside the parts about another ("…, though rival Google offers credit card
 * customers account management" held "no special relationships with banks and credit card
 * companies" beside the denial at 0.425, review S19a). O(the units' terms).
 */
function ownEvidence(
  prepared: PreparedStory,
  weight: Weights,
  claim: number,
  b: Best,
  others: readonly (readonly [number, Best])[],
): number {
  const termsOf = (c: number, units: ReadonlySet<number>): string[] =>
    [...units].flatMap((u) => prepared.story.claims[c]?.match[u]?.terms ?? []);
  const explained = new Set<string>();
  for (const [c, other] of others) for (const t of termsOf(c, other.units)) explained.add(t);
  const page = new Set(b.terms ?? []);
  let n = 0;
  for (const t of new Set(termsOf(claim, b.units)))
    if (page.has(t) && !explained.has(t) && weight(t) > INFORMATIVE) n += evidenceOf(t);
  return n;
}

/**
 * Whether a sentence of a paragraph speaks in the words of a name the story does
 * not know ("Google said it would not use the data for ads"): another company's words are not the
 * subject's statement, though they share its words. A sentence that speaks through a pronoun ("it
 * says", "she said") or no one may be the subject's; a person named alone ("Doe said …") is
 * another's, whatever role the page gave them (the tie to the subject's roles, session 19, was
 * built, reviewed twice and removed: each review found new wrong ties). Asked of the few pairs
 * kept aside, once per sentence.
 */
function anothersWords(text: string, mentions: readonly Mention[], sentence: Piece): boolean {
  const { start, end } = sentence;
  return speaksUnknown(text.slice(start, end), shiftedTo(mentionsWithin(mentions, start, end), start));
}

/** A paragraph's best match of a claim: the higher score, ties citing every claim unit that reached it. */
function keepBest(
  best: Map<number, Best>,
  claim: number,
  score: number,
  sentence: number,
  unit: number,
  terms?: readonly string[],
  aside = false,
  subjectsNews = false,
): void {
  const prev = best.get(claim);
  // A pair that counts wins over one kept aside, whatever their scores.
  const better =
    prev === undefined ||
    (prev.aside === true && !aside) ||
    ((prev.aside === true) === aside && score > prev.score);
  if (better) {
    const b: Best =
      terms === undefined
        ? { score, sentence, units: new Set([unit]) }
        : { score, sentence, units: new Set([unit]), terms };
    if (aside) b.aside = true;
    if (aside && subjectsNews) b.subjectsNews = true;
    best.set(claim, b);
  } else if (score === prev.score && (prev.aside === true) === aside) prev.units.add(unit);
}

/**
 * Whether the two informative terms a page unit shares with claim unit k tell a share move: a
 * direction among its event terms, and the stock ("The stock rose anyway."; "stock" itself may be
 * no event term where few claims tell a rise). "Advertising revenue rose" is no share move. A move is
 * whose stock and which way: the stock must be the subject's, named or pointed back at
 * (`subjectsStock`: "Stocks rose broadly on Monday" is the market's); the direction is checked
 * against the claim's (movement.ts). A name counts twice as evidence, but is one word.
 */
function movesInTwo(prepared: PreparedStory, k: number, unit: PageUnit, weight: Weights): boolean {
  const { terms } = unit;
  const claim = prepared.story.claims[prepared.claimOf[k] ?? -1];
  const claimTerms = claim?.match[prepared.unitOf[k] ?? -1]?.terms ?? [];
  const event = prepared.eventTerms[k] ?? [];
  let words = 0;
  let moves = false;
  for (const t of claimTerms) {
    if (weight(t) <= INFORMATIVE || !terms.includes(t)) continue;
    if (t.startsWith('@')) return false;
    if (isMovement(t)) moves ||= event.includes(t);
    else if (!isStock(t)) return false;
    words++;
  }
  return (
    moves &&
    words >= MIN_SHARED_IN_CONTEXT &&
    !movesOtherWay(prepared.directionOf[prepared.claimOf[k] ?? -1] ?? 0, terms) &&
    subjectsStock(unit, prepared.story.subject)
  );
}

/**
 * A light clause's unit k ("- and it's completely opt-in", of "messaging with a bank"), which no
 * score meets (`CARRIED`): kept aside in `weak` where the page unit states it (`statesCarried`),
 * the subject speaking its sentence, not refusing to and not in another's words, and the claim's
 * checks pass. Never toward recognition; on a page that has told the story. A page's clause says
 * more than the clause's few words ("linking a bank account to Messenger is entirely optional").
 */
function keepCarried(
  prepared: PreparedStory,
  k: number,
  unit: PageUnit,
  sentence: Piece,
  speakerBefore: string | null,
  weak: Map<number, Best>,
  weight: Weights,
): void {
  const { start, end } = unit.unit;
  const { text, mentions } = unit.paragraph;
  if (
    speaksAsSubject(prepared, mentions, sentence, unit.voices, speakerBefore) &&
    statesCarried(prepared, k, unit, sentence, weight) &&
    refusalOf(TO_SPEAK, text, start, end) < 0 &&
    statesClaim(prepared, k, unit, weight) &&
    !anothersWords(text, mentions, sentence)
  )
    keepBest(
      weak,
      prepared.claimOf[k] ?? -1,
      MIN_SCORE,
      unit.unit.sentence,
      prepared.unitOf[k] ?? -1,
      undefined,
      true,
    );
}

/**
 * Whether a page unit states a light clause's unit k: it holds each of the clause's own informative
 * terms but those of degree ("opt-in", not "completely": `isDegree`), and before it, as what the
 * clause is said of, one of the terms its antecedent carried in ("linking a bank account to
 * Messenger is entirely optional"; not "users can choose to stop getting bank ads"), one of them
 * not its head alone ("group messaging is optional" is no bank's). The event is not the
 * antecedent's complement's (just before it, the head not before that: "banks can choose whether
 * to join", where "messaging a bank is opt-in" is the antecedent itself), nor under a condition it
 * is no part of, in the sentence ("if banks agree, customers could choose"; "only if they choose
 * to" is the event itself).
 */
function statesCarried(
  prepared: PreparedStory,
  k: number,
  unit: PageUnit,
  sentence: Piece,
  weight: Weights,
): boolean {
  const m = prepared.story.claims[prepared.claimOf[k] ?? -1]?.match[prepared.unitOf[k] ?? -1];
  const carried = m?.carried ?? [];
  const { terms } = unit;
  let event = -1;
  for (const t of m?.terms ?? []) {
    if (weight(t) <= INFORMATIVE || carried.includes(t) || isDegree(t)) continue;
    const at = terms.indexOf(t);
    if (at < 0) return false;
    if (event < 0 || at < event) event = at;
  }
  if (event < 0) return false;
  const head = carried[0] ?? '';
  let headAt = -1;
  let other = false;
  for (let i = 0; i < event; i++) {
    const t = terms[i] ?? '';
    if (t === head) headAt = headAt < 0 ? i : headAt;
    else other ||= carried.includes(t);
  }
  if (!other) return false;
  const before = terms[event - 1] ?? '';
  if (before !== head && carried.includes(before) && (headAt < 0 || headAt >= event - 1)) return false;
  return !unit.paragraph.conditionOutside(sentence, unit.termOffset(event));
}

/**
 * A paragraph's matches in claim order, whatever order the pairs were scored in: the same page
 * always gives the same cards, ties included.
 */
function describe(prepared: PreparedStory, paragraph: number, best: Map<number, Best>): ParagraphMatch[] {
  const out: ParagraphMatch[] = [];
  for (const entry of [...best].sort((x, y) => x[0] - y[0])) {
    const claim = entry[0];
    const b = entry[1];
    const c = prepared.story.claims[claim];
    if (c === undefined) continue;
    out.push({
      paragraph,
      claimId: c.id,
      // Rounded down under MIN_SCORE: a pair that counts only beside another must not round up
      // to one that counts alone (recognise.ts leaves it out by its score).
      score: (b.score < MIN_SCORE ? Math.floor : Math.round)(Math.min(1, b.score) * 1000) / 1000,
      sentence: b.sentence,
      evidence: evidenceFor(c, b.units),
      ...(b.aside === true ? { aside: true } : {}),
      ...(b.subjectsNews === true ? { subjectsNews: true } : {}),
    });
  }
  return out;
}
