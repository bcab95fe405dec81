// The index as CSV, one row per claim, for a reader's spreadsheet: RFC 4180 quoting, so commas,
// quotes and line breaks in the seed text survive, and formula-like cells defused (a cell that
// starts with = + - @ is read as a formula by spreadsheet programs).

import type { ClaimIndex } from '../model/types.ts';
import { describeClaim, provenanceLine } from './describe.ts';

export const CSV_COLUMNS = [
  'story',
  'claim',
  'kind',
  'text',
  'first_outlet',
  'first_date',
  'provenance',
  'other_outlets',
  'answered_by',
  'appearances',
] as const;

export function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
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
        claim.kind,
        claim.text,
        v.firstOutlet ?? '',
        v.firstDate ?? '',
        provenanceLine(v),
        v.otherOutlets.join('; '),
        claim.answeredBy.join('; '),
        String(claim.appearances.length),
      ]);
    }
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
