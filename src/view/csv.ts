// The index as CSV, one row per claim, for a reader's spreadsheet: RFC 4180 quoting, so commas,
// quotes and line breaks in the seed text survive, and formula-like cells defused (a cell that
// starts with = + - @ is read as a formula by spreadsheet programs).

import type { Claim, ClaimIndex, Story } from '../model/types.ts';
import { describeClaim, outletName, provenanceLine } from './describe.ts';
import { kindInTable } from './kinds.ts';
import { appearancesByArticle } from './story.ts';

/**
 * One row per claim. `credited_outlets`: the outlets the source articles' text credits for it
 * ("according to the WSJ"), never the articles' publishers, which no seed records; a statement's
 * outlet from story.json's record is in `provenance`, not here unless an article credits it.
 * `kind`: "context (commentary)" for a source's own view, which no page is matched to.
 * `articles`: each source article the claim is quoted from, by headline and date (`appearances`
 * counts its quotes, which may be several in one article).
 */
export const CSV_COLUMNS = [
  'story',
  'claim',
  'kind',
  'text',
  'first_outlet',
  'first_date',
  'provenance',
  'credited_outlets',
  'answered_by',
  'appearances',
  'articles',
] as const;

export function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The outlets the claim's passages credit, by name, in the claim's order of outlets (by first report). */
function creditedOutlets(story: Story, claim: Claim): string[] {
  const credited = new Set(claim.appearances.map((a) => a.outlet));
  return claim.outlets.filter((o) => credited.has(o)).map((o) => outletName(story, o) ?? o);
}

/** “Headline” (2018-08-08), or (date not given): an ISO date, as `first_date` has. */
function articles(story: Story, claim: Claim): string {
  return appearancesByArticle(story, claim)
    .map(({ article }) =>
      article === null ? 'a source article' : `“${article.headline}” (${article.date ?? 'date not given'})`,
    )
    .join('; ');
}

export function toCsv(index: ClaimIndex): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const story of index.stories) {
    for (const claim of story.claims) {
      const v = describeClaim(story, claim.id);
      if (v === null) continue;
      rows.push([
        story.id,
        claim.id,
        kindInTable(claim),
        claim.text,
        v.firstOutlet ?? '',
        v.firstDate ?? '',
        provenanceLine(v),
        creditedOutlets(story, claim).join('; '),
        claim.answeredBy.join('; '),
        String(claim.appearances.length),
        articles(story, claim),
      ]);
    }
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
