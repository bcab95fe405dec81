// What the trace benches start from: the demo article (seed 001) at 1280×800 in Chromium with the
// built extension, its overlay drawn, a DevTools session on the page and the extension's worker.

import { launchChromium } from '../harness/chromium.ts';
import { newsPage, seedArticle } from '../harness/pages.ts';
import { startProxy } from '../harness/proxy.ts';
import { startServer } from '../harness/server.ts';

/** A DevTools trace event, as much of one as the benches read. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
}

/** What the benches read of the overlay (the content script's `describe-overlay` answer). */
export interface DemoOverlay {
  markers: { rect: { top: number; left: number; right: number; bottom: number } }[];
  card: unknown;
}

export async function openDemo() {
  const server = await startServer({
    '/': newsPage({
      ...seedArticle('001_ec7be9d70c6859db.txt'),
      site: 'The Morning Ledger (Backstory demo)',
    }),
  });
  const proxy = await startProxy();
  const session = await launchChromium({ proxyPort: proxy.port });
  const close = async (): Promise<void> => {
    await session.close();
    await server.close();
    await proxy.close();
  };
  try {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('backstory-overlay', { state: 'attached', timeout: 20000 });
    await page.waitForTimeout(1000);
    const cdp = await session.context.newCDPSession(page);
    const tabId = await session.tabId(page);
    const worker = session.worker;
    if (worker === null) throw new Error('no extension worker');
    /** The overlay as drawn, asked of the content script through the extension's worker. */
    const describe = (): Promise<DemoOverlay> =>
      worker.evaluate(
        async (id: number) =>
          ((await chrome.tabs.sendMessage(id, { type: 'describe-overlay' })) as { value: DemoOverlay }).value,
        tabId,
      );
    /** The DevTools timeline's events while `work` runs. */
    const trace = async (work: () => Promise<unknown>): Promise<TraceEvent[]> => {
      const events: TraceEvent[] = [];
      const collect = (e: { value: object[] }): void => void events.push(...(e.value as TraceEvent[]));
      cdp.on('Tracing.dataCollected', collect);
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
      await work();
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      return events;
    };
    return { page, describe, trace, close };
  } catch (e) {
    await close();
    throw e;
  }
}
