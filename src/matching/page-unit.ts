// One unit of a page paragraph (a sentence, a clause, a quotation) as the scorer and the checks
// see it: its terms and polarity, who speaks in its sentence, and what it names, read only when a
// pair first asks (most units score against nothing).

import { shingleAt } from './similarity.ts';
import type { Owner } from './movement.ts';
import type { StretchPage } from './stretch.ts';
import { mentionsWithin, type Mention, type Voices } from './speakers.ts';
import { sliceSpans, type Spanned } from '../text/terms.ts';
import type { Piece, Unit } from '../text/units.ts';
import { isWordChar } from '../text/chars.ts';

/**
 * A paragraph as its units see it: its names, and the set of them, made when first asked, and all
 * its units (each sentence's first is the whole sentence), which a check of one unit may read
 * beside it.
 */
export class PageParagraph {
  private ids: Set<string> | null = null;
  /**
   * The hash of the word triple at each index of the paragraph's terms (`shingleAt`), -1 until
   * one of its units asks: a sentence and its clauses and quotations share most of their
   * triples, each hashed once.
   */
  private triples: number[] | null = null;

  /** Each asked sentence's conditions, by its start: [from, to) pairs of offsets. */
  private conditions: Map<number, readonly number[]> | null = null;

  constructor(
    readonly text: string,
    readonly mentions: readonly Mention[],
    readonly spans: Spanned,
    readonly units: readonly Unit[],
  ) {}

  /**
   * Whether the sentence holds a condition ("if …", "unless …", to the next comma or the sentence's
   * end) that `at`, an offset in the paragraph, is not inside. "even if", "as if" and "asked if"
   * open none. Each sentence is read once, however many of its units ask: O(sentence).
   */
  conditionOutside(sentence: Piece, at: number): boolean {
    const conditions = (this.conditions ??= new Map());
    let spans = conditions.get(sentence.start);
    if (spans === undefined) {
      spans = conditionsOf(this.text, sentence);
      conditions.set(sentence.start, spans);
    }
    for (let i = 0; i < spans.length; i += 2)
      if (at < (spans[i] ?? 0) || at >= (spans[i + 1] ?? 0)) return true;
    return false;
  }

  /** Everyone the paragraph names (subject, parties, outlets) by id. */
  names(): ReadonlySet<string> {
    return (this.ids ??= new Set(this.mentions.map((m) => m.id)));
  }

  /** The hash of the word triple at index i of the paragraph's terms (i + 2 among them). */
  shingleAt(i: number): number {
    const { terms } = this.spans;
    const triples = (this.triples ??= new Array<number>(Math.max(0, terms.length - 2)).fill(-1));
    const known = triples[i] ?? -1;
    if (known >= 0) return known;
    const made = shingleAt(terms, i);
    triples[i] = made;
    return made;
  }
}

export class PageUnit {
  readonly terms: string[];
  readonly negated: boolean;
  /** The index of the unit's first term among its paragraph's (its terms are a run of them). */
  private readonly first: number;
  private named: Mention[] | null = null;
  private parties: ReadonlySet<string> | null = null;
  private shingleSet: Set<number> | null = null;
  private stretch: StretchPage | null = null;
  /**
   * What three checks read of the unit alone, kept by them (checks.ts, movement.ts) from the first
   * pair that asks: a unit that scores against several claim units is asked the same at each.
   * Fields rather than a WeakMap keyed by unit: a page's units are many and short-lived.
   * `stockOwners` depends on the story's subject too, which is not part of the key: a unit is made
   * for one prepared story (match.ts, bestPerClaim) and must not be shared across stories.
   */
  stockOwners: readonly Owner[] | null = null;
  opensWithOthers: boolean | null = null;
  namesSomeone: boolean | null = null;

  constructor(
    readonly paragraph: PageParagraph,
    readonly unit: Unit,
    readonly voices: Voices,
  ) {
    const { terms, negated, first } = sliceSpans(paragraph.spans, unit.start, unit.end, unit.polarityFrom);
    this.terms = terms;
    this.negated = negated;
    this.first = first;
  }

  /** Where the unit's i-th term's word is in the paragraph. */
  termOffset(i: number): number {
    return this.paragraph.spans.at[this.first + i] ?? 0;
  }

  /** The subject or party that speaks in the unit's sentence, or null. */
  get speaker(): string | null {
    return this.voices.speaker;
  }

  /** The mentions inside the unit itself. */
  mentions(): readonly Mention[] {
    return (this.named ??= mentionsWithin(this.paragraph.mentions, this.unit.start, this.unit.end));
  }

  /** The parties the unit is about: those it names, else (a clause that names none) its sentence's. */
  partiesNamed(): ReadonlySet<string> {
    if (this.parties === null) {
      const own = new Set(
        this.mentions()
          .filter((m) => m.kind === 'party')
          .map((m) => m.id),
      );
      this.parties = own.size > 0 ? own : this.voices.parties;
    }
    return this.parties;
  }

  /**
   * The unit's terms as a stretch of a claim unit is scored against them (stretch.ts), with their
   * weight by specificity as the lookup summed it (`Lookup.specificWeight`). Kept from the first
   * call: a unit's terms, and so that sum, do not change within one matcher call.
   */
  stretchPage(specificWeight: number): StretchPage {
    return (this.stretch ??= { terms: new Set(this.terms), specificWeight });
  }

  /** Hashes of the unit's word triples, for verbatim copies. */
  shingles(): ReadonlySet<number> {
    if (this.shingleSet !== null) return this.shingleSet;
    // shingleSet(this.terms), each triple's hash read from the paragraph's.
    const out = new Set<number>();
    const { paragraph, first } = this;
    const triples = this.terms.length - 2;
    for (let i = 0; i < triples; i++) out.add(paragraph.shingleAt(first + i));
    return (this.shingleSet = out);
  }
}

/** Words that open a condition; and the words before "if" that make it no condition. */
const CONDITION_WORDS = ['if', 'unless'];
const NOT_A_CONDITION = /(?:^|\s)(?:even|as|asked|wondered|whether or)\s+$/;

/**
 * The conditions of a sentence of `text`: [from, to) pairs of offsets in `text`, each from its
 * word to the next comma or the sentence's end. Searched as text, not by an expression (compiled
 * on a first page); the next comma is found once per stretch, so a sentence of many "if"s and no
 * comma is read in O(length).
 */
function conditionsOf(text: string, sentence: Piece): number[] {
  const { start, end } = sentence;
  const lower = text.slice(start, end).toLowerCase();
  const out: number[] = [];
  for (const word of CONDITION_WORDS) {
    let comma = -1;
    for (let c = lower.indexOf(word); c >= 0; c = lower.indexOf(word, c + word.length)) {
      if (isWordChar(lower.charCodeAt(c - 1)) || isWordChar(lower.charCodeAt(c + word.length))) continue;
      if (NOT_A_CONDITION.test(lower.slice(Math.max(0, c - 12), c))) continue;
      if (comma < c) {
        comma = lower.indexOf(',', c);
        if (comma < 0) comma = lower.length;
      }
      out.push(start + c, start + comma);
    }
  }
  return out;
}
