// Message handling for the background: every message is checked for its sender (our own
// extension; a tab for content messages, an extension page for page messages) and its shape
// before anything changes. Rejections are logged with a reason and answered as values.

import type { Runtime } from 'webextension-polyfill';
import { describePage, type PageView } from '../view/describe.ts';
import { Engine } from '../matching/engine.ts';
import {
  fail,
  isContentMessage,
  isPageMessage,
  ok,
  type PageReport,
  type Result,
  type TabMessage,
} from '../extension/messages.ts';
import type { ClaimIndex } from '../model/types.ts';
import type { TabStore } from './tab-store.ts';

export interface RouterDeps {
  extensionId: string;
  /** Base URL of the extension's own pages, e.g. "chrome-extension://<id>/". */
  extensionOrigin: string;
  /** Null when the bundled index failed its start-up check: Backstory then matches nothing. */
  index: ClaimIndex | null;
  store: TabStore;
  setBadge(tabId: number, text: string): Promise<void>;
  sendToTab(tabId: number, message: TabMessage): Promise<unknown>;
  /** Injects the content script into a tab now (after the reader granted the site). */
  inject(tabId: number): Promise<void>;
  log(reason: string): void;
  /** Yields to the event loop between slices of matching, so other tabs' messages get answered. */
  pause(): Promise<void>;
}

export type Reply = Result<unknown>;

export class Router {
  /** Built on the first page to match and kept while the worker lives: it stays compiled and warm. */
  private engine: Engine | null = null;

  constructor(private readonly deps: RouterDeps) {}

  async handle(message: unknown, sender: Runtime.MessageSender): Promise<Reply> {
    const { deps } = this;
    if (sender.id !== deps.extensionId) return this.reject('sender is not this extension');
    const tabId = sender.tab?.id;
    const fromPage = typeof sender.url === 'string' && sender.url.startsWith(deps.extensionOrigin);
    if (isContentMessage(message)) {
      if (tabId === undefined || fromPage)
        return this.reject(`${message.type} must come from a content script in a tab`);
      if (message.type === 'page-report') return this.report(tabId, message.report);
      if (message.type === 'gate-passed') {
        if (deps.index === null) return fail('the claim index is damaged; Backstory is disabled');
        await deps.store.set(tabId, {
          url: sender.url ?? '',
          status: 'analysing',
          storyId: null,
          claims: [],
          overlay: false,
        });
        try {
          await deps.inject(tabId);
          return ok(true);
        } catch (e) {
          return this.reject(`could not start the full script: ${String(e)}`);
        }
      }
      if (deps.index === null) return fail('the claim index is damaged; Backstory is disabled');
      return ok(await this.match(deps.index, message.ids, message.paragraphs));
    }
    if (isPageMessage(message)) {
      if (!fromPage) return this.reject(`${message.type} must come from an extension page`);
      if (message.type === 'get-tab') return ok(await deps.store.get(message.tabId));
      if (message.type === 'analyse-tab') {
        try {
          await deps.inject(message.tabId);
          return ok(true);
        } catch (e) {
          return fail(`could not read the page: ${String(e)}`);
        }
      }
      try {
        await deps.sendToTab(message.tabId, {
          type: 'focus-claim',
          paragraph: message.paragraph,
          claimId: message.claimId,
        });
        return ok(true);
      } catch (e) {
        return fail(`the page did not answer: ${String(e)}`);
      }
    }
    return this.reject('message has an unknown type or the wrong shape');
  }

  /**
   * Matches in the background, not on the page: the index is here already, and the matcher stays
   * compiled and optimised from one page to the next while the worker lives. The candidate ids
   * come from the page's gate; a wrong one costs a little work, never a match, since a story is
   * recognised only on its claims.
   */
  private async match(index: ClaimIndex, ids: string[], paragraphs: string[]): Promise<PageView | null> {
    this.engine ??= new Engine(index);
    const result = await this.engine.analyseInSlices(paragraphs, this.engine.stories(ids), () =>
      this.deps.pause(),
    );
    return result.story === null ? null : describePage(result.story, result.matches);
  }

  private async report(tabId: number, report: PageReport): Promise<Reply> {
    await this.deps.store.set(tabId, report);
    const count = new Set(report.claims.map((c) => c.claimId)).size;
    await this.deps.setBadge(tabId, report.status === 'story' && count > 0 ? String(count) : '');
    return ok(true);
  }

  private reject(reason: string): Reply {
    this.deps.log(`Backstory: rejected a message: ${reason}`);
    return fail(reason);
  }
}
