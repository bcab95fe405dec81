// Step: who reported a claim first, and who repeated it, from the outlets its pieces credit and
// the dates story.json gives.

import type { FirstReport } from '../model/types.ts';
import { compareReportTimes, reportTimeOrder } from '../text/calendar.ts';
import type { StatementRecord, StoryFile } from './story-file.ts';

interface Credited {
  seed: string;
  outlets: readonly string[];
}

export function firstReport(story: StoryFile, items: readonly Credited[]): FirstReport {
  const credited = [...new Set(items.flatMap((s) => s.outlets))];
  const dateOf = (id: string): string | null => story.outlets.find((o) => o.id === id)?.firstReport ?? null;
  if (credited.length > 0) {
    // The first reporter is the one dated outlet no other came strictly before, and with which
    // none ties (two at one moment, or a day and a time on it: the seeds do not say which came
    // first). Taken explicitly, not from a sort: a day ties with times that do not tie with each
    // other, so a sort by compareReportTimes would depend on the order the outlets came in.
    const dated = credited.filter((o) => dateOf(o) !== null);
    const vs = (a: string, b: string): number => compareReportTimes(dateOf(a), dateOf(b));
    const firsts = dated.filter((o) => !dated.some((p) => vs(p, o) < 0));
    const first = dated.length === 0 ? (credited.length === 1 ? credited[0] : undefined) : firsts[0];
    const tied = first !== undefined && dated.some((o) => o !== first && vs(o, first) === 0);
    if (first !== undefined && firsts.length <= 1 && !tied)
      return { outlet: first, date: dateOf(first), basis: 'attribution', earliestSeed: null };
  }
  const seedsCarrying = [...new Set(items.map((s) => s.seed))];
  const dates = seedsCarrying.map((s) => story.seeds[s]?.date ?? null);
  const earliest =
    [...seedsCarrying].sort(
      (a, b) =>
        reportTimeOrder(story.seeds[a]?.date ?? null, story.seeds[b]?.date ?? null) || (a < b ? -1 : 1),
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
        : reportTimeOrder(dateOf(a), dateOf(b)) || order.indexOf(a) - order.indexOf(b),
  );
}

/**
 * A statement story.json records: first given to the outlet it names, on its date. Of several
 * records one claim carries, the earliest dated, one naming its outlet first.
 */
export function recordedStatement(records: readonly StatementRecord[]): StatementRecord | null {
  return (
    [...records].sort(
      (a, b) => reportTimeOrder(a.date, b.date) || (a.to === null ? 1 : 0) - (b.to === null ? 1 : 0),
    )[0] ?? null
  );
}

/**
 * A recorded statement's first report: the outlet it was given to, when that outlet reported it.
 * The record's date is when it was said (the claim's `said`); an outlet cannot have reported it
 * before its own first report of the story, so the later of the two (review 22 finding 1: four
 * statements given to AFP on 6 Aug read as AFP's reports of 6 Aug, while AFP first reported on 7 Aug).
 */
export function recordReport(story: StoryFile, record: StatementRecord): FirstReport {
  const outletDate = story.outlets.find((o) => o.id === record.to)?.firstReport ?? null;
  const later =
    outletDate !== null && record.date !== null && compareReportTimes(outletDate, record.date) > 0;
  const date = later ? outletDate : record.date;
  return { outlet: record.to, date, basis: 'statement-record', earliestSeed: null };
}
