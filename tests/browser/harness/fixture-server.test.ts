// The fixture server on its own: what the browser tests rely on when they say "no request".
import http from 'node:http';
import net from 'node:net';
import { startFixtureServer, type FixtureServer } from './fixture-server';

/** A plain-HTTP request as a browser sends it: direct (path + Host) or to a proxy (absolute URL). */
function get(port: number, target: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: target, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** What Firefox sends its HTTPS proxy before a TLS handshake. */
function connect(port: number, authority: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n\r\n`));
    let reply = '';
    socket.on('data', (d) => (reply += d.toString()));
    socket.on('end', () => resolve(reply));
    socket.on('error', reject);
  });
}

describe('fixture server', () => {
  let server: FixtureServer;
  const page = 'http://www.rferl.org/a/x/1.html';
  const html = '<html lang="en"><body><img src="/img/a.jpg"><script src="https://cdn.example/s.js"></script></body></html>';

  beforeEach(async () => {
    server = await startFixtureServer();
    server.serve(page, html);
  });
  afterEach(() => server.close());

  test('serves a page by Host header and by absolute (proxy) URL, 404 elsewhere', async () => {
    expect(await get(server.port, '/a/x/1.html', 'www.rferl.org')).toEqual({ status: 200, body: html });
    expect(await get(server.port, page, 'www.rferl.org')).toEqual({ status: 200, body: html });
    expect((await get(server.port, '/a/x/1.html', 'other.example')).status).toBe(404);
    expect((await get(server.port, '/nothing', 'www.rferl.org')).status).toBe(404);
  });

  test('records every request and tells page traffic from anything else', async () => {
    await get(server.port, '/a/x/1.html', 'www.rferl.org');
    await get(server.port, '/img/a.jpg', 'www.rferl.org');
    await get(server.port, '/favicon.ico', 'www.rferl.org');
    await get(server.port, 'http://tracker.example/ping?u=1', 'tracker.example');
    expect(await connect(server.port, 'api.example:443')).toContain('403');
    expect(server.requests.map((r) => `${r.method} ${r.host}${r.path}`)).toEqual([
      'GET www.rferl.org/a/x/1.html',
      'GET www.rferl.org/img/a.jpg',
      'GET www.rferl.org/favicon.ico',
      'GET tracker.example/ping?u=1',
      'CONNECT api.example',
    ]);
    expect(server.unexpectedRequests().map((r) => r.host)).toEqual(['tracker.example', 'api.example']);
    expect(server.isPageTraffic('https://cdn.example/s.js')).toBe(true);
    expect(server.isPageTraffic('http://www.rferl.org/a/x/2.html')).toBe(false);
  });
});
