// Chromium with the built extension, with the handles the reliability tests need beyond the
// shared harness (tests/browser/harness, used read-only here): the Playwright context and pages,
// a CDP session per page that reports uncaught exceptions and console errors from every
// execution context (the page's main world and our content script's isolated world alike), and
// a network guard: the host resolver maps www.rferl.org to the fixture server and every other
// name to nothing, and a route handler aborts every request that is not to the fixture server.
import { chromiumArgs } from '../harness/chromium-args';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import type { FixtureServer } from '../harness/fixture-server';
import { chromeExtensionDir, chromiumPath } from '../harness/paths';

export interface Problem {
  kind: 'exception' | 'console';
  /** Execution context: "extension" (our isolated world), "page" (main world) or another. */
  world: string;
  text: string;
  url?: string;
}

export interface WatchedPage {
  page: Page;
  cdp: CDPSession;
  /** Uncaught exceptions and console errors/warnings from our content script's world or code. */
  ours: Problem[];
  /** The same from the page's own scripts (saved pages whose remote scripts are blocked). */
  theirs: Problem[];
  /** Requests from this tab whose initiator is our code (CDP Network initiator stack). */
  ourRequests: string[];
  /** How many requests this tab made in all (the page's own, once the above are taken out). */
  requestCount: number;
  /** Runs `expression` in our content script's isolated world (for control tests of the watcher). */
  evaluateInExtensionWorld(expression: string): Promise<void>;
  close(): Promise<void>;
}

export interface RequestSeen {
  url: string;
  /** URL of the frame that made it, '' for a worker or the browser. */
  frame: string;
  /** The service worker or extension page made it. */
  fromExtension: boolean;
  aborted: boolean;
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  /** Every request the browser reported, in order. */
  requests: RequestSeen[];
  /** Uncaught exceptions, console errors and warnings from the background service worker. */
  backgroundProblems: Problem[];
  /** Runs `expression` in the service worker (for control tests of the watcher). */
  evaluateInBackground(expression: string): Promise<void>;
  open(url: string): Promise<WatchedPage>;
  /** The real popup page, in a tab. */
  openPopup(query?: string): Promise<Page>;
  close(): Promise<void>;
}

const isLocal = (url: URL, server: FixtureServer): boolean =>
  url.host === 'www.rferl.org' || url.host === `127.0.0.1:${server.port}`;

export async function launchChromiumSession(server: FixtureServer): Promise<ChromiumSession> {
  await fs.access(path.join(chromeExtensionDir, 'manifest.json')).catch(() => {
    throw new Error(`No built extension at ${chromeExtensionDir}: run \`npm run build\` first`);
  });
  const profileDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sourcelight-reliability-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    timeout: 30_000,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(`MAP www.rferl.org 127.0.0.1:${server.port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`),
  });
  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    await fs.rm(profileDir, { recursive: true, force: true });
  };

  const requests: RequestSeen[] = [];
  const aborted = new Set<string>();
  context.on('request', (req) => {
    const url = req.url();
    if (/^(data|blob|about):/.test(url)) return;
    let frame = '';
    try {
      frame = req.frame().url();
    } catch {
      frame = ''; // a service worker's request has no frame
    }
    requests.push({
      url,
      frame,
      fromExtension: url.startsWith('chrome-extension:') || frame.startsWith('chrome-extension:') || req.serviceWorker() !== null,
      aborted: false,
    });
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (!/^https?:$/.test(url.protocol) || isLocal(url, server)) return route.continue();
    aborted.add(url.href);
    const seen = requests.findLast((r) => r.url === url.href);
    if (seen) seen.aborted = true;
    return route.abort('blockedbyclient');
  });

  let extensionId: string;
  const backgroundProblems: Problem[] = [];
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
    worker.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') {
        backgroundProblems.push({ kind: 'console', world: 'background', text: msg.text() });
      }
    });
  } catch (e) {
    await close();
    throw new Error(`The extension did not start its service worker within 15 s: ${String(e)}`);
  }
  const ourOrigin = `chrome-extension://${extensionId}`;

  // The service worker's uncaught exceptions: Playwright reports only its console, so attach to
  // it over the browser's CDP session (again whenever the browser restarts the worker).
  const browser = context.browser();
  if (!browser) throw new Error('No browser handle for the persistent context');
  const browserCdp = await browser.newBrowserCDPSession();
  const workerSessions: string[] = [];
  let messageId = 0;
  const sendToWorker = (sessionId: string, method: string, params: object = {}): Promise<unknown> =>
    browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++messageId, method, params }) });
  browserCdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { method?: string; params?: { exceptionDetails?: { text: string; exception?: { description?: string } } } };
    if (m.method !== 'Runtime.exceptionThrown') return;
    const d = m.params?.exceptionDetails;
    backgroundProblems.push({ kind: 'exception', world: 'background', text: d?.exception?.description ?? d?.text ?? '' });
  });
  browserCdp.on('Target.targetCreated', ({ targetInfo: t }) => {
    if (t.type !== 'service_worker' || !t.url.startsWith(ourOrigin)) return;
    void browserCdp
      .send('Target.attachToTarget', { targetId: t.targetId, flatten: false })
      .then(async ({ sessionId }) => {
        workerSessions.push(sessionId);
        await sendToWorker(sessionId, 'Runtime.enable');
      })
      .catch(() => undefined); // the worker went away meanwhile
  });
  await browserCdp.send('Target.setDiscoverTargets', { discover: true });

  async function open(url: string): Promise<WatchedPage> {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const worlds = new Map<number, string>();
    const ours: Problem[] = [];
    const theirs: Problem[] = [];
    const file = (p: Problem): void => {
      if (p.world === 'extension' || p.url?.startsWith(ourOrigin)) ours.push(p);
      else theirs.push(p);
    };
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
      const aux = (c.auxData ?? {}) as { isDefault?: boolean; type?: string };
      worlds.set(c.id, c.origin.startsWith(ourOrigin) ? 'extension' : aux.isDefault ? 'page' : `other (${c.name || c.origin})`);
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      const frames = d.stackTrace?.callFrames ?? [];
      file({
        kind: 'exception',
        world: worlds.get(d.executionContextId ?? -1) ?? 'unknown',
        text: d.exception?.description ?? d.text,
        url: d.url ?? frames.find((f) => f.url)?.url,
      });
    });
    cdp.on('Runtime.consoleAPICalled', (e) => {
      if (e.type !== 'error' && e.type !== 'warning' && e.type !== 'assert') return;
      const frames = e.stackTrace?.callFrames ?? [];
      file({
        kind: 'console',
        world: worlds.get(e.executionContextId) ?? 'unknown',
        text: e.args.map((a) => a.description ?? String(a.value ?? '')).join(' '),
        url: frames.find((f) => f.url)?.url,
      });
    });
    const ourRequests: string[] = [];
    let requestCount = 0;
    type Stack = { callFrames: Array<{ url: string }>; parent?: Stack };
    const stackUrls = (st: Stack | undefined): string[] => (st ? [...st.callFrames.map((f) => f.url), ...stackUrls(st.parent)] : []);
    cdp.on('Network.requestWillBeSent', (e) => {
      requestCount++;
      const by = [e.initiator.url ?? '', ...stackUrls(e.initiator.stack as Stack | undefined)];
      if (by.some((u) => u.startsWith(ourOrigin))) ourRequests.push(`${e.request.method} ${e.request.url}`);
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Network.enable');
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    return {
      page,
      cdp,
      ours,
      theirs,
      ourRequests,
      get requestCount() {
        return requestCount;
      },
      async evaluateInExtensionWorld(expression) {
        const id = [...worlds].find(([, world]) => world === 'extension')?.[0];
        if (id === undefined) throw new Error('No execution context of ours in this page');
        await cdp.send('Runtime.evaluate', { expression, contextId: id });
      },
      close: async () => {
        await cdp.detach().catch(() => undefined);
        await page.close().catch(() => undefined);
      },
    };
  }

  return {
    context,
    extensionId,
    server,
    requests,
    backgroundProblems,
    open,
    async evaluateInBackground(expression) {
      const sessionId = workerSessions[workerSessions.length - 1];
      if (sessionId === undefined) throw new Error('Not attached to the service worker');
      await sendToWorker(sessionId, 'Runtime.evaluate', { expression });
    },
    async openPopup(query = '') {
      const page = await context.newPage();
      await page.goto(`${ourOrigin}/popup.html${query}`, { waitUntil: 'load' });
      await page.waitForSelector('input[type=checkbox][data-annotation-type]', { timeout: 10_000 });
      return page;
    },
    close,
  };
}

/** Waits for the content script's User Timing measure: it has painted (or found nothing to paint). */
export async function waitForAnnotation(page: Page, timeoutMs = 20_000): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('sourcelight:annotate').length > 0, null, {
    timeout: timeoutMs,
    polling: 50,
  });
  return page.evaluate(() => performance.getEntriesByName('sourcelight:annotate')[0]!.duration);
}
