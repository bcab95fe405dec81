// The held-out measure's bookkeeping (`npm run eval:seeds`, held-out.ts): the story as it reads
// without one seed, the truth for that seed's paragraphs from the index of all seeds, and the
// count of what the matcher found against it. No rule of the compiler or the matcher is restated
// here: the seeds' paragraphs are the compiler's, the claims its own, and what counts as the same
// fact is where the two indexes' claims stand in the seeds.

import type { StoryInput } from '../../compiler/input.ts';
import { BuildError } from '../../compiler/errors.ts';
import { resolveStatements } from '../../compiler/statements.ts';
import type { Appearance, Story } from '../../model/types.ts';

/** The story without one seed, and what had to go with it so the build does not stop. */
export interface HeldOutInput {
  input: StoryInput;
  /** Statement records whose quote only the held-out seed carries (the build stops on a quote in no seed). */
  droppedStatements: string[];
}

/**
 * The story as its other seeds tell it: the seed's file and its story.json entry gone, and each
 * statement record whose quote none of the other seeds carries, asked of the compiler's own
 * resolution of records (a record it cannot place stops the build). Outlets, parties and the
 * subject stay: they are facts about the story, not text of the seed.
 */
export function withoutSeed(input: StoryInput, seed: string): HeldOutInput {
  const seeds = input.seeds.filter((s) => s.name !== seed);
  const rest = { ...input, seeds };
  const droppedStatements: string[] = [];
  const statements = input.story.statements.filter((st) => {
    try {
      resolveStatements({ ...rest, story: { ...input.story, statements: [st] } }, []);
      return true;
    } catch (e) {
      if (!(e instanceof BuildError)) throw e;
      droppedStatements.push(st.quote);
      return false;
    }
  });
  const entries = Object.entries(input.story.seeds).filter(([name]) => name !== seed);
  return {
    input: { ...rest, story: { ...input.story, seeds: Object.fromEntries(entries), statements } },
    droppedStatements,
  };
}

/** A stretch of one seed file, as paragraphs and appearances give it. */
export interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** What the held-out seed's paragraphs should be found to state, and how the two indexes' claims meet. */
export interface Truth {
  /** Paragraph → the full index's claims it carries that another seed carries too. */
  expected: Map<number, Set<string>>;
  /** Paragraph → the full index's claims it carries that no other seed does (not counted). */
  onlyHere: Map<number, Set<string>>;
  /**
   * A full-index claim of `expected` → the held-out index's claims holding one of its
   * appearances in the other seeds (the same seed, overlapping offsets); empty when none does.
   */
  heldOutOf: Map<string, Set<string>>;
}

/**
 * The truth for seed `seed`, whose paragraphs (offsets into its file) are `paragraphs`: a
 * paragraph carries a claim of the full index where one of the claim's appearances in this seed
 * overlaps it. Only the claims the other seeds carry too can be in the held-out index, and they
 * are mapped to it by their appearances there.
 */
export function truthOf(full: Story, heldOut: Story, seed: string, paragraphs: readonly Span[]): Truth {
  const expected = new Map<number, Set<string>>();
  const onlyHere = new Map<number, Set<string>>();
  const heldOutOf = new Map<string, Set<string>>();
  const add = (map: Map<number, Set<string>>, p: number, id: string): void => {
    const set = map.get(p) ?? new Set<string>();
    set.add(id);
    map.set(p, set);
  };
  for (const claim of full.claims) {
    const here = claim.appearances.filter((a) => a.seed === seed);
    if (here.length === 0) continue;
    const elsewhere = claim.appearances.filter((a) => a.seed !== seed);
    paragraphs.forEach((p, i) => {
      if (here.some((a) => overlaps(a, p))) add(elsewhere.length > 0 ? expected : onlyHere, i, claim.id);
    });
    if (elsewhere.length === 0) continue;
    const meets = (a: Appearance): boolean => elsewhere.some((b) => b.seed === a.seed && overlaps(a, b));
    heldOutOf.set(
      claim.id,
      new Set(heldOut.claims.filter((h) => h.appearances.some(meets)).map((h) => h.id)),
    );
  }
  return { expected, onlyHere, heldOutOf };
}

/** One (paragraph, claim) pair the matcher gave, the claim the held-out index's. */
export interface FoundPair {
  paragraph: number;
  claimId: string;
  score: number;
}

export interface SeedCount {
  /** (paragraph, full-index claim) pairs to find. */
  expected: number;
  /** Of those, pairs found: a found pair in the paragraph whose claim the full claim maps to. */
  found: number;
  /** Of the pairs found, those a copy found (a found pair scoring 1). */
  foundByCopy: number;
  /** Pairs the matcher gave. */
  predictions: number;
  /** Of those, pairs whose claim a claim expected in the paragraph maps to. */
  correct: number;
  /**
   * Of the right pairs, those scoring 1: a copy of the held-out index's words (seeds repeat wire
   * copy), not a paraphrase found.
   */
  copies: number;
  /** Expected pairs not found, as (paragraph, full-index claim). */
  missed: { paragraph: number; claimId: string }[];
  /** Pairs given that no expected claim of the paragraph maps to. */
  wrong: FoundPair[];
}

/** The matcher's pairs counted against the truth (held-out claim ids, paragraph numbers of the seed). */
export function countPairs(truth: Truth, matches: readonly FoundPair[]): SeedCount {
  const heldOutIn = (paragraph: number): Set<string> =>
    new Set([...(truth.expected.get(paragraph) ?? [])].flatMap((c) => [...(truth.heldOutOf.get(c) ?? [])]));
  const count: SeedCount = {
    expected: 0,
    found: 0,
    foundByCopy: 0,
    predictions: 0,
    correct: 0,
    copies: 0,
    missed: [],
    wrong: [],
  };
  for (const m of matches) {
    count.predictions++;
    if (!heldOutIn(m.paragraph).has(m.claimId)) count.wrong.push(m);
    else {
      count.correct++;
      if (m.score === 1) count.copies++;
    }
  }
  for (const [paragraph, claims] of [...truth.expected].sort(([a], [b]) => a - b))
    for (const claimId of claims) {
      count.expected++;
      const mapped = truth.heldOutOf.get(claimId) ?? new Set<string>();
      const by = matches.filter((m) => m.paragraph === paragraph && mapped.has(m.claimId));
      if (by.length === 0) count.missed.push({ paragraph, claimId });
      else {
        count.found++;
        if (by.some((m) => m.score === 1)) count.foundByCopy++;
      }
    }
  return count;
}

/**
 * The full index's claims holding one of a held-out claim's appearances (the same seed,
 * overlapping offsets): what a pair the truth counts wrong was about, as the full index groups it.
 */
export function fullClaimsOf(full: Story, heldOut: Story['claims'][number]): string[] {
  return full.claims
    .filter((c) =>
      c.appearances.some((a) => heldOut.appearances.some((b) => b.seed === a.seed && overlaps(a, b))),
    )
    .map((c) => c.id);
}
