// `npm run eval:seeds`: how much of a real article the matcher finds when that article is not in
// the index. The seeds are real published coverage, but also the index's source, so matching them
// scores 1.00 trivially; here each seed is held out in turn: an index is compiled from the other
// seeds (held-out-truth.ts says what goes with it), the seed's paragraphs are read by the engine
// against it as `npm run eval` reads a page, and what it finds is scored against the facts the
// seed shares with the other seeds, as the index of all seeds groups them.
// `--verbose` lists every miss and wrong pair, with the best unit pair's score (held-out-diagnose.ts).

import { readStory } from '../../compiler/build.ts';
import { compileIndex } from '../../compiler/compile.ts';
import { seedParagraphs } from '../../compiler/furniture.ts';
import { Engine } from '../../matching/engine.ts';
import { prepare } from '../../matching/match.ts';
import { idfWeights, PAGE_UNKNOWN_WEIGHT } from '../../matching/weights.ts';
import type { ClaimIndex, Story } from '../../model/types.ts';
import { indexProblem } from '../../model/validate.ts';
import { readPage } from '../../pipeline/pipeline.ts';
import { isMain } from '../../cli/is-main.ts';
import { markdownTable } from './eval.ts';
import { diagnoseMiss, type Diagnosis } from './held-out-diagnose.ts';
import {
  countPairs,
  fullClaimsOf,
  truthOf,
  withoutSeed,
  type FoundPair,
  type SeedCount,
} from './held-out-truth.ts';

/** One seed held out: its figures, and the lines `--verbose` lists. */
export interface SeedResult {
  seed: string;
  paragraphs: number;
  /** Statement records dropped with the seed: only it quotes them. */
  droppedStatements: string[];
  /** Claims of the full index only this seed carries, and the (paragraph, claim) pairs they make. */
  onlyHereClaims: number;
  onlyHerePairs: number;
  /** Full-index claims to find that no held-out claim holds an appearance of. */
  unmapped: number;
  /** Full-index claims to find whose other appearances the held-out index holds in two claims or more. */
  split: number;
  recognised: boolean;
  /** The recognised page's score (the sum of its distinct claims' best scores); 0 when not recognised. */
  score: number;
  count: SeedCount;
  misses: { paragraph: number; claimId: string; diagnosis: Diagnosis; line: string }[];
  /** The pairs counted wrong, and whether the seed states the pair's fact in another paragraph. */
  wrong: { line: string; elsewhere: boolean }[];
}

const only = (index: ClaimIndex, what: string): Story => {
  const story = index.stories[0];
  if (story === undefined || index.stories.length !== 1) throw new Error(`${what}: expected one story`);
  return story;
};

const quote = (text: string): string => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Holds out each seed of the story folder `dir` in turn; seeds in name order. */
export function heldOutMeasure(dir: string): SeedResult[] {
  const input = readStory(dir);
  const full = only(compileIndex([input]), dir);
  return input.seeds.map((seed) => {
    const { input: rest, droppedStatements } = withoutSeed(input, seed.name);
    const index = compileIndex([rest]);
    // The extension refuses an index its own check rejects: one it would refuse measures nothing.
    const problem = indexProblem(index);
    if (problem !== null)
      throw new Error(`the index without ${seed.name} fails the start-up check: ${problem}`);
    const heldOut = only(index, `${dir} without ${seed.name}`);
    // The seed's paragraphs as the compiler reads it (one a line, furniture dropped, the headline first).
    const spans = seedParagraphs(seed.text);
    const paragraphs = spans.map((p) => seed.text.slice(p.start, p.end));
    const truth = truthOf(full, heldOut, seed.name, spans);
    const engine = new Engine(index);
    // As `npm run eval` reads a page: the gate on the page's text, then the page pipeline.
    const { result } = readPage(engine, { paragraphs, gate: { text: paragraphs.join('\n') } });
    const found: FoundPair[] = result.matches.map((m) => ({
      paragraph: m.paragraph,
      claimId: m.claimId,
      score: m.score,
    }));
    const count = countPairs(truth, found);
    const weight = idfWeights(index, PAGE_UNKNOWN_WEIGHT);
    const prepared = prepare(heldOut, weight);
    const fullText = (id: string): string => full.claims.find((c) => c.id === id)?.text ?? '';
    const misses = count.missed.map(({ paragraph, claimId }) => {
      const diagnosis = diagnoseMiss(
        prepared,
        weight,
        paragraphs[paragraph] ?? '',
        truth.heldOutOf.get(claimId) ?? new Set(),
      );
      const line =
        `missed: ${seed.name} ¶${paragraph} ${quote(paragraphs[paragraph] ?? '')} ${claimId} ` +
        `${quote(fullText(claimId))}: best ${diagnosis.score} (${diagnosis.evidence} informative), ` +
        `across polarity ${diagnosis.across}: ${diagnosis.why}`;
      return { paragraph, claimId, diagnosis, line };
    });
    // Where the seed carries each full-index claim: what a wrong pair's claim was about.
    const carried = (id: string): number[] =>
      [...truth.expected, ...truth.onlyHere]
        .filter(([, ids]) => ids.has(id))
        .map(([p]) => p)
        .sort((a, b) => a - b);
    const wrong = count.wrong.map((w) => {
      const claim = heldOut.claims.find((c) => c.id === w.claimId);
      const about = claim === undefined ? [] : fullClaimsOf(full, claim);
      const at = about.map((id) => {
        const ps = carried(id);
        return `${id} ${ps.length === 0 ? 'not in this seed' : `in ${ps.map((p) => `¶${p}`).join(' ')}`}`;
      });
      const expected = [...(truth.expected.get(w.paragraph) ?? [])];
      const line =
        `wrong: ${seed.name} ¶${w.paragraph} ${quote(paragraphs[w.paragraph] ?? '')} → ${w.claimId} ` +
        `${quote(claim?.text ?? '')} score ${w.score}; its fact in the full index: ${at.join(', ') || 'none'}; ` +
        `expected here: ${expected.join(', ') || 'none'}`;
      return { line, elsewhere: about.some((id) => carried(id).length > 0) };
    });
    const onlyHere = [...truth.onlyHere.values()];
    const mapped = [...truth.heldOutOf.values()];
    return {
      seed: seed.name,
      paragraphs: paragraphs.length,
      droppedStatements,
      onlyHereClaims: new Set(onlyHere.flatMap((s) => [...s])).size,
      onlyHerePairs: onlyHere.reduce((n, s) => n + s.size, 0),
      unmapped: mapped.filter((s) => s.size === 0).length,
      split: mapped.filter((s) => s.size > 1).length,
      recognised: result.story !== null,
      score: result.score,
      count,
      misses,
      wrong,
    };
  });
}

const rate = (part: number, whole: number): string =>
  `${whole === 0 ? '–' : (part / whole).toFixed(3)} (${part}/${whole})`;

export const HELD_OUT_HEAD = [
  'seed held out',
  'paragraphs',
  'its own facts (claims, pairs)',
  'precision',
  'right by a copy',
  'precision without copies',
  'recall',
  'recall without copies',
  'recognised (score)',
];

/** The table's rows: one a seed, then all seeds together. */
export function heldOutRows(results: readonly SeedResult[]): string[][] {
  const row = (
    name: string,
    r: Pick<SeedResult, 'paragraphs' | 'onlyHereClaims' | 'onlyHerePairs'> & {
      count: Pick<SeedCount, 'correct' | 'copies' | 'predictions' | 'found' | 'foundByCopy' | 'expected'>;
      recognised: string;
    },
  ): string[] => [
    name,
    String(r.paragraphs),
    `${r.onlyHereClaims}, ${r.onlyHerePairs}`,
    rate(r.count.correct, r.count.predictions),
    String(r.count.copies),
    rate(r.count.correct - r.count.copies, r.count.predictions - r.count.copies),
    rate(r.count.found, r.count.expected),
    rate(r.count.found - r.count.foundByCopy, r.count.expected - r.count.foundByCopy),
    r.recognised,
  ];
  const sum = (f: (r: SeedResult) => number): number => results.reduce((n, r) => n + f(r), 0);
  return [
    ...results.map((r) =>
      row(r.seed, { ...r, recognised: r.recognised ? `yes (${r.score.toFixed(2)})` : 'no' }),
    ),
    row('all', {
      paragraphs: sum((r) => r.paragraphs),
      onlyHereClaims: sum((r) => r.onlyHereClaims),
      onlyHerePairs: sum((r) => r.onlyHerePairs),
      count: {
        correct: sum((r) => r.count.correct),
        copies: sum((r) => r.count.copies),
        predictions: sum((r) => r.count.predictions),
        found: sum((r) => r.count.found),
        foundByCopy: sum((r) => r.count.foundByCopy),
        expected: sum((r) => r.count.expected),
      },
      recognised: `${results.filter((r) => r.recognised).length}/${results.length}`,
    }),
  ];
}

/** The misses of every seed, counted by why. */
export function missClasses(results: readonly SeedResult[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of results)
    for (const m of r.misses) counts.set(m.diagnosis.why, (counts.get(m.diagnosis.why) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
}

if (isMain(import.meta.url)) {
  const verbose = process.argv.includes('--verbose');
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'seeds';
  const started = performance.now();
  const results = heldOutMeasure(dir);
  const seconds = (performance.now() - started) / 1000;
  console.log(markdownTable([HELD_OUT_HEAD, ...heldOutRows(results)]));
  console.log(
    '\nA pair is (paragraph, fact) for a fact the seed shares with another seed, as the index of all seeds ' +
      "groups it; a seed's own facts are not in the index without it and are not counted. A copy scores 1: " +
      "the paragraph repeats the held-out index's words (wire copy); the other pairs are paraphrase.",
  );
  for (const r of results) {
    const notes = [
      ...r.droppedStatements.map((q) => `statement record dropped (only this seed quotes it): ${quote(q)}`),
      ...(r.unmapped > 0 ? [`${r.unmapped} fact(s) to find that no held-out claim holds`] : []),
      ...(r.split > 0 ? [`${r.split} fact(s) to find held by two held-out claims or more`] : []),
    ];
    if (notes.length > 0) console.log(`${r.seed}:\n${notes.map((n) => `  ${n}`).join('\n')}`);
  }
  const classes = missClasses(results);
  if (classes.length > 0)
    console.log(
      `\nMisses by why (the best unit pair): ${classes.map(([why, n]) => `${n} ${why}`).join(', ')}`,
    );
  const wrong = results.flatMap((r) => r.wrong);
  const elsewhere = wrong.filter((w) => w.elsewhere).length;
  if (wrong.length > 0)
    console.log(
      `Wrong pairs: ${wrong.length - elsewhere} a fact the seed does not state (as the index of all seeds groups ` +
        `its facts), ${elsewhere} one it states in another paragraph`,
    );
  if (verbose)
    for (const r of results)
      for (const line of [...r.misses.map((m) => m.line), ...r.wrong.map((w) => w.line)]) console.log(line);
  // On stderr: the figures on stdout are the same on every run, the time is not.
  console.error(`\n${results.length} held-out indexes compiled and matched in ${seconds.toFixed(1)} s`);
}
