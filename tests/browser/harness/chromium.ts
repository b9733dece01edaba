// Chromium with the built extension, through playwright-core. Flags: see
// /work/shared/notes/browser-testing.md (Playwright adds --disable-extensions unless told
// otherwise; root needs --no-sandbox).
import { chromiumArgs } from './chromium-args';
import { wrapPage, type LibraryPage } from './page-wrap';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { BrowserDriver, LaunchTiming, TestPage } from './driver';
import type { FixtureServer } from './fixture-server';
import { chromeExtensionDir, chromiumPath } from './paths';
import { waitUntil } from './wait';

function wrap(page: Page): TestPage {
  return wrapPage(page as unknown as LibraryPage);
}

/** Headless Chromium hides why an extension failed to load; loading it again over CDP tells. */
async function loadError(context: BrowserContext): Promise<string | null> {
  try {
    const browser = context.browser();
    if (!browser) return null;
    const cdp = await browser.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked', { path: chromeExtensionDir });
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

const servedHosts = ['www.rferl.org', 'www.svoboda.org', 'www.radiosvoboda.org'];

export async function launchChromium(server: FixtureServer): Promise<BrowserDriver & LaunchTiming> {
  const started = Date.now();
  await fs.access(path.join(chromeExtensionDir, 'manifest.json')).catch(() => {
    throw new Error(`No built extension at ${chromeExtensionDir}: run \`npm run build\` first`);
  });
  const profileDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sourcelight-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: true,
      timeout: 30_000,
      args: chromiumArgs(
        // Pages are served locally as if from RFE/RL hosts, where the content scripts run:
        // the English, Russian and Ukrainian services.
        servedHosts.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', '),
      ),
    });
  } catch (e) {
    await fs.rm(profileDir, { recursive: true, force: true });
    throw e;
  }

  // Every request a page, worker or extension context makes (playwright-core reports the
  // service worker's too). Fetching the extension's own packaged files is not network.
  const foreign: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    if (/^(chrome-extension|data|blob|about):/.test(url)) return;
    if (!server.isPageTraffic(url)) foreign.push(`${req.method()} ${url}`);
  });

  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    await fs.rm(profileDir, { recursive: true, force: true });
  };

  let extensionId: string;
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  } catch (e) {
    const why = await loadError(context);
    await close();
    throw new Error(
      `The extension in ${chromeExtensionDir} did not start a background service worker within 15 s` +
        (why ? `; Chromium says: ${why}` : `: ${String(e)}`),
    );
  }

  // The service workers' running status, from CDP (playwright-core keeps a stopped worker listed).
  let workerWatch: { cdp: import('playwright-core').CDPSession; running(): number } | undefined;
  const watchWorkers = async (): Promise<NonNullable<typeof workerWatch>> => {
    if (workerWatch) return workerWatch;
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const status = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status.set(v.versionId, v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    workerWatch = { cdp, running: () => [...status.values()].filter((s) => s === 'running' || s === 'starting').length };
    return workerWatch;
  };

  const openPage = async (url: string): Promise<TestPage> => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return wrap(page);
  };

  return {
    name: 'chromium',
    server,
    launchMs: Date.now() - started,
    openPage,
    async openPopup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'load' });
      await page.waitForSelector('input[type=checkbox][data-annotation-type]', { timeout: 10_000 });
      return wrap(page);
    },
    foreignRequests: () => [...foreign],
    async stopBackground() {
      const workers = await watchWorkers();
      await waitUntil(async () => workers.running(), (n) => n > 0, 'the background service worker to be seen running', 5_000, 50);
      await workers.cdp.send('ServiceWorker.stopAllWorkers');
      await waitUntil(async () => workers.running(), (n) => n === 0, 'the background service worker to stop', 5_000, 50);
    },
    runningBackgrounds: () => workerWatch?.running() ?? context.serviceWorkers().length,
    close,
  };
}
