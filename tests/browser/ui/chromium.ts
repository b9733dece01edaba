// Chromium with the built extension for the UI tests (playwright-core). Same flags as
// tests/browser/harness/chromium.ts, plus:
// - --enable-unsafe-extension-debugging: lets CDP's Extensions.triggerAction run the toolbar
//   action on a tab (Playwright talks to Chromium over a pipe, which that command requires).
//   Chromium then does what a click on the toolbar button does: grants activeTab for the tab
//   and opens the real popup (a page target Playwright does not list, reached here over CDP).
// - news.example.test resolves to the fixture server too: a site outside RFE/RL.
import { chromiumArgs } from '../harness/chromium-args';
import { wrapPage, type LibraryPage } from '../harness/page-wrap';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import type { FixtureServer } from '../harness/fixture-server';
import { chromeExtensionDir, chromiumPath } from '../harness/paths';
import { waitUntil } from '../harness/wait';
import { DEFAULT_VIEWPORT, OTHER_HOST, type ActionPopup, type UiBrowser, type UiLaunchOptions, type UiPage } from './driver';

function wrap(page: Page): UiPage {
  return {
    ...wrapPage(page as unknown as LibraryPage),
    press: (key) => page.keyboard.press(key),
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    addScript: async (source) => {
      await page.evaluate(source);
    },
    setViewport: (size) => page.setViewportSize(size),
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
  };
}

/** The Playwright page behind a UiPage (the wrapper keeps it in a WeakMap). */
const pages = new WeakMap<UiPage, Page>();

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  embedderData?: { tabActive?: boolean };
}

/**
 * A page target Playwright does not manage (the toolbar popup), driven over the browser's CDP
 * session with Target.sendMessageToTarget.
 */
async function attachRaw(cdp: CDPSession, targetId: string): Promise<(method: string, params?: object) => Promise<any>> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const msg = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const w = msg.id === undefined ? undefined : waiting.get(msg.id);
    if (!w) return;
    waiting.delete(msg.id!);
    if (msg.error) w.reject(new Error(msg.error.message));
    else w.resolve(msg.result);
  });
  return (method, params = {}) => {
    const id = nextId++;
    const reply = new Promise<any>((resolve, reject) => waiting.set(id, { resolve, reject }));
    // A popup that closed (it does when anything takes focus from it) fails here, not by hanging.
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch((e: Error) => {
      waiting.get(id)?.reject(new Error(`The toolbar popup is gone (${e.message})`));
      waiting.delete(id);
    });
    return reply;
  };
}

export async function launchChromiumUi(server: FixtureServer, options: UiLaunchOptions = {}): Promise<UiBrowser> {
  await fs.access(path.join(chromeExtensionDir, 'manifest.json')).catch(() => {
    throw new Error(`No built extension at ${chromeExtensionDir}: run \`npm run build\` first`);
  });
  const profileDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sourcelight-ui-chromium-'));
  const downloadsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sourcelight-ui-downloads-'));
  let context!: BrowserContext;
  let cdp!: CDPSession;
  let extensionId = '';
  let launchMs = 0;

  const start = async (): Promise<void> => {
    const started = Date.now();
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: true,
      timeout: 30_000,
      viewport: options.viewport ?? DEFAULT_VIEWPORT,
      colorScheme: options.colorScheme ?? 'light',
      acceptDownloads: true,
      downloadsPath: downloadsDir,
      args: chromiumArgs(`MAP www.rferl.org 127.0.0.1:${server.port}, MAP ${OTHER_HOST} 127.0.0.1:${server.port}`),
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
    cdp = await context.browser()!.newBrowserCDPSession();
    launchMs = Date.now() - started;
  };
  try {
    await start();
  } catch (e) {
    await context?.close().catch(() => undefined);
    await fs.rm(profileDir, { recursive: true, force: true });
    throw e;
  }

  const popupUrl = (): string => `chrome-extension://${extensionId}/popup.html`;

  const openPage = async (url: string): Promise<UiPage> => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const ui = wrap(page);
    pages.set(ui, page);
    return ui;
  };

  const tabs = async (): Promise<TargetInfo[]> =>
    ((await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: TargetInfo[] }).targetInfos;

  const browser: UiBrowser = {
    name: 'chromium',
    server,
    get launchMs() {
      return launchMs;
    },
    openPage,
    async openPopup(tabId) {
      const page = await context.newPage();
      await page.goto(tabId === undefined ? popupUrl() : `${popupUrl()}?tab=${tabId}`, { waitUntil: 'load' });
      // Settings shown and the tab's status asked for: the status line is filled last.
      await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '', null, { timeout: 10_000 });
      const ui = wrap(page);
      pages.set(ui, page);
      return ui;
    },
    async tabIdOf(ui) {
      await ui.bringToFront();
      // Any extension page can ask; a popup tab opened for that would itself be the active
      // tab, so ask the service worker (woken by a message if it went to sleep).
      const read = async (): Promise<number> => {
        const worker = context.serviceWorkers()[0];
        if (!worker) throw new Error('no service worker');
        return worker.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return tab?.id ?? -1;
        });
      };
      return waitUntil(read, (id) => id > 0, 'the active tab id from the service worker', 5000);
    },
    async triggerAction(ui) {
      const page = pages.get(ui);
      if (!page) throw new Error('not a page of this browser');
      await page.bringToFront();
      const tab = await waitUntil(
        async () => (await tabs()).find((t) => t.url === page.url() && t.embedderData?.tabActive === true),
        (t) => t !== undefined,
        `the tab target showing ${page.url()}`,
        3000,
      );
      const popupTargets = async (): Promise<TargetInfo[]> =>
        ((await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }).targetInfos.filter(
          (t) => t.type === 'page' && t.url === popupUrl(),
        );
      const before = new Set((await popupTargets()).map((t) => t.targetId));
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab!.targetId } as never);
      const popup = await waitUntil(
        async () => (await popupTargets()).find((t) => !before.has(t.targetId)),
        (t) => t !== undefined,
        'the toolbar popup to open',
        5000,
      );
      const send = await attachRaw(cdp, popup!.targetId);
      const evaluate = async <T,>(expression: string): Promise<T> => {
        const r = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
        if (r.exceptionDetails) throw new Error(`in the popup: ${JSON.stringify(r.exceptionDetails).slice(0, 300)}`);
        return r.result.value as T;
      };
      // The popup fills its status line last, once it knows the tab's state.
      await waitUntil(() => evaluate<string>(`document.getElementById('status').textContent`), (t) => t !== '', 'the popup status', 5000);
      const clickAt = async (x: number, y: number): Promise<void> => {
        for (const type of ['mousePressed', 'mouseReleased']) {
          await send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
        }
      };
      const handle: ActionPopup = {
        how: 'the toolbar popup opened by CDP Extensions.triggerAction',
        evaluateWith: <A, R>(fn: (arg: A) => R, arg: A) => evaluate<R>(`(${String(fn)})(${JSON.stringify(arg)})`),
        clickAt,
        bringToFront: async () => undefined,
        async addScript(source) {
          await evaluate(source);
        },
        async colorScheme(scheme) {
          await send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
        },
        async screenshot(file) {
          const { data } = await send('Page.captureScreenshot', { format: 'png' });
          await fs.writeFile(file, Buffer.from(data as string, 'base64'));
        },
        text: (selector) => evaluate<string>(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`),
        async click(selector) {
          const box = await evaluate<{ x: number; y: number } | null>(`(() => {
            const el = document.querySelector(${JSON.stringify(selector)});
            if (!el || el.hidden) return null;
            const r = el.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          })()`);
          if (!box) throw new Error(`The toolbar popup shows no ${selector}`);
          await clickAt(box.x, box.y);
        },
        async close() {
          await cdp.send('Target.closeTarget', { targetId: popup!.targetId }).catch(() => undefined);
        },
      };
      return handle;
    },
    async readClipboard() {
      // navigator.clipboard needs a secure context: 127.0.0.1 is one, the http seed page is not.
      const origin = `http://127.0.0.1:${server.port}`;
      server.serve(`${origin}/clipboard.html`, '<!doctype html><title>clipboard</title>');
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      const page = await context.newPage();
      try {
        await page.goto(`${origin}/clipboard.html`);
        await page.bringToFront();
        return await page.evaluate(() => navigator.clipboard.readText());
      } finally {
        await page.close();
      }
    },
    async captureDownload(ui, trigger) {
      const page = pages.get(ui);
      if (!page) throw new Error('not a page of this browser');
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), trigger()]);
      const file = await download.path();
      return { filename: download.suggestedFilename(), text: await fs.readFile(file, 'utf8') };
    },
    async restart() {
      await context.close();
      await start();
    },
    async close() {
      await context?.close().catch(() => undefined);
      await fs.rm(profileDir, { recursive: true, force: true });
      await fs.rm(downloadsDir, { recursive: true, force: true });
    },
  };
  return browser;
}
