// The calendar's names, written once for the readers that tell a time from a name: a weekday or
// a month opens a sentence ("Monday Bank of America said"), follows "in" ("in July") and stands
// before a company's shares ("May shares") as no bank, place or owner does.

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
