// Who a seed sentence credits, and who is speaking in it. Names come from story.json (outlets,
// the subject, other parties); the patterns are generic news attribution forms.

import type { StoryFile } from './story-file.ts';

export type EntityKind = 'outlet' | 'subject' | 'party';

export interface Mention {
  kind: EntityKind;
  /** Outlet id, or the subject's / party's name. */
  id: string;
  start: number;
  end: number;
}

export interface Attribution {
  /** Outlets the sentence credits, in order of mention. */
  outlets: string[];
  /** The form that credited the first outlet, for the report and tests. */
  form: string | null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function aliasPattern(alias: string): RegExp {
  // Names are matched with their capitals ("the Journal" is not "a journal"); a leading article
  // may be capitalised or not.
  const body = escape(alias).replace(/^(the|a|an) /i, (m) => `[${m[0]?.toUpperCase()}${m[0]?.toLowerCase()}]${m.slice(1)}`);
  return new RegExp(`(?<![\\p{L}\\d])${body}(?![\\p{L}\\d])`, 'gu');
}

// Generic words for "the report that broke the story" with no outlet named: they credit the
// outlet story.json says broke it.
const REPORT_REFERENCE = /\b(reportedly|(the|a) (recent )?(reports?|newspaper)|says report|reports? said|reports? (say|says)|report(ed)? on Monday)\b/i;

const FORMS: [string, RegExp][] = [
  ['according to', /according to (sources cited by )?$/i],
  ['in a statement to/reported by', /(statement|comments?) (to|reported by|given to|obtained by) $/i],
  ['obtained by', /obtained by $/i],
  ['told', /\b(told|directed|telling) $/i],
  ['story in', /(story|report|article) (in|by) $/i],
  ['cited by', /cited by $/i],
];

export class EntityFinder {
  private readonly patterns: { kind: EntityKind; id: string; re: RegExp }[] = [];

  constructor(private readonly story: StoryFile) {
    for (const o of story.outlets) for (const a of o.aliases) this.patterns.push({ kind: 'outlet', id: o.id, re: aliasPattern(a) });
    for (const a of story.subject.aliases) this.patterns.push({ kind: 'subject', id: story.subject.name, re: aliasPattern(a) });
    for (const p of story.parties) for (const a of p.aliases) this.patterns.push({ kind: 'party', id: p.name, re: aliasPattern(a) });
  }

  /** Every entity mention, longest first where two overlap, in text order. */
  mentions(text: string): Mention[] {
    const found: Mention[] = [];
    for (const { kind, id, re } of this.patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) found.push({ kind, id, start: m.index, end: m.index + m[0].length });
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Mention[] = [];
    for (const m of found) {
      const last = out[out.length - 1];
      if (last !== undefined && m.start < last.end) continue;
      out.push(m);
    }
    return out;
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
