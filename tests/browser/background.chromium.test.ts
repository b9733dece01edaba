// The engine runs in the extension's background. Chromium stops an idle service worker after
// 30 s, so a reader's next article usually arrives with the background asleep: the page must
// wake it and be annotated all the same.
import type { BrowserDriver, TestPage } from './harness/driver';
import { launchChromium } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { seedHtmlPath, seedUrl } from './harness/paths';
import { readMarks, readPanel } from './harness/probes';
import { waitUntil } from './harness/wait';
import fs from 'node:fs';

jest.setTimeout(60_000);

describe('the built extension in Chromium, with its background asleep', () => {
  let server: FixtureServer;
  let browser: BrowserDriver;
  const tabs: TestPage[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    server.serve(seedUrl, fs.readFileSync(seedHtmlPath, 'utf8'));
    browser = await launchChromium(server);
  });
  afterAll(async () => {
    for (const tab of tabs) await tab.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  test('an article opened while the background sleeps wakes it and is annotated as usual', async () => {
    const awake = await browser.openPage(seedUrl);
    tabs.push(awake);
    const before = await waitUntil(() => awake.evaluate(readPanel), (p) => p.sources.length > 0, 'the first tab to be annotated', 15_000);

    await browser.stopBackground!();
    expect(browser.runningBackgrounds!()).toBe(0);

    const tab = await browser.openPage(seedUrl);
    tabs.push(tab);
    const after = await waitUntil(() => tab.evaluate(readPanel), (p) => p.sources.length > 0, 'the tab opened while asleep to be annotated', 15_000);
    expect(browser.runningBackgrounds!()).toBe(1);
    expect(after.sources.map((s) => s.canonical)).toEqual(before.sources.map((s) => s.canonical));
    const marks = await tab.evaluate(readMarks);
    expect(marks.filter((m) => m.type === 'quote').length).toBeGreaterThan(5);
  });
});
