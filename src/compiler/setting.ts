// Where and when a piece sets the sum it gives. Two sentences about one sum in most of the same
// words ("Facebook has pulled in $11.8 billion in advertising revenue in the USA and Canada so far
// in 2018", "… $11.8 billion in advertising revenue from Europe next year") are two facts when
// they set it in different places or times, and two sentences giving different sums are two
// facts, unless the values are within a rounding ("$119bn", "$120bn", "some $100 billion"). The
// term overlap cannot tell: the sums' words are most of what the two sentences say. The rule is
// read by `mayMerge` rather than by each pass, so that no pass (term overlap, counts, matcher,
// denials) can join what it keeps apart.

import { analyse } from '../text/terms.ts';

/**
 * A figure with a scale, then up to five words: a currency word, or the noun it counts after
 * "of its", names and adjectives ("87 million of its active users"). The scale letters are those
 * of "1.3B", "$119B", "5M".
 */
export const FIGURE =
  /(?:([$£€])\s?)?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|[kmb])\b((?:\s+[A-Za-z][\w'’-]*){0,5})/gi;

/** A figure's value and scale, whatever its unit: "#11.8b" for "$11.8 billion" and "11.8bn". */
export function figureKey(m: RegExpMatchArray): string {
  // "million", "mn" and "m" are all "m", "thousand" is "k".
  const scale = (m[3] ?? '').toLowerCase();
  return `#${Number((m[2] ?? '').replace(/,/g, ''))}${scale === 'thousand' ? 'k' : scale.charAt(0)}`;
}

export interface Setting {
  /** The piece's first figure with a scale, as a number ("$119.1 billion" → 119.1e9). */
  value: number;
  /** Whether that figure is given as a round or a bound ("some", "about", "up to", "nearly"). */
  rounded: boolean;
  /** Terms of the places named after "in", "from", "across" … ("in the USA and Canada"). */
  places: ReadonlySet<string>;
  years: ReadonlySet<string>;
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
/** "in July" or "on Thursday" is a time, not a place (the lexicon drops weekdays, not months). */
const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
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
const SCALE: Record<string, number> = { k: 1e3, t: 1e12, m: 1e6, b: 1e9 };

/** The stretch of `text` around [from, to) up to the clause boundaries either side. */
function clauseAround(text: string, from: number, to: number): string {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_END)) {
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  return text.slice(start, end);
}

/**
 * The setting of the sum a piece gives (its first figure with a scale, the one it is about), or
 * null where it gives none. Place, year and time are read in that figure's own clause only.
 * `names` are the terms of the story's own names (subject, parties, outlets): "in Facebook" or
 * "from the Journal" is no place.
 */
export function settingOf(text: string, names: ReadonlySet<string>): Setting | null {
  // matchAll, not exec: FIGURE is global and shared, and exec would leave its lastIndex moved.
  const m = text.matchAll(FIGURE).next().value;
  if (m === undefined) return null;
  const key = figureKey(m);
  const value = Number(key.slice(1, -1)) * (SCALE[key.slice(-1)] ?? 1);
  // The figure itself, not the words FIGURE reads after it: "after" among those ends its clause.
  const own = clauseAround(text, m.index, m.index + m[0].length - (m[4] ?? '').length);
  const places = new Set<string>();
  for (const p of own.matchAll(PLACE)) {
    const place = (p[1] ?? '')
      .split(/\s+/)
      .filter((w) => !MONTH.test(w.replace(/[.,]$/, '')))
      .join(' ');
    for (const t of analyse(place).terms) if (!names.has(t) && !t.startsWith('#')) places.add(t);
  }
  const ahead = AHEAD.test(own);
  const toDate = TO_DATE.test(own);
  return {
    value,
    rounded: ROUNDED.test(text.slice(0, m.index)),
    places,
    years: new Set(own.match(YEAR) ?? []),
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

/**
 * Whether two pieces' sums are another sum, or the same sum in another place or time: their
 * values differ by more than a rounding, each names a place the other does not, they name only
 * different years, or one is to date and the other to come. Pieces without a sum are never told
 * apart here.
 */
export function otherSetting(a: Setting | null | undefined, b: Setting | null | undefined): boolean {
  if (a == null || b == null) return false;
  const tolerance = a.rounded || b.rounded ? ROUND : EXACT;
  if (Math.abs(a.value - b.value) > tolerance * Math.max(a.value, b.value)) return true;
  if (lacks(a.places, b.places) && lacks(b.places, a.places)) return true;
  if (a.years.size > 0 && b.years.size > 0 && ![...a.years].some((y) => b.years.has(y))) return true;
  return a.when !== null && b.when !== null && a.when !== b.when;
}
