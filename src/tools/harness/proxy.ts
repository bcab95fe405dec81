// A logging proxy on 127.0.0.1: the browsers send every request that is not to localhost here.
// It answers none of them (403 / refused CONNECT), so nothing can leave the machine, and the
// log is what the tests assert on.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoggingProxy {
  port: number;
  /** "CONNECT host:443" or "GET http://host/path" for each request the browser tried. */
  log: string[];
  close(): Promise<void>;
}

export async function startProxy(): Promise<LoggingProxy> {
  const log: string[] = [];
  const server = http.createServer((req, res) => {
    log.push(`${req.method ?? '?'} ${req.url ?? ''}`);
    res.writeHead(403);
    res.end();
  });
  server.on('connect', (req, socket) => {
    log.push(`CONNECT ${req.url ?? ''}`);
    // A browser may reset the refused tunnel before reading the answer (it did once in CI, as an
    // uncaught ECONNRESET after the tests had passed): that is no failure of anything tested.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Requests the browsers make on their own whatever extensions are loaded (component updates,
 * Google sign-in probes), seen with no extension at all; anything else fails the test.
 */
const BROWSER_NOISE =
  /^(CONNECT|GET|POST) (https?:\/\/)?(update\.googleapis\.com|accounts\.google\.com|clients\d*\.google\.com|www\.google\.com|content-autofill\.googleapis\.com|optimizationguide-pa\.googleapis\.com|safebrowsing\.googleapis\.com|edgedl\.me\.gvt1\.com|redirector\.gvt1\.com|firefox\.settings\.services\.mozilla\.com|content-signature-2\.cdn\.mozilla\.net|detectportal\.firefox\.com|push\.services\.mozilla\.com|location\.services\.mozilla\.com|shavar\.services\.mozilla\.com|aus5\.mozilla\.org|normandy\.cdn\.mozilla\.net|incoming\.telemetry\.mozilla\.org)(:\d+)?(\/|$)/;

export function unexpected(log: readonly string[]): string[] {
  return log.filter((l) => !BROWSER_NOISE.test(l));
}
