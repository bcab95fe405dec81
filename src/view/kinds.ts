// The one table of claim kinds: the order they are listed in, their labels, their colours. The
// overlay, the popup, the story page and the CLI read it, and so does their CSS, generated from
// it (kindClasses, kindHighlights) at build time or, in the overlay's shadow root, at run time. Each colour is a
// background for KIND_TEXT at 4.5:1 or more (WCAG AA), whatever the page's theme.

import type { Claim, ClaimKind } from '../model/types.ts';

export interface KindStyle {
  kind: ClaimKind;
  label: string;
  /** Highlight, marker and badge background. */
  colour: string;
  /**
   * The margin rule: the overlay's beside each marked paragraph, and the page's where the browser
   * has no CSS highlights. Each a middle grey's lightness, 3.7:1 or more against a white page and a
   * dark one (#1f1f1f), 4.3:1 or more against black (WCAG 1.4.11, 3:1 for a graphic), so the rule
   * shows whatever the page's theme.
   */
  mark: string;
  /** Where a paragraph carries several kinds, its marker takes the lowest rank's colour. */
  rank: number;
  /** The marker's letter, so a kind is told without its colour. */
  letter: string;
  /**
   * The kind in words where its letter is shown beside it (the legend, a card's heading, a
   * marker's name), so the letter is read from the word: "B response" left a reader to guess the B.
   * A response is any story.json party's, and the story's data does not say what its parties are:
   * the word (like the letter B) names this story's parties, four banks. A story of other parties
   * needs a field in story.json naming them, read here ("party's response" was tried: it left the
   * B unexplained again).
   */
  word: string;
  /** The word for several claims of the kind, as a card holding them is headed ("reports"). */
  words: string;
}

export const KIND_TEXT = '#1b1b1b';

/** In reading order: what was reported, what the subject said, what others said, context. */
export const KINDS: readonly KindStyle[] = [
  {
    kind: 'report',
    label: 'Report',
    colour: '#ffe8a3',
    mark: '#9a7400',
    rank: 2,
    letter: 'R',
    word: 'report',
    words: 'reports',
  },
  {
    kind: 'statement',
    label: 'Statement',
    colour: '#cfe3ff',
    mark: '#3a78d8',
    rank: 0,
    letter: 'S',
    word: 'statement',
    words: 'statements',
  },
  {
    kind: 'response',
    label: 'Response',
    colour: '#cdeccf',
    mark: '#2f8a3a',
    rank: 1,
    letter: 'B',
    word: 'bank’s response',
    words: 'banks’ responses',
  },
  {
    kind: 'context',
    label: 'Context',
    colour: '#e6e6e6',
    mark: '#7a7a7a',
    rank: 3,
    letter: 'C',
    word: 'context',
    words: 'context',
  },
];

const BY_KIND = new Map(KINDS.map((k) => [k.kind, k]));

export const kindOf = (kind: ClaimKind): KindStyle =>
  BY_KIND.get(kind) ?? (KINDS[KINDS.length - 1] as KindStyle);

/** The kind a paragraph with these kinds of claims is marked with. */
export function leadingKind(kinds: readonly ClaimKind[]): ClaimKind {
  return (
    kinds.map(kindOf).reduce<KindStyle | null>((a, b) => (a === null || b.rank < a.rank ? b : a), null)
      ?.kind ?? 'context'
  );
}

/** The `.kind-<kind>` classes: markers and badges, in the overlay, the popup and the story page. */
export function kindClasses(): string {
  return KINDS.map((k) => `.kind-${k.kind} { background: ${k.colour}; color: ${KIND_TEXT}; }`).join('\n');
}

/** The page's `::highlight(backstory-<kind>)` rules with their text colour, and the fallback's margin rule. */
export function kindHighlights(): string {
  return [
    ...KINDS.map(
      (k) => `::highlight(backstory-${k.kind}) { background-color: ${k.colour}; color: ${KIND_TEXT}; }`,
    ),
    ...KINDS.map((k) => `[data-backstory-kind='${k.kind}'] { --backstory-mark: ${k.mark}; }`),
  ].join('\n');
}

/**
 * A claim's kind in a table (the CSV export, `index:report`): a context claim kept as commentary
 * (compiler/commentary.ts) says so, since no page is ever matched to it.
 */
export function kindInTable(claim: Pick<Claim, 'kind' | 'commentary'>): string {
  return claim.commentary === true ? `${claim.kind} (commentary)` : claim.kind;
}
