// The claim index: the one data contract between the build-time compiler (src/compiler/)
// and everything that runs in the browser. Plain data, JSON-serialisable.

export type ClaimKind = 'report' | 'statement' | 'response' | 'context';

export const CLAIM_KINDS: readonly ClaimKind[] = ['report', 'statement', 'response', 'context'];

export interface Outlet {
  id: string;
  name: string;
  aliases: string[];
  /** ISO date (YYYY-MM-DD) or date-time of this outlet's first report on the story, if known. */
  firstReport: string | null;
}

export interface Appearance {
  /** Seed file name, e.g. "001_ec7be9d70c6859db.txt". */
  seed: string;
  /** Exact text of the seed between start and end. */
  quote: string;
  start: number;
  end: number;
  /** Outlet the seed text credits for this sentence, or null when it credits none. */
  outlet: string | null;
  /**
   * The whole seed sentence, when the quote is a clause cut from it: a clause alone ("also a
   * place to buy and sell goods and services.") does not say which fact it supports.
   */
  sentence?: string;
}

export interface FirstReport {
  /** Outlet id, or null when the seeds cannot decide. */
  outlet: string | null;
  date: string | null;
  /**
   * How it was decided: an attribution in the text, the earliest dated seed, story.json's record
   * of the statement (who it was given to, when), or undecided.
   */
  basis: 'attribution' | 'earliest-seed' | 'statement-record' | 'undetermined';
  /** When undetermined: the earliest known appearance (seed file), so a reader can look. */
  earliestSeed: string | null;
}

/**
 * Precomputed matching data for one appearance sentence of a claim: its weighted concept
 * terms and word shingles, so the page only does lookups.
 */
export interface MatchSentence {
  /** Concept terms (normalised, stemmed, synonym-folded) of the sentence, distinct and sorted. */
  terms: string[];
  /**
   * The same terms in the sentence's own order, repeats kept, as indexes into `terms`: a page
   * unit may state a stretch of this order (src/matching/stretch.ts), which sorted terms lose.
   */
  order: number[];
  /** Hashes of 3-word shingles of the folded sentence, for verbatim copies. */
  shingles: number[];
  /** True when the sentence is negated ("not", "denied", ...): polarity must agree to match. */
  negated: boolean;
  /** Index of the claim's appearance this unit was cut from: the evidence for a match. */
  from: number;
  /**
   * For a light clause with its antecedent carried in (src/compiler/carried.ts: "- and it's
   * completely opt-in" of "messaging with a bank"), the terms only the antecedent gives, its head
   * first: a page states it with the clause's own event and one of these (src/matching/match.ts).
   */
  carried?: string[];
}

/**
 * A seed article as a reader may be told of it: its headline (from the seed text) and what
 * story.json records of it. Never its publisher: no seed records one, and the outlets a seed
 * credits ("according to the WSJ") are not the outlet that published it.
 */
export interface SourceArticle {
  /** Seed file name. */
  seed: string;
  /** The article's headline: its first line of article text (src/compiler/furniture.ts). */
  headline: string;
  /** Where the headline stands in the seed file, so it can be traced. */
  start: number;
  end: number;
  /** story.json's byline and date of the article, null where unknown. */
  byline: string | null;
  date: string | null;
}

/** A stretch of a seed file. */
export interface SeedSpan {
  seed: string;
  start: number;
  end: number;
}

export interface Claim {
  /** The hash of the claim's first appearance (src/compiler/claim-id.ts). */
  id: string;
  /**
   * The ids its other appearances would have as a claim's first, sorted; none is a claim's id.
   * An id an earlier build gave names the claim now holding that appearance, as its id or as
   * one of these, after seeds are added.
   */
  aliases: string[];
  /** The claim's wording, made by the compiler from the seed text of `textSource`. */
  text: string;
  /** The seed spans the wording was made from: the clause, and the actor's name where one was added. */
  textSource: SeedSpan[];
  kind: ClaimKind;
  /**
   * On a context claim every seed carries with a mark of its writer's opinion (compiler/commentary.ts):
   * kept for the record, never matched on a page. Else absent.
   */
  commentary?: true;
  /** Who says it: the subject for statements, the answering party for responses, else null. */
  speaker: string | null;
  appearances: Appearance[];
  firstReport: FirstReport;
  /** Outlet ids credited anywhere for this claim, first reporter first, then by their first report's date. */
  outlets: string[];
  /** For statements and responses: who said it, to which outlet (id) and when, where known. */
  said?: { by: string; to: string | null; date: string | null };
  /** Ids of the subject's statements that answer this claim (reports only). */
  answeredBy: string[];
  match: MatchSentence[];
}

export interface StatementInfo {
  /** Claim id of the statement in the index. */
  claimId: string;
  quote: string;
  date: string | null;
  /** Outlet id the statement was given to, if known. */
  to: string | null;
  /** On the one statement story.json marks primary, the subject's main answer to the story; else absent. */
  primary?: true;
}

/** A named party: the subject, or another party whose answers are responses. */
export interface Party {
  name: string;
  aliases: string[];
}

/** What story.json says of a story that the index carries as it is (story.json adds its seeds and statement records). */
export interface StoryFacts {
  id: string;
  title: string;
  summary: string;
  /** ISO date the story broke. */
  broke: string;
  /** Outlet id that broke the story. */
  brokeBy: string;
  subject: Party;
  /** Other named parties (the banks), whose answers are responses. */
  parties: Party[];
  outlets: Outlet[];
}

export interface Story extends StoryFacts {
  /** The seed articles, in file-name order: every appearance's seed is one of them. */
  sources: SourceArticle[];
  /** The subject's official statements, as quoted in story.json and resolved to claims. */
  statements: StatementInfo[];
  claims: Claim[];
  /** Gate signature: rare terms that together mark a page as about this story. */
  gate: GateSignature;
  /**
   * The matcher's tables over the claims' units, made by the compiler (src/matching/prepare.ts,
   * `lookupTables`, with the engine's weights) so that a background's first page need not.
   */
  lookup?: StoryLookup;
}

/**
 * The layout of `StoryLookup` and the rules that fill it (`lookupTables`): raised whenever either
 * changes, so that tables an older build wrote are made again by the engine, not misread. A test
 * (test/unit/matching/tables.test.ts) holds the fields beside this number and fails when one
 * changes without the other.
 */
export const LOOKUP_FORMAT = 2;

/** See `Story.lookup`. Claim units are numbered claim by claim, each claim's in order. */
export interface StoryLookup {
  /** The LOOKUP_FORMAT the tables were made with; the engine ignores tables of another. */
  format: number;
  /** Every term of the claims' units, numbered. */
  terms: string[];
  /** How many of the story's claims carry each term, by number. */
  claimsWith: number[];
  /** Each term's claim units in the index, by number: its commonest terms a unit leaves out. */
  postings: number[][];
  /** Each claim unit's terms left out of `postings`, by number. */
  unindexed: number[][];
  /** Each claim unit's weight (fixed). */
  weightOf: number[];
  /** Each claim unit's event terms, by number. */
  event: number[][];
  /** Which way each claim says a share price moved (movement.ts's `directionOf`): 1, -1 or 0. */
  direction: number[];
  /** The words that make a name one of the parties' kind ("Bank"; speakers.ts's `partyHeads`). */
  partyHeads: string[];
}

export interface GateSignature {
  /**
   * What the cheap pre-check looks for in the page's text, one of each group: lowercase
   * substrings, found anywhere (src/gate/gate.ts), not the matcher's terms. The first group is the
   * subject's name; the others are lowercase stems of the words of the concepts every seed shares
   * ("inform" finds "information", "card issu" finds "card issuers").
   */
  anchors: string[][];
  /** What may stand for the subject's name (the first anchor) on a page that names no subject. */
  descriptions: string[];
}

export interface ClaimIndex {
  version: 1;
  /** Checksum of stories and weights, set at build time, checked at start-up (src/model/validate.ts). */
  checksum: string;
  /** Inverse document frequency of concept terms over all seed sentences, shared by all stories. */
  idf: Record<string, number>;
  /** Weight given to a term the index has never seen. */
  unknownIdf: number;
  stories: Story[];
}

/** What the content script bundles: each story's cheap pre-check anchors, nothing else. */
export interface GateFile {
  stories: { id: string; anchors: string[][]; descriptions: string[] }[];
}
