// seeds/story.json: what the seed text cannot tell (names, dates, who the speakers are).
// Validated field by field; every error names the file, the line and what to fix.

import fs from 'node:fs';
import { BuildError } from './errors.ts';
import { parseJsonWithLines, type Located } from './json-positions.ts';
import { MAX_STORY_ID_CHARS } from '../model/guards.ts';
import type { Party, StoryFacts } from '../model/types.ts';
import { readReportTime } from '../text/calendar.ts';

export interface StatementRecord {
  quote: string;
  date: string | null;
  /** Outlet id the statement was given to, if known. */
  to: string | null;
  primary: boolean;
  line: number | null;
}

/**
 * A party as story.json gives it, with the descriptions that may stand for it after its name
 * ("the insurer"): the seeds cannot tell which party a bare "the insurer said" means, and the
 * subject, an outlet or a regulator outside the story may be described just as barely.
 */
export interface StoryParty extends Party {
  descriptions?: string[];
}

export interface StoryFile extends StoryFacts {
  parties: StoryParty[];
  seeds: Record<string, { byline: string | null; date: string | null }>;
  statements: StatementRecord[];
}

/**
 * The keys each record may have. A misspelt key ("firstreport") would otherwise be read as absent
 * without a word, and an absent date changes who is credited with a claim first.
 */
const KEYS = {
  'the story': [
    'id',
    'title',
    'summary',
    'broke',
    'brokeBy',
    'subject',
    'parties',
    'outlets',
    'seeds',
    'statements',
  ],
  'the subject': ['name', 'aliases'],
  'a party': ['name', 'aliases', 'descriptions'],
  'an outlet': ['id', 'name', 'aliases', 'firstReport'],
  'a seed': ['byline', 'date'],
  'a statement': ['quote', 'date', 'to', 'primary'],
} as const;

/** story.json, checked against the seed files (by name) of its folder. */
export function readStoryFile(file: string, seedNames: readonly string[]): StoryFile {
  if (!fs.existsSync(file))
    throw new BuildError(file, null, 'story file is missing: every seeds folder needs a story.json');
  const text = fs.readFileSync(file, 'utf8');
  return validateStory(file, parseJsonWithLines(file, text), seedNames);
}

function validateStory(file: string, doc: Located, seedNames: readonly string[]): StoryFile {
  // A declaration, not an arrow: only then does a call narrow the value it rejected.
  function fail(path: string, problem: string): never {
    throw new BuildError(
      file,
      // A key left out has no line: its record's, or the top level's.
      doc.line(path) ?? doc.line(path.replace(/[.[][^.[]*$/, '')) ?? doc.line(''),
      `${path || 'top level'}: ${problem}`,
    );
  }
  const obj = (v: unknown, path: string): Record<string, unknown> => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'must be an object');
    return v as Record<string, unknown>;
  };
  const record = (v: unknown, path: string, kind: keyof typeof KEYS): Record<string, unknown> => {
    const r = obj(v, path);
    const allowed: readonly string[] = KEYS[kind];
    for (const key of Object.keys(r))
      if (!allowed.includes(key))
        fail(path === '' ? key : `${path}.${key}`, `unknown key "${key}": ${kind} has ${allowed.join(', ')}`);
    return r;
  };
  const str = (v: unknown, path: string, nonEmpty = true): string => {
    if (typeof v !== 'string' || (nonEmpty && v.trim() === '')) fail(path, 'must be a non-empty string');
    return v;
  };
  const strs = (v: unknown, path: string): string[] => {
    if (!Array.isArray(v) || v.length === 0) fail(path, 'must be a non-empty list of strings');
    return v.map((x, i) => str(x, `${path}[${i}]`));
  };
  const list = (v: unknown, path: string): unknown[] => {
    if (!Array.isArray(v)) fail(path, 'must be a list');
    return v;
  };
  const date = (v: unknown, path: string, nullable: boolean): string | null => {
    if (v === null && nullable) return null;
    const s = str(v, path);
    const read = readReportTime(s);
    if ('problem' in read) fail(path, `"${s}" is not a date: ${read.problem}`);
    return s;
  };
  // A key left out would be read as unknown without a word, as a misspelt one would: an absent
  // date changes who is credited with a claim first. null says "unknown" on purpose.
  const present = (r: Record<string, unknown>, key: string, path: string): unknown => {
    if (!(key in r)) fail(path, `has no "${key}": add "${key}": null where it is unknown`);
    return r[key];
  };
  const nullableStr = (v: unknown, path: string): string | null =>
    v === null || v === undefined ? null : str(v, path);

  const root = record(doc.value, '', 'the story');
  const subject = record(root.subject, 'subject', 'the subject');
  const outlets = list(root.outlets, 'outlets').map((o, i) => {
    const p = `outlets[${i}]`;
    const r = record(o, p, 'an outlet');
    return {
      id: str(r.id, `${p}.id`),
      name: str(r.name, `${p}.name`),
      aliases: strs(r.aliases, `${p}.aliases`),
      firstReport: date(present(r, 'firstReport', p), `${p}.firstReport`, true),
    };
  });
  if (outlets.length === 0) fail('outlets', 'must name at least one outlet');
  const ids = new Set<string>();
  outlets.forEach((o, i) => {
    if (ids.has(o.id)) fail(`outlets[${i}].id`, `outlet id "${o.id}" is used twice`);
    ids.add(o.id);
  });
  // An alias that names two outlets would make attribution a guess.
  const aliasOwner = new Map<string, string>();
  outlets.forEach((o, i) =>
    o.aliases.forEach((a, k) => {
      const key = a.toLowerCase();
      const owner = aliasOwner.get(key);
      if (owner !== undefined && owner !== o.id)
        fail(
          `outlets[${i}].aliases[${k}]`,
          `alias "${a}" resolves to two outlets ("${owner}" and "${o.id}"): keep it on one`,
        );
      aliasOwner.set(key, o.id);
    }),
  );
  const brokeBy = str(root.brokeBy, 'brokeBy');
  if (!ids.has(brokeBy)) fail('brokeBy', `"${brokeBy}" is not an outlet id (one of ${[...ids].join(', ')})`);
  const seedsObj = obj(root.seeds ?? {}, 'seeds');
  const seeds: StoryFile['seeds'] = {};
  for (const [name, v] of Object.entries(seedsObj)) {
    // A name that is no seed's file (a typo, a renamed seed) would leave the real seed undated.
    if (!seedNames.includes(name))
      fail(`seeds.${name}`, `"${name}" is not a seed file in this folder (${seedNames.join(', ')})`);
    const r = record(v, `seeds.${name}`, 'a seed');
    seeds[name] = {
      byline: nullableStr(r.byline, `seeds.${name}.byline`),
      date: date(present(r, 'date', `seeds.${name}`), `seeds.${name}.date`, true),
    };
  }
  // A seed left out would be read as undated without a word; an entry says so on purpose.
  const unlisted = seedNames.find((name) => !(name in seeds));
  if (unlisted !== undefined)
    fail(
      'seeds',
      `seed file "${unlisted}" has no entry: add "${unlisted}": { "byline": …, "date": … } (null where unknown)`,
    );
  const statements = list(root.statements, 'statements').map((s, i) => {
    const p = `statements[${i}]`;
    const r = record(s, p, 'a statement');
    const to = nullableStr(r.to, `${p}.to`);
    if (to !== null && !ids.has(to)) fail(`${p}.to`, `"${to}" is not an outlet id`);
    if (r.primary !== undefined && typeof r.primary !== 'boolean')
      fail(`${p}.primary`, 'must be true or false');
    return {
      quote: str(r.quote, `${p}.quote`),
      date: date(present(r, 'date', p), `${p}.date`, true),
      to,
      primary: r.primary === true,
      line: doc.line(`${p}.quote`),
    };
  });
  const subjectAliases = strs(subject.aliases, 'subject.aliases');
  const parties = list(root.parties ?? [], 'parties').map((p, i) => {
    const r = record(p, `parties[${i}]`, 'a party');
    return {
      name: str(r.name, `parties[${i}].name`),
      aliases: strs(r.aliases, `parties[${i}].aliases`),
      ...(r.descriptions === undefined
        ? {}
        : { descriptions: strs(r.descriptions, `parties[${i}].descriptions`) }),
    };
  });
  // A description two parties share would make the speaker a guess, and one that is the subject's
  // or an outlet's alias never takes effect: that voice is read first.
  const voices = new Map<string, string>([
    ...subjectAliases.map((a): [string, string] => [a.toLowerCase(), 'the subject']),
    ...outlets.flatMap((o) => o.aliases.map((a): [string, string] => [a.toLowerCase(), `outlet "${o.id}"`])),
  ]);
  const describes = new Map<string, string>();
  parties.forEach((party, i) =>
    (party.descriptions ?? []).forEach((d, k) => {
      const key = d.toLowerCase();
      const path = `parties[${i}].descriptions[${k}]`;
      const voice = voices.get(key);
      if (voice !== undefined)
        fail(path, `"${d}" is an alias of ${voice}, which it would always name: remove it`);
      const owner = describes.get(key);
      if (owner !== undefined && owner !== party.name)
        fail(path, `"${d}" describes two parties ("${owner}" and "${party.name}"): keep it on one`);
      describes.set(key, party.name);
    }),
  );
  const id = str(root.id, 'id');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail('id', 'must be lowercase letters, digits and dashes');
  // A page names the stories its gate passed by id, and the extension refuses a longer one.
  if (id.length > MAX_STORY_ID_CHARS)
    fail('id', `is ${id.length} characters long: a story id may have at most ${MAX_STORY_ID_CHARS}`);
  return {
    id,
    title: str(root.title, 'title'),
    summary: str(root.summary, 'summary'),
    broke: date(root.broke, 'broke', false) ?? '',
    brokeBy,
    subject: { name: str(subject.name, 'subject.name'), aliases: subjectAliases },
    parties,
    outlets,
    seeds,
    statements,
  };
}
