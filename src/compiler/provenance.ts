// Step: who reported a claim first, and who repeated it, from the outlets its pieces credit and
// the dates story.json gives.

import type { FirstReport } from '../model/types.ts';
import { compareReportTimes } from '../text/calendar.ts';
import type { StatementRecord, StoryFile } from './story-file.ts';

interface Credited {
  seed: string;
  outlets: readonly string[];
}

export function firstReport(story: StoryFile, items: readonly Credited[]): FirstReport {
  const credited = [...new Set(items.flatMap((s) => s.outlets))];
  const dateOf = (id: string): string | null => story.outlets.find((o) => o.id === id)?.firstReport ?? null;
  if (credited.length > 0) {
    const dated = credited
      .filter((o) => dateOf(o) !== null)
      .sort((a, b) => compareReportTimes(dateOf(a), dateOf(b)));
    const first = dated[0] ?? (credited.length === 1 ? credited[0] : undefined);
    // Two credited outlets first reporting at one moment, or a day and a time on it: the seeds do
    // not say which came first.
    const tied = dated.length > 1 && compareReportTimes(dateOf(dated[1] ?? ''), dateOf(dated[0] ?? '')) === 0;
    if (first !== undefined && !tied)
      return { outlet: first, date: dateOf(first), basis: 'attribution', earliestSeed: null };
  }
  const seedsCarrying = [...new Set(items.map((s) => s.seed))];
  const dates = seedsCarrying.map((s) => story.seeds[s]?.date ?? null);
  const earliest =
    [...seedsCarrying].sort(
      (a, b) =>
        compareReportTimes(story.seeds[a]?.date ?? null, story.seeds[b]?.date ?? null) || (a < b ? -1 : 1),
    )[0] ?? null;
  if (dates.every((d) => d !== null) && earliest !== null)
    return {
      outlet: null,
      date: story.seeds[earliest]?.date ?? null,
      basis: 'earliest-seed',
      earliestSeed: earliest,
    };
  return { outlet: null, date: null, basis: 'undetermined', earliestSeed: earliest };
}

/** The first outlet, then the others that carried the claim by the date of their first report. */
export function orderOutlets(story: StoryFile, items: readonly Credited[], first: string | null): string[] {
  const all = [...new Set([...(first === null ? [] : [first]), ...items.flatMap((s) => s.outlets)])];
  const order = story.outlets.map((o) => o.id);
  const dateOf = (id: string): string | null => story.outlets.find((o) => o.id === id)?.firstReport ?? null;
  return all.sort((a, b) =>
    a === first
      ? -1
      : b === first
        ? 1
        : compareReportTimes(dateOf(a), dateOf(b)) || order.indexOf(a) - order.indexOf(b),
  );
}

/**
 * A statement story.json records: first given to the outlet it names, on its date. Of several
 * records one claim carries, the earliest dated, one naming its outlet first.
 */
export function recordedStatement(records: readonly StatementRecord[]): StatementRecord | null {
  return (
    [...records].sort(
      (a, b) => compareReportTimes(a.date, b.date) || (a.to === null ? 1 : 0) - (b.to === null ? 1 : 0),
    )[0] ?? null
  );
}

export function recordReport(record: StatementRecord): FirstReport {
  return { outlet: record.to, date: record.date, basis: 'statement-record', earliestSeed: null };
}
