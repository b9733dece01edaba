// The popup's switches, "Annotate this page", the side panel and settings across a restart, as
// a reader uses them: written once, run by ui.chromium.test.ts and ui.firefox.test.ts, one
// browser per file. Drivers: tests/browser/ui/ (the seed harness in ./harness is reused).
import fs from 'node:fs';
import { clearScreenshots, saveScreenshots } from './harness/artifacts';
import type { TestPage } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { seedHtmlPath, seedUrl } from './harness/paths';
import { plantReloadToken, readReloadToken } from './harness/probes';
import { waitUntil } from './harness/wait';
import { defaultSettings } from '../../src/shared/settings';
import { OTHER_HOST, type UiBrowser, type UiLaunch, type UiPage } from './ui/driver';
import {
  panelButton,
  readCentredStop,
  readExportStatus,
  readFocus,
  readPage,
  readActiveSources,
  readPanelItems,
  revealPanelItem,
  type PageSeen,
} from './ui/probes';

/** A second article on the same RFE/RL host (the seed again, under another path). */
const secondRferlUrl = 'http://www.rferl.org/a/biden-putin-call-ukraine-again/31700001.html';
/** The seed article on a news site outside RFE/RL, where Sourcelight is off by default. */
const otherSiteUrl = `http://${OTHER_HOST}/2022/02/12/biden-putin-call.html`;

const TYPES = ['quote', 'claim', 'source'] as const;

interface SwitchState {
  checked: boolean;
  disabled: boolean;
  visible: boolean;
  label: string;
  x: number;
  y: number;
}

/** A popup switch as the reader sees it; clicks go to the centre of its label. */
function readSwitch(selector: string): SwitchState | null {
  const input = document.querySelector<HTMLInputElement>(selector);
  if (!input) return null;
  const label = input.closest('label') ?? input;
  const box = label.getBoundingClientRect();
  return {
    checked: input.checked,
    disabled: input.matches(':disabled'),
    visible: box.width > 0 && box.height > 0 && !input.closest('[hidden]'),
    label: (label as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    x: box.left + box.width / 2,
    y: box.top + box.height / 2,
  };
}

function readPopupText(selector: string): { text: string; visible: boolean; x: number; y: number } | null {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) return null;
  const box = el.getBoundingClientRect();
  return {
    text: (el.textContent ?? '').trim(),
    visible: !el.hidden && box.width > 0,
    x: box.left + box.width / 2,
    y: box.top + box.height / 2,
  };
}

/** A popup page: popup.html in a tab, or the toolbar's own popup. */
type PopupLike = Pick<UiPage, 'evaluateWith' | 'clickAt' | 'bringToFront'>;

/** The settings as the background stored them (run in an extension page). */
async function readStoredSettings(): Promise<string> {
  const scope = globalThis as unknown as { browser?: typeof chrome; chrome?: typeof chrome };
  const api = (scope.browser ?? scope.chrome)!;
  const area = api.storage.sync ?? api.storage.local;
  return JSON.stringify((await area.get('settings')).settings ?? null);
}

/** Replaces the stored settings (run in an extension page): cleanup after a failed test only. */
async function writeStoredSettings(json: string): Promise<void> {
  const scope = globalThis as unknown as { browser?: typeof chrome; chrome?: typeof chrome };
  const api = (scope.browser ?? scope.chrome)!;
  const area = api.storage.sync ?? api.storage.local;
  await area.set({ settings: JSON.parse(json) });
}

const typeSwitch = (type: string): string => `input[data-annotation-type="${type}"]`;
const total = (seen: PageSeen): number => seen.marks.quote + seen.marks.claim + seen.marks.source;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface UiSuiteOptions {
  /**
   * Whether a permissions.request() can be granted headless (Firefox, through a pref). Headless
   * Chromium cannot answer the prompt, and the toolbar popup closes as soon as it shows.
   */
  grantsPermissionRequests: boolean;
}

export function describeUiSuite(browserName: string, launch: UiLaunch, options: UiSuiteOptions): void {
  describe(`${browserName}: the popup and the panel change what the reader sees`, () => {
    let server: FixtureServer;
    let browser: UiBrowser;
    const openTabs: TestPage[] = [];
    /** The seed as first annotated with default settings: what switching back on must restore. */
    let baseline: PageSeen;

    const view = (page: UiPage): Promise<PageSeen> => page.evaluate(readPage);

    async function open(url: string): Promise<UiPage> {
      const page = await browser.openPage(url);
      openTabs.push(page);
      return page;
    }

    async function popupFor(page: UiPage | null): Promise<UiPage> {
      const popup = await browser.openPopup(page ? await browser.tabIdOf(page) : undefined);
      openTabs.push(popup);
      return popup;
    }

    /** Opens an article and waits for its highlights (and its panel, unless told not to). */
    async function openAnnotated(url = seedUrl, panel = true): Promise<UiPage> {
      const page = await open(url);
      await waitUntil(
        () => view(page),
        (v) => total(v) > 0 && (!panel || v.panelOpen),
        `highlights${panel ? ' and an open panel' : ''} on ${url}`,
        15_000,
      );
      return page;
    }

    /** Clicks a popup switch's label, as a reader would, and checks that the switch moved. */
    async function flip(popup: PopupLike, selector: string, to: boolean): Promise<void> {
      const before = await popup.evaluateWith(readSwitch, selector);
      if (!before?.visible) throw new Error(`The popup shows no switch ${selector}: ${JSON.stringify(before)}`);
      expect({ selector, checked: before.checked }).toEqual({ selector, checked: !to });
      const stored = await popup.evaluateWith(readStoredSettings, null);
      await popup.bringToFront();
      await popup.clickAt(before.x, before.y);
      await waitUntil(
        () => popup.evaluateWith(readSwitch, selector),
        (s) => s?.checked === to,
        `${selector} to turn ${to ? 'on' : 'off'} after a click on its label`,
        3000,
      );
      // The box ticks at once; pages opened from now on must find the change stored.
      await waitUntil(async () => await popup.evaluateWith(readStoredSettings, null), (now) => now !== stored, `the background to store ${selector}`, 3000);
    }

    /** After a failed test: every setting back to its default (tabs opened later follow it). */
    async function restoreDefaults(): Promise<void> {
      const popup = await popupFor(null);
      await popup.evaluateWith(writeStoredSettings, JSON.stringify(defaultSettings()));
      await popup.close();
      openTabs.splice(openTabs.indexOf(popup), 1);
    }

    /** Scrolls the page to the top and waits until it is there. */
    async function toTop(page: UiPage): Promise<void> {
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior }));
      await waitUntil(() => view(page), (v) => v.scrollY === 0, 'the page to be at the top', 2000);
    }

    /** Waits for smooth scrolling to end: two readings 150 ms apart agree. */
    async function settledScroll(page: UiPage): Promise<number> {
      let last = -1;
      const seen = await waitUntil(
        async () => {
          const now = (await view(page)).scrollY;
          const still = now === last;
          last = now;
          await sleep(150);
          return { now, still };
        },
        (s) => s.still,
        'the page to stop scrolling',
        5000,
        0,
      );
      return seen.now;
    }

    async function clickPanelButton(page: UiPage, label: string, inCurrentItem: boolean): Promise<void> {
      const at = await page.evaluateWith(panelButton, { label, inCurrentItem });
      if (!at) throw new Error(`The panel shows no "${label}" button${inCurrentItem ? ' on the current source' : ''}`);
      await page.clickAt(at.x, at.y);
    }

    beforeAll(async () => {
      await clearScreenshots(`${browserName}-ui`);
      server = await startFixtureServer();
      const seed = fs.readFileSync(seedHtmlPath, 'utf8');
      for (const url of [seedUrl, secondRferlUrl, otherSiteUrl, otherSiteUrl.replace('.html', '-2.html')]) server.serve(url, seed);
      browser = await launch(server);
      process.stdout.write(`${browserName} (UI): launched with the extension in ${browser.launchMs} ms\n`);
      const page = await openAnnotated();
      baseline = await view(page);
    }, 120_000);

    afterEach(async () => {
      for (const tab of openTabs.splice(0)) await tab.close().catch(() => undefined);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    }, 60_000);

    /** A test that keeps a screenshot of each tab it opened when it fails, then resets settings. */
    function readerTest(name: string, body: () => Promise<void>, timeout?: number): void {
      test(
        name,
        async () => {
          try {
            await body();
          } catch (error) {
            const files = await saveScreenshots(`${browserName}-ui`, name, openTabs);
            if (files.length > 0) process.stdout.write(`screenshots: ${files.join(', ')}\n`);
            await restoreDefaults().catch(() => undefined);
            throw error;
          }
        },
        timeout,
      );
    }

    readerTest('the seed page starts with every kind of highlight and an open panel', async () => {
      for (const type of TYPES) expect({ type, marks: baseline.marks[type] > 0 }).toEqual({ type, marks: true });
      expect(baseline.panelOpen).toBe(true);
      expect(baseline.marks.active).toBe(0);
    });

    readerTest('each type switch removes that type of highlight from the open tab at once, and brings it back', async () => {
      const page = await openAnnotated();
      await page.evaluateWith(plantReloadToken, 'ui-no-reload');
      const popup = await popupFor(page);
      for (const type of TYPES) {
        await flip(popup, typeSwitch(type), false);
        const off = await waitUntil(() => view(page), (v) => v.marks[type] === 0, `every ${type} highlight to go`, 3000);
        // The other kinds stay (their number may change: a claim can run on through a quote).
        for (const other of TYPES.filter((t) => t !== type)) {
          expect({ type, other, stays: off.marks[other] > 0 }).toEqual({ type, other, stays: true });
        }
        expect(off.panelOpen).toBe(true);
        await flip(popup, typeSwitch(type), true);
        await waitUntil(
          () => view(page),
          (v) => TYPES.every((t) => v.marks[t] === baseline.marks[t]),
          `the highlights to be as before after ${type} came back on (${JSON.stringify(baseline.marks)})`,
          3000,
        );
      }
      expect(await page.evaluate(readReloadToken)).toBe('ui-no-reload');
    });

    readerTest('the master switch removes every highlight and the panel from the open tab, and brings them back', async () => {
      const page = await openAnnotated();
      const popup = await popupFor(page);
      await flip(popup, '#enabled', false);
      await waitUntil(() => view(page), (v) => total(v) === 0 && !v.panelPresent, 'no highlight and no panel', 3000);
      // While it is off the type switches cannot be used, and the popup says Sourcelight is off here.
      // The popup redraws when the background confirms, which it does once every tab has applied
      // the change: the tab may be clear a moment before.
      for (const type of TYPES) {
        await waitUntil(() => popup.evaluateWith(readSwitch, typeSwitch(type)), (s) => s?.disabled === true, `the ${type} switch to be disabled`, 3000);
      }
      expect((await popup.evaluateWith(readPopupText, '#status'))?.text).toMatch(/off/i);
      await flip(popup, '#enabled', true);
      await waitUntil(
        () => view(page),
        (v) => TYPES.every((t) => v.marks[t] === baseline.marks[t]) && v.panelOpen,
        'every highlight and the open panel back',
        3000,
      );
      expect((await popup.evaluateWith(readSwitch, typeSwitch('quote')))?.disabled).toBe(false);
    });

    readerTest('with "Open the sources panel by itself" off a new article gets highlights but no open panel; on opens it', async () => {
      const popup = await popupFor(null);
      await flip(popup, '#panel-auto', false);
      const page = await openAnnotated(seedUrl, false);
      await sleep(800); // the panel opens in the same task as the highlights; give it room anyway
      const off = await view(page);
      expect(total(off)).toBeGreaterThan(0);
      expect(off.panelOpen).toBe(false);
      await flip(popup, '#panel-auto', true);
      await waitUntil(() => view(page), (v) => v.panelOpen, 'the panel to open in the open tab', 3000);
    });

    readerTest('"On for this site" off on www.rferl.org removes the annotations and the panel, for new pages too; on brings them back', async () => {
      const page = await openAnnotated();
      // The toolbar's popup: it knows the tab's site (activeTab; popup.html in a tab does not).
      let popup = await browser.triggerAction(page);
      try {
        const site = await popup.evaluateWith(readSwitch, '#site');
        expect(site).toMatchObject({ visible: true, checked: true });
        expect(site!.label).toContain('www.rferl.org');
        await flip(popup, '#site', false);
        await waitUntil(() => view(page), (v) => total(v) === 0 && !v.panelPresent, 'no highlight and no panel', 3000);
      } finally {
        await popup.close();
      }
      const second = await open(secondRferlUrl);
      await sleep(1500); // the seed is annotated well within this when the site is on
      expect(await view(second)).toMatchObject({ marks: { quote: 0, claim: 0, source: 0 }, panelPresent: false });
      popup = await browser.triggerAction(page);
      try {
        await flip(popup, '#site', true);
        await waitUntil(
          () => view(page),
          (v) => TYPES.every((t) => v.marks[t] === baseline.marks[t]) && v.panelOpen,
          'the highlights and the panel back',
          3000,
        );
        // The master switch is still on: only this site was off.
        expect((await popup.evaluateWith(readSwitch, '#enabled'))?.checked).toBe(true);
      } finally {
        await popup.close();
      }
    });

    readerTest('"Annotate this page" on a site outside RFE/RL annotates it after the toolbar action, not before', async () => {
      const page = await open(otherSiteUrl);
      await sleep(1000);
      expect(total(await view(page))).toBe(0);
      // popup.html opened as a tab: the button is offered, but the browser grants nothing to a
      // click there, so nothing happens (this is what makes the next step's result mean something).
      const tabPopup = await popupFor(page);
      const offered = await tabPopup.evaluateWith(readPopupText, '#annotate');
      expect(offered).toMatchObject({ visible: true, text: 'Annotate this page' });
      await tabPopup.clickAt(offered!.x, offered!.y);
      await sleep(1500);
      expect(await view(page)).toMatchObject({ marks: { quote: 0, claim: 0, source: 0 }, panelPresent: false });
      await tabPopup.close();
      openTabs.splice(openTabs.indexOf(tabPopup), 1);

      // The toolbar action on that tab (what a click on the toolbar button does) grants activeTab.
      const popup = await browser.triggerAction(page);
      try {
        expect(await popup.text('#status')).toMatch(/not running/i);
        await popup.click('#annotate');
        const seen = await waitUntil(
          () => view(page),
          (v) => TYPES.every((t) => v.marks[t] === baseline.marks[t]) && v.panelOpen,
          `the same highlights as on www.rferl.org and an open panel (via ${popup.how})`,
          10_000,
        );
        expect(seen.marks.active).toBe(0);
        await waitUntil(() => popup.text('#status'), (t) => /\d+ attributions from \d+ sources/.test(t), 'the popup to report the counts', 3000);
      } finally {
        await popup.close();
      }
    });

    const grantedTest = options.grantsPermissionRequests
      ? readerTest
      : (name: string) => test.skip(`${name} [not headless ${browserName}: nothing can answer its permission prompt]`, () => undefined);
    grantedTest('"On for this site" on a site outside RFE/RL, once the browser grants the site, annotates it and its new pages; off stops', async () => {
      const page = await open(otherSiteUrl);
      let popup = await browser.triggerAction(page);
      try {
        const site = await popup.evaluateWith(readSwitch, '#site');
        expect(site).toMatchObject({ visible: true, checked: false });
        expect(site!.label).toContain(OTHER_HOST);
        await popup.bringToFront();
        await popup.clickAt(site!.x, site!.y);
        await waitUntil(
          () => view(page),
          (v) => TYPES.every((t) => v.marks[t] === baseline.marks[t]) && v.panelOpen,
          `the tab to be annotated once ${OTHER_HOST} is on`,
          10_000,
        );
      } finally {
        await popup.close();
      }
      // Registered for the site: a page opened there later is annotated by itself.
      const later = await openAnnotated(otherSiteUrl.replace('.html', '-2.html'));
      popup = await browser.triggerAction(page);
      try {
        await flip(popup, '#site', false);
        for (const [which, tab] of [['the later page', later], ['the tab it was turned on in', page]] as const) {
          await waitUntil(() => view(tab), (v) => total(v) === 0 && !v.panelPresent, `no highlight and no panel on ${which}`, 3000);
        }
      } finally {
        await popup.close();
      }
    });

    readerTest('clicking a source in the panel makes its highlights stand out and scrolls to them; Next and Previous step through', async () => {
      const page = await openAnnotated();
      await toTop(page);
      // A source with several attributions, the first of which is below the fold.
      const items = await page.evaluate(readPanelItems);
      const target = items.find((i) => i.canonical.includes('Blinken'));
      expect(target?.count).toBeGreaterThanOrEqual(3);
      await page.evaluateWith(revealPanelItem, target!.canonical);
      const item = (await page.evaluate(readPanelItems)).find((i) => i.canonical === target!.canonical)!;
      await page.clickAt(item.x, item.y);
      const selected = await waitUntil(() => view(page), (v) => v.marks.active > 0, 'highlights to stand out', 3000);
      // Only that source's: fewer than all highlights, and the names standing out are his.
      expect(selected.marks.active).toBeLessThan(total(selected));
      const names = await page.evaluate(readActiveSources);
      expect(names.some((n) => n.includes('Blinken'))).toBe(true);
      expect(names.filter((n) => /Lavrov|Kremlin|Biden|Putin|Pentagon|Kirby/.test(n))).toEqual([]);
      expect((await page.evaluate(readPanelItems)).find((i) => i.current)?.canonical).toBe(target!.canonical);
      const firstY = await settledScroll(page);
      expect(firstY).toBeGreaterThan(0);
      const first = await page.evaluate(readCentredStop);
      expect(first).toMatchObject({ inView: true });

      await clickPanelButton(page, '^Next$', true);
      await waitUntil(() => view(page), (v) => v.scrollY !== firstY, 'Next to scroll the page', 3000);
      const secondY = await settledScroll(page);
      const second = await page.evaluate(readCentredStop);
      expect(second).toMatchObject({ inView: true });
      expect(second!.index).not.toBe(first!.index);

      await clickPanelButton(page, '^Previous$', true);
      await waitUntil(() => view(page), (v) => v.scrollY !== secondY, 'Previous to scroll the page', 3000);
      expect(Math.abs((await settledScroll(page)) - firstY)).toBeLessThanOrEqual(2);
      expect((await page.evaluate(readCentredStop))?.index).toBe(first!.index);
    });

    readerTest('Escape closes the panel and the highlights stop standing out; the choice is remembered', async () => {
      const page = await openAnnotated();
      const items = await page.evaluate(readPanelItems);
      await page.clickAt(items[0]!.x, items[0]!.y);
      await waitUntil(() => view(page), (v) => v.marks.active > 0, 'a source to be selected', 3000);
      expect(await page.evaluate(readFocus)).toMatch(/^sourcelight-panel > li$/);
      await page.press('Escape');
      const closed = await waitUntil(() => view(page), (v) => !v.panelOpen, 'the panel to close', 3000);
      expect(closed.marks.active).toBe(0);
      expect(total(closed)).toBe(total(baseline));
      // Closing it is taken as "do not open it by itself": the popup shows that.
      const popup = await popupFor(null);
      expect((await popup.evaluateWith(readSwitch, '#panel-auto'))?.checked).toBe(false);
      await flip(popup, '#panel-auto', true);
    });

    readerTest('"Copy as Markdown" says Copied and puts the source table on the clipboard', async () => {
      const page = await openAnnotated();
      await clickPanelButton(page, '^Copy as Markdown$', false);
      await waitUntil(() => page.evaluate(readExportStatus), (s) => s === 'Copied', 'the panel to say Copied', 3000);
      const text = await browser.readClipboard();
      const lines = text.split('\n');
      expect(lines).toContain('| Source | Type | Attributions | Cues |');
      const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| Source |') && !l.startsWith('| ---'));
      expect(rows.length).toBe((await page.evaluate(readPanelItems)).length);
      expect(rows.some((r) => r.includes('Blinken'))).toBe(true);
    });

    readerTest('"Download JSON" saves a file with the page\'s attributions', async () => {
      const page = await openAnnotated();
      const file = await browser.captureDownload(page, () => clickPanelButton(page, '^Download JSON$', false));
      expect(file.filename).toMatch(/^sourcelight-.+\.json$/);
      const doc = JSON.parse(file.text) as { url?: string; attributions?: unknown[] };
      expect(doc.url).toBe(seedUrl);
      const popup = await popupFor(page);
      const status = (await popup.evaluateWith(readPopupText, '#status'))?.text ?? '';
      const count = Number(/(\d+) attributions/.exec(status)?.[1]);
      expect(count).toBeGreaterThan(0);
      expect(doc.attributions).toHaveLength(count);
    });

    // Last: it restarts the browser.
    readerTest(
      'settings survive a browser restart: the popup shows them and a page opened after follows them',
      async () => {
        let popup = await popupFor(null);
        await flip(popup, typeSwitch('claim'), false);
        await flip(popup, '#panel-auto', false);
        openTabs.splice(0); // the restart closes them
        await browser.restart();
        process.stdout.write(`${browserName} (UI): restarted on the same profile in ${browser.launchMs} ms\n`);
        popup = await popupFor(null);
        const shown = Object.fromEntries(
          await Promise.all(
            ['#enabled', ...TYPES.map(typeSwitch), '#panel-auto'].map(async (s) => [s, (await popup.evaluateWith(readSwitch, s))?.checked]),
          ),
        );
        expect(shown).toEqual({
          '#enabled': true,
          [typeSwitch('quote')]: true,
          [typeSwitch('claim')]: false,
          [typeSwitch('source')]: true,
          '#panel-auto': false,
        });
        const page = await openAnnotated(seedUrl, false);
        await sleep(800);
        const seen = await view(page);
        expect(seen.marks.claim).toBe(0);
        expect(seen.marks.quote).toBeGreaterThan(0);
        expect(seen.panelOpen).toBe(false);
        await popup.bringToFront();
        await flip(popup, typeSwitch('claim'), true);
        await flip(popup, '#panel-auto', true);
      },
      90_000,
    );
  });
}
