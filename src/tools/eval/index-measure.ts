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

const isMain =
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  // `npm run index:report` runs this after the table: [seeds folder] [dev set folder] [--verbose].
  const [seedsDir = 'seeds', dir = 'test/eval/dev'] = process.argv
    .slice(2)
    .filter((a) => !a.startsWith('--'));
  const story = buildIndex([seedsDir]).stories[0];
  if (story !== undefined) {
    console.log(`\nagainst the reference claims of ${dir}:`);
    for (const line of indexMeasureReport(story, seedsDir, dir, true)) console.log(line);
  }
}
