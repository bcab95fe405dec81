// Where and when a piece sets the sum it gives. Two sentences about one sum in most of the same
// words ("Facebook has pulled in $11.8 billion in advertising revenue in the USA and Canada so far
// in 2018", "… $11.8 billion in advertising revenue from Europe next year") are two facts when
// they set it in different places or times, and two sentences giving different sums are two
// facts, unless the values are within a rounding ("$119bn", "$120bn", "some $100 billion"). The
// term overlap cannot tell: the sums' words are most of what the two sentences say. The rule is
// read by `mayMerge` rather than by each pass, so that no pass (term overlap, counts, matcher,
// denials) can join what it keeps apart.

import { MONTHS, WEEKDAYS } from '../text/calendar.ts';
import { analyse } from '../text/terms.ts';

/**
 * A figure with a scale, then up to five words: a currency word, or the noun it counts after
 * "of its", names and adjectives ("87 million of its active users"). The scale letters are those
 * of "1.3B", "$119B", "5M". A comma-grouped number is not read again from a group of three digits
 * after a group of one to three that starts a number ("1,|000,000"): from there it could only
 * end where it would have from that group, which has failed, yet each such start read on to the
 * number's end, so "1,000,000,…" with no scale after it took quadratic time (116 ms at 32,000
 * characters). A group after one that cannot start a number is still read ("a1,|000 million",
 * "1234,|000 million"), and so is the group itself as a plain number ("1,|0000 million"). O(n).
 */
export const FIGURE =
  /(?:([$£€])\s?)?\b((?!(?<=(?:^|\W)\d{1,3},)\d{3})\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|[kmb])\b((?:\s+[A-Za-z][\w'’-]*){0,5})/gi;

/** A figure's value and scale, whatever its unit: "#11.8b" for "$11.8 billion" and "11.8bn". */
export function figureKey(m: RegExpMatchArray): string {
  // "million", "mn" and "m" are all "m", "thousand" is "k".
  const scale = (m[3] ?? '').toLowerCase();
  return `#${Number((m[2] ?? '').replace(/,/g, ''))}${scale === 'thousand' ? 'k' : scale.charAt(0)}`;
}

export interface Setting {
  /**
   * The main clause's figures with a scale, as numbers ("$119.1 billion" → 119.1e9), each with
   * whether it is given as a round or a bound ("some", "about", "up to", "nearly"); the first
   * figure's where the sentence has them only in other clauses.
   */
  sums: readonly { value: number; rounded: boolean }[];
  /** Terms of the places named after "in", "from", "across" … ("in the USA and Canada"). */
  places: ReadonlySet<string>;
  years: ReadonlySet<string>;
  /** Months, dates and weekdays, lower-case ("march", "march 3", "thursday"). */
  dates: ReadonlySet<string>;
  /** A sum to date ("so far", "last year") or one to come ("next year", "will"). */
  when: 'to date' | 'ahead' | null;
}

/** Words that give a figure as a round or a bound, just before it ("some $100 billion"). */
const ROUNDED =
  /\b(?:some|about|around|roughly|nearly|almost|approximately|over|more than|less than|fewer than|up to|as (?:many|much) as|at least|at most|close to|just under|just over)\s+$/i;
/**
 * A name after a preposition of place, and any others joined to it: "in the USA and Canada",
 * "from Europe", "across Europe and Asia".
 */
const PLACE =
  /\b(?:in|from|across|throughout|outside|within)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*(?:(?:,\s*|\s+(?:and|or)\s+)(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)*)/gu;
const MONTH_NAMES = MONTHS.join('|');
const WEEKDAY_NAMES = WEEKDAYS.join('|');
/** "in July" or "on Thursday" is a time, not a place (the lexicon drops weekdays, not months). */
const MONTH = new RegExp(`^(?:${MONTH_NAMES}|${WEEKDAY_NAMES})$`);
/** A month, with its day where one is given ("March 3", "3 March"), or a weekday. */
const DATE = new RegExp(
  `\\b(?:(${MONTH_NAMES})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})|(${WEEKDAY_NAMES}))\\b`,
  'g',
);
const YEAR = /\b(?:19|20)\d\d\b/g;
const AHEAD = /\b(?:next|coming)\s+(?:year|month|week|quarter|decade)\b|\b(?:will|expects?|forecasts?)\b/i;
const TO_DATE =
  /\bso far\b|\b(?:last|past)\s+(?:year|month|week|quarter|decade)\b|\bago\b|\byear[- ]to[- ]date\b/i;
/**
 * Where the figure's own clause ends: punctuation, or a word that opens another clause ("after
 * it warned that growth will slow", "as investors fled"). A year, a place or a "will" out there
 * sets another event, not the sum ("Datamine Labs, which worked for a 2016 campaign, copied …").
 */
const CLAUSE_END =
  /[,;:()\u2013\u2014]|\s(?:after|as|because|before|since|when|while|which|who|that|until|although|though)\s/gi;
/** A clause that is not the sentence's main one opens on one of these words. */
const CLAUSE_WORDS =
  'after|as|because|before|since|when|while|which|who|that|until|although|though|if|unless|once|whereas';
const SUBORDINATE = new RegExp(`^\\s*(?:${CLAUSE_WORDS})\\b`, 'i');
const CUT_AT_CLAUSE_WORD = new RegExp(`\\b(?:${CLAUSE_WORDS})\\s+$`, 'i');
/**
 * A short opening phrase before the sentence's first comma ("In 2020,", "Last year,", "In
 * Europe,"): it sets the main clause, though a comma ends it.
 */
const OPENING = /^\s*((?:[^\s,;:()\u2013\u2014]+\s+){0,3}[^\s,;:()\u2013\u2014]+),/;
const SCALE: Record<string, number> = { k: 1e3, t: 1e12, m: 1e6, b: 1e9 };

/** The clause of `text` around [from, to): up to the clause boundaries either side. */
function clauseAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_END)) {
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/**
 * The setting of the sums a piece gives, or null where it gives none. Place, year and time are
 * read in the clause of its first figure in the main clause (else its first figure), with the
 * sentence's opening phrase. `names` are the terms of the story's own names (subject, parties,
 * outlets): "in Facebook" or "from the Journal" is no place.
 */
export function settingOf(text: string, names: ReadonlySet<string>): Setting | null {
  const opening = text.match(OPENING)?.[1];
  const fronted = opening !== undefined && !SUBORDINATE.test(opening) ? opening : '';
  const figures = [...text.matchAll(FIGURE)].map((m) => {
    // The figure itself, not the words FIGURE reads after it: "after" among those ends its clause.
    const { start, end } = clauseAround(text, m.index, m.index + m[0].length - (m[4] ?? '').length);
    const key = figureKey(m);
    return {
      value: Number(key.slice(1, -1)) * (SCALE[key.slice(-1)] ?? 1),
      rounded: ROUNDED.test(text.slice(0, m.index)),
      // Not opened by a clause word: "After 2 billion users signed up,", ", which was fined …".
      main: !SUBORDINATE.test(text.slice(start)) && !CUT_AT_CLAUSE_WORD.test(text.slice(0, start)),
      start,
      end,
    };
  });
  const first = figures[0];
  if (first === undefined) return null;
  const main = figures.filter((f) => f.main);
  const set = main[0] ?? first;
  const own = `${set.start > 0 ? fronted : ''} ${text.slice(set.start, set.end)}`;
  const places = new Set<string>();
  for (const p of own.matchAll(PLACE)) {
    const place = (p[1] ?? '')
      .split(/\s+/)
      .filter((w) => !MONTH.test(w.replace(/[.,]$/, '')))
      .join(' ');
    for (const t of analyse(place).terms) if (!names.has(t) && !t.startsWith('#')) places.add(t);
  }
  const dates = new Set<string>();
  for (const d of own.matchAll(DATE))
    dates.add([d[1] ?? d[4] ?? d[5] ?? '', d[2] ?? d[3] ?? ''].join(' ').trim().toLowerCase());
  const ahead = AHEAD.test(own);
  const toDate = TO_DATE.test(own);
  return {
    sums: (main.length > 0 ? main : [first]).map(({ value, rounded }) => ({ value, rounded })),
    places,
    years: new Set(own.match(YEAR) ?? []),
    dates,
    when: ahead === toDate ? null : ahead ? 'ahead' : 'to date',
  };
}

const lacks = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((x) => !b.has(x));

/**
 * How far apart two values of one sum may be: outlets give one loss as "$119bn", "$119.1bn" and
 * "$120bn"; a round figure ("some $100 billion") stands for a wider span.
 */
const EXACT = 0.02;
const ROUND = 0.2;

const within = (a: { value: number; rounded: boolean }, b: { value: number; rounded: boolean }): boolean =>
  Math.abs(a.value - b.value) <= (a.rounded || b.rounded ? ROUND : EXACT) * Math.max(a.value, b.value);
/** Each gives a sum the other does not, within a rounding ("from $9.3 billion", "from $11.9 billion"). */
const otherSums = (a: Setting, b: Setting): boolean =>
  a.sums.some((x) => !b.sums.some((y) => within(x, y))) &&
  b.sums.some((y) => !a.sums.some((x) => within(x, y)));
/** One date agrees with another where it says no more than the other ("March", "March 3"). */
const agree = (x: string, y: string): boolean => x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);

/**
 * Whether two pieces' sums are other sums, or the same sum in another place or time: each gives
 * a value the other does not (beyond a rounding), each names a place the other does not, they
 * name only different years, or only different dates, or one is to date and the other to come.
 * Pieces without a sum are never told apart here.
 */
export function otherSetting(a: Setting | null | undefined, b: Setting | null | undefined): boolean {
  if (a == null || b == null) return false;
  if (otherSums(a, b)) return true;
  if (lacks(a.places, b.places) && lacks(b.places, a.places)) return true;
  if (a.years.size > 0 && b.years.size > 0 && ![...a.years].some((y) => b.years.has(y))) return true;
  if (
    a.dates.size > 0 &&
    b.dates.size > 0 &&
    ![...a.dates].some((x) => [...b.dates].some((y) => agree(x, y)))
  )
    return true;
  return a.when !== null && b.when !== null && a.when !== b.when;
}
