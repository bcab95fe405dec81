// Is this page about a story? Decided after matching, on how much of the story the page states
// against how long it is: a long page on a nearby topic meets a few claims by chance, a short
// story page states only a few. The cheap test before matching is src/gate/gate.ts.

import type { ParagraphMatch } from './match.ts';
import { MIN_SCORE } from './score.ts';
import type { Story } from '../model/types.ts';

/** Least number of distinct claims: one claim alone may be a passing mention. */
export const MIN_CLAIMS = 3;
/** Least number of words in the lines the story's claims are found in: more than a headline. */
export const MIN_EVIDENCE_WORDS = 20;
/** Minimum strongest single match: at least one paragraph must state a claim clearly. */
export const MIN_BEST_SCORE = 0.6;
/**
 * A page shorter than this (about 500 words: a brief, a newsletter item) states only a few of
 * the story's claims: two suffice, the best at MIN_SHORT_BEST.
 */
export const SHORT_PAGE_CHARS = 3000;
export const MIN_SHORT_CLAIMS = 2;
export const MIN_SHORT_BEST = 0.5;
/** Summed score of the distinct claims a page of LONG_PAGE_CHARS or more must reach. */
export const MIN_TOTAL_SCORE = 1.5;
/**
 * Least summed score, on a short page: above the most any near-topic page of the dev sets
 * reaches, whole or cut to its first 100 words (0.89, over two claims).
 */
export const MIN_SHORT_TOTAL = 1.0;
/** The length (characters) from which a page must carry the full total: about 1,000 words. */
export const LONG_PAGE_CHARS = 6000;

export interface Recognition {
  recognised: boolean;
  /** Sum over distinct claims of their best match score. */
  score: number;
  claims: number;
}

/**
 * The total a page of this length must reach: chance matches on a page about something else grow
 * with its length, so the bar grows as the square root of it, from MIN_SHORT_TOTAL to
 * MIN_TOTAL_SCORE.
 */
export const requiredTotal = (pageChars: number): number =>
  Math.min(
    MIN_TOTAL_SCORE,
    Math.max(MIN_SHORT_TOTAL, MIN_TOTAL_SCORE * Math.sqrt(pageChars / LONG_PAGE_CHARS)),
  );

/**
 * Recognises the page from its matches. `paragraphs`: the page's lines, as matched (their
 * lengths count, not their text).
 */
export function recognise(
  story: Story,
  found: readonly ParagraphMatch[],
  paragraphs: readonly string[],
): Recognition {
  // A pair under MIN_SCORE (another part of the subject's recorded statement, match.ts) exists
  // only because the page stated a part strongly: counted here, it would be that part's second
  // claim, and a page quoting the denial beside another company's words would be about the story.
  // A pair that may belong to another story as well (`aside`, match.ts: a report recalled as the
  // setting of other news; "Facebook denied the report.", which may deny any report) does not
  // count, but for a recalled report whose sentence's news is the subject's (`subjectsNews`) on a
  // page that gives the subject's own answer, its primary statement, in a pair that counts: a
  // market brief's "Facebook (NASDAQ:FB) +3.5% after a WSJ report that …" beside "Facebook
  // pushes back, saying it isn't actively requesting transaction records." tells the story, where
  // another company's news after the report ("Amazon is in talks with JPMorgan, weeks after a
  // report that …") stays a passing mention whatever the page quotes.
  const primary = story.statements.find((s) => s.primary === true)?.claimId;
  const answered =
    primary !== undefined &&
    found.some((m) => m.claimId === primary && m.score >= MIN_SCORE && m.aside !== true);
  const matches = found.filter(
    (m) => m.score >= MIN_SCORE && (m.aside !== true || (answered && m.subjectsNews === true)),
  );
  const best = new Map<string, number>();
  for (const m of matches) best.set(m.claimId, Math.max(best.get(m.claimId) ?? 0, m.score));
  const kinds = new Map(story.claims.map((c) => [c.id, c.kind]));
  let pageChars = 0;
  for (const p of paragraphs) pageChars += p.length;
  // A headline or a pull quote alone never makes a page about the story: the few words it shares
  // with two claims are a coincidence unless a line of some length states them too.
  const lines = new Set(matches.filter((m) => kinds.get(m.claimId) !== 'context').map((m) => m.paragraph));
  // Counted only up to the least that recognises: a story page's lines hold hundreds of words,
  // each an expression's match in a first page's unoptimised loop (1,136 on the 2,000-word page).
  let evidenceWords = 0;
  for (const i of lines) {
    if (evidenceWords >= MIN_EVIDENCE_WORDS) break;
    evidenceWords += wordCount(paragraphs[i] ?? '', MIN_EVIDENCE_WORDS - evidenceWords);
  }
  // Context claims (Cambridge Analytica, share prices) are shared with neighbouring stories: they
  // never make a page about this one on their own.
  // Entries read by index, not destructured: unoptimised code takes `([id, v])` apart through an
  // array iterator at each call, and a first page meets this before the engine is optimised.
  const core = [...best.entries()].filter((e) => kinds.get(e[0]) !== 'context');
  const score = Math.round(core.reduce((s, e) => s + e[1], 0) * 1000) / 1000;
  const strongest = Math.max(0, ...core.map((e) => e[1]));
  const short = pageChars < SHORT_PAGE_CHARS;
  return {
    recognised:
      evidenceWords >= MIN_EVIDENCE_WORDS &&
      core.length >= (short ? MIN_SHORT_CLAIMS : MIN_CLAIMS) &&
      strongest >= (short ? MIN_SHORT_BEST : MIN_BEST_SCORE) &&
      score >= requiredTotal(pageChars),
    score,
    claims: core.length,
  };
}

/** The words of a text, up to `atMost`. */
function wordCount(text: string, atMost: number): number {
  let n = 0;
  const words = /\S+/g;
  while (n < atMost && words.exec(text) !== null) n++;
  return n;
}
