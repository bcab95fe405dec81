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
    return { page, cdp, tabId, worker, close };
  } catch (e) {
    await close();
    throw e;
  }
}
