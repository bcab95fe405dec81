// The overlay's lifecycle: one host element in the page holding a closed shadow root, the
// highlights, and the layout. Layout reads (rects) happen together in one animation frame, then
// one render writes: no read/write interleaving, so no layout thrash.

import { render } from 'preact';
import type { PageView } from '../../view/describe.ts';
import { leadingKind } from '../../view/kinds.ts';
import type { HeadlineLines } from '../../view/numbering.ts';
import type { ClaimKind } from '../../model/types.ts';
import { HOST_TAG } from '../host.ts';
import type { OverlayState } from '../../extension/messages.ts';
import type { PageParagraph } from '../../page/extract.ts';
import { Highlighter, rangeOf } from './highlights.ts';
import { ruleShade } from './tints.ts';
import { readTheme } from './theme.ts';
import { boxOf, scrollerOf, type ScrollBox } from './scrollers.ts';
import { coversAt, MARKER_PROBES, markerCovers, NO_COVERS, visibleSpan, type Covers } from './cover.ts';
import { WHITE } from './colour.ts';
import { kindOf } from '../../view/kinds.ts';
import {
  Layer,
  LEGEND_BAND,
  MARKER,
  MARKER_HEIGHT,
  markerLeft,
  markerShown,
  paragraphNames,
  type Entry,
  type Rect,
  type Shown,
} from './Layer.tsx';
import { OVERLAY_CSS } from './styles.ts';

/** What the overlay asks of the extension: a page may not open the extension's own pages. */
export interface OverlayActions {
  /** Opens the story page at this claim. */
  openStory(claimId: string | null): void;
}

interface Item {
  paragraph: number;
  node: PageParagraph;
  kind: ClaimKind;
  claims: Shown[];
  /** Its margin rule's colour, its kind's shaded to show on the paragraph's background (tints.ts). */
  rule: string;
  /** Its nearest scrolling ancestor below the body, if it has one (scrollers.ts). */
  scroller: Element | null;
}

/**
 * The reader folded the legend to a chip: it stays folded for as long as the page is open (this
 * script's life), even as the overlay is drawn again. Nothing is stored.
 */
let keyFolded = false;

/** How long a hovered card stays after the pointer leaves it, its marker and its paragraph. */
const HOVER_CLOSE_MS = 400;
/**
 * The longest a hovered card stays once the pointer has left it and its marker, however the
 * pointer moves on the way between them: twice a slow hand's 0.8 s across a column.
 */
const CORRIDOR_MAX_MS = 1600;

/**
 * While the page keeps changing size (an animated banner, a resizing ad), its markers are measured
 * again at most this often: every frame would cost a layout read per marker and a render, for as
 * long as the animation runs.
 */
const RESIZE_PAINT_MS = 200;

/**
 * While the page has nothing over the markers' column, it is looked for again at most this often
 * as the page scrolls: a few hit tests a frame would be spent on nothing on most pages.
 */
const PROBE_MS = 250;
/**
 * While a modal hides the overlay, it is looked for again this often: a wall closed by its own
 * style (display: none on it, not on <html> or <body>) tells no listener, and the page does not
 * scroll under it. A few hit tests twice a second, only while the modal is there.
 */
const MODAL_PROBE_MS = 400;
/**
 * While a marker in the window is hidden by a small widget the page draws over it, that is looked
 * for again after this long, the page standing still: a chat bubble closed by its own style
 * (display: none on it) tells no listener. Each wait is twice the last (1, 2, 4, 8 s), and after
 * COVERED_PROBE_LAST_MS none until the next scroll or paint, so a widget that never goes costs
 * four looks. None while the tab is hidden, and one as soon as it is shown (timedLook). A sticky
 * header or a bar along the window's foot starts none: the page scrolls under a header (onScroll
 * looks each frame then), and one that goes without a scroll usually changes <html> or <body>.
 */
const COVERED_PROBE_MS = 1000;
const COVERED_PROBE_LAST_MS = 8000;
/** The rule's middle, this far left of its paragraph's text (Layer's RULE_GAP less half its width). */
const RULE_INSET = 3;

/** How far up from the element under the pointer its paragraph is looked for (inline markup's depth). */
const HOVER_DEPTH = 8;

/** Escape, but not one that cancels an IME composition in the page (keyCode 229 while composing). */
const isEscape = (ev: KeyboardEvent): boolean => ev.key === 'Escape' && !ev.isComposing && ev.keyCode !== 229;

const plain = (r: DOMRect): { top: number; left: number; bottom: number; right: number } => ({
  top: r.top,
  left: r.left,
  bottom: r.bottom,
  right: r.right,
});

/** Two visible parts of a paragraph (visibleSpan) are the same. */
const sameSpan = (a: Entry['visible'], b: Entry['visible']): boolean =>
  a === b || (a !== null && b !== null && a.top === b.top && a.bottom === b.bottom);

export class Overlay {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly mount: HTMLElement;
  private readonly highlighter: Highlighter;
  private items: Item[] = [];
  private open: number | null = null;
  /** The open card was asked for (a click, a key, the popup), not only hovered: it stays open. */
  private pinned = false;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Where the pointer may go without closing a hovered card, once it has left the marker and
   * the card: the box around the marker, its paragraph and the card, so any path between them.
   * The card can be a column away from its marker (780 px at 1280 px), which a hand takes
   * longer than the delay to cross. The box also holds the text the reader reads on, so it buys
   * time only while the pointer moves, and no more than CORRIDOR_MAX_MS in all.
   */
  private corridor: { top: number; left: number; bottom: number; right: number } | null = null;
  /** When the pointer left the marker and the card (performance.now()). */
  private leftAt = 0;
  /** Listens only while a hovered card is open and the pointer is away from its marker and card. */
  private readonly onPointerMove = (ev: PointerEvent): void => {
    const z = this.corridor;
    if (
      z !== null &&
      ev.pageX >= z.left &&
      ev.pageX <= z.right &&
      ev.pageY >= z.top &&
      ev.pageY <= z.bottom
    ) {
      // On its way: the card stays HOVER_CLOSE_MS past this move, within the cap.
      clearTimeout(this.hoverTimer);
      this.closeHoveredLater(Math.min(HOVER_CLOSE_MS, this.leftAt + CORRIDOR_MAX_MS - performance.now()));
    } else if (this.hoverTimer === undefined) this.closeHoveredLater();
  };
  private entries: Entry[] = [];
  /**
   * Light dismiss, as a popover's: while a card is open, a press anywhere in the page outside the
   * overlay closes it, and so does an Escape the page leaves alone. Listening only while a card is
   * open, so the page's Escape is its own the rest of the time.
   */
  private readonly onPressOutside = (ev: PointerEvent): void => {
    if (!ev.composedPath().includes(this.host)) this.press(null);
  };
  /**
   * A press inside an embedded frame (an ad, a video, a social embed) reaches no listener of
   * this document: its only trace here is focus leaving for the frame, which blurs the window.
   * The frame's element is then the document's active element (in Firefox only once the blur
   * is over, so it is read a task later); a blur for another tab, window or the browser's own
   * toolbar leaves the active element as it was, and the card stays. The frame must also be under
   * the pointer: a page's script may move focus into a frame (a chat widget, a consent form)
   * with no press at all, and that is not the reader dismissing the card.
   */
  private readonly onFrameFocus = (): void =>
    void setTimeout(() => {
      const el = this.doc.activeElement;
      const active = el?.localName;
      const frame = active === 'iframe' || active === 'frame' || active === 'object' || active === 'embed';
      if (frame && el?.matches(':hover') === true && this.open !== null) this.press(null);
    }, 0);
  /** Escape with focus in the overlay: the card's alone, as one Escape closes what is on top. */
  private readonly onOwnEscape = (ev: KeyboardEvent): void => {
    if (!isEscape(ev) || this.open === null || !ev.composedPath().includes(this.host)) return;
    ev.stopPropagation();
    this.press(null);
  };
  /**
   * Escape with focus in the page, once the page had it: a page's dialog or menu that took it
   * (defaultPrevented) closes first and the card stays; an Escape nothing in the page used closes
   * the card, hovered or pinned. Never stopped, so the page always sees it.
   */
  private readonly onPageEscape = (ev: KeyboardEvent): void => {
    if (!isEscape(ev) || this.open === null || ev.defaultPrevented) return;
    this.press(null);
  };
  /** The marker that last had focus: the markers' one tab stop. */
  private current: number | null = null;
  private frame = 0;
  /** The marker to give focus back to after the next paint (its card held focus when it closed). */
  private refocus: number | null = null;
  private readonly onResize = (): void => this.schedule();
  /**
   * While a card is open it is placed again as the page scrolls, so it stays with its paragraph
   * (placeCard): at most once a frame, and only the card (replaceOpen), unless a full paint is due.
   * A scroll that leaves its paragraph out of the window, as it was drawn, asks for no frame: the
   * card stays where it was put, at its page position (placeCard). The paragraph's page position
   * is the last paint's: a scroll does not move it, and a change of layout repaints (onPageResized).
   */
  private readonly onScroll = (): void => {
    this.lookSoon();
    // What covers the markers' column is looked for again while the page has such an element,
    // and otherwise at most every PROBE_MS (a header a script fixes once the page has scrolled).
    if (this.covers.boxes.length > 0 || performance.now() - this.probedAt >= PROBE_MS) {
      this.coverDue = true;
      this.request();
    } else this.lookLater(this.probedAt);
    if (this.open === null) return;
    const [view, drawn] = [this.doc.defaultView, this.drawn];
    const open = drawn?.away === true ? this.entries.find((e) => e.paragraph === this.open) : undefined;
    if (
      view !== null &&
      drawn !== null &&
      open !== undefined &&
      view.scrollX === drawn.sx &&
      Overlay.away(open.rect, view.scrollY, drawn.height)
    )
      return;
    this.placeDue = true;
    this.request();
  };
  /** The next frame paints everything (schedule), not only the open card (a scroll). */
  private fullPaint = false;
  /** The next frame places the open card again (the page scrolled). */
  private placeDue = false;
  /** The next frame reads the page's theme again (it may have changed: watchTheme). */
  private themeDue = false;
  /** The next frame looks again for what the page draws over the markers' column (cover.ts). */
  private coverDue = false;
  /**
   * The next paint is a show's first: it makes no look for what covers the markers, and asks for
   * one the next frame, so the first render runs no hit test (evalcost20: 8 hit tests, 1.03 ms in
   * Chromium, forcing a layout before the overlay's own). So for that one frame (longer than
   * 16 ms on a loaded machine) the layer is drawn as if nothing covered it: markers and rules
   * under a sticky header or a cookie bar, and, with a modal or consent wall open at load, every
   * marker and the legend over it; the look then hides them.
   */
  private firstPaint = false;
  /** What the page drew over the markers' column when last looked for, and when that was. */
  private covers: Covers = NO_COVERS;
  private probedAt = -Infinity;
  /**
   * What covers the markers at their own middles (markerCovers), in window coordinates, and when it
   * was last looked for: at most every PROBE_MS, not each frame under a sticky header (its hit tests
   * made those frames 1.6 times as costly). A fixed element's window box does not move as the page
   * scrolls, so the boxes hold between looks; a marker scrolled under one is hidden at the next.
   */
  private atMarkers: Rect[] = [];
  private markersProbedAt = -Infinity;
  /**
   * A look at the markers' own middles under way over successive frames (MARKER_PROBES a frame):
   * the markers in the window when it began not yet probed, by paragraph, what was found at them,
   * and the window's scroll then. The markers the page scrolls in meanwhile wait for the next
   * look: taken in as they came, a fast scroll (over 12 new markers a frame) kept a look from ever
   * ending, its boxes growing and the last whole look's kept. The boxes of the last whole look
   * stay until this one is done (a few frames), so no marker is shown over a cover in between.
   */
  private sweep: { due: number[]; found: Rect[]; before: Rect[]; sy: number } | null = null;
  /** Running while a widget hides a marker in the window: it asks for another look (watchCovered). */
  private coveredTimer: ReturnType<typeof setTimeout> | undefined;
  /** coveredTimer's next wait: doubled after each look, back to the first at a scroll or paint. */
  private coveredWait = COVERED_PROBE_MS;
  /** How many looks for what covers the markers were made: tests read that a still page makes none. */
  private looks = 0;
  /** A timer's look came while the tab was hidden (timedLook). */
  private lookWhenShown = false;
  /**
   * The tab shown again after a timer's look was held: one look now, and a widget's looks from the
   * first wait again (the page may have changed meanwhile), not the next scroll's or the backed-off
   * timer's, up to 8 s later.
   */
  private readonly onVisible = (): void => {
    if (this.doc.visibilityState === 'hidden' || !this.lookWhenShown) return;
    this.lookWhenShown = false;
    this.lookSoon();
    this.coverDue = true;
    this.request();
  };
  /**
   * Set when a look is skipped for being under PROBE_MS after the last: one more look once that
   * time is up, so the place a scroll stops at is looked at (a second scroll within PROBE_MS would
   * otherwise leave a marker drawn over a share button until the next scroll). At most one
   * pending; none at rest.
   */
  private lookTimer: ReturnType<typeof setTimeout> | undefined;
  /** Running while a modal was found: it asks for another look (MODAL_PROBE_MS). */
  private modalTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the last render hid the layer for a modal. */
  private drawnModal = false;
  /**
   * The page's theme can change while it is read: the system's dark mode (the page follows
   * prefers-color-scheme), or a class, style or theme attribute on <html> or <body> (a site's own
   * dark switch). Either only marks the theme for the next frame, which reads it once and paints
   * only if it changed: nothing runs while the page stands still, and a page restyling its body
   * every frame costs one style read a frame, no layout.
   */
  private readonly onThemeMaybe = (): void => {
    this.themeDue = true;
    // A page opening a modal changes <html> or <body> too (a class that stops its scrolling, the
    // modal's element added to the body): what covers the markers is looked for again.
    this.coverDue = true;
    this.request();
  };
  /**
   * The marked paragraph each element is, for the pointer over the text (null: an element holding
   * several, whose text the pointer cannot tell apart). Set at show.
   */
  private paragraphOf = new Map<Element, number | null>();
  /** The marked paragraph whose text the pointer is over: it takes the full colour (emphasis). */
  private hovered: number | null = null;
  /**
   * One passive listener on the document for the pointer entering any element (not each move):
   * the element or an ancestor within a few levels (a link, an emphasis inside the paragraph) is
   * looked up in paragraphOf. No layout is read; the highlights are set again only when the
   * paragraph under the pointer changes.
   */
  private readonly onPointerOver = (ev: PointerEvent): void => {
    // Over the overlay, the target is its host, which is no paragraph's.
    let el = ev.target instanceof Element ? ev.target : null;
    let found: number | null = null;
    for (let up = 0; el !== null && up < HOVER_DEPTH && found === null; up++, el = el.parentElement)
      found = this.paragraphOf.get(el) ?? null;
    this.hoverText(found);
  };
  /** The pointer left the window (no element it went to). */
  private readonly onPointerOut = (ev: PointerEvent): void => {
    if (ev.relatedTarget === null) this.hoverText(null);
  };
  /** The marked paragraphs' scrolling containers as last painted: their boxes and scroll offsets. */
  private boxes = new Map<Element, ScrollBox>();
  /** The next frame moves the markers of paragraphs whose container scrolled (followBoxes). */
  private boxDue = false;
  private readonly onBoxScroll = (ev: Event): void => {
    if (ev.target instanceof Element && this.boxes.has(ev.target)) {
      this.boxDue = true;
      this.request();
    }
  };
  private readonly darkQuery: MediaQueryList | null;
  private readonly themeWatch: MutationObserver | null;
  /**
   * What the last render was drawn with that a scroll does not change (the window's size, the
   * legend's band, the page's origin), and where the window and the open paragraph were.
   */
  private drawn: {
    origin: number;
    legendBand: number;
    width: number;
    height: number;
    sx: number;
    /** The open paragraph was out of the window: its card was placed for that (replaceOpen). */
    away: boolean;
  } | null = null;
  /**
   * The page's size changing is its layout moving (an ad slot filled above the article, an image
   * that loaded late): markers are placed in page coordinates, so they are measured again. Only
   * a change of size calls it, so nothing runs while the page stands still; a page that changes
   * size every frame is painted once per RESIZE_PAINT_MS, and once more when it stops.
   */
  private readonly resized: ResizeObserver | null;
  /** Running while a resize was painted less than RESIZE_PAINT_MS ago. */
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The page changed size again since that paint: it is painted when the timer ends. */
  private resizedSince = false;
  private readonly onPageResized = (): void => {
    if (this.resizeTimer !== undefined) {
      this.resizedSince = true;
      return;
    }
    this.schedule();
    this.resizeTimer = setTimeout(() => {
      this.resizeTimer = undefined;
      if (!this.resizedSince) return;
      this.resizedSince = false;
      this.onPageResized();
    }, RESIZE_PAINT_MS);
  };

  constructor(
    private readonly doc: Document,
    private readonly actions: OverlayActions,
  ) {
    this.host = doc.createElement(HOST_TAG);
    // Inline !important beats any page stylesheet, even `* { all: unset !important }`.
    for (const [k, v] of Object.entries({
      position: 'absolute',
      top: '0',
      left: '0',
      width: '0',
      height: '0',
      margin: '0',
      padding: '0',
      border: '0',
      display: 'block',
      overflow: 'visible',
      visibility: 'visible',
      opacity: '1',
      transform: 'none',
      filter: 'none',
      'clip-path': 'none',
      'pointer-events': 'auto',
      'z-index': '2147483647',
      // Not `layout`: layout containment would make the legend's `position: fixed` relative to
      // this 0×0 box instead of the window, and draw it off-screen.
      contain: 'style',
    })) {
      this.host.style.setProperty(k, v, 'important');
    }
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.mount = doc.createElement('div');
    this.root.append(style, this.mount);
    this.highlighter = new Highlighter(doc);
    // Put in the page by the first show, after its reads (the theme's styles, the scrollers): put
    // in here, before them, the host's style was worked out first.
    this.resized = typeof ResizeObserver === 'function' ? new ResizeObserver(this.onPageResized) : null;
    this.darkQuery = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)') ?? null;
    this.themeWatch = typeof MutationObserver === 'function' ? new MutationObserver(this.onThemeMaybe) : null;
  }

  /** Whether the window's size, the page's size and its theme are watched (while shown). */
  private watching = false;

  /**
   * Starts or stops watching what makes a shown overlay paint again: the window's and the page's
   * size, the fonts, the theme. A hidden overlay has nothing to paint, so it watches nothing.
   */
  private watch(on: boolean): void {
    if (on === this.watching) return;
    this.watching = on;
    const doc = this.doc;
    const view = doc.defaultView;
    if (!on) {
      view?.removeEventListener('resize', this.onResize);
      doc.fonts?.removeEventListener?.('loadingdone', this.onResize);
      this.resized?.disconnect();
      this.themeWatch?.disconnect();
      this.darkQuery?.removeEventListener('change', this.onThemeMaybe);
      clearTimeout(this.resizeTimer);
      this.resizeTimer = undefined;
      this.resizedSince = false;
      doc.removeEventListener('visibilitychange', this.onVisible);
      this.lookWhenShown = false;
      return;
    }
    view?.addEventListener('resize', this.onResize, { passive: true });
    doc.addEventListener('visibilitychange', this.onVisible);
    doc.fonts?.addEventListener?.('loadingdone', this.onResize);
    // The body too: a page whose root is the window's height (`html { height: 100% }`) grows there.
    for (const el of [doc.documentElement, doc.body]) if (el !== null) this.resized?.observe(el);
    this.darkQuery?.addEventListener('change', this.onThemeMaybe);
    for (const el of [doc.documentElement, doc.body])
      if (el !== null)
        this.themeWatch?.observe(el, {
          attributes: true,
          // The usual dark switches: a class, an inline style, a theme attribute (GitHub's data-color-mode).
          attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme', 'data-color-mode'],
          childList: el === doc.body,
        });
  }

  /** Draws the background's matches over the paragraphs they were found in (extraction order). */
  show(match: PageView, paragraphs: readonly PageParagraph[]): void {
    const views = new Map(match.views.map((v) => [v.id, v]));
    // Each claim with the seed appearance this paragraph matched: what is shown is what matched.
    const byParagraph = new Map<number, Shown[]>();
    for (const f of match.claims) {
      const view = views.get(f.claimId);
      const here = byParagraph.get(f.paragraph) ?? [];
      if (view !== undefined && !here.some((s) => s.view.id === view.id))
        byParagraph.set(f.paragraph, [...here, { view, why: f.why }]);
    }
    this.items = [...byParagraph.entries()].flatMap(([paragraph, claims]) => {
      const node = paragraphs[paragraph];
      if (node === undefined || claims.length === 0) return [];
      const kind = leadingKind(claims.map((c) => c.view.kind));
      return [{ paragraph, node, kind, claims, rule: kindOf(kind).mark, scroller: null }];
    });
    // In reading order: the markers' tab order and arrow keys follow the text.
    this.items.sort((a, b) => a.paragraph - b.paragraph);
    this.paragraphOf = new Map();
    for (const i of this.items)
      this.paragraphOf.set(i.node.element, this.paragraphOf.has(i.node.element) ? null : i.paragraph);
    this.hovered = null;
    this.watch(true);
    this.doc.addEventListener('pointerover', this.onPointerOver, { passive: true });
    this.doc.addEventListener('pointerout', this.onPointerOut, { passive: true });
    this.readTheme();
    // A new show's markers: its first look probes them all (a sweep), however recent the last.
    this.firstPaint = true;
    this.sweep = null;
    this.markersProbedAt = -Infinity;
    const view = this.doc.defaultView;
    const seen = new Map<Element, Element | null>();
    if (view !== null) for (const i of this.items) i.scroller = scrollerOf(i.node.element, view, seen);
    // Scroll events do not bubble: a container's reach the document's capture phase only.
    this.doc.addEventListener('scroll', this.onBoxScroll, { capture: true, passive: true });
    this.doc.defaultView?.addEventListener('scroll', this.onScroll, { passive: true });
    this.highlight(this.emphasis());
    this.subject = match.subject;
    this.headline = match.headline ?? null;
    this.names = paragraphNames(
      this.items.map((i) => ({ paragraph: i.paragraph, text: i.node.text })),
      this.headline,
    );
    // The first show puts the host in the page, empty, with the highlights: the page is painted
    // again for them in the next frame, and the markers are measured and drawn in the one after,
    // in a layer of their own (the host's). In one frame the two cost 60–80 ms on a
    // 200,000-element page, where each alone is about the cost of any change to it.
    if (!this.attached) {
      // A stale host (an earlier injection, an extension reload) is removed, never doubled: the
      // later shown stays. Looked for where a host is put, on <html>, and on <body> too (a page
      // that moves what it does not know): a search of the whole document took 6 ms of the first
      // draw on a 200,000-element page.
      for (const old of [...this.doc.documentElement.children, ...(this.doc.body?.children ?? [])])
        if (old.localName === HOST_TAG) old.remove();
      this.doc.documentElement.append(this.host);
      this.attached = this.settling = true;
    }
    this.schedule();
  }

  /** The host was put in the page (the first show). */
  private attached = false;
  /** The next frame only lets the page be painted with the host just put in it (show). */
  private settling = false;

  private subject = '';
  private headline: HeadlineLines | null = null;
  /** Each marked paragraph's name in its marker's label (paragraphNames), for this show. */
  private names: ReadonlyMap<number, string> = new Map();
  /** The marker that has focus now, if one does: its paragraph takes the full colour (emphasis). */
  private focused: number | null = null;
  /** The paragraph drawn in its kind's full colour (emphasis()), as last highlighted. */
  private strong: number | null = null;
  /** The page is dark (its marked text light): the resting tint is fainter there (tints.ts). */
  private dark = false;
  /** The browser draws the highlights (CSS Custom Highlight API), not page.css's fallback. */
  private highlightApi = false;

  /**
   * The page's theme from its computed styles (theme.ts): a marked paragraph's text colour, light
   * on a dark page, and the background behind each, which its margin rule's shade must show on.
   */
  private readTheme(): void {
    const view = this.doc.defaultView;
    if (view === null) return;
    const theme = readTheme(
      view,
      this.items.map((i) => i.node.element),
    );
    this.dark = theme.dark;
    this.items.forEach((i, n) => (i.rule = ruleShade(kindOf(i.kind).mark, theme.backgrounds[n] ?? WHITE)));
  }

  /** Reads the theme again; whether the tint or a rule changed, and the highlights were set again. */
  private rethemed(): boolean {
    const was = [this.dark, ...this.items.map((i) => i.rule)].join();
    this.readTheme();
    if ([this.dark, ...this.items.map((i) => i.rule)].join() === was) return false;
    this.highlight(this.emphasis());
    return true;
  }

  /** The paragraph the reader is on: its card open, else its marker focused, else its text under the pointer. */
  private emphasis(): number | null {
    return this.open ?? this.focused ?? this.hovered;
  }

  /** The pointer went over this marked paragraph's text, or off any (null). */
  private hoverText(paragraph: number | null): void {
    if (this.hovered === paragraph) return;
    this.hovered = paragraph;
    if (this.highlightApi && this.emphasis() !== this.strong) this.highlight(this.emphasis());
  }

  /**
   * Highlights the paragraphs, the one the reader is on in its kind's full colour, the others in
   * the faint tint. Only the highlights' ranges change: nothing in the page is laid out again.
   */
  private highlight(strong: number | null): void {
    this.strong = strong;
    this.highlightApi =
      this.highlighter.show(
        this.items.map((i) => ({ paragraph: i.node, kind: i.kind, strong: i.paragraph === strong })),
        this.dark,
      ) === 'highlight-api';
  }

  /** Opens the card of a paragraph and brings the paragraph into view. */
  focus(paragraph: number): boolean {
    const item = this.items.find((i) => i.paragraph === paragraph);
    if (item === undefined) return false;
    item.node.element.scrollIntoView({ block: 'center' });
    this.press(paragraph);
    // The reader chose it (in the popup): the keyboard carries on from its marker.
    this.refocus = paragraph;
    this.schedule();
    return true;
  }

  /**
   * Focus to the legend's first button (the keyboard shortcut): from there Enter goes to the first
   * marker, and Tab to the markers' one stop. Painted first if a paint is due, so the legend is there.
   */
  focusLegend(): boolean {
    if (this.frame !== 0) this.flush();
    const go = this.root.querySelector<HTMLElement>('.legend .go');
    go?.focus();
    return go !== null;
  }

  /** A paragraph's marker as drawn, if it is. */
  private marker(paragraph: number): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`button.marker[data-paragraph="${paragraph}"]`);
  }

  /**
   * Focus to the marker `step` places from this paragraph's, as far as the first or last. A marker
   * hidden (its paragraph under the page's header, or scrolled out of its container) cannot take
   * focus: its paragraph is brought into view, as focus brings a marker into the window, and the
   * marker takes focus once drawn there. Skipping it would leave the paragraphs past a
   * container's edge out of the keyboard's reach, where the arrows read the marks in order.
   */
  private step(paragraph: number, step: number): void {
    const at = this.items.findIndex((i) => i.paragraph === paragraph);
    const to = this.items[Math.max(0, Math.min(this.items.length - 1, at + step))];
    if (to === undefined) return;
    const entry = this.entries.find((e) => e.paragraph === to.paragraph);
    if (entry === undefined || markerShown(entry) || this.covers.modal) {
      this.marker(to.paragraph)?.focus();
      return;
    }
    to.node.element.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.refocus = to.paragraph;
    this.schedule();
  }

  /** A click or a key on a marker, or the popup: opens (pinned) or closes a card. */
  private press(paragraph: number | null): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = undefined;
    this.track(false);
    const pin = paragraph !== null;
    // Pinning the card already open changes only how its marker's click acts: draw that too.
    if (this.pinned !== pin && this.open === paragraph) this.schedule();
    this.pinned = pin;
    this.setOpen(paragraph);
  }

  /**
   * The pointer over a marker or its card (a paragraph), or leaving them (null). Hovering opens
   * a card unless another is pinned; leaving closes a hovered card after a moment, so the
   * pointer can cross the gap from the marker to its card.
   */
  private hover(paragraph: number | null): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = undefined;
    if (this.pinned) return;
    if (paragraph !== null) {
      this.setOpen(paragraph);
      this.track(false);
    } else {
      this.leftAt = performance.now();
      this.closeHoveredLater();
      this.track(true);
    }
  }

  private closeHoveredLater(delay = HOVER_CLOSE_MS): void {
    this.hoverTimer = setTimeout(
      () => {
        this.hoverTimer = undefined;
        if (!this.pinned) this.setOpen(null);
      },
      Math.max(0, delay),
    );
  }

  /**
   * Follows the pointer across the open card's corridor, or stops. Its boxes are read once, as
   * the pointer leaves: the move listener itself only compares numbers, it reads no layout.
   */
  private track(on: boolean): void {
    const doc = this.doc;
    doc.removeEventListener('pointermove', this.onPointerMove, true);
    this.corridor = null;
    const view = doc.defaultView;
    const entry = this.entries.find((e) => e.paragraph === this.open);
    if (!on || view === null || entry === undefined) return;
    // In document coordinates, as the paragraph's rect and the events' pageX and pageY are.
    const boxes = [
      entry.rect,
      ...[this.marker(entry.paragraph), this.root.querySelector('.card')].flatMap((el) => {
        const r = el?.getBoundingClientRect();
        return r === undefined
          ? []
          : [
              {
                top: r.top + view.scrollY,
                left: r.left + view.scrollX,
                bottom: r.bottom + view.scrollY,
                right: r.right + view.scrollX,
              },
            ];
      }),
    ];
    this.corridor = {
      top: Math.min(...boxes.map((b) => b.top)),
      left: Math.min(...boxes.map((b) => b.left)),
      bottom: Math.max(...boxes.map((b) => b.bottom)),
      right: Math.max(...boxes.map((b) => b.right)),
    };
    doc.addEventListener('pointermove', this.onPointerMove, { capture: true, passive: true });
  }

  /** One more look at what covers the markers once PROBE_MS has passed since `since` (lookTimer). */
  private lookLater(since: number): void {
    if (this.lookTimer !== undefined) return;
    // A millisecond over: a timer that fires a little early would find the look still too soon.
    const wait = Math.max(0, Math.ceil(since + PROBE_MS - performance.now())) + 1;
    this.lookTimer = setTimeout(() => {
      this.lookTimer = undefined;
      this.timedLook();
    }, wait);
  }

  /** Re-measure and re-render on the next frame (coalesced). */
  schedule(): void {
    this.fullPaint = true;
    this.request();
  }

  /** A frame: a full paint if one was scheduled, else only the open card placed again. */
  private request(): void {
    const view = this.doc.defaultView;
    if (view === null || this.frame !== 0) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.settling) {
        this.settling = false;
        this.request();
        return;
      }
      const [full, place, theme, boxes, cover] = [
        this.fullPaint,
        this.placeDue,
        this.themeDue,
        this.boxDue,
        this.coverDue,
      ];
      this.fullPaint = this.placeDue = this.themeDue = this.boxDue = this.coverDue = false;
      const view = this.doc.defaultView;
      const drawn = this.drawn;
      // Read before the full-paint test, which would skip it: paint() does not read the theme.
      const rethemed = theme && this.rethemed();
      if (full || rethemed || view === null || drawn === null || view.scrollX !== drawn.sx) {
        this.paint();
        return;
      }
      // Reads first: the containers' scroll offsets, then what covers the column; then one render.
      const moved = boxes && this.followBoxes();
      const covered = cover && this.probe(drawn.sx);
      const card = place && this.cardMoves(view.scrollY);
      if (!moved && !covered && !card) return;
      const was = this.entries;
      this.entries = this.spans(this.entries, drawn.sx, view.scrollY);
      this.watchCovered(drawn.sx, view.scrollY);
      // Something covers the column but cuts no rule or marker other than it did: nothing to draw.
      if (
        moved ||
        card ||
        this.covers.modal !== this.drawnModal ||
        this.entries.some((e, n) => !sameSpan(e.visible, was[n]?.visible ?? null))
      )
        this.draw(view.scrollY);
    });
  }

  /** Paints now instead of on the next frame (for measurements that need the work done). */
  flush(): void {
    const view = this.doc.defaultView;
    if (view !== null && this.frame !== 0) view.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.fullPaint = this.placeDue = this.boxDue = this.coverDue = this.settling = false;
    this.paint();
  }

  /** A paragraph's rect in document coordinates, the page scrolled by (sx, sy). */
  private rectOf(i: Item, sx: number, sy: number): Entry['rect'] {
    const r = (
      i.node.first === i.node.last && i.node.first === i.node.element
        ? i.node.element
        : rangeOf(this.doc, i.node)
    ).getBoundingClientRect();
    return { top: r.top + sy, left: r.left + sx, right: r.right + sx, bottom: r.bottom + sy };
  }

  /**
   * The open paragraph is out of the window, its card placed for that: placeCard then puts the
   * card at the same page position however far the page scrolls on, so nothing is drawn again.
   */
  private static away(rect: Entry['rect'], sy: number, height: number): boolean {
    return rect.bottom <= sy + 8 || rect.top >= sy + height;
  }

  /**
   * A scroll frame: whether the open card is to be placed again for the window scrolled to sy,
   * which it is while its paragraph is in the window or has just left it. No rect is read: a
   * scroll does not move the paragraph in the page (onScroll).
   */
  private cardMoves(sy: number): boolean {
    const drawn = this.drawn;
    const open = this.entries.find((e) => e.paragraph === this.open);
    if (drawn === null || open === undefined) return false;
    const away = Overlay.away(open.rect, sy, drawn.height);
    if (away && drawn.away) return false;
    drawn.away = away;
    return true;
  }

  /**
   * Looks again for what the page draws over the markers' column (cover.ts): a few hit tests and
   * the boxes of what they find. Whether the layer is to be drawn again: something covers the
   * column (its place over the page changes with each scroll), or covered it last time.
   */
  private probe(sx: number, full = false): boolean {
    const was = this.covers;
    // The column at the first marked paragraph in the window (else the first), as drawn.
    const sy = this.doc.defaultView?.scrollY ?? 0;
    const height = this.drawn?.height ?? 0;
    const inWindow = this.entries.filter((e) => e.rect.bottom > sy && e.rect.top < sy + height);
    const at = inWindow[0] ?? this.entries[0];
    // The marked text nearest the window's middle: a modal is over it (cover.ts).
    const middle = sy + height / 2;
    const off = (e: Entry): number => Math.max(0, e.rect.top - middle, middle - e.rect.bottom);
    const text = inWindow.reduce<Entry | null>((a, e) => (a === null || off(e) < off(a) ? e : a), null);
    this.probedAt = performance.now();
    this.looks++;
    const textBox =
      text === null
        ? null
        : {
            top: text.rect.top - sy,
            bottom: text.rect.bottom - sy,
            left: text.rect.left - sx,
            right: text.rect.right - sx,
          };
    const marked = this.items.map((i) => i.node.element);
    // A full paint (a resize, a change of layout) moves the markers and maybe what covers them.
    if (this.sweep === null && !full && this.probedAt - this.markersProbedAt < PROBE_MS)
      this.lookLater(this.markersProbedAt);
    else {
      const left = this.markerLefts(this.entries);
      const middleY = (e: Entry): number => e.rect.top + MARKER_HEIGHT / 2 - sy;
      const middle = (e: Entry): { x: number; y: number } => ({
        x: left(e) + MARKER / 2 - sx,
        y: middleY(e),
      });
      const inView = (e: Entry): boolean => middleY(e) > 0 && middleY(e) < height;
      if (this.sweep === null || full) {
        this.markersProbedAt = this.probedAt;
        const due = inWindow.filter(inView).map((e) => e.paragraph);
        this.sweep = { due, found: [], before: this.sweep?.before ?? this.atMarkers, sy };
      }
      const sweep = this.sweep;
      // Of the look's markers still in the window, at most MARKER_PROBES this frame.
      const due = new Set(sweep.due);
      const rest = inWindow.filter((e) => due.has(e.paragraph) && inView(e));
      const now = rest.slice(0, MARKER_PROBES);
      sweep.due = rest.slice(MARKER_PROBES).map((e) => e.paragraph);
      sweep.found.push(...markerCovers(this.doc, this.host, now.map(middle), marked, textBox, sweep.found));
      if (sweep.due.length > 0) {
        // The rest next frame; until the look is whole, the last whole look's boxes hold too.
        this.atMarkers = [...sweep.before, ...sweep.found];
        this.coverDue = true;
        this.request();
      } else {
        this.atMarkers = sweep.found;
        this.sweep = null;
        // The page scrolled during the look: the window it rests in is looked at too.
        if (sy !== sweep.sy) this.lookLater(this.markersProbedAt);
      }
    }
    const column =
      at === undefined
        ? NO_COVERS
        : coversAt(this.doc, this.host, at.rect.left - RULE_INSET - sx, marked, textBox);
    this.covers = { ...column, boxes: [...column.boxes, ...this.atMarkers] };
    if (this.covers.modal && this.modalTimer === undefined)
      this.modalTimer = setTimeout(() => {
        this.modalTimer = undefined;
        this.timedLook();
      }, MODAL_PROBE_MS);
    return this.covers.boxes.length > 0 || was.boxes.length > 0 || this.covers.modal !== was.modal;
  }

  /**
   * Each entry's part its rule and marker show in (visibleSpan): inside its scrolling container,
   * and out of what covers the column, whose boxes are in window coordinates: the page's, at sy.
   */
  private spans(
    entries: Entry[],
    sx: number,
    sy: number,
    boxes: readonly Rect[] = this.covers.boxes,
    clipped = true,
  ): Entry[] {
    const covers = boxes.map((c) => ({
      top: c.top + sy,
      bottom: c.bottom + sy,
      left: c.left + sx,
      right: c.right + sx,
    }));
    // Where the markers are drawn, worked out only if some entry has a span to find.
    let left: ((e: Entry) => number) | undefined;
    const across = (c: Rect, x0: number, x1: number): boolean => c.left < x1 && c.right > x0;
    return entries.map((e, n) => {
      const scroller = this.items[n]?.scroller;
      const clip =
        !clipped || scroller === null || scroller === undefined ? null : (this.boxes.get(scroller) ?? null);
      // The marker and its rule beside the text, or the marker on the right (a narrow layout):
      // what covers the rule's column or the marker where it is drawn, not the margin left bare.
      let visible: Entry['visible'] = null;
      if (clip !== null || covers.length > 0) {
        const x = (left ??= this.markerLefts(entries))(e);
        visible =
          x < e.rect.left
            ? visibleSpan(e.rect, x, e.rect.left, clip, covers)
            : visibleSpan(
                e.rect,
                -Infinity,
                Infinity,
                clip,
                covers.filter(
                  (c) => across(c, e.rect.left - 2 * RULE_INSET, e.rect.left) || across(c, x, x + MARKER),
                ),
              );
      }
      // Unchanged, the same object: its marker is not drawn again (Layer's KeptMarker).
      return sameSpan(visible, e.visible) ? e : { ...e, visible };
    });
  }

  /**
   * Another look at what covers the markers, after coveredWait, while a small widget cuts a rule or
   * hides a marker in the window (the page scrolled to sx, sy): a box narrower than the text column,
   * found at the markers' own middles or in the rules' column (a share rail over the rule beside a
   * paragraph's middle: until session 20 only a hidden marker started the looks, and a rule cut by
   * a widget that went stayed cut until the next scroll). A column-wide box (a sticky header, a bar
   * at the window's foot) or a container's edge starts none. At most one pending; none once no rule
   * is cut, or after COVERED_PROBE_LAST_MS's look (lookSoon starts them again). O(markers × widgets)
   * with widgets.
   */
  private watchCovered(sx: number, sy: number): void {
    // Most pages have nothing over the column: nothing to work out at each frame of a scroll.
    if (
      this.covers.boxes.length === 0 ||
      this.coveredTimer !== undefined ||
      this.coveredWait > COVERED_PROBE_LAST_MS
    )
      return;
    const height = this.drawn?.height ?? 0;
    const inWindow = (e: Entry): boolean => e.rect.bottom > sy && e.rect.top < sy + height;
    if (this.entries.every((e) => !inWindow(e) || e.visible === null)) return;
    const column = Math.max(0, ...this.entries.filter(inWindow).map((e) => e.rect.right - e.rect.left));
    const widgets = this.covers.boxes.filter((b) => b.right - b.left < column);
    if (widgets.length === 0) return;
    // The rules and markers as those widgets alone would cut them, with no container's edge.
    const cut = this.spans(this.entries, sx, sy, widgets, false).some(
      (e) =>
        inWindow(e) && e.visible !== null && (e.visible.top > e.rect.top || e.visible.bottom < e.rect.bottom),
    );
    if (!cut) return;
    const wait = this.coveredWait;
    this.coveredWait *= 2;
    this.coveredTimer = setTimeout(() => {
      this.coveredTimer = undefined;
      this.timedLook();
    }, wait);
  }

  /**
   * A timer's look (lookTimer, modalTimer, coveredTimer): in a hidden tab none, until it is shown
   * (onVisible). Waiting for an animation frame was thought to hold it, but Firefox gives a hidden
   * tab a frame now and then: its looks ran there, one in 5 s under a share button.
   */
  private timedLook(): void {
    if (this.doc.visibilityState === 'hidden') {
      this.lookWhenShown = true;
      return;
    }
    this.coverDue = true;
    this.request();
  }

  /** A scroll or a paint: a widget's looks (watchCovered) start again from the first wait. */
  private lookSoon(): void {
    clearTimeout(this.coveredTimer);
    this.coveredTimer = undefined;
    this.coveredWait = COVERED_PROBE_MS;
  }

  /** Where each entry's marker is drawn (Layer's markerLeft), with the layer as last painted. */
  private markerLefts(entries: readonly Entry[]): (e: Entry) => number {
    const d = this.drawn;
    if (d === null) return (e) => e.rect.left - MARKER - 6;
    // The layer's right edge, as Layer finds it: the window's or the article column's.
    const edge = Math.max(d.sx + d.width, ...entries.map((e) => e.rect.right));
    return (e) => markerLeft(e.rect, d.origin, d.sx, edge);
  }

  /**
   * A frame after containers scrolled: each one's scroll offset is read (no rect), and the entries
   * of its paragraphs moved by as much as it scrolled. Their text moved that far, and nothing else.
   */
  private followBoxes(): boolean {
    if (this.entries.length !== this.items.length) return false;
    const moved = new Map<Element, { dx: number; dy: number }>();
    for (const [el, box] of this.boxes) {
      const [x, y] = [el.scrollLeft, el.scrollTop];
      if (x !== box.x || y !== box.y) moved.set(el, { dx: box.x - x, dy: box.y - y });
      box.x = x;
      box.y = y;
    }
    if (moved.size === 0) return false;
    this.entries = this.entries.map((e, n) => {
      const by = moved.get(this.items[n]?.scroller ?? this.host);
      if (by === undefined) return e;
      const r = e.rect;
      return {
        ...e,
        rect: { top: r.top + by.dy, bottom: r.bottom + by.dy, left: r.left + by.dx, right: r.right + by.dx },
      };
    });
    return true;
  }

  private paint(): void {
    const view = this.doc.defaultView;
    if (view === null) return;
    // All reads first...
    const sx = view.scrollX;
    const sy = view.scrollY;
    const width = this.doc.documentElement.clientWidth;
    const height = this.doc.documentElement.clientHeight;
    // A right-to-left page wider than the window scrolls to negative x (scrollX from 0 down).
    const rtl = view.getComputedStyle(this.doc.documentElement).direction === 'rtl';
    const origin = rtl ? Math.min(0, width - this.doc.documentElement.scrollWidth) : 0;
    // The legend as last drawn: a card keeps above the strip it takes (it wraps on a narrow window).
    const legend = this.root.querySelector('.legend')?.getBoundingClientRect();
    const legendBand = legend === undefined ? LEGEND_BAND : Math.max(0, height - legend.top + 4);
    this.boxes = new Map();
    for (const i of this.items)
      if (i.scroller !== null && !this.boxes.has(i.scroller))
        this.boxes.set(i.scroller, boxOf(i.scroller, sx, sy));
    this.entries = this.items.map((i) => ({
      paragraph: i.paragraph,
      text: i.node.text,
      kind: i.kind,
      claims: i.claims,
      rule: i.rule,
      rect: this.rectOf(i, sx, sy),
      visible: null,
    }));
    const open = this.entries.find((e) => e.paragraph === this.open);
    this.drawn = {
      origin,
      legendBand,
      width,
      height,
      sx,
      away: open !== undefined && Overlay.away(open.rect, sy, height),
    };
    if (this.firstPaint) {
      // The look in a frame of its own (request), where the layout this render leaves is read.
      this.firstPaint = false;
      this.coverDue = true;
      this.request();
    } else this.probe(sx, true);
    this.entries = this.spans(this.entries, sx, sy);
    this.lookSoon();
    this.watchCovered(sx, sy);
    // ...then the writes: the highlights, if the paragraph the reader is on changed, and one render.
    if (this.highlightApi && this.emphasis() !== this.strong) this.highlight(this.emphasis());
    this.draw(sy);
  }

  /** One render of the layer, from the last paint's measures and the window scrolled to sy. */
  private draw(sy: number): void {
    const d = this.drawn;
    if (d === null) return;
    this.drawnModal = this.covers.modal;
    render(
      <Layer
        entries={this.entries}
        origin={d.origin}
        open={this.open}
        subject={this.subject}
        names={this.names}
        viewport={{ top: sy, bottom: sy + d.height, left: d.sx, right: d.sx + d.width }}
        legendBand={d.legendBand}
        hidden={this.drawnModal}
        keyShown={!keyFolded}
        onKeyShown={(shown) => {
          keyFolded = !shown;
          this.schedule();
        }}
        pinned={this.pinned}
        onOpen={(p) => this.press(p)}
        onHover={(p) => this.hover(p)}
        onOpenStory={(claimId) => this.actions.openStory(claimId)}
        onStep={(paragraph, step) => this.step(paragraph, step)}
        current={this.current}
        onCurrent={(p) => {
          if (this.current === p && this.focused === p) return;
          this.current = p;
          this.focused = p;
          this.schedule();
        }}
        onBlurMarker={() => {
          this.focused = null;
          this.schedule();
        }}
        rules={this.highlightApi}
      />,
      this.mount,
    );
    if (this.refocus !== null) {
      this.marker(this.refocus)?.focus({ preventScroll: true });
      this.refocus = null;
    }
  }

  /**
   * Focus moves only when it is the overlay's: a card that held focus (the reader tabbed into
   * it, or pressed Escape there) hands it back to its marker as it closes; a card opened or
   * closed by hovering leaves focus where the reader put it, in the page's own fields too.
   */
  private setOpen(paragraph: number | null): void {
    if (this.open === paragraph) return;
    this.track(false);
    const active = this.root.activeElement;
    const card = this.root.querySelector('.card');
    if (this.open !== null && active !== null && card?.contains(active) === true) this.refocus = this.open;
    this.open = paragraph;
    this.listenWhileOpen(paragraph !== null);
    this.schedule();
  }

  /**
   * The listeners a card needs only while it is open: light dismiss (a press outside, Escape, a
   * frame's focus; the window's scroll is heard from show on, onScroll). Adding a listener already
   * there, or removing one that is not, changes nothing, so a card opened over another needs no
   * guard.
   */
  private listenWhileOpen(on: boolean): void {
    if (on) {
      this.doc.addEventListener('pointerdown', this.onPressOutside, { capture: true, passive: true });
      this.doc.addEventListener('keydown', this.onOwnEscape, true);
      this.doc.defaultView?.addEventListener('keydown', this.onPageEscape);
      this.doc.defaultView?.addEventListener('blur', this.onFrameFocus);
    } else {
      this.doc.removeEventListener('pointerdown', this.onPressOutside, true);
      this.doc.removeEventListener('keydown', this.onOwnEscape, true);
      this.doc.defaultView?.removeEventListener('keydown', this.onPageEscape);
      this.doc.defaultView?.removeEventListener('blur', this.onFrameFocus);
    }
  }

  /** What is on screen, read from the rendered shadow DOM (not from our own state). */
  describe(): OverlayState {
    const markers = [...this.root.querySelectorAll<HTMLButtonElement>('button.marker')].map((b) => ({
      paragraph: Number(b.dataset.paragraph),
      label: b.getAttribute('aria-label') ?? '',
      expanded: b.getAttribute('aria-expanded') === 'true',
      kind: [...b.classList].find((c) => c.startsWith('kind-'))?.slice(5) ?? '',
      rect: plain(b.getBoundingClientRect()),
    }));
    const card = this.root.querySelector<HTMLElement>('.card');
    const active = this.root.activeElement;
    const legend = this.root.querySelector('.legend');
    return {
      markers,
      card:
        card === null
          ? null
          : {
              paragraph: Number(card.id.replace('backstory-card-', '')),
              heading: card.querySelector('h2')?.textContent ?? '',
              text: card.textContent ?? '',
              rect: plain(card.getBoundingClientRect()),
            },
      paragraphs: this.items.map((i) => ({
        paragraph: i.paragraph,
        rect: plain(rangeOf(this.doc, i.node).getBoundingClientRect()),
      })),
      focused:
        active instanceof HTMLElement && active.dataset.paragraph !== undefined
          ? Number(active.dataset.paragraph)
          : null,
      focusedText: active?.textContent ?? null,
      legend:
        legend === null
          ? null
          : { text: legend.textContent ?? '', rect: plain(legend.getBoundingClientRect()) },
      looks: this.looks,
    };
  }

  hide(): void {
    // A frame already asked for would paint the overlay just hidden.
    const view = this.doc.defaultView;
    if (view !== null && this.frame !== 0) view.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.fullPaint = this.placeDue = this.themeDue = this.boxDue = this.coverDue = this.settling = false;
    this.watch(false);
    clearTimeout(this.hoverTimer);
    this.hoverTimer = undefined;
    this.track(false);
    this.listenWhileOpen(false);
    this.highlighter.clear();
    this.doc.removeEventListener('scroll', this.onBoxScroll, true);
    this.doc.defaultView?.removeEventListener('scroll', this.onScroll);
    // What covered the last page's markers, and when that was looked for, is not the next page's.
    this.covers = NO_COVERS;
    this.atMarkers = [];
    this.sweep = null;
    this.probedAt = this.markersProbedAt = -Infinity;
    this.lookSoon();
    clearTimeout(this.modalTimer);
    this.modalTimer = undefined;
    clearTimeout(this.lookTimer);
    this.lookTimer = undefined;
    this.boxes = new Map();
    this.doc.removeEventListener('pointerover', this.onPointerOver);
    this.doc.removeEventListener('pointerout', this.onPointerOut);
    this.paragraphOf = new Map();
    this.hovered = null;
    this.strong = null;
    this.focused = null;
    // Asked for before the cancelled frame could move it: shown again later, the keyboard stays
    // where the reader left it.
    this.refocus = null;
    this.items = [];
    this.open = null;
    this.pinned = false;
    render(null, this.mount);
  }

  destroy(): void {
    this.hide();
    this.host.remove();
  }
}
