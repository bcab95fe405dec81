// The overlay's UI: a marker beside each matched paragraph and, for the open one, a card with
// the claims it carries. Rendered by Preact inside the closed shadow root; all text is set as
// text (Preact escapes it), never as HTML.

import { Component, Fragment } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { answerCredit, provenanceLine, type ClaimView, type FoundClaim } from '../../view/describe.ts';
import { cardAnswers, cardCredit, cardKinds, cardLead, cardOrder, kindsInWords } from '../../view/card.ts';
import { KINDS, kindOf } from '../../view/kinds.ts';
import { creditedLine, passageSentence } from '../../view/sources.ts';
import { count } from '../../view/plural.ts';
import { paragraphLabel, type HeadlineLines } from '../../view/numbering.ts';
import type { ClaimKind } from '../../model/types.ts';

export interface Rect {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

/** The visible part of the page, in document coordinates. */
export interface Viewport {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A claim found in a paragraph, with the seed appearance the paragraph matched. */
export interface Shown {
  view: ClaimView;
  why: FoundClaim['why'];
}

export interface Entry {
  paragraph: number;
  /** The paragraph's text: its first words tell a screen reader which paragraph a marker is for. */
  text: string;
  kind: ClaimKind;
  claims: Shown[];
  /** Its margin rule's colour: its kind's, shaded to show on the page behind it (tints.ts). */
  rule: string;
  rect: Rect;
  /**
   * Where the paragraph can be seen, if less than all of it (document coordinates): inside the
   * container it scrolls in, and out from under what the page draws over it (a sticky header).
   * Its rule is cut to it, and its marker hidden outside it, as the paragraph's text is.
   */
  visible: { top: number; bottom: number } | null;
}

export interface LayerProps {
  entries: Entry[];
  /**
   * The leftmost document x the page scrolls to: 0, or below 0 on a right-to-left page wider
   * than the window, whose overflow lies to the left.
   */
  origin: number;
  open: number | null;
  /** The open card was clicked open or opened by key: a click on its marker closes it. */
  pinned: boolean;
  subject: string;
  /**
   * Which paragraph each marker is for, in words (paragraphNames): worked out once per show, not
   * per render, as a scroll under a sticky header renders every frame.
   */
  names: ReadonlyMap<number, string>;
  viewport: Viewport;
  /** The window's bottom strip the legend takes, as measured: a card stays above it. */
  legendBand: number;
  /** The page is showing a modal layer over its text: the overlay hides under it (cover.ts). */
  hidden: boolean;
  /** The legend shows the kinds' key (else it is folded to a chip). */
  keyShown: boolean;
  onKeyShown(shown: boolean): void;
  /** A click or key: open this card and keep it open, or close (null). */
  onOpen(paragraph: number | null): void;
  /** The pointer entered a marker or its card, or left them (null). */
  onHover(paragraph: number | null): void;
  /** The card's link to the story page, at its leading claim. */
  onOpenStory(claimId: string | null): void;
  /** Moves focus to the marker `step` places from this paragraph's (arrow keys; the legend's 0). */
  onStep(paragraph: number, step: number): void;
  /**
   * The marker that last had focus: the markers' one stop in the tab order (the arrows go
   * between them), so a page's Tab crosses the overlay in three stops, not one per marker.
   */
  current: number | null;
  /** A marker got focus. */
  onCurrent(paragraph: number): void;
  /** A marker lost focus: the reader is no longer on its paragraph, which goes back to its tint. */
  onBlurMarker(): void;
  /**
   * A thin rule in each paragraph's margin, in its kind's colour: with the browser's highlights,
   * which rest in a faint tint (page.css's fallback draws a rule of its own).
   */
  rules: boolean;
}

/** A marker's width (styles.ts). */
export const MARKER = 34;
/** The marker's height (styles.ts). */
export const MARKER_HEIGHT = 22;
/** The margin rule's left edge, this far left of its paragraph's text (the marker ends 6 px away). */
const RULE_GAP = 5;
/** The keys that move focus between markers, and which way. */
const STEPS: Partial<Record<string, number>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
/**
 * How many characters of a paragraph name it in its marker's label: about 8 English words, and
 * a cap that holds for text without spaces (Chinese, Thai, a long address) too.
 */
const NAME_CHARS = 60;

/**
 * One word segmenter for every label, made only for an opening the space rule below cannot cut:
 * its first construction loads the browser's word-break data, 22–26 ms on the hostile
 * 200,000-element page (session 24's profile), on every page that shows the overlay.
 */
let words: Intl.Segmenter | undefined;

/** Letters and digits that join into one word with each other and with nothing else of LATIN_TAIL. */
const LATIN_WORD = /^[A-Za-z0-9À-ÖØ-öø-ɏ]*$/;
const LATIN_LETTER = /[A-Za-z0-9À-ÖØ-öø-ɏ]/;
/**
 * Punctuation that ends a word before a space: none of it is a letter, a digit, a connector (_)
 * or a mark that clings to the letter before it, and the few that join two letters or two digits
 * (. ' ’ : , ;) join nothing with a space after them.
 */
const LATIN_TAIL = /[!-/:-@[-^`{-~‘’“”–—…]/;

/**
 * Where the segmenter would cut the opening `all` at `cap` (UTF-16 units), worked out without
 * one, or null where that is not certain. Across a space the segmenter's last word within the
 * cap is plain to read (Unicode's word boundaries, UAX #29): if the letters running over the cap
 * began after its last space (a word-like segment cannot end inside a run of Latin letters and
 * digits, WB5 and WB8–10), the last word ends at the last Latin letter or digit before that
 * space, past any run of punctuation (which joins nothing across a space, WB6–7 and WB11–12).
 * Text without spaces, other scripts, marks or connectors are left to the segmenter. O(cap).
 */
function spacedCut(all: string, cap: number): number | null {
  const space = all.lastIndexOf(' ', cap);
  if (space <= 0 || !LATIN_WORD.test(all.slice(space + 1, cap + 1))) return null;
  let end = space;
  while (end > 0 && LATIN_TAIL.test(all.charAt(end - 1))) end--;
  return end > 0 && LATIN_LETTER.test(all.charAt(end - 1)) ? end : null;
}

/** A paragraph's opening, cut at a word boundary within NAME_CHARS, with an ellipsis where it goes on. */
export function openingWords(text: string): string {
  const all = text.trim().replace(/\s+/g, ' ');
  // NAME_CHARS code points are at most twice as many UTF-16 units: no need to split the rest.
  const chars = Array.from(all.slice(0, 2 * NAME_CHARS + 2));
  if (chars.length <= NAME_CHARS) return all;
  const cap = chars.slice(0, NAME_CHARS).join('').length; // in UTF-16 units, as the segments' ends
  const spaced = spacedCut(all, cap);
  if (spaced !== null) return `${all.slice(0, spaced)}…`;
  // The last word to end within the cap; the segmenter finds the words of unspaced scripts too.
  // It reads the opening and as much again: a word's bounds are read from the text around it.
  let cut = 0;
  words ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  for (const s of words.segment(all.slice(0, 2 * cap))) {
    const end = s.index + s.segment.length;
    if (end > cap) break;
    if (s.isWordLike === true) cut = end;
  }
  // One word longer than the cap: cut inside it.
  return `${all.slice(0, cut > 0 ? cut : cap)}…`;
}

/**
 * What names each paragraph in its marker's label: its opening words, quoted, and its number
 * too where two paragraphs open alike (“Facebook said in a statement to AFP that…”), numbered as
 * the popup's rows number it (numbering.ts): the popup's "Paragraph 3" focuses "…, paragraph 3".
 */
export function paragraphNames(
  entries: readonly { paragraph: number; text: string }[],
  headline: HeadlineLines | null,
): Map<number, string> {
  const openings = entries.map((e) => openingWords(e.text));
  const seen = new Map<string, number>();
  for (const o of openings) seen.set(o, (seen.get(o) ?? 0) + 1);
  return new Map(
    entries.map((e, i) => {
      const o = openings[i] ?? '';
      const quoted = o === '' ? [] : [`“${o}”`];
      const label = paragraphLabel(headline, e.paragraph);
      const numbered =
        o === '' || (seen.get(o) ?? 0) > 1 ? [`${label.charAt(0).toLowerCase()}${label.slice(1)}`] : [];
      return [e.paragraph, [...quoted, ...numbered].join(', ')];
    }),
  );
}
const CARD_WIDTH = 380;
/**
 * Narrower than this, a card beside its paragraph reads worse than one below it. At 280 px its
 * 14 px text sets about 33 characters a line (Chromium, a claim of the seeds: 37 at 296 and 300
 * px, 29 at 272), a newspaper column's measure; and the usual 1280 px window with a centred
 * 640 px column leaves 296 px beside it, where a 300 px minimum put every card over the text below.
 */
const CARD_MIN_WIDTH = 280;
/** A card never grows past this (it scrolls inside), nor past the window less a margin. */
export const CARD_MAX_HEIGHT = 440;
const GAP = 8;
/** The window's bottom strip the legend sits in, until it is measured: a card stays above it. */
export const LEGEND_BAND = 48;
/** Below this a card is too cramped to read: it covers its paragraph instead. */
export const MIN_HEIGHT = 160;
/** Where a card stands to its paragraph: `over` covers part of it (the paragraph fills the window). */
export type Side = 'beside' | 'below' | 'above' | 'over';

export function Layer({
  entries,
  origin,
  open,
  pinned,
  subject,
  names,
  viewport,
  legendBand,
  hidden,
  keyShown,
  onKeyShown,
  onOpen,
  onHover,
  onOpenStory,
  onStep,
  current,
  onCurrent,
  onBlurMarker,
  rules,
}: LayerProps) {
  // The article's column: a card beside a short paragraph must clear its longer neighbours too.
  const column = Math.max(...entries.map((e) => e.rect.right));
  // The layer's width, clipped: from the page's leftmost scroll position to the window or the
  // page's own text, whichever reaches further right. Nothing drawn past it can make the page
  // scroll sideways, and nothing within the page's scroll range is cut off.
  const edge = Math.max(viewport.right, column);
  // A hidden marker cannot take focus: the tab stop and the legend's Enter are among those shown.
  const first = entries.find(markerShown) ?? entries[0];
  const stop = entries.some((e) => e.paragraph === current && markerShown(e)) ? current : first?.paragraph;
  return (
    <div
      class="layer"
      style={{ left: `${origin}px`, width: `${edge - origin}px`, visibility: hidden ? 'hidden' : 'visible' }}
    >
      {/* Back at the document's x = 0: markers and cards are placed in document coordinates. */}
      <div class="origin" style={{ left: `${-origin}px` }}>
        {/* First of the overlay's stops in the tab order: the way in to the markers. */}
        <Legend
          marked={entries.length}
          keyShown={keyShown}
          onKeyShown={onKeyShown}
          onGo={() => first && onStep(first.paragraph, 0)}
        />
        {entries.map((e) => (
          <KeptMarker
            key={e.paragraph}
            entry={e}
            name={names.get(e.paragraph) ?? ''}
            stop={e.paragraph === stop}
            onCurrent={onCurrent}
            onBlurMarker={onBlurMarker}
            rule={rules}
            open={open === e.paragraph}
            pinned={pinned}
            subject={subject}
            viewport={viewport}
            legendBand={legendBand}
            column={column}
            edge={edge}
            onOpen={onOpen}
            onHover={onHover}
            onOpenStory={onOpenStory}
            onStep={onStep}
            origin={origin}
          />
        ))}
      </div>
    </div>
  );
}

/**
 * A marker's left edge (document coordinates), beside its paragraph: in the left margin if there
 * is room, else the right one; where neither has room (a full-bleed phone layout), over the
 * paragraph's right edge, inside the window (`viewLeft`) and the layer (`edge`). The overlay
 * looks for what covers a marker where this puts it.
 */
export function markerLeft(rect: Rect, origin: number, viewLeft: number, edge: number): number {
  return rect.left - origin >= MARKER + 8
    ? rect.left - MARKER - 6
    : Math.max(viewLeft, Math.min(rect.right + 6, edge - MARKER - 4));
}

/**
 * Whether a paragraph's marker is drawn: all of it inside the part of the paragraph the reader
 * sees (visibleSpan), not under what the page draws over it nor past its container's edge.
 */
export function markerShown({ rect, visible }: Entry): boolean {
  if (visible === null) return true;
  // A one-line paragraph is shorter than its marker: uncut at its foot, the marker shows whole.
  const foot =
    visible.bottom >= rect.bottom ? Math.max(visible.bottom, rect.top + MARKER_HEIGHT) : visible.bottom;
  return rect.top >= visible.top - 1 && rect.top + MARKER_HEIGHT <= foot + 1;
}

interface MarkerProps {
  entry: Entry;
  /** Which paragraph, in words (paragraphNames). */
  name: string;
  /** The markers' one tab stop. */
  stop: boolean;
  onCurrent: LayerProps['onCurrent'];
  onBlurMarker: LayerProps['onBlurMarker'];
  /** Draw the paragraph's margin rule. */
  rule: boolean;
  open: boolean;
  pinned: boolean;
  subject: string;
  viewport: Viewport;
  legendBand: number;
  column: number;
  /** The layer's right edge: a marker in the right margin stays inside it. */
  edge: number;
  origin: number;
  onOpen: LayerProps['onOpen'];
  onHover: LayerProps['onHover'];
  onOpenStory: LayerProps['onOpenStory'];
  onStep: LayerProps['onStep'];
}

/**
 * A marker drawn again only when what it shows changed. Each scroll frame under a sticky header
 * draws the layer again (the cut paragraph's visible part moves), and the entries whose part did
 * not change keep their object (overlay.tsx's spans): only the cut paragraphs' markers render.
 * The handlers are left out of the comparison: the layer's are new functions each render but do
 * the same (each calls the overlay's method, which reads its state when called). The window's
 * box matters to a closed marker only by its left edge (where a marker with no margin goes).
 */
class KeptMarker extends Component<MarkerProps> {
  override shouldComponentUpdate(next: MarkerProps): boolean {
    const was = this.props;
    return (Object.keys(next) as (keyof MarkerProps)[]).some((k) =>
      k === 'viewport'
        ? next.open
          ? next.viewport !== was.viewport
          : next.viewport.left !== was.viewport.left
        : typeof next[k] !== 'function' && next[k] !== was[k],
    );
  }

  override render(props: MarkerProps) {
    return <Marker {...props} />;
  }
}

function Marker({
  entry,
  name,
  stop,
  onCurrent,
  onBlurMarker,
  rule,
  open,
  pinned,
  subject,
  viewport,
  legendBand,
  column,
  edge,
  origin,
  onOpen,
  onHover,
  onOpenStory,
  onStep,
}: MarkerProps) {
  const { rect, visible } = entry;
  // The rule's run and the marker inside the visible box, as the paragraph's text is.
  const ruleTop = Math.max(rect.top, visible?.top ?? -Infinity);
  const ruleBottom = Math.min(rect.bottom, visible?.bottom ?? Infinity);
  const shown = markerShown(entry);
  const left = markerLeft(rect, origin, viewport.left, edge);
  const cardId = `backstory-card-${entry.paragraph}`;
  const n = entry.claims.length;
  // Which paragraph, in words: the markers sit apart from the text in the reading order. Every
  // kind it carries, as its card's heading names them, not only the one its colour is.
  const kinds = kindsInWords(cardKinds(entry.claims.map((c) => c.view.kind)));
  const label = `Backstory, ${kinds}, ${count(n, 'claim')}: ${name}`;
  return (
    <>
      {rule && ruleBottom > ruleTop && (
        <div
          class={`rule kind-${entry.kind}`}
          aria-hidden="true"
          // Between the marker and the text, within the layer: on a full-bleed page, over the text's edge.
          style={{
            top: `${ruleTop}px`,
            left: `${Math.max(origin, rect.left - RULE_GAP)}px`,
            height: `${ruleBottom - ruleTop}px`,
            background: entry.rule,
          }}
        />
      )}
      {/* Hovering opens the card but never takes focus: a reader typing elsewhere keeps the caret. */}
      <button
        class={`marker kind-${entry.kind}`}
        style={{ top: `${rect.top}px`, left: `${left}px`, visibility: shown ? undefined : 'hidden' }}
        aria-label={label}
        aria-expanded={open}
        aria-controls={cardId}
        data-paragraph={entry.paragraph}
        tabIndex={stop ? 0 : -1}
        onFocus={() => onCurrent(entry.paragraph)}
        onBlur={onBlurMarker}
        // A click on a card the pointer opened keeps it open; on one clicked open, closes it.
        onClick={() => onOpen(open && pinned ? null : entry.paragraph)}
        onKeyDown={(ev) => {
          // With a modifier an arrow is the browser's (Alt+Left: back) or a selection's: not ours.
          if (ev.altKey || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
          const step = STEPS[ev.key];
          if (step === undefined) return;
          // The arrows go from marker to marker instead of scrolling the page a line.
          ev.preventDefault();
          onStep(entry.paragraph, step);
        }}
        onMouseEnter={() => onHover(entry.paragraph)}
        onMouseLeave={() => onHover(null)}
      >
        {/* The kind's letter is drawn by the stylesheet (::before): the visible text stays the
            count, which the accessible name carries, as voice control needs. */}
        <span class="count">{n}</span>
      </button>
      {open && (
        <Card
          entry={entry}
          id={cardId}
          subject={subject}
          viewport={viewport}
          legendBand={legendBand}
          column={column}
          onClose={() => onOpen(null)}
          onHover={(inside) => onHover(inside ? entry.paragraph : null)}
          onPin={() => pinned || onOpen(entry.paragraph)}
          onOpenStory={onOpenStory}
        />
      )}
    </>
  );
}

/**
 * Where a card goes: never over its paragraph where the window allows, and inside the window
 * while its paragraph is in it. Placed again as the page scrolls, it stays with its paragraph: in
 * the window while any of the paragraph is, and out of it with the paragraph (never left stuck
 * to the window's edge over other text). Before it is drawn its height is not known, so it is
 * placed for its largest (`max`); once drawn, for its `drawn` height: either its top is set, or
 * its bottom (a card that must end above a line grows upwards). `was` is the side it was placed
 * on last: below or above its paragraph it stays there while that side holds it at MIN_HEIGHT.
 */
export function placeCard(
  rect: Rect,
  vp: Viewport,
  band = LEGEND_BAND,
  drawn?: number,
  was?: Side,
): { left: number; width: number; top: number | null; bottom: number | null; max: number; side: Side } {
  const max = Math.max(MIN_HEIGHT, Math.min(CARD_MAX_HEIGHT, vp.bottom - vp.top - GAP - band));
  const need = Math.min(max, drawn ?? max); // the height it must find room for
  const lowest = vp.bottom - band; // the card's bottom edge may not pass this
  const highest = vp.top + GAP; // nor its top edge this
  const right = vp.right - GAP - (rect.right + 16); // the room beside the paragraph
  // Level with the paragraph where the card fits below that (at the window's top while the
  // paragraph's top is above it, until its last line goes too); else standing on the window's
  // lowest line and growing upwards, as near its paragraph as its height allows, until the
  // paragraph's top goes below that line.
  const level = Math.min(Math.max(highest, rect.top), rect.bottom);
  const beside = (width: number) =>
    level + need <= lowest
      ? { left: rect.right + 16, width, top: level, bottom: null, max, side: 'beside' as const }
      : {
          left: rect.right + 16,
          width,
          top: null,
          bottom: Math.max(lowest, rect.top),
          max,
          side: 'beside' as const,
        };
  // Beside first, narrower if need be: below or above, it covers the text the reader is in.
  if (right >= CARD_MIN_WIDTH) return beside(Math.min(CARD_WIDTH, right));
  const width = Math.min(CARD_WIDTH, vp.right - vp.left - 2 * GAP);
  const left = Math.max(vp.left + GAP, Math.min(rect.left, vp.right - width - GAP));
  // The room each side has (below: out of the window's top with the paragraph gone above it).
  const below = lowest - Math.max(rect.bottom + GAP, highest);
  const above = rect.top - GAP - highest;
  // Bounded lower where its side has less room than it needs.
  const on = (side: 'below' | 'above') => {
    const room = side === 'below' ? below : above;
    const bound = room >= need ? max : room;
    return side === 'below'
      ? { left, width, top: rect.bottom + GAP, bottom: null, max: bound, side }
      : { left, width, top: null, bottom: rect.top - GAP, max: bound, side };
  };
  // Where it is while that side still holds it: placed afresh each scroll frame it would jump
  // across its paragraph (a paragraph and a card, 300 px and more) the moment the other side
  // had more room, and back again on the reader's next step the other way.
  if ((was === 'below' || was === 'above') && (was === 'below' ? below : above) >= Math.min(need, MIN_HEIGHT))
    return on(was);
  if (below >= need) return on('below');
  if (above >= need) return on('above');
  // Neither side has room for the card at its largest: the roomier one bounds it lower.
  if (Math.max(below, above) >= MIN_HEIGHT) return on(below >= above ? 'below' : 'above');
  // The paragraph fills the window: the card covers part of it rather than leave the window.
  return { left, width, top: null, bottom: lowest, max, side: 'over' };
}

function Card({
  entry,
  id,
  subject,
  viewport,
  legendBand,
  column,
  onClose,
  onHover,
  onPin,
  onOpenStory,
}: {
  entry: Entry;
  id: string;
  subject: string;
  viewport: Viewport;
  legendBand: number;
  column: number;
  onClose(): void;
  onHover(inside: boolean): void;
  onPin(): void;
  onOpenStory: LayerProps['onOpenStory'];
}) {
  // Its height as drawn, whenever it changes (opening, “Why this matched”, a new bound), as the
  // browser reports it after its own layout: a ResizeObserver, not a read after each render,
  // which made the browser lay the page out there and then, inside the animation frame. Only a
  // card shorter than its bound knows its height: one held at its bound is placed for its
  // largest again, so the two placements cannot take turns.
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<number | undefined>(undefined);
  // The side it was last placed on, which it keeps while it fits there (placeCard).
  const side = useRef<Side | undefined>(undefined);
  const place = placeCard(
    { ...entry.rect, right: Math.max(entry.rect.right, column) },
    viewport,
    legendBand,
    drawn,
    side.current,
  );
  side.current = place.side;
  const bound = useRef(place.max);
  bound.current = place.max;
  useLayoutEffect(() => {
    const card = box.current;
    if (card === null || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([seen]) => {
      const h = seen?.borderBoxSize[0]?.blockSize;
      setDrawn(h !== undefined && h < bound.current - 1 ? h : undefined);
    });
    observer.observe(card);
    return () => observer.disconnect();
  }, []);
  // The claim the card opens on: of the paragraph's leading kind, the earliest known.
  const lead = cardLead(
    entry.claims.map((c) => c.view),
    entry.kind,
  );
  // One claim: the heading is its kind, and the claim below says who first had it, once. Claims
  // of several kinds: the heading names each kind, and no outlet, which would be one claim's; of
  // one kind: who they are credited to, where it is true of each (cardCredit).
  const single = entry.claims.length === 1;
  const kinds = cardKinds(entry.claims.map((c) => c.view.kind));
  const source = cardCredit(
    entry.claims.map((c) => c.view),
    lead,
  );
  const answers = cardAnswers(entry.claims.map((c) => c.view));
  const claims = cardOrder(entry.claims, (c) => c.view, lead);
  const headingId = `${id}-heading`;
  return (
    <div
      class="card"
      ref={box}
      id={id}
      role="dialog"
      aria-labelledby={headingId}
      style={{
        left: `${place.left}px`,
        width: `${place.width}px`,
        top: place.top === null ? 'auto' : `${place.top}px`,
        // `bottom` counts from the layer's top edge, the document's top: a negative offset.
        bottom: place.bottom === null ? 'auto' : `${-place.bottom}px`,
        maxHeight: `${place.max}px`,
      }}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      // Used (pressed, or focused by key): the card stays when the pointer leaves.
      onPointerDown={onPin}
      onFocusIn={onPin}
    >
      <div class="head">
        <h2 id={headingId}>
          {kinds.map((k, i) => (
            <Fragment key={k.style.kind}>
              {i === 0 ? '' : i === kinds.length - 1 ? ' and ' : ', '}
              <span class={`chip kind-${k.style.kind}`} aria-hidden="true">
                {k.style.letter}
              </span>
              <span class="what">
                {i === 0 ? `${k.word.charAt(0).toUpperCase()}${k.word.slice(1)}` : k.word}
              </span>
            </Fragment>
          ))}
          {source !== '' && <span class="src"> · {source}</span>}
        </h2>
        <button class="close" aria-label="Close" title="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <div class="body">
        {claims.map((c) => (
          <ClaimBlock key={c.view.id} shown={c} badge={!single} />
        ))}
        {answers.length > 0 && (
          <section class="answers" aria-label={`${subject}’s answer`}>
            <h3>{subject}’s answer</h3>
            {answers.map((a) => (
              <blockquote key={a.claimId} class="answer">
                {a.official ? `“${a.quote}”` : a.quote}
                <cite>— {answerCredit(subject, a)}</cite>
              </blockquote>
            ))}
          </section>
        )}
      </div>
      <div class="foot">
        <button class="story" onClick={() => onOpenStory(lead?.id ?? null)}>
          Open the full story ↗
        </button>
      </div>
    </div>
  );
}

/** One claim of a card; `badge`: its kind named, where the card holds several. */
function ClaimBlock({ shown, badge }: { shown: Shown; badge: boolean }) {
  const { view: claim, why: matched } = shown;
  const [why, setWhy] = useState(false);
  const whyId = `backstory-why-${claim.id}`;
  const credited = creditedLine(claim);
  return (
    <section class="claim" data-claim={claim.id}>
      {badge && <span class={`kind kind-${claim.kind}`}>{kindOf(claim.kind).label}</span>}
      <p class="text">{claim.text}</p>
      <p class="first">{provenanceLine(claim)}</p>
      {credited !== '' && <p class="others">{credited}</p>}
      {matched !== null && (
        <>
          <button class="why" aria-expanded={why} aria-controls={whyId} onClick={() => setWhy(!why)}>
            Why this matched
          </button>
          {why && (
            <div class="why-body" id={whyId}>
              <p>This paragraph matched this passage:</p>
              <blockquote class="seed">“{matched.quote}”</blockquote>
              {/* The article it is from, by headline, and what the passage credits (not who published it). */}
              <p class="credit">{passageSentence(matched)}</p>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Legend({
  marked,
  keyShown,
  onKeyShown,
  onGo,
}: {
  marked: number;
  keyShown: boolean;
  onKeyShown(shown: boolean): void;
  onGo(): void;
}) {
  const what = `Backstory: ${count(marked, 'marked paragraph')}`;
  return (
    <div class={keyShown ? 'legend' : 'legend folded'}>
      {/* The visible words start the name, as voice control needs. */}
      <button class="go" aria-label={`${what}. Enter goes to the first`} onClick={onGo}>
        {keyShown ? what : `Backstory: ${marked}`}
      </button>
      {keyShown && (
        <span class="key" role="note" aria-label="Backstory’s kinds of claim">
          {KINDS.map((k) => (
            <span key={k.kind} class="entry">
              <span class={`sw kind-${k.kind}`} aria-hidden="true">
                {k.letter}
              </span>
              {k.word}
            </span>
          ))}
        </span>
      )}
      {/* Folded, the chip keeps out of the page's own corner buttons and text. */}
      <button
        class="fold"
        aria-label={keyShown ? 'Fold Backstory’s key' : 'Show Backstory’s key'}
        // The sign alone (– or +) says nothing to a reader with a pointer: the name as a tooltip too.
        title={keyShown ? 'Fold Backstory’s key' : 'Show Backstory’s key'}
        aria-expanded={keyShown}
        onClick={() => onKeyShown(!keyShown)}
      >
        {keyShown ? '–' : '+'}
      </button>
    </div>
  );
}
