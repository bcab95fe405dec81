// Where and when a piece sets the sums it gives. Two sentences about one sum in most of the same
// words ("Facebook has pulled in $11.8 billion in advertising revenue in the USA and Canada so far
// in 2018", "… $11.8 billion in advertising revenue from Europe next year") are two facts when
// they set it in different places or times, and two sentences giving different sums are two
// facts, unless one only rounds ("some $100 billion", "about", "up to"). The term overlap cannot
// tell: the sums' words are most of what the two sentences say.

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
  /** The figures with a scale the piece gives (figureKey). */
  sums: ReadonlySet<string>;
  /** Whether a figure is given as a round or a bound ("some", "about", "up to", "nearly"). */
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
const YEAR = /\b(?:19|20)\d\d\b/g;
const AHEAD = /\b(?:next|coming)\s+(?:year|month|week|quarter|decade)\b|\b(?:will|expects?|forecasts?)\b/i;
const TO_DATE =
  /\bso far\b|\b(?:last|past)\s+(?:year|month|week|quarter|decade)\b|\bago\b|\byear[- ]to[- ]date\b/i;

/**
 * The setting of the sums a piece gives, or null where it gives none. `names` are the terms of
 * the story's own names (subject, parties, outlets): "in Facebook" or "from the Journal" is no
 * place.
 */
export function settingOf(text: string, names: ReadonlySet<string>): Setting | null {
  const sums = new Set<string>();
  let rounded = false;
  for (const m of text.matchAll(FIGURE)) {
    sums.add(figureKey(m));
    rounded ||= ROUNDED.test(text.slice(0, m.index));
  }
  if (sums.size === 0) return null;
  const places = new Set<string>();
  for (const m of text.matchAll(PLACE))
    for (const t of analyse(m[1] ?? '').terms) if (!names.has(t) && !t.startsWith('#')) places.add(t);
  const ahead = AHEAD.test(text);
  const toDate = TO_DATE.test(text);
  return {
    sums,
    rounded,
    places,
    years: new Set(text.match(YEAR) ?? []),
    when: ahead === toDate ? null : ahead ? 'ahead' : 'to date',
  };
}

const lacks = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((x) => !b.has(x));

/**
 * Whether two pieces' sums are another sum, or the same sum in another place or time: each names
 * a place the other does not, they name only different years, or one is to date and the other to
 * come. Pieces without a sum are never told apart here.
 */
export function otherSetting(a: Setting | null | undefined, b: Setting | null | undefined): boolean {
  if (a == null || b == null) return false;
  const sameSum = [...a.sums].some((s) => b.sums.has(s));
  if (!sameSum) return !a.rounded && !b.rounded;
  if (lacks(a.places, b.places) && lacks(b.places, a.places)) return true;
  if (a.years.size > 0 && b.years.size > 0 && ![...a.years].some((y) => b.years.has(y))) return true;
  return a.when !== null && b.when !== null && a.when !== b.when;
}
