// Who is named in a sentence, and who speaks in it: the name before its first speech verb
// ("Citigroup said …"), or after it when the verb is inverted ("…, said Citigroup"). The
// compiler reads the speaker of every seed sentence (claim kinds and speakers); the page reads
// it too, so a bank's answer never matches a sentence in which another bank speaks.

export type EntityKind = 'outlet' | 'subject' | 'party';

export interface Entity {
  kind: EntityKind;
  /** Outlet id, or the subject's / party's name. */
  id: string;
  aliases: readonly string[];
}

export interface Mention {
  kind: EntityKind;
  id: string;
  start: number;
  end: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function aliasPattern(alias: string): RegExp {
  // Names are matched with their capitals ("the Journal" is not "a journal"); a leading article
  // may be capitalised or not.
  const body = escape(alias).replace(/^(the|a|an) /i, (m) => `[${m[0]?.toUpperCase()}${m[0]?.toLowerCase()}]${m.slice(1)}`);
  return new RegExp(`(?<![\\p{L}\\d])${body}(?![\\p{L}\\d])`, 'gu');
}

/** Finds mentions of a fixed set of entities. O(text × aliases) per call. */
export class MentionFinder {
  private readonly patterns: { kind: EntityKind; id: string; re: RegExp }[] = [];

  constructor(entities: readonly Entity[]) {
    for (const e of entities) for (const a of e.aliases) this.patterns.push({ kind: e.kind, id: e.id, re: aliasPattern(a) });
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
}

/** A name is specific when it is not a description ("the company", "the bank"). */
export const isSpecificAlias = (alias: string): boolean => !/^(the|a|an)\s/i.test(alias);

const SPEECH = /\b(said|says|saying|told|tells|denied|denies|deny|insisted|insists|clarified|explained|confirmed|stated|disputed|acknowledged|declined|decline|directed|added|statement|according to)\b/g;

/**
 * The speaker of a sentence: the mention that speaks its first speech verb with a speaker, or
 * 'report' for "…, says report", or null when no speech verb has a named speaker ("It said").
 */
export function speakerOf(text: string, mentions: readonly Mention[]): Mention | 'report' | null {
  SPEECH.lastIndex = 0;
  for (let m = SPEECH.exec(text); m !== null; m = SPEECH.exec(text)) {
    const verb = m[0].toLowerCase();
    const at = m.index;
    // "…, says report" / "…, said Citigroup": after a comma the speaker follows the verb.
    const inverted = /,\s*$/.test(text.slice(0, at)) && /^(says|said)$/.test(verb);
    if (inverted && /^\s+(the\s+)?(report|reports|newspaper)\b/i.test(text.slice(at + verb.length))) return 'report';
    const speaker = verb === 'according to' || inverted ? mentions.find((x) => x.start >= at + verb.length) : lastBefore(mentions, at);
    if (speaker !== undefined) return speaker;
  }
  return null;
}

/** True when the text has a speech verb at all: "It added that …" speaks, unnamed. */
export function hasSpeech(text: string): boolean {
  SPEECH.lastIndex = 0;
  return SPEECH.test(text);
}

function lastBefore(mentions: readonly Mention[], at: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of mentions) if (m.end <= at) found = m;
  return found;
}
