// A local HTTP server that answers for www.rferl.org (reached through Chromium's host resolver
// rules or Firefox's proxy prefs) and records every request, so a test can tell page traffic
// from anything the extension would send on its own.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Host the browser meant to reach (absolute proxy URL, else the Host header). */
  host: string;
  /** Path and query. */
  path: string;
}

export interface FixtureServer {
  readonly port: number;
  /** Every request seen since start or the last clearRequests(), oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Serve `html` at `url` (absolute, e.g. http://www.rferl.org/a/x.html). */
  serve(url: string, html: string): void;
  clearRequests(): void;
  /** Whether `url` is a served page or a resource such a page itself references. */
  isPageTraffic(url: string): boolean;
  /** Recorded requests that are not page traffic (HTTPS tunnels never are). */
  unexpectedRequests(): RecordedRequest[];
  close(): Promise<void>;
}

/** Resources a page asks for by itself: its `src` attributes, plus the favicon browsers try. */
function pageResources(pageUrl: URL, html: string): URL[] {
  const found = [new URL('/favicon.ico', pageUrl)];
  for (const m of html.matchAll(/\ssrc\s*=\s*["']([^"']+)["']/gi)) {
    const src = m[1];
    if (src !== undefined) found.push(new URL(src, pageUrl));
  }
  return found;
}

/** What identifies a resource here: no fragment, and http and https count alike. */
const resourceKey = (u: URL): string => `${u.host}${u.pathname}${u.search}`;

export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, string>();
  const allowed = new Set<string>();
  let requests: RecordedRequest[] = [];

  const server = http.createServer((req, res) => {
    // A proxied request carries an absolute URL; a direct one only a path and a Host header.
    const target = new URL(req.url ?? '/', `http://${req.headers.host ?? 'unknown'}`);
    requests.push({ method: req.method ?? 'GET', host: target.host, path: target.pathname + target.search });
    const body = pages.get(target.origin + target.pathname);
    if (req.method === 'GET' && body !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  // HTTPS through the proxy arrives as CONNECT: record it and refuse.
  server.on('connect', (req, socket) => {
    const [host = '', port = ''] = (req.url ?? '').split(':');
    requests.push({ method: 'CONNECT', host: port === '443' ? host : `${host}:${port}`, path: '' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    get requests() {
      return requests;
    },
    serve(url, html) {
      const u = new URL(url);
      pages.set(u.origin + u.pathname, html);
      allowed.add(resourceKey(u));
      for (const r of pageResources(u, html)) allowed.add(resourceKey(r));
    },
    clearRequests() {
      requests = [];
    },
    isPageTraffic(url) {
      return allowed.has(resourceKey(new URL(url)));
    },
    unexpectedRequests() {
      return requests.filter((r) => r.method === 'CONNECT' || !allowed.has(`${r.host}${r.path}`));
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}
