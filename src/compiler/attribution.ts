// Who a seed sentence credits, and who is speaking in it. Names come from story.json (outlets,
// the subject, other parties); the patterns are generic news attribution forms.

import { MentionFinder, type Mention } from '../matching/speakers.ts';
import type { StoryFile } from './story-file.ts';

export interface Attribution {
  /** Outlets the sentence credits, in order of mention. */
  outlets: string[];
  /** The form that credited the first outlet, for the report and tests. */
  form: string | null;
}

// Generic words for "the report that broke the story" with no outlet named, in an attribution
// form ("according to the report", "the reports said"): they credit the outlet story.json says
// broke it. The report only named ("since the report was published") credits no one.
const REPORT_REFERENCE =
  /\b(reportedly|according to (the|a) (recent )?(reports?|newspaper)|(the|a) (recent )?(reports?|newspaper) (said|says|say|stated|claimed|noted)|says report|report(ed)? on Monday)\b/i;

/** A description's last word, read from its first character only (exported for its property test against the quadratic form it replaced, backtracking.test.ts). */
export const LAST_WORD = /(?<![\w-])[\w-]+$/;
const FORMS: [string, RegExp][] = [
  ['according to', /according to (sources cited by )?$/i],
  ['in a statement to/reported by', /(statement|comments?) (to|reported by|given to|obtained by) $/i],
  ['obtained by', /obtained by $/i],
  ['told', /\b(told|directed|telling) $/i],
  ['story in', /(story|report|article) (in|by) $/i],
  ['cited by', /cited by $/i],
];

export class EntityFinder {
  private readonly finder: MentionFinder;

  constructor(private readonly story: StoryFile) {
    this.finder = new MentionFinder([
      ...story.outlets.map((o) => ({ kind: 'outlet' as const, id: o.id, aliases: o.aliases })),
      { kind: 'subject', id: story.subject.name, aliases: story.subject.aliases },
      ...story.parties.map((p) => ({ kind: 'party' as const, id: p.name, aliases: p.aliases })),
    ]);
  }

  /**
   * Whether a bare description ("the bank") may stand for the actor `id` (for any actor, with
   * null): one of its names or `story.json` descriptions holds the description's noun ("U.S.
   * Bank"; "the company" for Facebook, whose aliases hold it).
   */
  describes(description: string, id: string | null): boolean {
    const noun = LAST_WORD.exec(description.trim())?.[0];
    if (noun === undefined) return false;
    const holds = new RegExp(`\\b${noun}\\b`, 'i');
    const actors: readonly { name: string; aliases: readonly string[]; descriptions?: readonly string[] }[] =
      [this.story.subject, ...this.story.parties];
    return actors
      .filter((a) => id === null || a.name === id)
      .some((a) => [...a.aliases, ...(a.descriptions ?? [])].some((n) => holds.test(n)));
  }

  /** Every entity mention, longest first where two overlap, in text order. */
  mentions(text: string): Mention[] {
    return this.finder.mentions(text);
  }

  attribution(text: string): Attribution {
    const outlets: string[] = [];
    let form: string | null = null;
    for (const m of this.mentions(text)) {
      if (m.kind !== 'outlet' || outlets.includes(m.id)) continue;
      // A name with no attribution form around it is a subject, not a source: "a recent Wall
      // Street Journal story implies incorrectly…" is Facebook answering the Journal.
      const f = formBefore(text, m) ?? formAfter(text, m);
      if (f === null) continue;
      if (outlets.length === 0) form = f;
      outlets.push(m.id);
    }
    if (REPORT_REFERENCE.test(text) && !outlets.includes(this.story.brokeBy)) {
      if (outlets.length === 0) form = 'report reference';
      outlets.push(this.story.brokeBy);
    }
    return { outlets, form };
  }
}

function formBefore(text: string, m: Mention): string | null {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  for (const [name, re] of FORMS) if (re.test(before)) return name;
  return null;
}

function formAfter(text: string, m: Mention): string | null {
  const after = text.slice(m.end, m.end + 70);
  // "AFP reported", "the Journal notes", "AFP and The Wall Street Journal reported".
  const verb = /^(?:'s)?(?: and [^.,;]{1,40}?)? (reported|reports|said|says|notes|noted|wrote)\b/.exec(after);
  if (verb !== null) return verb[1] ?? null;
  if (/^,? which first reported/.test(after)) return 'first reported';
  return null;
}
