// The counts a piece states: a figure with a scale and what it counts ("87 million users",
// "$100 billion"). Two sentences giving the same count of the same thing, and sharing what
// happened to it besides, tell one fact however differently they word the rest ("the personal
// data of as many as 87 million people ended up in the hands of a political consultancy",
// "Cambridge Analytica accessed data on up to 87 million Facebook users"), where their term
// overlap stays low: each names the fact with its own verbs. The same figure is not enough: "$87
// million" is not "87 million users", a rise of $100 billion is not a fall of it, a piece that
// calls the figure overstated disputes it, and a bare figure (a year, a percentage) recurs across
// facts.

import { INFORMATIVE } from '../matching/score.ts';
import type { Weights } from '../matching/similarity.ts';
import { FUNCTION_WORDS } from '../text/lexicon.ts';
import { analyse } from '../text/terms.ts';
import { GroupJoin, type ClusterItem } from './cluster.ts';
import { FIGURE, figureKey } from './setting.ts';

export interface CountedItem extends ClusterItem {
  text: string;
  headline: boolean;
}

/** What a piece's count is and what it says of it. */
interface Count {
  /** The figure, its unit and what it counts: "#87m:people", "$#100b". */
  key: string;
  /** Its informative terms other than the figure, what it counts, names, times and degrees. */
  about: Set<string>;
}

const CURRENCY = /^(?:dollars?|euros?|pounds?|usd)$/i;
/** Nouns that count people: "87 million users" and "87 million people" count the same. */
const PEOPLE =
  /^(?:people|persons?|individuals?|users?|customers?|patients?|members?|subscribers?|consumers?)$/i;
/**
 * Terms that say when or how much, not what a figure is about: "so far this year" in two
 * sentences about different sums.
 */
const WHEN_OR_HOW_MUCH = new Set(
  analyse('far ever year month week day decade quarter earlier later last recent ago time today now').terms,
);
/** Words that dispute a figure: "the figure of 87 million users was wildly overstated". */
const DISPUTE =
  /\b(?:overstat|understat|exaggerat|inflat|disput|inaccura|untrue|false|wrong|mislead|refut|deny|denie|denial)/i;

/** "of its", "of the": what comes before the counted noun in "87 million of its users". */
const OF_DETERMINER = /^(?:of|its|their|the|our|his|her|these|those)$/i;
/** Plurals that do not end in "s": "87 million people". */
const IRREGULAR_PLURAL = /^(?:people|children|men|women|data|media|staff)$/i;
const PLURAL = /^[a-z][\w-]*[^siu']s$/i;
/** Words ending in "s" that are no plural noun: "2 million was spent", "5 million this year". */
const NOT_PLURAL = /^(?:was|has|does|as|its|his|this|thus|across|towards|perhaps|always|unless|besides)$/i;
/** A preposition, article, pronoun or auxiliary ends the figure's noun phrase ("5 million to hospitals"). */
const PHRASE_END = new Set(FUNCTION_WORDS);

const plural = (w: string): boolean =>
  /^[a-z]/.test(w) && ((PLURAL.test(w) && !NOT_PLURAL.test(w)) || IRREGULAR_PLURAL.test(w));

/**
 * The noun a figure counts: the head of the noun phrase after it, past "of its". The phrase ends
 * at the first function word, so "paid 5 million to hospitals" or "lost 120 billion in value as
 * investors fled" counts nothing the words after it name. Its head is the first plural not
 * followed by another ("2 billion social media users" counts users, "30 million data points"
 * points, "3 million businesses use" businesses), since a figure of millions counts many; else
 * the phrase's last lower-case word.
 */
function countedNoun(after: readonly string[]): string | undefined {
  const words = after.map((w) => w.replace(/['’]s?$/, ''));
  let from = 0;
  while (from < words.length && OF_DETERMINER.test(words[from] ?? '')) from++;
  const stop = words.findIndex((w, k) => k >= from && PHRASE_END.has(w.toLowerCase()));
  const phrase = words.slice(from, stop < 0 ? words.length : stop);
  const head = phrase.findIndex((w, k) => plural(w) && !plural(phrase[k + 1] ?? ''));
  return head >= 0 ? phrase[head] : phrase.filter((w) => /^[a-z]/.test(w)).pop();
}

/** The piece's one count, or null: no count, two different counts (a bridge), or a dispute. */
function countOf(item: CountedItem, weight: Weights): Count | null {
  // A headline states the story's gist and meets several facts (as in self-match.ts).
  if (item.headline || DISPUTE.test(item.text)) return null;
  const keys = new Set<string>();
  const counted = new Set<string>();
  for (const m of item.text.matchAll(FIGURE)) {
    const figure = figureKey(m);
    const after = (m[4] ?? '').trim().split(/\s+/);
    if (m[1] !== undefined || CURRENCY.test(after[0] ?? '')) {
      keys.add(`$${figure}`);
      continue;
    }
    const noun = countedNoun(after);
    if (noun === undefined) return null;
    keys.add(`${figure}:${PEOPLE.test(noun) ? 'people' : noun.toLowerCase()}`);
    for (const t of analyse(noun).terms) counted.add(t);
  }
  const [key, ...more] = keys;
  if (key === undefined || more.length > 0) return null;
  const terms = [...item.terms];
  return {
    key,
    about: new Set(
      terms.filter(
        (t) =>
          !t.startsWith('#') &&
          !t.startsWith('@') &&
          !counted.has(t) &&
          !WHEN_OR_HOW_MUCH.has(t) &&
          weight(t) > INFORMATIVE,
      ),
    ),
  };
}

/**
 * Two counts of one fact: the same key and something else shared (a rise and a fall of it, or
 * the count set in other years or places, never merge: `mayMerge`, setting.ts).
 */
function together(a: Count, b: Count): boolean {
  if (a.key !== b.key) return false;
  return [...a.about].some((t) => b.about.has(t));
}

/**
 * `groups` (indexes into `items`) joined where every counted piece of one is `together` with
 * every counted piece of the other (complete linkage: a piece that meets two facts cannot chain
 * them) and the never-merge rules allow it. A group whose pieces give different counts joins
 * nothing. Each group joins the first earlier one it fits, so a later seed's piece cannot join
 * two earlier claims (adding a seed renames no claim). Same order rules as `cluster`.
 * O(c² · t) in the worst case, c the pieces giving one count and t their terms, plus GroupJoin's
 * pair checks for each join tried; c is a handful in a story's seeds.
 */
export function joinByCounts(
  groups: readonly number[][],
  items: readonly CountedItem[],
  weight: Weights,
): number[][] {
  const counts = items.map((x) => countOf(x, weight));
  const counted = (members: readonly number[]): Count[] =>
    members.flatMap((i) => {
      const c = counts[i];
      return c == null ? [] : [c];
    });
  const joins = new GroupJoin(groups, items);
  const withKey = new Map<string, number[]>();
  for (const [g, members] of groups.entries()) {
    const own = counted(members);
    const key = own[0]?.key;
    if (key === undefined || own.some((c) => c.key !== key)) continue;
    const earlier = withKey.get(key) ?? [];
    const into = earlier.find((h) => {
      const theirs = counted(joins.members(h));
      return theirs.every((a) => own.every((b) => together(a, b))) && joins.join(h, g);
    });
    if (into === undefined) withKey.set(key, [...earlier, g]);
  }
  return joins.groups();
}
