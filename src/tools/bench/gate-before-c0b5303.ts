// The gate as it was before merge c0b5303 (src/gate/gate.ts at c0b5303^1), kept only as the
// baseline src/tools/bench/gate.ts measures today's gate against: it did not fold the page's text,
// so it missed story pages with a soft hyphen, full-width letters or a line break in an anchor,
// and cost a plain literal scan. Not used by the extension; do not fix it.
//
// Could this page be about a story? The cheap first test, run on every page the reader allows:
// every anchor group of the story's signature occurs somewhere in the page's text (one
// case-insensitive regex scan per group; most pages fail on the subject's name and stop). The
// second test, after matching, is src/matching/recognise.ts.

import { escapeRegExp } from '../../text/pattern.ts';

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
export function compileGate(stories: readonly GateStory[]): (text: string) => string[] {
  const names = scanner(stories.map((s) => s.anchors[0] ?? []));
  const descriptions = scanner(stories.map((s) => s.descriptions ?? []));
  // A story's other groups are compiled when its subject is first found: with many stories, a
  // page names few of them, and compiling every story's expressions on every page would cost
  // more than the scan.
  const rest: (Precheck | undefined)[] = [];
  const precheck = (i: number): Precheck => (rest[i] ??= compilePrecheck(stories[i]?.anchors.slice(1) ?? []));
  return (text) => {
    let found = names(text);
    if (!found.includes(true)) found = descriptions(text);
    return stories.filter((_, i) => found[i] === true && precheck(i)(text)).map((s) => s.id);
  };
}

/** For each story's list of words, whether the text holds one of them: one regex scan for all. */
function scanner(lists: readonly (readonly string[])[]): (text: string) => boolean[] {
  const lower = lists.map((words) => words.map((w) => w.toLowerCase()));
  const keys = [...new Set(lower.flat())].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const none = (): boolean[] => lists.map(() => false);
  if (keys.length === 0) return none;
  const pattern = new RegExp(keys.map(escapeRegExp).join('|'), 'gi');
  return (text) => {
    const seen = new Set<string>();
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) seen.add(m[0].toLowerCase());
    if (seen.size === 0) return none();
    const hits = [...seen];
    return lower.map((words) => words.some((w) => hits.some((n) => n.includes(w))));
  };
}

/** Compiles anchor groups once. The returned test is O(text length) per group. */
function compilePrecheck(anchors: readonly (readonly string[])[]): Precheck {
  const groups = anchors.map((words) => new RegExp(words.map(escapeRegExp).join('|'), 'i'));
  return (text) => groups.every((re) => re.test(text));
}
