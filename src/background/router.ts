// Message handling for the background: a handler per message of the two contracts it receives
// (src/extension/messages.ts). Every message is checked for its sender (our own extension; a tab
// for content messages, an extension page for the others) and its shape before anything changes.
// Rejections are logged with a reason and answered as values.

import type { Runtime } from 'webextension-polyfill';
import { Engine } from '../matching/engine.ts';
import { readPageInSlices } from '../pipeline/pipeline.ts';
import type { PageView } from '../view/describe.ts';
import type { HeadlineLines } from '../view/numbering.ts';
import { fail, handle, ok, type Result, type Send } from '../extension/contract.ts';
import {
  CONTENT_SHAPES,
  EXTENSION_PAGE_SHAPES,
  type ContentContract,
  type ExtensionPageContract,
  type TabContract,
} from '../extension/messages.ts';
import type { ClaimIndex } from '../model/types.ts';
import type { TabStore } from './tab-store.ts';
import { claimCount } from './badge.ts';

export interface RouterDeps {
  extensionId: string;
  /** Base URL of the extension's own pages, e.g. "chrome-extension://<id>/". */
  extensionOrigin: string;
  /** A failure when the bundled index failed its start-up check: Backstory then matches nothing. */
  index: Result<ClaimIndex>;
  store: TabStore;
  /**
   * Shows on the toolbar button how many distinct claims the tab's page carries (0: none), and
   * whether the reader has the highlights on for it.
   */
  showCount(tabId: number, claims: number, highlights: boolean): Promise<void>;
  /** Whether the reader's switches want the highlights drawn on the page at this address. */
  highlightsOn(url: string): Promise<boolean>;
  /** The send of the tab contract, to this tab's content script. */
  tab(tabId: number): Send<TabContract>;
  /** Opens the full story page at a claim in a new tab (a card's link: the page cannot open it itself). */
  openStory(claimId: string | null): Promise<void>;
  /**
   * Injects the full content script into a tab now, and the highlights' stylesheet unless the page
   * has it: a page whose gate passed has it (registered with the gate); one the popup asks for may
   * or may not. Adding a stylesheet restyles the whole page (two seconds on a 200,000-element page
   * in Chromium), so it is never added twice.
   */
  inject(tabId: number, css: 'in-page' | 'if-missing'): Promise<void>;
  log(reason: string): void;
  /** Yields to the event loop between slices of matching, so other tabs' messages get answered. */
  pause(): Promise<void>;
}

type Sender = Runtime.MessageSender;

export class Router {
  /** Built on the first page to match and kept while the worker lives: it stays compiled and warm. */
  private engine: Engine | null = null;
  /** The latest match asked for in each tab: an older one finishing later is not the tab's result. */
  private readonly latest = new Map<number, number>();
  private matches = 0;
  private readonly receivers: ((message: unknown, sender: Sender) => Promise<Result<unknown>> | undefined)[];

  constructor(private readonly deps: RouterDeps) {
    const refuse = (reason: string): Result<never> => this.reject(reason);
    const fromTab = (s: Sender, name: string): string | null =>
      s.tab?.id === undefined || this.fromExtensionPage(s)
        ? `${name} must come from a content script in a tab`
        : null;
    const fromExtensionPage = (s: Sender, name: string): string | null =>
      this.fromExtensionPage(s) ? null : `${name} must come from an extension page`;
    this.receivers = [
      handle<ContentContract, Sender>(
        {
          shapes: CONTENT_SHAPES,
          admit: fromTab,
          handlers: {
            'gate-passed': (_, s) => this.gatePassed(tabOf(s), s.url ?? ''),
            'no-story': (_, s) => this.keep(tabOf(s), s.url ?? '', null),
            match: (m, s) => this.match(tabOf(s), s.url ?? '', m.ids, m.paragraphs, m.headline ?? null),
            overlay: (m, s) => this.overlay(tabOf(s), m.shown),
            'open-story': (m) =>
              deps.openStory(m.claimId).then(
                () => ok(true as const),
                (e: unknown) => fail(`could not open the story page: ${String(e)}`),
              ),
          },
        },
        refuse,
      ),
      handle<ExtensionPageContract, Sender>(
        {
          shapes: EXTENSION_PAGE_SHAPES,
          admit: fromExtensionPage,
          handlers: {
            'get-tab': async (m) => (deps.index.ok ? ok(await deps.store.get(m.tabId)) : deps.index),
            'followed-stories': () =>
              deps.index.ok
                ? ok(
                    deps.index.value.stories.map((s) => ({
                      title: s.title,
                      broke: s.broke,
                      subject: s.subject.name,
                    })),
                  )
                : deps.index,
            'analyse-tab': (m) =>
              deps.inject(m.tabId, 'if-missing').then(
                () => ok(true as const),
                (e: unknown) => fail(`could not read the page: ${String(e)}`),
              ),
            'focus-claim': (m) =>
              deps.tab(m.tabId)('focus-claim', { paragraph: m.paragraph, claimId: m.claimId }),
          },
        },
        refuse,
      ),
    ];
  }

  /**
   * A tab closed: its entry goes, and a match still running for it is no longer the tab's result
   * (kept, it would write the closed tab back into the store).
   */
  tabClosed(tabId: number): void {
    this.latest.delete(tabId);
  }

  async handle(message: unknown, sender: Sender): Promise<Result<unknown>> {
    if (sender.id !== this.deps.extensionId) return this.reject('sender is not this extension');
    for (const receive of this.receivers) {
      const reply = receive(message, sender);
      if (reply !== undefined) return reply;
    }
    return this.reject('message has an unknown type or the wrong shape');
  }

  private fromExtensionPage(sender: Sender): boolean {
    return typeof sender.url === 'string' && sender.url.startsWith(this.deps.extensionOrigin);
  }

  private async gatePassed(tabId: number, url: string): Promise<Result<true>> {
    const { deps } = this;
    if (!deps.index.ok) return deps.index;
    // The popup may have read this document already (the gate runs once the page is idle): its
    // result stands, as the copy of the full script already in the page takes this injection's
    // verdict and matches again only an article that changed since (PageReader.injectedAgain).
    const current = await deps.store.get(tabId);
    if (current === null || current.url !== url || current.status === 'analysing')
      await deps.store.set(tabId, { url, status: 'analysing', view: null, overlay: false });
    try {
      await deps.inject(tabId, 'in-page');
      return ok(true);
    } catch (e) {
      return this.reject(`could not start the full script: ${String(e)}`);
    }
  }

  /**
   * Matches in the background, not on the page: the index is here already, and the matcher stays
   * compiled and optimised from one page to the next while the worker lives. The candidate ids
   * come from the page's gate; a wrong one costs a little work, never a match, since a story is
   * recognised only on its claims. The result is kept as the tab's: the popup reads it from here.
   */
  private async match(
    tabId: number,
    url: string,
    ids: string[],
    paragraphs: string[],
    headline: HeadlineLines | null,
  ): Promise<Result<PageView | null>> {
    const { deps } = this;
    if (!deps.index.ok) return deps.index;
    const run = ++this.matches;
    this.latest.set(tabId, run);
    // A build's tables that do not fit its claims are made again, and said in the worker's console.
    this.engine ??= new Engine(deps.index.value, {
      badTables: (story, problem) =>
        deps.log(`Backstory: the index's tables for ${story} were made again: ${problem}`),
    });
    const { view } = await readPageInSlices(this.engine, { paragraphs, gate: { ids }, headline }, () =>
      deps.pause(),
    );
    if (this.latest.get(tabId) === run) await this.keep(tabId, url, view);
    return ok(view);
  }

  /** Keeps what a tab's page is now, and counts its claims on the badge. */
  private async keep(tabId: number, url: string, view: PageView | null): Promise<Result<true>> {
    const { store, showCount, highlightsOn } = this.deps;
    const overlay = view !== null && (await store.get(tabId))?.overlay === true;
    await store.set(tabId, { url, status: view === null ? 'no-story' : 'story', view, overlay });
    const count = claimCount(view);
    // No claims, an empty badge: it looks the same with the highlights on or off, so the settings
    // are not read for the many pages that are not the story.
    await showCount(tabId, count, count === 0 || (await highlightsOn(url)));
    return ok(true);
  }

  /**
   * The reader turned the highlights on or off (for a site, or everywhere): every tab showing a
   * story says so on its button. A tab that closed meanwhile is skipped.
   */
  async settingsChanged(): Promise<void> {
    const { store, showCount, highlightsOn, log } = this.deps;
    for (const [tabId, result] of await store.all()) {
      if (result.status !== 'story') continue;
      await showCount(tabId, claimCount(result.view), await highlightsOn(result.url)).catch((e: unknown) =>
        log(`Backstory: could not update tab ${tabId}'s button: ${String(e)}`),
      );
    }
  }

  private async overlay(tabId: number, shown: boolean): Promise<Result<true>> {
    const known = await this.deps.store.get(tabId);
    if (known !== null && known.overlay !== shown)
      await this.deps.store.set(tabId, { ...known, overlay: shown });
    return ok(true);
  }

  private reject(reason: string): Result<never> {
    this.deps.log(`Backstory: rejected a message: ${reason}`);
    return fail(reason);
  }
}

/** The sender's tab: `admit` let only messages from a tab through to the content handlers. */
const tabOf = (sender: Sender): number => sender.tab?.id ?? -1;
