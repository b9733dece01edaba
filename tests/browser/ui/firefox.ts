// Firefox ESR with the built extension for the UI tests (puppeteer-core over WebDriver BiDi).
// Differences from tests/browser/harness/firefox.ts, and why:
// - The add-on is installed permanently (an .xpi through webExtension.install with
//   "moz:permanent"), which ESR allows for unsigned add-ons with xpinstall.signatures.required
//   false. It then survives a restart of the browser on the same profile, as a user's does;
//   a temporary add-on is gone after a restart and must be installed again.
// - --remote-allow-system-access also opens the browser window's own (chrome) scope to
//   script.evaluate. The tests use it for what content pages cannot reach: the tab ids the
//   extension sees, the toolbar action (BrowserAction.triggerAction, what the toolbar button
//   and the _execute_action shortcut run: it grants activeTab and opens the popup), and the
//   clipboard.
// - Downloads go to a temporary folder without asking; news.example.test is served too (the
//   proxy sends every host to the fixture server).
import { firefoxBasePrefs, firefoxLaunchOptions } from '../harness/firefox-prefs';
import { wrapPage, type LibraryPage } from '../harness/page-wrap';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { FixtureServer } from '../harness/fixture-server';
import { firefoxExtensionDir, geckoId } from '../harness/paths';
import { waitUntil } from '../harness/wait';
import { DEFAULT_VIEWPORT, type ActionPopup, type UiBrowser, type UiLaunchOptions, type UiPage } from './driver';
import { packXpi } from './xpi';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: any }>;
}

function wrap(page: Page): UiPage {
  return {
    ...wrapPage(page as unknown as LibraryPage),
    press: (key) => page.keyboard.press(key as never),
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    addScript: async (source) => {
      await page.evaluate(source);
    },
    setViewport: (size) => page.setViewport(size),
    colorScheme: (scheme) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]),
  };
}

export async function launchFirefoxUi(server: FixtureServer, options: UiLaunchOptions = {}): Promise<UiBrowser> {
  await fs.access(path.join(firefoxExtensionDir, 'manifest.json')).catch(() => {
    throw new Error(`No built extension at ${firefoxExtensionDir}: run \`npm run build\` first`);
  });
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'sourcelight-ui-firefox-'));
  const profileDir = path.join(work, 'profile');
  const downloadsDir = path.join(work, 'downloads');
  const xpi = path.join(work, 'sourcelight.xpi');
  await fs.mkdir(profileDir);
  await fs.mkdir(downloadsDir);
  await packXpi(firefoxExtensionDir, xpi);
  const uuid = randomUUID();
  let browser!: Browser;
  let launchMs = 0;

  const connection = (): BidiConnection => (browser as unknown as { connection: BidiConnection }).connection;

  /** Runs `body` (an async function body) in the browser window's chrome scope; JSON result. */
  const chromeEval = async <T,>(body: string): Promise<T> => {
    const tree = await connection().send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const win = (tree.result.contexts as Array<{ context: string; url: string }>).find((c) =>
      c.url.startsWith('chrome://browser/content/browser.xhtml'),
    );
    if (!win) throw new Error('No browser window in the chrome scope');
    const reply = await connection().send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (async () => { ${body} })() ?? null))()`,
      target: { context: win.context },
      awaitPromise: true,
    });
    if (reply.result.type === 'exception') {
      throw new Error(`chrome scope: ${JSON.stringify(reply.result.exceptionDetails).slice(0, 400)}`);
    }
    return JSON.parse(reply.result.result.value as string) as T;
  };

  const EXT = `const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
    const ext = WebExtensionPolicy.getByID(${JSON.stringify(geckoId)})?.extension;
    if (!ext) throw new Error("Sourcelight is not installed");
    const global = ExtensionParent.apiManager.global;`;

  const start = async (install: boolean): Promise<void> => {
    const started = Date.now();
    browser = await puppeteer.launch(
      firefoxLaunchOptions(
        profileDir,
        {
        ...firefoxBasePrefs(geckoId, uuid, server.port),
        // ESR (unlike release) honours this: an unsigned add-on may be installed for good.
        'xpinstall.signatures.required': false,
        // permissions.request() resolves true without a doorhanger (Firefox's own test setting):
        // "On for this site" outside RFE/RL can then be granted headless.
        'extensions.webextOptionalPermissionPrompts': false,
        'browser.download.dir': downloadsDir,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.panel.shown': true,
        'browser.helperApps.neverAsk.saveToDisk': 'application/json',
        ...(options.colorScheme === 'dark' ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
        },
        options.viewport ?? DEFAULT_VIEWPORT,
      ),
    );
    if (install) {
      await connection().send('webExtension.install', {
        extensionData: { type: 'archivePath', path: xpi },
        'moz:permanent': true,
      });
    }
    await waitUntil(
      () => chromeEval<boolean>(`return !!WebExtensionPolicy.getByID(${JSON.stringify(geckoId)})?.active;`),
      (ready) => ready,
      'Sourcelight to be installed and active',
      15_000,
    );
    launchMs = Date.now() - started;
  };

  try {
    await start(true);
  } catch (e) {
    await browser?.close().catch(() => undefined);
    await fs.rm(work, { recursive: true, force: true });
    throw e;
  }

  const pages = new WeakMap<UiPage, Page>();
  const openPopup = async (tabId?: number): Promise<UiPage> => {
    const page = await browser.newPage();
    // goto() on a moz-extension:// page loads it but never resolves: wait for content instead.
    page.goto(`moz-extension://${uuid}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`).catch(() => undefined);
    // Polled with retries: an evaluate that lands mid-navigation fails inside Firefox's BiDi.
    await waitUntil(
      () => page.evaluate(() => (document.getElementById('status')?.textContent ?? '') !== ''),
      (ready) => ready,
      'the popup to show the settings and the tab status',
      10_000,
    );
    const ui = wrap(page);
    pages.set(ui, page);
    return ui;
  };
  const tabIdOf = async (ui: UiPage): Promise<number> => {
    await ui.bringToFront();
    return chromeEval<number>(`${EXT} return global.tabTracker.getId(gBrowser.selectedTab);`);
  };

  return {
    name: 'firefox',
    server,
    get launchMs() {
      return launchMs;
    },
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const ui = wrap(page);
      pages.set(ui, page);
      return ui;
    },
    openPopup,
    tabIdOf,
    async triggerAction(ui) {
      const tabId = await tabIdOf(ui);
      // The action toggles: with its popup still open from an earlier call it would only close
      // it. Popups are closed first, and again after (the stand-in tab below is used instead).
      const closePanels = `for (const p of document.querySelectorAll("panel")) if (p.state === "open" || p.state === "showing") p.hidePopup();`;
      const granted = await chromeEval<boolean>(`${EXT}
        ${closePanels}
        await new Promise((r) => setTimeout(r, 50));
        const tab = gBrowser.selectedTab;
        await global.browserActionFor(ext).triggerAction(window);
        const granted = ext.tabManager.hasActiveTabPermission(tab);
        ${closePanels}
        return granted;`);
      if (!granted) throw new Error('The toolbar action did not grant activeTab');
      // The popup it opened lives in a panel WebDriver BiDi does not expose: the same page,
      // opened as a tab for the tab the action ran on, stands in for it.
      const popup = await openPopup(tabId);
      const page = pages.get(popup)!;
      const handle: ActionPopup = {
        how: 'popup.html?tab=ID in a tab, after BrowserAction.triggerAction granted activeTab',
        evaluateWith: popup.evaluateWith,
        clickAt: popup.clickAt,
        bringToFront: popup.bringToFront,
        addScript: popup.addScript,
        colorScheme: popup.colorScheme,
        screenshot: popup.screenshot,
        text: (selector) => page.$eval(selector, (el) => el.textContent ?? '').catch(() => ''),
        async click(selector) {
          await page.bringToFront();
          await page.click(selector);
        },
        close: () => page.close(),
      };
      return handle;
    },
    readClipboard() {
      return chromeEval<string>(`
        const trans = Cc["@mozilla.org/widget/transferable;1"].createInstance(Ci.nsITransferable);
        trans.init(null);
        trans.addDataFlavor("text/plain");
        Services.clipboard.getData(trans, Services.clipboard.kGlobalClipboard, window.browsingContext.currentWindowContext);
        const data = {};
        trans.getTransferData("text/plain", data);
        return data.value.QueryInterface(Ci.nsISupportsString).data;`);
    },
    async captureDownload(_ui, trigger) {
      const before = new Set(await fs.readdir(downloadsDir));
      await trigger();
      const name = await waitUntil(
        async () => (await fs.readdir(downloadsDir)).find((f) => !before.has(f) && !f.endsWith('.part')),
        (f) => f !== undefined,
        `a new file in ${downloadsDir}`,
        10_000,
      );
      // Written once the .part file is renamed; wait until it parses if it is still growing.
      const file = path.join(downloadsDir, name!);
      const text = await waitUntil(() => fs.readFile(file, 'utf8'), (t) => t.length > 0, `${file} to have content`, 5000);
      return { filename: name!, text };
    },
    async restart() {
      await browser.close();
      await start(false);
    },
    async close() {
      await browser?.close().catch(() => undefined);
      await fs.rm(work, { recursive: true, force: true });
    },
  };
}
