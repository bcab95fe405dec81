// Details a page can get wrong while sharing a claim's words: another figure of the same scale,
// or other banks than the claim names. The dev set's own rule, and a reader's: a paragraph that
// says "2 billion users" or names the wrong bank does not state the claim.

import type { MentionFinder } from './speakers.ts';
import { nativeOnFirstUse } from '../text/pattern.ts';

/**
 * Parties named in the seed sentence of each unit, found lazily: only the few units that score
 * on a page are ever asked, and a page load must not scan every appearance of the index.
 */
export function partiesOfUnit(
  quotes: readonly string[],
  names: MentionFinder,
): (unit: number) => ReadonlySet<string> {
  const found = new Map<string, ReadonlySet<string>>();
  return (unit) => {
    const quote = quotes[unit] ?? '';
    let parties = found.get(quote);
    if (parties === undefined) {
      parties = new Set(
        names
          .mentions(quote)
          .filter((m) => m.kind === 'party')
          .map((m) => m.id),
      );
      found.set(quote, parties);
    }
    return parties;
  };
}

/** A figure with its scale ("#1.3b"). */
const SCALED_FIGURE = nativeOnFirstUse(/^#[\d.]+[kmbt]$/);
export const isScaledFigure = (term: string): boolean =>
  term.charCodeAt(0) === 35 /* # */ && SCALED_FIGURE().test(term);

/** A figure's trailing zeros, read from the first of the run only (exported for its property test against the quadratic form it replaced, backtracking.test.ts). */
export const TRAILING_ZEROS = /(?<!0)0+$/;

/** Significant digits of a figure as written: "100" has one, "120" two, "1.30" three. */
function significant(digits: string): number {
  const [whole = '', fraction = ''] = digits.split('.');
  if (fraction !== '') return (whole.replace(/^0+/, '') + fraction).replace(/^0+/, '').length;
  return whole.replace(/^0+/, '').replace(TRAILING_ZEROS, '').length;
}

/** How far a rounder figure may lie from the exact one, as a share of the exact one. */
const ROUNDING = 0.2;

/**
 * Whether two figures are the same at the precision of the rounder one, and near it: "$119
 * billion" is "some $100 billion" told to the dollar, "90 million" is "87 million" rounded; "2
 * billion" is not "1.3 billion", nor "1.5 billion", and "1 billion" is not "1.3 billion" (one
 * digit rounds 1.3 to 1 and 1.5 to 2, but a writer who rounds that far names another figure: a
 * fifth off the exact one at most). A writer rounds a figure, never moves it.
 */
export function sameRounded(a: string, b: string): boolean {
  const [rough, exact] = significant(a) <= significant(b) ? [a, b] : [b, a];
  const digits = Math.max(1, significant(rough));
  const [r, e] = [Number(rough), Number(exact)];
  return Number(e.toPrecision(digits)) === r && Math.abs(r - e) <= ROUNDING * e;
}

/**
 * A page unit that states another figure of the same scale ("2 billion users" for "1.3 billion
 * users"), or names only other parties than the claim's sentence does ("Bank of America and
 * JPMorgan" for U.S. Bank's answer), gets the detail wrong: it is not the claim. statesClaim
 * (checks.ts) does not call it for a claim without a scaled figure against a unit naming no party,
 * since neither test could then refuse: a new kind of contradiction must be added to that skip too.
 */
export function contradicts(
  claimTerms: readonly string[],
  pageTerms: readonly string[],
  claimParties: ReadonlySet<string>,
  pageParties: ReadonlySet<string>,
): boolean {
  // Indexed loops and no closures: this runs for every pair that scores, on a page load mostly
  // before the engine is optimised, where each for-of step and each closure allocates.
  for (let i = 0; i < claimTerms.length; i++) {
    const figure = claimTerms[i] ?? '';
    if (!isScaledFigure(figure) || pageTerms.includes(figure)) continue;
    const scale = figure.slice(-1);
    for (let j = 0; j < pageTerms.length; j++) {
      const t = pageTerms[j] ?? '';
      if (isScaledFigure(t) && t.endsWith(scale) && !sameRounded(figure.slice(1, -1), t.slice(1, -1)))
        return true;
    }
  }
  if (claimParties.size === 0 || pageParties.size === 0) return false;
  for (const p of pageParties) if (claimParties.has(p)) return false;
  return true;
}
