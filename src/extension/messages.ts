// Backstory's messages, one contract per sender (src/extension/contract.ts sends and receives
// them): each name with its request and its reply, the wire types they carry, and the run-time
// check of each request's fields, since whatever arrives is untrusted until it passes.

import type { Shapes } from './contract.ts';
import {
  isBool,
  isInt,
  isNum,
  isStr,
  list,
  MAX_STORY_ID_CHARS,
  nullable,
  oneOf,
  optional,
  record,
  str,
  type Check,
} from '../model/guards.ts';
import { CLAIM_KINDS } from '../model/types.ts';
import type { AnswerView, ArticleView, ClaimView, FoundClaim, PageView } from '../view/describe.ts';
import type { HeadlineLines } from '../view/numbering.ts';
import { MAX_ARTICLE_CHARS, MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS } from '../pipeline/bounds.ts';

/** A request with nothing in it but its name. */
type Nothing = Record<never, never>;

/** Content script → background. The tab and its address are the sender's. */
export type ContentContract = {
  /** The cheap gate found a story's anchors: run the full script in this tab. */
  'gate-passed': { request: Nothing; reply: true };
  /** The gate found no story's anchors on this page: what the background cannot know itself. */
  'no-story': { request: Nothing; reply: true };
  /**
   * Match the article's paragraphs (extraction order) against these stories, which the gate
   * let through. The background keeps the result as the tab's, and answers with the page's view,
   * or null on a page it does not recognise.
   */
  match: {
    /**
     * `headline`: which of the paragraphs are the page's headline (its title's h1,
     * src/page/headline.ts; several lines where a <br> breaks it), where the page reader found one:
     * the popup then says "Headline" for them, and counts the body from 1 below them.
     */
    request: { ids: string[]; paragraphs: string[]; headline?: HeadlineLines };
    reply: PageView | null;
  };
  /** Whether the overlay is drawn (false when the reader turned it off): only the page knows. */
  overlay: { request: { shown: boolean }; reply: true };
  /**
   * A card's link: open the full story page at this claim (null: at its top), which a page may
   * not open itself (it is the extension's).
   */
  'open-story': { request: { claimId: string | null }; reply: true };
};

/** Extension pages (popup, story page) → background. */
export type ExtensionPageContract = {
  'get-tab': { request: { tabId: number }; reply: TabResult | null };
  /** The stories Backstory follows, for a page that is about none of them to name them. */
  'followed-stories': { request: Nothing; reply: FollowedStory[] };
  /** Run the content script in a tab that loaded before Backstory could read its site. */
  'analyse-tab': { request: { tabId: number }; reply: true };
  /** Open a claim's card in the tab; the reply is whether the tab had it. */
  'focus-claim': { request: { tabId: number; paragraph: number; claimId: string }; reply: boolean };
};

/** Background or an extension page → the content script of a tab. */
export type TabContract = {
  'focus-claim': { request: { paragraph: number; claimId: string }; reply: boolean };
  /** Focus to the overlay's legend (the keyboard shortcut); the reply is whether the page draws one. */
  'focus-legend': { request: Nothing; reply: boolean };
  /** What the overlay shows, read back from its shadow root (the tests' window into a closed root). */
  'describe-overlay': { request: Nothing; reply: OverlayState | null };
};

/** A story of the index by its title and the day it broke: what a reader needs to recognise it. */
export interface FollowedStory {
  title: string;
  /** ISO date the story broke. */
  broke: string;
  /** Whom the story is about ("Facebook"). */
  subject: string;
}

const STATUSES = ['analysing', 'no-story', 'story'] as const;
export type TabStatus = (typeof STATUSES)[number];

/** What the background knows of a tab, kept in storage.session: it matched the page itself. */
export interface TabResult {
  url: string;
  status: TabStatus;
  /** The page's claims and how each reads, when it is about a story. */
  view: PageView | null;
  /** Whether the overlay is drawn, as the page last said. */
  overlay: boolean;
}

/** The overlay as rendered: markers, the open card's text, which marker has focus. */
export interface OverlayState {
  markers: { paragraph: number; label: string; expanded: boolean; kind: string; rect: Box }[];
  card: { paragraph: number; heading: string; text: string; rect: Box } | null;
  /** Where each marked paragraph is on screen. */
  paragraphs: { paragraph: number; rect: Box }[];
  /** The marker that has focus, and the text of whatever in the overlay has it. */
  focused: number | null;
  focusedText: string | null;
  legend: { text: string; rect: Box } | null;
  /** How many times the overlay has looked for what the page draws over its markers. */
  looks: number;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A claim id as a page or an extension page sends it (a card's link, a marker to focus). What a
 * page sends is bounded before it is used; 64 refuses no id the build makes, which is `c` and a
 * 32-bit hash in base 36, 8 characters at most (src/compiler/claim-id.ts).
 */
const claimId = str(64);

const paragraph = str(MAX_PARAGRAPH_CHARS);

/** The page's paragraphs: each bounded, and all of them together. O(paragraphs). */
function isArticle(v: unknown): v is string[] {
  if (!Array.isArray(v) || v.length > MAX_PARAGRAPHS) return false;
  let chars = 0;
  for (const p of v) {
    if (!paragraph(p)) return false;
    chars += p.length;
  }
  return chars <= MAX_ARTICLE_CHARS;
}

// A tab's stored result is the background's own record (no page writes storage.session): the
// tab's address as the browser gives it, and the index's own text. The build bounds neither a
// statement's quote nor a name, nor the browser an address, so the stored fields are checked for
// their type and shape, not their length: a bound here would refuse a result the background wrote,
// and the popup would stay on "Not analysed yet" however often the page was matched again.
const each = <T>(item: Check<T>): Check<T[]> => list(Number.POSITIVE_INFINITY, item);

const isSourceArticle = record<ArticleView>({
  headline: isStr,
  date: nullable(isStr),
  byline: nullable(isStr),
});

/**
 * The headline's lines: both ends checked, a first line within a page's bound and at least one
 * line, none past the bound (the pipeline also ends it at the page's last line).
 */
const isHeadlineLines = (v: unknown): v is HeadlineLines =>
  record<HeadlineLines>({ first: isInt, count: isInt })(v) &&
  v.count >= 1 &&
  v.first + v.count <= MAX_PARAGRAPHS;

const isFound = record<FoundClaim>({
  paragraph: isInt,
  claimId: isStr,
  score: isNum,
  why: nullable(
    record<NonNullable<FoundClaim['why']>>({
      seed: isStr,
      quote: isStr,
      outlet: nullable(isStr),
      article: nullable(isSourceArticle),
      inHeadline: isBool,
    }),
  ),
});

const isAnswer = record<AnswerView>({
  claimId: isStr,
  text: isStr,
  quote: isStr,
  date: nullable(isStr),
  to: nullable(isStr),
  official: isBool,
  primary: optional(isBool),
});

/** Every field the popup reads: a stored view that lacks one (an older version's) is dropped whole. */
const isClaimView = record<ClaimView>({
  id: isStr,
  text: isStr,
  kind: oneOf(CLAIM_KINDS),
  firstOutlet: nullable(isStr),
  firstDate: nullable(isStr),
  basis: isStr,
  otherOutlets: each(isStr),
  firstCredited: isBool,
  said: nullable(
    record<NonNullable<ClaimView['said']>>({
      by: isStr,
      to: nullable(isStr),
      date: nullable(isStr),
      official: optional(isBool),
    }),
  ),
  answers: each(isAnswer),
});

const isPageView = record<PageView>({
  storyId: isStr,
  title: isStr,
  subject: isStr,
  broke: isStr,
  brokeBy: nullable(isStr),
  paragraphs: isInt,
  claims: each(isFound),
  views: each(isClaimView),
  // Absent from a view an older version stored: that view is still shown, without the story's answer.
  answer: optional(nullable(isAnswer)),
  // Absent from a view an older version stored: its paragraphs are then all numbered. A single
  // number (a version before the headline's lines) is dropped: the popup then reads the page again.
  headline: optional(nullable(isHeadlineLines)),
});

/** Checks a tab's result read back from storage (it may be from an older version). */
export const isTabResult = record<TabResult>({
  url: isStr,
  status: oneOf(STATUSES),
  view: nullable(isPageView),
  overlay: isBool,
});

export const CONTENT_SHAPES: Shapes<ContentContract> = {
  'gate-passed': {},
  'no-story': {},
  match: {
    ids: list(64, str(MAX_STORY_ID_CHARS)),
    paragraphs: isArticle,
    headline: optional(isHeadlineLines),
  },
  overlay: { shown: isBool },
  'open-story': { claimId: nullable(claimId) },
};

export const EXTENSION_PAGE_SHAPES: Shapes<ExtensionPageContract> = {
  'get-tab': { tabId: isInt },
  'followed-stories': {},
  'analyse-tab': { tabId: isInt },
  'focus-claim': { tabId: isInt, paragraph: isInt, claimId },
};

export const TAB_SHAPES: Shapes<TabContract> = {
  'focus-claim': { paragraph: isInt, claimId },
  'focus-legend': {},
  'describe-overlay': {},
};
