// Firefox ESR with the built extension as a temporary add-on, through puppeteer-core over
// WebDriver BiDi (see /work/shared/notes/browser-testing.md for why each option is here).
import { firefoxBasePrefs, firefoxLaunchOptions } from './firefox-prefs';
import { wrapPage, type LibraryPage } from './page-wrap';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BrowserDriver, LaunchTiming, TestPage } from './driver';
import type { FixtureServer } from './fixture-server';
import { firefoxExtensionDir, geckoId } from './paths';
import { waitUntil } from './wait';

function wrap(page: Page): TestPage {
  return wrapPage(page as unknown as LibraryPage);
}

export async function launchFirefox(server: FixtureServer): Promise<BrowserDriver & LaunchTiming> {
  const started = Date.now();
  await fs.access(path.join(firefoxExtensionDir, 'manifest.json')).catch(() => {
    throw new Error(`No built extension at ${firefoxExtensionDir}: run \`npm run build\` first`);
  });
  const profileDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sourcelight-firefox-'));
  // Fixing the add-on's internal UUID makes its pages' moz-extension:// URLs known in advance.
  const uuid = randomUUID();
  let browser: Browser;
  try {
    browser = await puppeteer.launch(firefoxLaunchOptions(profileDir, firefoxBasePrefs(geckoId, uuid, server.port)));
  } catch (e) {
    await fs.rm(profileDir, { recursive: true, force: true });
    throw e;
  }

  const close = async (): Promise<void> => {
    // A Firefox that does not quit in time is killed: a leftover browser would hold the CI run.
    const quit = browser.close().then(
      () => true,
      () => false,
    );
    const inTime = await Promise.race([quit, new Promise<false>((r) => setTimeout(() => r(false), 15_000).unref())]);
    if (!inTime) browser.process()?.kill('SIGKILL');
    await fs.rm(profileDir, { recursive: true, force: true });
  };

  try {
    await browser.installExtension(firefoxExtensionDir);
  } catch (e) {
    await close();
    throw new Error(`Firefox refused the temporary add-on in ${firefoxExtensionDir}: ${String(e)}`);
  }

  return {
    name: 'firefox',
    server,
    launchMs: Date.now() - started,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page);
    },
    async openPopup() {
      const page = await browser.newPage();
      // goto() on a moz-extension:// page loads it but never resolves: wait for content instead.
      page.goto(`moz-extension://${uuid}/popup.html`).catch(() => undefined);
      // Our own polling, not waitForSelector: while the tab leaves about:blank, Firefox's BiDi
      // script.evaluate can fail with "right-hand side of 'in' should be an object, got null",
      // which puppeteer does not retry.
      await waitUntil(
        () => page.evaluate(() => document.querySelector('input[type=checkbox][data-annotation-type]') !== null),
        (found) => found,
        'the popup to show its switches',
        10_000,
      );
      return wrap(page);
    },
    // Firefox reports nothing beyond what reaches the fixture server through the proxy.
    foreignRequests: () => [],
    close,
  };
}
