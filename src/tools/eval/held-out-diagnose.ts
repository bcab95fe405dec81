// Why a paragraph did not meet a claim: the best pair of one of its units (sentences, clauses,
// quotations, cut as the matcher cuts them) and one of the claim's units, scored with no
// threshold, and the first of the matcher's refusals that pair meets. A diagnosis for the held-out
// report (held-out.ts, `--verbose`), not a second matcher: the score is the weighted Dice of the
// two units' terms, or the matcher's own stretch score where that is higher, and the refusals are
// the matcher's own (`statesClaim`, the polarity, the least evidence and claim unit weight).

import { statesClaim } from '../../matching/checks.ts';
import { PageParagraph, PageUnit } from '../../matching/page-unit.ts';
import type { PreparedStory } from '../../matching/prepare.ts';
import { fixed, INFORMATIVE, MIN_SCORE, MIN_SHARED_TERMS } from '../../matching/score.ts';
import type { Weights } from '../../matching/similarity.ts';
import { analyseNamed, voicesOf, type Voices } from '../../matching/speakers.ts';
import { stretchScore } from '../../matching/stretch.ts';
import { reportedClauses } from '../../text/reported.ts';
import { evidenceOf } from '../../text/terms.ts';
import { units } from '../../text/units.ts';

/** Lower ends of the score bands under the threshold (test/eval/LOG.md's recall rounds count 0.30–0.43). */
const BANDS = [0.3, 0.15, 0] as const;

export type MissClass =
  | 'polarity'
  | 'short of evidence'
  | 'claim unit too light'
  | 'a check refuses it'
  | 'scores, not found'
  | `scores ${string}`
  | 'no held-out claim';

export interface Diagnosis {
  /** The best score of a unit pair of one polarity. */
  score: number;
  /** Informative terms that pair shares (a name or a figure counts twice, as the matcher counts). */
  evidence: number;
  /** The best score of a pair across polarity, which the matcher never counts. */
  across: number;
  why: MissClass;
}

interface PairScore {
  score: number;
  evidence: number;
  /** The claim unit weighs what a paraphrase of it must. */
  heavy: boolean;
  states: boolean;
}

/** The page units of a paragraph as the matcher reads them: units, their sentence's voices. */
function pageUnits(prepared: PreparedStory, text: string): PageUnit[] {
  const mentions = prepared.names.mentions(text);
  const spans = analyseNamed(text, mentions);
  const { negations } = spans;
  const pieces = units(text, undefined, negations.length === 0 ? [] : reportedClauses(text), negations);
  const paragraph = new PageParagraph(text, mentions, spans, pieces);
  const out: PageUnit[] = [];
  let voices: Voices = { speaker: null, parties: new Set() };
  let sentence = -1;
  for (const u of pieces) {
    if (u.sentence !== sentence) {
      sentence = u.sentence;
      voices = voicesOf(text, u, mentions, voices.speaker);
    }
    out.push(new PageUnit(paragraph, u, voices));
  }
  return out;
}

function scoreUnitPair(prepared: PreparedStory, k: number, unit: PageUnit, weight: Weights): PairScore {
  const claim = prepared.story.claims[prepared.claimOf[k] ?? -1];
  const claimTerms = new Set(claim?.match[prepared.unitOf[k] ?? -1]?.terms ?? []);
  const pageTerms = new Set(unit.terms);
  let claimWeight = 0;
  let pageWeight = 0;
  let shared = 0;
  let evidence = 0;
  let pageSpecific = 0;
  for (const t of claimTerms) claimWeight += weight(t);
  for (const t of pageTerms) {
    const w = weight(t);
    pageWeight += w;
    pageSpecific += fixed(w * prepared.specificity(t));
    if (!claimTerms.has(t)) continue;
    shared += w;
    if (w > INFORMATIVE) evidence += evidenceOf(t);
  }
  const dice = claimWeight + pageWeight === 0 ? 0 : (2 * shared) / (claimWeight + pageWeight);
  const from = prepared.paraphraseFrom[k] ?? 0;
  const stretch = stretchScore(prepared, k, { terms: pageTerms, specificWeight: pageSpecific }, weight, from);
  return {
    score: Math.max(dice, stretch),
    evidence,
    heavy: fixed(claimWeight) >= from,
    states: statesClaim(prepared, k, unit, weight),
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * The best pair of the paragraph `text` with any unit of the claims `claimIds` (of the prepared
 * story), and why it is not a match. Where the best pair of one polarity reaches the threshold,
 * the first refusal it meets; else polarity where a pair across it would have scored; else the
 * score's band.
 */
export function diagnoseMiss(
  prepared: PreparedStory,
  weight: Weights,
  text: string,
  claimIds: ReadonlySet<string>,
): Diagnosis {
  if (claimIds.size === 0) return { score: 0, evidence: 0, across: 0, why: 'no held-out claim' };
  const ks: number[] = [];
  for (let k = 0; k < prepared.claimOf.length; k++)
    if (claimIds.has(prepared.story.claims[prepared.claimOf[k] ?? -1]?.id ?? '')) ks.push(k);
  let best: PairScore = { score: 0, evidence: 0, heavy: false, states: false };
  let across = 0;
  for (const unit of pageUnits(prepared, text))
    for (const k of ks) {
      const pair = scoreUnitPair(prepared, k, unit, weight);
      if (((prepared.negated[k] ?? 0) === 1) !== unit.negated) across = Math.max(across, pair.score);
      else if (pair.score > best.score || (pair.score === best.score && pair.states && !best.states))
        best = pair;
    }
  const found = { score: round(best.score), evidence: best.evidence, across: round(across) };
  if (best.score >= MIN_SCORE) {
    if (best.evidence < MIN_SHARED_TERMS) return { ...found, why: 'short of evidence' };
    if (!best.heavy) return { ...found, why: 'claim unit too light' };
    if (!best.states) return { ...found, why: 'a check refuses it' };
    return { ...found, why: 'scores, not found' };
  }
  if (across >= MIN_SCORE) return { ...found, why: 'polarity' };
  const at = BANDS.findIndex((b) => best.score >= b);
  const top = at === 0 ? MIN_SCORE : (BANDS[at - 1] ?? MIN_SCORE);
  return { ...found, why: `scores ${(BANDS[at] ?? 0).toFixed(2)}–${top.toFixed(2)}` };
}
