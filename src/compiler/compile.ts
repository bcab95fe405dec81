// Seeds + story.json → one story of the claim index. Pure over its inputs (no fs), so tests can
// compile variations of the seeds in memory.

import { fold, foldWithMap } from '../text/fold.ts';
import { GROUPS } from '../text/lexicon.ts';
import { hash32 } from '../text/hash.ts';
import { shingles } from '../matching/similarity.ts';
import { stem } from '../text/stem.ts';
import { analyse, evidenceSum, isConceptTerm, sliceSpans } from '../text/terms.ts';
import { analyseNamed, partyTerm, storyNames, type MentionFinder } from '../matching/speakers.ts';
import type {
  Appearance,
  Claim,
  ClaimIndex,
  ClaimKind,
  FirstReport,
  GateSignature,
  MatchSentence,
  Story,
} from '../model/types.ts';
import { units } from '../text/units.ts';
import { idfWeights } from '../matching/weights.ts';
import { indexChecksum } from '../model/validate.ts';
import { EntityFinder } from './attribution.ts';
import { classify } from './classify.ts';
import { cluster } from './cluster.ts';
import { linkAnswers } from './answers.ts';
import { BuildError } from './errors.ts';
import { seedParagraphs } from './furniture.ts';
import { claimPieces } from './segment.ts';
import type { SeedFile } from './read-seeds.ts';
import type { StoryFile } from './story-file.ts';

export interface StoryInput {
  /** Folder the story came from, for error messages. */
  dir: string;
  story: StoryFile;
  seeds: SeedFile[];
}

interface SeedSentenceInfo {
  seed: string;
  text: string;
  start: number;
  end: number;
  paragraph: number;
  terms: Set<string>;
  negated: boolean;
  outlets: string[];
  kind: ClaimKind;
  /** The subject or party speaking in the sentence, if named. */
  speaker: string | null;
  /** The whole seed sentence the clause was cut from. */
  sentence: string;
}

/** A clause with fewer concept terms than this is not a claim ("the reports said"). */
const MIN_TERMS = 3;
const SUBJECT_WEIGHT = 0.3;

/**
 * A clause states something when its terms weigh MIN_TERMS (a name or a figure counts twice)
 * and one of them is not a name: "(JPM), Wells Fargo & Co.", left of a stock ticker line, is not
 * a claim, "Wells Fargo declined to comment." is.
 */
const statesSomething = (terms: readonly string[]): boolean =>
  evidenceSum(terms) >= MIN_TERMS && terms.some((t) => !t.startsWith('@'));
const KIND_PRIORITY: ClaimKind[] = ['statement', 'response', 'report', 'context'];

export function compileIndex(inputs: StoryInput[]): ClaimIndex {
  // IDF over every sentence of every story, so weights are shared by all stories.
  const perStory = inputs.map((input) => ({ input, sentences: readSentences(input) }));
  const all = perStory.flatMap((s) => s.sentences);
  const df = new Map<string, number>();
  for (const s of all) for (const t of s.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = all.length;
  const idf: Record<string, number> = {};
  // The seeds are all about their story, so raw IDF over them would call the story's own core
  // words (ask, bank, data) uninformative. Flattened (0.6 + idf/2, chosen on the dev set): every
  // content word counts, rare ones more.
  const flatten = (d: number): number => round(0.6 + Math.log((n + 1) / (d + 0.5)) / 2);
  for (const [t, d] of [...df.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    idf[t] = flatten(d);
  for (const { input } of perStory) {
    // The subject's name is in nearly every sentence: it may support a match, never make one.
    for (const t of nameTerms(input.story.subject.aliases, true)) idf[t] = SUBJECT_WEIGHT;
    // Outlet names say who reported, not what: they must not make two claims look alike.
    for (const t of nameTerms(input.story.outlets.flatMap((o) => o.aliases))) idf[t] = 0;
    // A party's name is one term for what were two or three words ("Wells Fargo"), and as strong
    // a sign as a figure: it weighs double, as it counts double (evidenceOf).
    for (const p of input.story.parties) {
      const t = partyTerm(p.name);
      if (idf[t] !== undefined) idf[t] = round(idf[t] * 2);
    }
  }
  const index: ClaimIndex = { version: 1, checksum: '', idf, unknownIdf: flatten(0), stories: [] };
  const weight = idfWeights(index);
  for (const { input, sentences } of perStory) index.stories.push(compileStory(input, sentences, weight));
  index.checksum = indexChecksum(index);
  return index;
}

function readSentences({ story, seeds }: StoryInput): SeedSentenceInfo[] {
  const finder = new EntityFinder(story);
  const parties = storyNames(story);
  // Names alone ("to The Wall Street Journal") do not make a claim.
  const names = nameTerms([...story.outlets.flatMap((o) => o.aliases), ...story.subject.aliases]);
  const out: SeedSentenceInfo[] = [];
  for (const seed of seeds) {
    for (const para of seedParagraphs(seed.text)) {
      // Credit is read per sentence: a paragraph's attribution does not reach its other sentences,
      // which are as often the writer's own context as the outlet's report.
      // Claims are cut at clause level: one sentence often carries two facts ("…asked banks to
      // discuss offerings, as well as offer a feature to display balances"). Who is credited and
      // who speaks is read from the whole sentence and holds for each of its clauses.
      for (const s of para.sentences) {
        const outlets = finder.attribution(s.text).outlets;
        const { kind, speaker } = classify(s.text, finder, outlets.length > 0);
        for (const piece of claimPieces(s.text)) {
          const text = s.text.slice(piece.start, piece.end);
          const { terms, negated } = sliceSpans(analyseNamed(text, parties.mentions(text)), 0, text.length);
          const set = new Set(terms);
          if (!statesSomething([...set].filter((t) => !names.has(t)))) continue;
          out.push({
            seed: seed.name,
            text,
            start: s.start + piece.start,
            end: s.start + piece.end,
            paragraph: s.paragraph,
            terms: set,
            negated,
            outlets,
            kind,
            speaker,
            sentence: s.text,
          });
        }
      }
    }
  }
  return out;
}

function compileStory(
  input: StoryInput,
  sentences: SeedSentenceInfo[],
  weight: (t: string) => number,
): Story {
  const { story, seeds } = input;
  const statementSentences = resolveStatements(input, sentences);
  const names = storyNames(story);
  const groups = cluster(sentences, weight);
  const claims: Claim[] = groups.map((members) => {
    const items = members.map((i) => sentences[i]).filter((x): x is SeedSentenceInfo => x !== undefined);
    const official = members.some((i) => statementSentences.has(i));
    const kind = official ? 'statement' : majorityKind(items);
    const canonical = pickCanonical(items);
    const appearances: Appearance[] = items.map((s) => ({
      seed: s.seed,
      quote: s.text,
      start: s.start,
      end: s.end,
      outlet: s.outlets[0] ?? null,
    }));
    const first = firstReport(story, items);
    const outlets = orderOutlets(story, items, first.outlet);
    const head = items[0];
    const id = `c${hash32(`${head?.seed ?? ''}|${fold(head?.text ?? '').toLowerCase()}`)
      .toString(36)
      .padStart(7, '0')}`;
    const speaker =
      kind === 'statement' ? story.subject.name : kind === 'response' ? majoritySpeaker(items) : null;
    return {
      id,
      text: canonical,
      kind,
      speaker,
      appearances,
      firstReport: first,
      outlets,
      answeredBy: [],
      match: matchData(items, names),
    };
  });
  const ids = new Set<string>();
  for (const c of claims) {
    if (ids.has(c.id))
      throw new BuildError(
        input.dir,
        null,
        `two claims got the id ${c.id}: the same sentence appears twice in one seed`,
      );
    ids.add(c.id);
  }
  const statements = story.statements.map((s, k) => {
    const owner = claims.find((c) =>
      c.appearances.some(
        (a) =>
          statementSentences.get(sentences.findIndex((x) => x.seed === a.seed && x.start === a.start)) === k,
      ),
    );
    return { claimId: owner?.id ?? '', quote: s.quote, date: s.date, to: s.to };
  });
  const primary = story.statements.findIndex((s) => s.primary);
  linkAnswers(
    claims,
    statements.map((s) => s.claimId),
    statements[primary]?.claimId ?? null,
    weight,
    nameTerms([...story.subject.aliases], true),
  );
  return {
    id: story.id,
    title: story.title,
    summary: story.summary,
    broke: story.broke,
    brokeBy: story.brokeBy,
    subject: story.subject,
    parties: story.parties,
    outlets: story.outlets,
    statements,
    claims,
    gate: gateSignature(story, seeds, sentences),
  };
}

/** Each story.json statement must be in a seed; map it to the sentences that carry it. */
function resolveStatements(
  { dir, story, seeds }: StoryInput,
  sentences: SeedSentenceInfo[],
): Map<number, number> {
  const found = new Map<number, number>();
  story.statements.forEach((st, k) => {
    const quote = fold(st.quote);
    let hit = false;
    for (const seed of seeds) {
      const folded = foldWithMap(seed.text);
      for (let at = folded.text.indexOf(quote); at >= 0; at = folded.text.indexOf(quote, at + 1)) {
        hit = true;
        const start = folded.map[at] ?? 0;
        const end = (folded.map[at + quote.length - 1] ?? 0) + 1;
        sentences.forEach((s, i) => {
          if (s.seed === seed.name && s.start < end && start < s.end) found.set(i, k);
        });
      }
    }
    if (!hit)
      throw new BuildError(
        `${dir}/story.json`,
        st.line,
        `statements[${k}].quote is not in any seed: "${st.quote.slice(0, 80)}" — copy it exactly from a seed article`,
      );
  });
  return found;
}

/**
 * The kind most of a claim's attributed sentences have; ties go to the more specific kind. A
 * sentence that names no speaker or outlet (a headline, a rewrite) does not vote: it is
 * "context" only for lack of words, so a claim is context only when no sentence says more.
 */
function majorityKind(items: SeedSentenceInfo[]): ClaimKind {
  const votes = (k: ClaimKind): number => items.filter((s) => s.kind === k).length;
  const said = KIND_PRIORITY.filter((k) => k !== 'context' && votes(k) > 0);
  return (
    said.sort((a, b) => votes(b) - votes(a) || KIND_PRIORITY.indexOf(a) - KIND_PRIORITY.indexOf(b))[0] ??
    'context'
  );
}

/** The party most of a response's sentences name as speaking; ties go to the first named. */
function majoritySpeaker(items: SeedSentenceInfo[]): string | null {
  const votes = new Map<string, number>();
  for (const s of items) if (s.speaker !== null) votes.set(s.speaker, (votes.get(s.speaker) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, n] of votes) if (best === null || n > (votes.get(best) ?? 0)) best = name;
  return best;
}

function pickCanonical(items: SeedSentenceInfo[]): string {
  // The shortest complete sentence reads best as the claim's wording. A claim seen only as a
  // clause ("said it was not asking for transaction data") is worded by its whole sentence, so a
  // reader sees who said it.
  const complete = items.filter((s) => /^["'\u201C]?\p{Lu}/u.test(s.text) && /[.!?"'\u201D]$/.test(s.text));
  if (complete.length === 0)
    return (
      [...items].sort((a, b) => a.sentence.length - b.sentence.length || (a.seed < b.seed ? -1 : 1))[0]
        ?.sentence ?? ''
    );
  return (
    [...complete].sort((a, b) => a.text.length - b.text.length || (a.seed < b.seed ? -1 : 1))[0]?.text ?? ''
  );
}

function firstReport(story: StoryFile, items: SeedSentenceInfo[]): FirstReport {
  const credited = [...new Set(items.flatMap((s) => s.outlets))];
  const dateOf = (id: string): string | null => story.outlets.find((o) => o.id === id)?.firstReport ?? null;
  if (credited.length > 0) {
    const dated = credited
      .filter((o) => dateOf(o) !== null)
      .sort((a, b) => compareDates(dateOf(a), dateOf(b)));
    const first = dated[0] ?? (credited.length === 1 ? credited[0] : undefined);
    // Two credited outlets on the same first date: the seeds do not say which came first.
    const tied = dated.length > 1 && dateOf(dated[1] ?? '') === dateOf(dated[0] ?? '');
    if (first !== undefined && !tied)
      return { outlet: first, date: dateOf(first), basis: 'attribution', earliestSeed: null };
  }
  const seedsCarrying = [...new Set(items.map((s) => s.seed))];
  const dates = seedsCarrying.map((s) => story.seeds[s]?.date ?? null);
  const earliest =
    [...seedsCarrying].sort(
      (a, b) => compareDates(story.seeds[a]?.date ?? null, story.seeds[b]?.date ?? null) || (a < b ? -1 : 1),
    )[0] ?? null;
  if (dates.every((d) => d !== null) && earliest !== null)
    return {
      outlet: null,
      date: story.seeds[earliest]?.date ?? null,
      basis: 'earliest-seed',
      earliestSeed: earliest,
    };
  return { outlet: null, date: null, basis: 'undetermined', earliestSeed: earliest };
}

function orderOutlets(story: StoryFile, items: SeedSentenceInfo[], first: string | null): string[] {
  const all = [...new Set(items.flatMap((s) => s.outlets))];
  const order = story.outlets.map((o) => o.id);
  return all.sort((a, b) => (a === first ? -1 : b === first ? 1 : order.indexOf(a) - order.indexOf(b)));
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function matchData(items: SeedSentenceInfo[], names: MentionFinder): MatchSentence[] {
  const out: MatchSentence[] = [];
  const seen = new Set<string>();
  for (const [from, s] of items.entries()) {
    const spans = analyseNamed(s.text, names.mentions(s.text));
    for (const u of units(s.text)) {
      const { terms, negated } = sliceSpans(spans, u.start, u.end, u.polarityFrom);
      const unique = [...new Set(terms)].sort();
      if (!statesSomething(unique)) continue;
      const key = `${negated}|${unique.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ terms: unique, shingles: shingles(terms), negated, from });
    }
  }
  return out;
}

/**
 * Terms of names. With `concepts` false, a shared concept inside a name is left out: "Agence
 * France-Presse" must not make "press" (ask) a name. The subject's aliases keep them: "the
 * company", "the social network" are how the seeds name Facebook.
 */
function nameTerms(names: string[], concepts = false): Set<string> {
  const out = new Set<string>();
  for (const name of names)
    for (const t of analyse(name).terms) if (concepts || !isConceptTerm(t)) out.add(t);
  return out;
}

/**
 * The cheap pre-check's anchors: the subject's name, and the concepts every seed shares that
 * are neither the subject nor an outlet (for this story: banks, data). Each anchor is a list of
 * lowercase substrings, any of which may appear in the page's text.
 */
function gateSignature(story: StoryFile, seeds: SeedFile[], sentences: SeedSentenceInfo[]): GateSignature {
  const exclude = nameTerms([...story.subject.aliases, ...story.outlets.flatMap((o) => o.aliases)]);
  const seedCount = new Map<string, number>();
  const freq = new Map<string, number>();
  for (const seed of seeds) {
    const terms = new Set(sentences.filter((s) => s.seed === seed.name).flatMap((s) => [...s.terms]));
    for (const t of terms) seedCount.set(t, (seedCount.get(t) ?? 0) + 1);
  }
  for (const s of sentences) for (const t of s.terms) freq.set(t, (freq.get(t) ?? 0) + 1);
  const shared = [...seedCount.entries()]
    .filter(([t, c]) => c === seeds.length && !exclude.has(t) && !t.startsWith('#'))
    .sort(([a], [b]) => (freq.get(b) ?? 0) - (freq.get(a) ?? 0) || (a < b ? -1 : 1))
    .map(([t]) => t);
  const surfaces = (concept: string): string[] => {
    const group = GROUPS.find((g) => g[0] !== undefined && g[0].split('_').map(stem).join('_') === concept);
    const words = group === undefined ? [concept] : group.map((w) => w.replace(/_/g, ' '));
    return [...new Set(words.map((w) => stem(w.toLowerCase())))].sort();
  };
  const anchors = [[story.subject.name.toLowerCase()], ...shared.slice(0, 2).map(surfaces)];
  return { anchors, descriptions: descriptionsOf(story.subject), threshold: 3 };
}

/**
 * The descriptions a writer may use instead of the subject's name all through a piece ("the
 * social network"): a one-word description ("the company") could be anyone. Lowercase, none
 * containing the name or another description (the scan finds "social networking" by "social
 * network").
 */
function descriptionsOf(subject: StoryFile['subject']): string[] {
  const name = subject.name.toLowerCase();
  const forms = [...new Set(subject.aliases.map((a) => a.toLowerCase().replace(/^(the|a|an) /, '')))].filter(
    (a) => !a.includes(name) && a.split(/[\s-]+/).length >= 2,
  );
  return forms.filter((a) => !forms.some((b) => b !== a && a.includes(b))).sort();
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
