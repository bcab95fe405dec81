// Could this page be about a story? The cheap first test, run on every page the reader allows:
// every anchor group of the story's signature occurs somewhere in the page's text (one
// case-insensitive regex scan per group; most pages fail on the subject's name and stop). The
// second test, after matching, is src/matching/recognise.ts. The page's text is folded for what a
// news page puts inside the story's words, or a soft hyphen in "Facebook" or a line break in
// "social network" would hide a story page; no more, as the gate runs on every page: see
// foldForScan and scanPattern in src/text/fold.ts.

import { foldForScan, foldScanned, hasUnfolded, scanPattern } from '../text/fold.ts';

type Precheck = (text: string) => boolean;

interface GateStory {
  id: string;
  anchors: readonly (readonly string[])[];
  descriptions?: readonly string[];
}

/**
 * One gate for many stories: a single scan of the text for every story's first anchor group (its
 * subject's name), then each story found is tested on its other groups. A page that names no
 * subject is scanned once more, for the subjects' descriptions ("the social network"): many
 * subjects may share one, so they count only where no subject is named, and a page that names
 * its subject says which story it is. Returns the ids that pass.
 */
export function compileGate(
  stories: readonly GateStory[],
  // The content scripts read the page's text already folded, in steps (scanTextInSteps in
  // src/page/text.ts), so their gate does not test it again: a pass over the text of every page.
  { folded = false }: { folded?: boolean } = {},
): (text: string) => string[] {
  const names = scanner(stories.map((s) => s.anchors[0] ?? []));
  const descriptions = scanner(stories.map((s) => s.descriptions ?? []));
  // A story's other groups are compiled when its subject is first found: with many stories, a
  // page names few of them, and compiling every story's expressions on every page would cost
  // more than the scan.
  const rest: (Precheck | undefined)[] = [];
  const precheck = (i: number): Precheck => (rest[i] ??= compilePrecheck(stories[i]?.anchors.slice(1) ?? []));
  return (raw) => {
    const text = folded ? raw : foldForScan(raw);
    let found = names(text);
    if (!found.includes(true)) found = descriptions(text);
    return stories.filter((_, i) => found[i] === true && precheck(i)(text)).map((s) => s.id);
  };
}

/**
 * For each story's list of words (folded, lowercase), whether the text holds one of them: one
 * regex scan for all.
 */
function scanner(lists: readonly (readonly string[])[]): (text: string) => boolean[] {
  const lower = lists.map((words) => words.map((w) => w.toLowerCase()));
  const keys = [...new Set(lower.flat())].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const none = (): boolean[] => lists.map(() => false);
  if (keys.length === 0) return none;
  const pattern = new RegExp(alternation(keys), 'gi');
  return (text) => {
    const seen = new Set<string>();
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) seen.add(m[0]);
    if (seen.size === 0) return none();
    // Folded once per form found ("social\nnetwork"), not per occurrence.
    const hits = [...seen].map((h) => foldScanned(h).toLowerCase());
    return lower.map((words) => words.some((w) => hits.some((n) => n.includes(w))));
  };
}

/** Compiles anchor groups once. The returned test is O(text length) per group. */
function compilePrecheck(anchors: readonly (readonly string[])[]): Precheck {
  const groups = anchors.map(anyOf);
  return (text) => groups.every((found) => found(text));
}

/**
 * Whether the text holds one of a group's words: those written as they are ("bank", "lender") in
 * one expression, those with a space, dash or quote ("financial firm") in another, tried only
 * where the first finds none. A story page nearly always holds one of the first, and the second,
 * whose space stands for any run of white space with at most one line break, costs V8 several
 * times as much to compile (again for each page's first text held two bytes a character): the
 * bank group's words 0.99M instructions, its four plain ones 0.31M (alone, to bytecode and to
 * native code).
 */
function anyOf(words: readonly string[]): Precheck {
  if (words.length === 0) return () => true;
  const plain: string[] = [];
  const spelled: string[] = [];
  for (const w of words) (hasUnfolded(w) ? spelled : plain).push(w);
  const first = plain.length === 0 ? null : new RegExp(alternation(plain), 'i');
  // The second made only where the first finds none: even unused, its source and its parse (V8
  // parses an expression when it is made) cost a first page's gate.
  let then: RegExp | null | undefined;
  const spelledIn = (text: string): boolean => {
    then ??= spelled.length === 0 ? null : new RegExp(alternation(spelled), 'i');
    return then?.test(text) === true;
  };
  return (text) => first?.test(text) === true || spelledIn(text);
}

/**
 * Pattern source for any of these words, sharing their beginnings: "social(?:<space>(?:media
 * ...|network)|<dash>media ...)" for "social media giant", "social network" ... Each place in
 * the text is then tried once per shared beginning, not once per word: on a page of "social"
 * followed by runs of a thousand spaces, four words backtracked through every run, six times the
 * cost. The longer word first where one word begins another.
 */
function alternation(words: readonly string[]): string {
  // One word shares nothing: its pattern, where a level of this per character (a group's words
  // part after their first letters) cost the first page's gate about as much as compiling it.
  if (words.length === 1) return scanPattern(words[0] ?? '');
  const firsts = [
    ...new Set(words.filter((w) => w !== '').map((w) => String.fromCodePoint(w.codePointAt(0) ?? 0))),
  ];
  const branches = firsts.map(
    (c) => scanPattern(c) + alternation(words.filter((w) => w.startsWith(c)).map((w) => w.slice(c.length))),
  );
  if (branches.length === 0) return '';
  const body =
    branches.length === 1 && !words.includes('') ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  return words.includes('') ? `${body}?` : body;
}
