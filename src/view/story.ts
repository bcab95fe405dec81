// The full story page's model: the outlets' timeline, and the claims a reader's search and kind
// filter leave. Pure, so the page and its tests read the same answers.

import type { Appearance, Claim, ClaimKind, Story } from '../model/types.ts';
import { articleOf, outletName, type ArticleView } from './describe.ts';
import { reportTimeOrder } from '../text/calendar.ts';
import { fold } from '../text/fold.ts';

export interface TimelineEntry {
  id: string;
  name: string;
  /** ISO date or date-time of the outlet's first report, or null when unknown. */
  date: string | null;
  /** Reports the index credits to this outlet first. */
  first: number;
}

/**
 * Outlets in the order they first reported (reportTimeOrder in src/text/calendar.ts: instants, a
 * day without a time at its middle), unknown dates last; outlets of the same moment by name, then
 * id: a total order, so every browser lists them alike whatever order story.json gives them in.
 */
export function timeline(story: Story): TimelineEntry[] {
  const firsts = new Map<string, number>();
  // Only reports: a statement given to an outlet is the subject's word, not the outlet's first
  // report (the popup says so too; review 22 finding 1: AFP was shown 4 of Facebook's statements,
  // dated 6 Aug, as its own first reports of 7 Aug).
  for (const c of story.claims) {
    if (c.kind !== 'report') continue;
    const o = c.firstReport.outlet;
    if (o !== null) firsts.set(o, (firsts.get(o) ?? 0) + 1);
  }
  return story.outlets
    .map((o) => ({ id: o.id, name: o.name, date: o.firstReport, first: firsts.get(o.id) ?? 0 }))
    .sort((a, b) => reportTimeOrder(a.date, b.date) || compare(a.name, b.name) || compare(a.id, b.id));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Case and accents do not count in a search, nor quotes, dashes or spacing: the text is folded as
 * the matcher folds it (src/text/fold.ts), then its accents dropped.
 */
const searchKey = (text: string): string =>
  fold(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The claims of these kinds whose wording, or any seed quote of which, holds every word of the
 * query. O(claims × their text) per keystroke: a story's index is a few hundred claims at most.
 */
export function filterClaims(story: Story, query: string, kinds: ReadonlySet<ClaimKind>): Claim[] {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  return story.claims.filter((c) => {
    if (!kinds.has(c.kind)) return false;
    if (words.length === 0) return true;
    const haystack = searchKey([c.text, ...c.appearances.map((a) => a.quote)].join('\n'));
    return words.every((w) => haystack.includes(w));
  });
}

/** The claim a link names by its id or by one of its aliases (an id an earlier build gave). */
export const claimNamed = (story: Story, id: string): Claim | undefined =>
  story.claims.find((c) => c.id === id || c.aliases.includes(id));

/** The quotes of a claim from one source article, as the story page lists them. */
export interface ArticleQuotes {
  seed: string;
  article: ArticleView | null;
  /** Each quote with the outlet it credits, by name (null: none), in the article's order. */
  quotes: { quote: string; start: number; outlet: string | null }[];
}

/**
 * A claim's appearances gathered by the article they are from, articles in the story's order
 * (their file names'): one article quoted twice is one entry, so "5 source articles" counts
 * articles, not quotes.
 */
export function appearancesByArticle(story: Story, claim: Claim): ArticleQuotes[] {
  const by = new Map<string, Appearance[]>();
  for (const a of claim.appearances) by.set(a.seed, [...(by.get(a.seed) ?? []), a]);
  const order = (seed: string): number => story.sources.findIndex((s) => s.seed === seed);
  return [...by]
    .sort(([a], [b]) => order(a) - order(b) || compare(a, b))
    .map(([seed, list]) => {
      const article = articleOf(story, seed);
      return {
        seed,
        article,
        quotes: [...list]
          .sort((a, b) => a.start - b.start)
          .map((a) => ({ quote: a.quote, start: a.start, outlet: outletName(story, a.outlet) })),
      };
    });
}
