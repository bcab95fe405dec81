// Backstory's messages, one contract per sender (src/extension/contract.ts sends and receives
// them): each name with its request and its reply, the wire types they carry, and the run-time
// check of each request's fields, since whatever arrives is untrusted until it passes.

import type { Shapes } from './contract.ts';
import type { ClaimView, PageView } from '../view/describe.ts';
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
  match: { request: { ids: string[]; paragraphs: string[] }; reply: PageView | null };
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

export type TabStatus = 'analysing' | 'no-story' | 'story';

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
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

type Fields = Record<string, unknown>;
const isObj = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStr = (v: unknown, max = 4096): v is string => typeof v === 'string' && v.length <= max;
const isList = (v: unknown, max: number, item: (x: unknown) => boolean): boolean =>
  Array.isArray(v) && v.length <= max && v.every(item);
const STATUSES: readonly string[] = ['analysing', 'no-story', 'story'];
/** A page cannot hold more claims than this; anything bigger is not Backstory's. */
const MAX_CLAIMS = 2000;

const isIds = (v: unknown): boolean => isList(v, 64, (x) => isStr(x, 128));

function isArticle(v: unknown): v is string[] {
  if (!Array.isArray(v) || v.length > MAX_PARAGRAPHS) return false;
  let chars = 0;
  for (const p of v) {
    if (!isStr(p, MAX_PARAGRAPH_CHARS)) return false;
    chars += p.length;
  }
  return chars <= MAX_ARTICLE_CHARS;
}

const isWhy = (v: unknown): boolean =>
  v === null ||
  (isObj(v) && isStr(v.seed, 256) && isStr(v.quote, 4096) && (v.outlet === null || isStr(v.outlet, 256)));

const isFound = (v: unknown): boolean =>
  isObj(v) &&
  isInt(v.paragraph) &&
  isStr(v.claimId, 64) &&
  typeof v.score === 'number' &&
  Number.isFinite(v.score) &&
  isWhy(v.why);

const isClaimView = (v: unknown): v is ClaimView =>
  isObj(v) && isStr(v.id, 64) && isStr(v.text) && isStr(v.kind, 32) && Array.isArray(v.answers);

const isPageView = (v: unknown): v is PageView =>
  isObj(v) &&
  isStr(v.storyId, 128) &&
  isStr(v.title) &&
  isStr(v.subject) &&
  isStr(v.broke, 64) &&
  (v.brokeBy === null || isStr(v.brokeBy)) &&
  isInt(v.paragraphs) &&
  isList(v.claims, MAX_CLAIMS, isFound) &&
  isList(v.views, MAX_CLAIMS, isClaimView);

/** Checks a tab's result read back from storage (it may be from an older version). */
export const isTabResult = (v: unknown): v is TabResult =>
  isObj(v) &&
  isStr(v.url, 8192) &&
  isStr(v.status) &&
  STATUSES.includes(v.status) &&
  (v.view === null || isPageView(v.view)) &&
  typeof v.overlay === 'boolean';

export const CONTENT_SHAPES: Shapes<ContentContract> = {
  'gate-passed': () => true,
  'no-story': () => true,
  match: (m: Fields) => isIds(m.ids) && isArticle(m.paragraphs),
  overlay: (m: Fields) => typeof m.shown === 'boolean',
  'open-story': (m: Fields) => m.claimId === null || isStr(m.claimId, 64),
};

export const EXTENSION_PAGE_SHAPES: Shapes<ExtensionPageContract> = {
  'get-tab': (m: Fields) => isInt(m.tabId),
  'followed-stories': () => true,
  'analyse-tab': (m: Fields) => isInt(m.tabId),
  'focus-claim': (m: Fields) => isInt(m.tabId) && isInt(m.paragraph) && isStr(m.claimId, 64),
};

export const TAB_SHAPES: Shapes<TabContract> = {
  'focus-claim': (m: Fields) => isInt(m.paragraph) && isStr(m.claimId, 64),
  'describe-overlay': () => true,
};
