// What the full content script does on a page, with the browser passed in (src/content/main.ts
// passes the real one, the unit tests fakes): run the gate (unless the gate script just did),
// wait for the page to be idle, read the article, have the background match it, draw the
// overlay where the reader wants it, and tell the background only what it cannot know itself.

import type { Result, Send } from '../extension/contract.ts';
import type { ContentContract, OverlayState } from '../extension/messages.ts';
import type { PageView } from '../view/describe.ts';
import type { HeadlineLines } from '../view/numbering.ts';
import type { PageParagraph } from '../page/extract.ts';
import { boundParagraphs } from '../pipeline/bounds.ts';
import { IN_PLACE_CHARS, type ChangeReason, type TextChange } from './observe.ts';

/**
 * The page's own headline, which the popup names as such (never "Paragraph 1"): every line of it,
 * since a <br> in the h1 starts a line of its own (src/page/walk.ts), and the lines are contiguous.
 */
export function headlineLines(read: readonly Pick<PageParagraph, 'role'>[]): HeadlineLines | null {
  const first = read.findIndex((p) => p.role === 'headline');
  if (first < 0) return null;
  let count = 1;
  while (read[first + count]?.role === 'headline') count++;
  return { first, count };
}

/** The overlay as the reader drives it (src/content/overlay/overlay.tsx). */
export interface OverlayLike {
  show(view: PageView, paragraphs: readonly PageParagraph[]): void;
  focus(paragraph: number): boolean;
  /** Focus to the legend, the overlay's way in for the keyboard. */
  focusLegend(): boolean;
  describe(): OverlayState;
  /** The page's layout may have moved: the overlay is measured again on the next frame. */
  schedule(): void;
  destroy(): void;
}

export interface ReaderDeps {
  url(): string;
  /**
   * The page's text for the gate (src/page/text.ts), read over as many tasks as it takes; null
   * when `stop` turned true meanwhile (a newer read overtook this one).
   */
  gateText(stop: () => boolean): string | null | Promise<string | null>;
  gate(text: string): string[];
  /** The stories the gate script let through, when it has just run the gate on this page. */
  handedOver: string[] | null;
  /** The article's paragraphs (src/page/extract.ts), as gateText reads: null when stopped. */
  extract(stop: () => boolean): PageParagraph[] | null | Promise<PageParagraph[] | null>;
  /** Resolves when the page is idle: the real work is never on its critical path. */
  idle(): Promise<void>;
  send: Send<ContentContract>;
  /** Whether the reader wants the overlay on this site (the settings). */
  overlayWanted(): Promise<boolean>;
  makeOverlay(): OverlayLike;
  warn(message: string): void;
}

export class PageReader {
  private overlay: OverlayLike | null = null;
  private runs = 0;
  private stopped = false;
  /** The article last matched: its address and size, and the paragraphs the overlay is drawn on. */
  private lastKey = '';
  private current: { paragraphs: PageParagraph[]; view: PageView | null } | null = null;
  private reportedOverlay: boolean | null = null;
  private handedOver: string[] | null;
  /** Reads under way (begun and not yet over, superseded or not). */
  private reading = 0;
  /** The gate script's verdict, handed over while a read was under way. */
  private lateVerdict: string[] | null = null;
  /** The last gate run let nothing through. */
  private gateFoundNothing = false;
  /** Text the page gained, net, in edits in place since the last read. */
  private unread = 0;

  constructor(
    private readonly deps: ReaderDeps,
    /** Called once when the reader stops for good (the background refused, or is gone). */
    private readonly onStop: () => void = () => undefined,
  ) {
    this.handedOver = deps.handedOver;
  }

  /** Reads the page again; a newer call supersedes an older one at its next await. */
  async analyse(): Promise<void> {
    this.reading++;
    try {
      await this.read();
    } finally {
      this.reading--;
    }
    const late = this.reading === 0 ? this.lateVerdict : null;
    if (late === null) return;
    this.lateVerdict = null;
    // The reads under way began before the article arrived: the gate script's verdict came after.
    if (this.gateFoundNothing && late.length > 0) {
      this.handedOver = late;
      await this.analyse();
    }
  }

  /**
   * The page changed (src/content/observe.ts). A new address is read at once. Edits in place (a
   * ticker, a clock) bring no new text: while they have not added up to a paragraph's worth and
   * the article drawn is still in the page, the page is not read again (a gate, an extraction
   * every two seconds for as long as the tab is open); the markers are only measured again, as
   * what changed may have moved the article.
   */
  pageChanged(reason: ChangeReason, change: TextChange): Promise<void> {
    if (reason === 'navigation') {
      this.navigated();
      return this.analyse();
    }
    this.unread += change.net;
    const articleKept =
      this.reading > 0 || this.current?.paragraphs.every((p) => p.first.isConnected) === true;
    if (!change.inPlace || this.unread > IN_PLACE_CHARS || !articleKept) return this.analyse();
    this.overlay?.schedule();
    return Promise.resolve();
  }

  private async read(): Promise<void> {
    if (this.stopped) return;
    this.unread = 0;
    const run = ++this.runs;
    const stale = (): boolean => this.stopped || run !== this.runs;
    // The gate runs once per page load: the gate script's verdict is used for the first read.
    let ids = this.handedOver;
    this.handedOver = null;
    if (ids === null) {
      const text = await this.deps.gateText(stale);
      if (text === null || stale()) return;
      ids = this.deps.gate(text);
    }
    this.gateFoundNothing = ids.length === 0;
    if (ids.length === 0) {
      // The gate let nothing through: no story here. Said once, unless the page was a story.
      if (this.current === null || this.current.view !== null) await this.send('no-story', {});
      this.lastKey = '';
      return this.draw([], null);
    }
    await this.deps.idle();
    if (stale()) return;
    const paragraphs = await this.deps.extract(stale);
    if (paragraphs === null || stale()) return;
    const key = `${this.deps.url()}|${paragraphs.length}|${paragraphs.reduce((n, p) => n + p.text.length, 0)}`;
    // The page changed, but not its article (and the article's nodes are the same ones): it is not
    // matched again, but what changed may have moved the article, so the markers follow it.
    if (key === this.lastKey && this.current?.paragraphs.every((p) => p.first.isConnected) === true)
      return this.overlay?.schedule();
    // Bounded work: an article is never longer than this; a 10 MB page is read to this point only.
    const read = boundParagraphs(paragraphs, (p) => p.text);
    const headline = headlineLines(read);
    const reply = await this.send('match', {
      ids,
      paragraphs: read.map((p) => p.text),
      ...(headline === null ? {} : { headline }),
    });
    if (!reply.ok) {
      this.deps.warn(`Backstory: disabled on this page (${reply.error}).`);
      return;
    }
    if (stale()) return;
    this.lastKey = key;
    await this.draw(read, reply.value);
  }

  /**
   * The script was injected into this page once more. With the gate script's verdict, its gate
   * passed after the popup had injected this copy: this copy already reads and watches the page,
   * so it only looks again (taking the verdict), matching nothing unless the article changed.
   * Without one, the reader asked: the popup opened on a tab with no result, or "Check again".
   */
  injectedAgain(handedOver: string[] | null): Promise<void> {
    if (handedOver === null) return this.again();
    // A read under way (the popup's) gives the answer; a second one would supersede it and match
    // again. Unless its gate ran before the article arrived: then the verdict is taken after it.
    if (this.reading > 0) {
      this.lateVerdict = handedOver;
      return Promise.resolve();
    }
    this.handedOver = handedOver;
    return this.analyse();
  }

  /**
   * The page was asked for again (the script was injected once more): the background may no longer
   * hold its result (a back navigation cleared it), so everything is said afresh, even what was
   * said already: the match, that the page is no story, whether the overlay is drawn.
   */
  again(): Promise<void> {
    this.lastKey = '';
    this.current = null;
    this.reportedOverlay = null;
    return this.analyse();
  }

  /** A new page in the same document (a single-page app): the old overlay goes at once. */
  private navigated(): void {
    this.lastKey = '';
    this.overlay?.destroy();
    this.overlay = null;
  }

  /** The reader's switches changed: draw or remove the overlay as they now say. */
  async settingsChanged(): Promise<void> {
    if (this.current !== null) await this.draw(this.current.paragraphs, this.current.view);
  }

  focus(paragraph: number): boolean {
    return this.overlay?.focus(paragraph) ?? false;
  }

  focusLegend(): boolean {
    return this.overlay?.focusLegend() ?? false;
  }

  describe(): OverlayState | null {
    return this.overlay?.describe() ?? null;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.overlay?.destroy();
    this.overlay = null;
    this.onStop();
  }

  private async draw(paragraphs: PageParagraph[], view: PageView | null): Promise<void> {
    const shown = view !== null && (await this.deps.overlayWanted());
    this.current = { paragraphs, view };
    if (this.stopped) return;
    if (shown) {
      this.overlay ??= this.deps.makeOverlay();
      this.overlay.show(view, paragraphs);
    } else {
      this.overlay?.destroy();
      this.overlay = null;
    }
    // A page that keeps mutating reads again, but the background hears only of changes.
    if (view === null) this.reportedOverlay = null;
    if (view === null || shown === this.reportedOverlay) return;
    this.reportedOverlay = shown;
    await this.send('overlay', { shown });
  }

  /** Any failure to reach the background stops this copy of the script for good. */
  private async send<K extends keyof ContentContract & string>(
    name: K,
    payload: ContentContract[K]['request'],
  ): Promise<Result<ContentContract[K]['reply']>> {
    const reply = await this.deps.send(name, payload);
    if (!reply.ok) this.stop();
    return reply;
  }
}
