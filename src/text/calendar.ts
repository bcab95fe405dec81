// The calendar, written once: its names, for the readers that tell a time from a name (a weekday or
// a month opens a sentence, "Monday Bank of America said", follows "in", "in July", and stands
// before a company's shares, "May shares", as no bank, place or owner does); and the story's
// dates, read and ordered by one rule for the compiler and the story page.

export const WEEKDAYS: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The weekdays and months in lower case: capitalised words that name a time, no thing. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [...WEEKDAYS, ...MONTHS].map((w) => w.toLowerCase()),
);

/**
 * When an outlet reported or a statement was made, as story.json gives it: a calendar day, or a
 * day with a time and its offset (a time without one names no instant).
 */
export interface ReportTime {
  /** The day as written, "2018-08-06": a time's own clock decides its day. */
  day: string;
  /** Milliseconds since 1970 UTC, or null for a day without a time: it spans its day. */
  instant: number | null;
}

const REPORT_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))?)?$/;

/** A story date read, or what is wrong with it, for the build's error message. */
export function readReportTime(text: string): ReportTime | { problem: string } {
  const m = REPORT_TIME.exec(text);
  if (m === null)
    return {
      problem:
        'write YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, a time followed by its offset, Z or ±HH:MM' +
        ' (no fractions of a second; the offset with its colon, "+04:00" not "+0400")',
    };
  const [, y, mo, d, h, mi, s, zone, sign, zh, zm] = m.map((x) => x ?? '');
  const year = Number(y);
  const month = Number(mo);
  const date = Number(d);
  if (month < 1 || month > 12) return { problem: `there is no month ${mo}` };
  // Day 0 of the next month is this month's last day.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (date < 1 || date > days) return { problem: `there is no day ${d} in ${MONTHS[month - 1] ?? ''} ${y}` };
  const day = text.slice(0, 10);
  if (h === '') return { day, instant: null };
  if (zone === '')
    return { problem: 'a time needs its offset (Z or ±HH:MM): without one it names no instant' };
  const outOfRange = (
    [
      ['hour', h, 23],
      ['minute', mi, 59],
      ['second', s, 59],
      ["offset's hour", zh, 23],
      ["offset's minute", zm, 59],
    ] as const
  ).find(([, value, max]) => Number(value) > max);
  if (outOfRange !== undefined)
    return { problem: `the ${outOfRange[0]} ${outOfRange[1]} is out of range (00 to ${outOfRange[2]})` };
  const offset = (sign === '-' ? -1 : 1) * (Number(zh) * 60 + Number(zm));
  const local = Date.UTC(year, month - 1, date, Number(h), Number(mi), Number(s));
  return { day, instant: local - offset * 60_000 };
}

/**
 * Which of two story dates came first: negative, 0 or positive; unknown (null) last. Two times
 * compare as instants, whatever their offsets; a day without a time spans it, so it ties with any
 * time on that day ("2018-08-07" and "2018-08-07T09:00Z": the story does not say which came
 * first). A value that is not a date (story-file.ts stops the build on one) sorts as unknown.
 */
export function compareReportTimes(a: string | null, b: string | null): number {
  const x = a === null ? null : readReportTime(a);
  const y = b === null ? null : readReportTime(b);
  const known = (t: typeof x): t is ReportTime => t !== null && !('problem' in t);
  if (!known(x) || !known(y)) return Number(!known(x)) - Number(!known(y));
  if (x.instant !== null && y.instant !== null) return Math.sign(x.instant - y.instant);
  return x.day < y.day ? -1 : x.day > y.day ? 1 : 0;
}

/** A story date's place in reportTimeOrder: its instant (a day at its middle), then 0 for a time, 1 for a day. */
function orderKey(text: string | null): [number, number] {
  const t = text === null ? null : readReportTime(text);
  if (t === null || 'problem' in t) return [Number.MAX_VALUE, 0];
  if (t.instant !== null) return [t.instant, 0];
  return [Date.parse(`${t.day}T12:00Z`), 1];
}

/**
 * A total order of story dates, for lists that must come out alike whatever order they were given
 * in. compareReportTimes is not one: a day ties with 09:00 and with 10:00 on it, which do not tie
 * with each other, so a sort by it has no defined result. Here times go by instant; a day
 * without a time at its middle (12:00 UTC, the best guess at the time it does not give), after a
 * time at that same instant; unknown last. Callers break the remaining ties (by name, by id).
 */
export function reportTimeOrder(a: string | null, b: string | null): number {
  const [x, xDay] = orderKey(a);
  const [y, yDay] = orderKey(b);
  return x < y ? -1 : x > y ? 1 : xDay - yDay;
}
