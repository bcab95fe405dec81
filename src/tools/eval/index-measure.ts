// The index measured against a dev set's reference claims (issue #17): is each fact one claim?
// A reference claim's anchors are quotes from the seeds; each anchor is found in the seed text
// and falls in the index claims whose appearances cover it. The goal: every reference claim the
// seeds carry falls in exactly one index claim, and no index claim holds two reference claims.
// The reference claims only measure the compiler; nothing here feeds back into it.
// `npm run index:report` prints it after the index's table; `npm run eval` after its scores.

import fs from 'node:fs';
import path from 'node:path';
import { foldWithMap } from '../../text/fold.ts';
import type { Story } from '../../model/types.ts';
import { readSeeds } from '../../compiler/read-seeds.ts';
import { buildIndex } from '../../compiler/build.ts';
import { clean, HARD_MAX_WORDS, MAX_WORDS } from '../../compiler/wording.ts';
import { isMain } from '../../cli/is-main.ts';

interface RefClaim {
  id: string;
  text: string;
  anchors: string[];
}

export interface IndexMeasure {
  /** Per reference claim: the index claims its anchors fall in (empty: the seeds' text was not found in any claim). */
  refs: { id: string; text: string; claims: string[]; anchorsFound: number; anchors: number }[];
  /** Index claims that two or more reference claims fall in. */
  shared: { claimId: string; text: string; refs: string[] }[];
  indexClaims: number;
  /** Index claims no reference claim falls in (mostly context the reference set leaves out). */
  unreferenced: number;
}

/** Where `needle` occurs in `text`, as original offsets, compared folded and case-blind. */
function occurrences(text: string, needle: string): [number, number][] {
  const hay = foldWithMap(text);
  const lower = hay.text.toLowerCase();
  const want = foldWithMap(needle).text.toLowerCase();
  const out: [number, number][] = [];
  if (want === '') return out;
  for (let at = lower.indexOf(want); at >= 0; at = lower.indexOf(want, at + 1))
    out.push([hay.map[at] ?? 0, (hay.map[at + want.length - 1] ?? 0) + 1]);
  return out;
}

export function measureIndex(
  story: Story,
  seeds: readonly { name: string; text: string }[],
  refs: readonly RefClaim[],
): IndexMeasure {
  const refsOf = new Map<string, Set<string>>();
  const rows = refs.map((ref) => {
    const claims = new Set<string>();
    let anchorsFound = 0;
    for (const anchor of ref.anchors) {
      let found = false;
      for (const seed of seeds) {
        for (const [start, end] of occurrences(seed.text, anchor)) {
          found = true;
          // The claims whose appearances cover at least half the anchor; else the one covering most.
          const cover = story.claims
            .map((c) => ({
              id: c.id,
              chars: c.appearances
                .filter((a) => a.seed === seed.name)
                .reduce((n, a) => n + Math.max(0, Math.min(end, a.end) - Math.max(start, a.start)), 0),
            }))
            .filter((c) => c.chars > 0)
            .sort((a, b) => b.chars - a.chars);
          const most = cover.filter((c) => c.chars * 2 >= end - start);
          for (const c of most.length > 0 ? most : cover.slice(0, 1)) claims.add(c.id);
        }
      }
      if (found) anchorsFound++;
    }
    for (const id of claims) refsOf.set(id, (refsOf.get(id) ?? new Set()).add(ref.id));
    return {
      id: ref.id,
      text: ref.text,
      claims: [...claims].sort(),
      anchorsFound,
      anchors: ref.anchors.length,
    };
  });
  const shared = story.claims
    .filter((c) => (refsOf.get(c.id)?.size ?? 0) >= 2)
    .map((c) => ({ claimId: c.id, text: c.text, refs: [...(refsOf.get(c.id) ?? [])].sort() }));
  return {
    refs: rows,
    shared,
    indexClaims: story.claims.length,
    unreferenced: story.claims.filter((c) => !refsOf.has(c.id)).length,
  };
}

/** How the claims read (issue #17's Deliver 2 and 4), whatever the reference set. */
export interface WordingMeasure {
  /** Pairs of claims worded alike. */
  identical: number;
  /** Pairs where one claim's wording is the start of another's: a clause and its whole sentence. */
  prefixes: [string, string][];
  overMax: number;
  overHard: number;
  /**
   * Wordings with a lead-in, an attribution, a ticker or a leading time the wording step would
   * still clean, and statements and responses worded with their speech lead-in (`speech`).
   */
  unclean: string[];
  /**
   * Statements and responses worded with a speech lead-in ("Facebook said on Monday …", "A
   * Facebook spokesperson clarified that …", "… told PCMag that"): who said it is the claim's
   * speaker, which the view shows beside the wording. A report's "Facebook has told banks that
   * …" is its fact, not a lead-in: it has no speaker.
   */
  speech: string[];
  /** Wordings that open on a pronoun (the seed named no actor for it). */
  pronoun: string[];
  undetermined: number;
  answered: number;
}

/** The marks that end a wording, read from the first of the run only (exported for its property test against the quadratic form it replaced, backtracking.test.ts). */
export const END_MARKS = /(?<![.!?"\u201D…])[.!?"\u201D…]+$/;

/** A speaker of up to five words, then a neutral verb of speech (not "denied": that is the fact). */
const SPEECH_LEAD =
  /^(?:[^\s"\u201C]+\s+){1,5}?(?:also\s+)?(?:(?:is|has)\s+)?(?:said|says|saying|clarified|explained|stated|added|noted|told\s+\S+)\b/i;

export function measureWording(story: Story): WordingMeasure {
  const core = (t: string): string => t.replace(END_MARKS, '').toLowerCase();
  const words = (t: string): number => t.split(/\s+/).filter((w) => w !== '').length;
  const pairs = story.claims.flatMap((a, i) => story.claims.slice(i + 1).map((b) => [a, b] as const));
  const speech = story.claims.filter((c) => c.speaker !== null && SPEECH_LEAD.test(c.text)).map((c) => c.id);
  return {
    identical: pairs.filter(([a, b]) => core(a.text) === core(b.text)).length,
    prefixes: pairs.flatMap(([a, b]) => {
      const [x, y] = core(a.text).length <= core(b.text).length ? [a, b] : [b, a];
      return core(x.text) !== core(y.text) && core(y.text).startsWith(core(x.text)) ? [[x.id, y.id]] : [];
    }),
    overMax: story.claims.filter((c) => words(c.text) > MAX_WORDS).length,
    overHard: story.claims.filter((c) => words(c.text) > HARD_MAX_WORDS).length,
    unclean: story.claims
      .filter((c) => core(clean(c.text)) !== core(c.text) || speech.includes(c.id))
      .map((c) => c.id),
    speech,
    pronoun: story.claims.filter((c) => /^(?:it|its|they|their|he|she)\b/i.test(c.text)).map((c) => c.id),
    undetermined: story.claims.filter((c) => c.firstReport.basis === 'undetermined').length,
    answered: story.claims.filter((c) => c.answeredBy.length > 0).length,
  };
}

/** The wording measure as printed lines (`npm run index:report`, `npm run eval`). */
export function wordingReport(story: Story): string[] {
  const w = measureWording(story);
  const ids = (list: readonly string[]): string => (list.length === 0 ? '' : ` (${list.join(' ')})`);
  return [
    `wording            ${w.identical} pairs worded alike, ${w.prefixes.length} where one wording starts another${ids(w.prefixes.map(([x, y]) => `${x}<${y}`))}; ${w.overMax} over ${MAX_WORDS} words (${w.overHard} over ${HARD_MAX_WORDS})`,
    `                   ${w.unclean.length} with a lead-in, attribution (a speech lead-in: ${w.speech.length}), ticker or leading time left${ids(w.unclean)}; ${w.pronoun.length} opening on a pronoun${ids(w.pronoun)}`,
    `provenance         ${w.undetermined} claims whose first outlet is not determined; ${w.answered} reports answered`,
  ];
}

/** The measure of `story` against the reference claims of the dev set in `dir`, as printed lines. */
export function indexMeasureReport(story: Story, seedsDir: string, dir: string, verbose = false): string[] {
  const refs = (JSON.parse(fs.readFileSync(path.join(dir, 'claims.json'), 'utf8')) as { claims: RefClaim[] })
    .claims;
  const m = measureIndex(story, readSeeds(seedsDir), refs);
  const count = (f: (n: number) => boolean): number => m.refs.filter((r) => f(r.claims.length)).length;
  const lines = [
    `index measure      ${m.indexClaims} claims; of ${m.refs.length} reference claims: ${count((n) => n === 1)} in exactly one claim, ${count((n) => n > 1)} split over several (${m.refs.reduce((n, r) => n + Math.max(0, r.claims.length - 1), 0)} extra claims), ${count((n) => n === 0)} in none`,
    `                   ${m.shared.length} claims holding two or more reference claims; ${m.unreferenced} claims holding none`,
  ];
  if (verbose) {
    for (const r of m.refs)
      if (r.claims.length !== 1)
        lines.push(`  ${r.id} in ${r.claims.length} claims ${r.claims.join(' ')}  "${r.text.slice(0, 60)}"`);
    for (const s of m.shared)
      lines.push(`  ${s.claimId} holds ${s.refs.join('+')}  "${s.text.slice(0, 60)}"`);
  }
  return lines;
}

if (isMain(import.meta.url)) {
  // `npm run index:report` runs this after the table: [seeds folder] [dev set folder] [--verbose].
  const [seedsDir = 'seeds', dir = 'test/eval/dev'] = process.argv
    .slice(2)
    .filter((a) => !a.startsWith('--'));
  const story = buildIndex([seedsDir]).stories[0];
  if (story !== undefined) {
    console.log('');
    for (const line of wordingReport(story)) console.log(line);
    console.log(`\nagainst the reference claims of ${dir}:`);
    for (const line of indexMeasureReport(story, seedsDir, dir, true)) console.log(line);
  }
}
