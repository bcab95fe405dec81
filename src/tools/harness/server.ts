// The fixture server: serves generated news pages on 127.0.0.1 and records what it was asked.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureServer {
  /** http://localhost:PORT (localhost, so it also exercises the host match patterns). */
  origin: string;
  port: number;
  requests: string[];
  /** Adds or replaces a page at a path. */
  page(pathname: string, html: string): void;
  close(): Promise<void>;
}

export async function startServer(
  pages: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<FixtureServer> {
  const routes = new Map(Object.entries(pages));
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    const html = routes.get(url.pathname);
    if (html === undefined) {
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/plain' });
      res.end();
      return;
    }
    const type = url.pathname.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://localhost:${port}`,
    port,
    requests,
    page: (p, html) => void routes.set(p, html),
    // Keep-alive connections a browser left open must not hold the test run.
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
