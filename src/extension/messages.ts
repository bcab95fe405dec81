// The one message protocol between Backstory's parts: a discriminated union per direction,
// a runtime shape check for each, and results that carry errors as values, never as throws.

export type TabStatus = 'analysing' | 'no-story' | 'story' | 'error';

/** One claim found on a page: where (paragraph in extraction order) and how sure. */
export interface FoundClaim {
  paragraph: number;
  claimId: string;
  score: number;
}

/** What the content script learned about its page; kept per tab by the background. */
export interface PageReport {
  url: string;
  status: TabStatus;
  storyId: string | null;
  claims: FoundClaim[];
  /** Whether the overlay is drawn (false when the reader turned it off). */
  overlay: boolean;
}

/** Content script → background. */
export type ContentMessage =
  | { type: 'page-report'; report: PageReport }
  /** The cheap gate found a story's anchors: run the full script in this tab. */
  | { type: 'gate-passed'; ids: string[] }
  /**
   * Match the article's paragraphs (extraction order) against these stories, which the cheap
   * gate let through. The background holds the index and answers with a PageView (where each
   * claim was found, and each found claim as the reader sees it), or null on a page it does not
   * recognise.
   */
  | { type: 'match'; ids: string[]; paragraphs: string[] };

/**
 * What a page may send to be matched. No paragraph of news copy is as long as MAX_PARAGRAPH_CHARS
 * (about 1,600 words): a block that is (a dump, a transcript, text never broken into paragraphs)
 * is left unread, since matching it would be one long task however the work is sliced. A 10 MB
 * page is read to MAX_PARAGRAPHS or MAX_ARTICLE_CHARS only.
 */
export const MAX_PARAGRAPHS = 600;
export const MAX_ARTICLE_CHARS = 400_000;
export const MAX_PARAGRAPH_CHARS = 10_000;

/** Extension pages (popup, story page) → background. */
export type PageMessage =
  | { type: 'get-tab'; tabId: number }
  /** Run the content script in a tab that loaded before Backstory could read its site. */
  | { type: 'analyse-tab'; tabId: number }
  | { type: 'focus-claim'; tabId: number; paragraph: number; claimId: string };

/** Background or an extension page → content script. */
export type TabMessage =
  | { type: 'focus-claim'; paragraph: number; claimId: string }
  /** What the overlay shows, read back from its shadow root (the tests' window into a closed root). */
  | { type: 'describe-overlay' };

/** The overlay as rendered: markers, the open card's text, which marker has focus. */
export interface OverlayState {
  markers: { paragraph: number; label: string; expanded: boolean; kind: string }[];
  card: { paragraph: number; text: string; rect: Box } | null;
  /** Where each marked paragraph is on screen. */
  paragraphs: { paragraph: number; rect: Box }[];
  focused: number | null;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: string): Result<never> => ({ ok: false, error });

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStr = (v: unknown, max = 4096): v is string => typeof v === 'string' && v.length <= max;
const STATUSES: readonly string[] = ['analysing', 'no-story', 'story', 'error'];
/** A page cannot hold more claims than this; anything bigger is not from our content script. */
const MAX_CLAIMS = 2000;

function isFoundClaim(v: unknown): v is FoundClaim {
  return (
    isObj(v) &&
    isInt(v.paragraph) &&
    isStr(v.claimId, 64) &&
    typeof v.score === 'number' &&
    Number.isFinite(v.score)
  );
}

export function isPageReport(v: unknown): v is PageReport {
  return (
    isObj(v) &&
    isStr(v.url, 8192) &&
    isStr(v.status) &&
    STATUSES.includes(v.status) &&
    (v.storyId === null || isStr(v.storyId, 128)) &&
    Array.isArray(v.claims) &&
    v.claims.length <= MAX_CLAIMS &&
    v.claims.every(isFoundClaim) &&
    typeof v.overlay === 'boolean'
  );
}

const isIds = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= 64 && v.every((x) => isStr(x, 128));

function isArticle(v: unknown): v is string[] {
  if (!Array.isArray(v) || v.length > MAX_PARAGRAPHS) return false;
  let chars = 0;
  for (const p of v) {
    if (!isStr(p, MAX_PARAGRAPH_CHARS)) return false;
    chars += p.length;
  }
  return chars <= MAX_ARTICLE_CHARS;
}

export function isContentMessage(v: unknown): v is ContentMessage {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'page-report':
      return isPageReport(v.report);
    case 'gate-passed':
      return isIds(v.ids);
    case 'match':
      return isIds(v.ids) && isArticle(v.paragraphs);
    default:
      return false;
  }
}

export function isPageMessage(v: unknown): v is PageMessage {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'get-tab':
    case 'analyse-tab':
      return isInt(v.tabId);
    case 'focus-claim':
      return isInt(v.tabId) && isInt(v.paragraph) && isStr(v.claimId, 64);
    default:
      return false;
  }
}

export function isTabMessage(v: unknown): v is TabMessage {
  if (!isObj(v)) return false;
  if (v.type === 'describe-overlay') return true;
  return v.type === 'focus-claim' && isInt(v.paragraph) && isStr(v.claimId, 64);
}
