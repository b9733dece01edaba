// Chromium only: axe-core on the side panel (inside its shadow root) and on the toolbar popup,
// in light and dark colour schemes; then the README's screenshots, taken from the built
// extension. `npm run screenshots` runs this file with SOURCELIGHT_SCREENSHOTS_DIR set to
// docs/screenshots; otherwise the screenshots go to a temporary folder and are only checked.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { clearScreenshots, saveScreenshots } from './harness/artifacts';
import type { TestPage } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { seedHtmlPath, seedUrl } from './harness/paths';
import { waitUntil } from './harness/wait';
import { launchChromiumUi } from './ui/chromium';
import type { ActionPopup, UiBrowser, UiPage } from './ui/driver';
import { readCentredStop, readPage, readPanelItems, revealPanelItem } from './ui/probes';

jest.setTimeout(60_000);

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const axeVersion = (JSON.parse(fs.readFileSync(require.resolve('axe-core/package.json'), 'utf8')) as { version: string }).version;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

interface AxeSeen {
  violations: Violation[];
  /** Elements the button-name rule passed: proof that axe reached into the shadow root. */
  buttonsChecked: number;
  /** Rules axe could not decide (e.g. contrast over translucent colours): reported, not failed. */
  incomplete: string[];
}

/** Runs axe-core (already in the page) on `include` (shadow DOM paths), or the whole document. */
async function runAxe(include: string[][] | null): Promise<AxeSeen> {
  const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<any> } }).axe;
  const result = await axe.run(include ? { include } : document, {});
  return {
    violations: (result.violations as any[]).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: (v.nodes as any[]).map((n) => `${JSON.stringify(n.target)}: ${String(n.failureSummary).replace(/\s+/g, ' ')}`),
    })),
    buttonsChecked: ((result.passes as any[]).find((p) => p.id === 'button-name')?.nodes.length as number | undefined) ?? 0,
    incomplete: (result.incomplete as any[]).map((i) => `${i.id} (${i.nodes.length})`),
  };
}

/** What the panel shows at the moment: so an axe pass over it is known to have had content. */
function panelParts(): { items: number; steps: number; card: boolean; tab: boolean; region: boolean } {
  const root = document.getElementById('sourcelight-panel-host')?.shadowRoot;
  const shown = (el: Element | null | undefined): boolean => !!el && (el as HTMLElement).getBoundingClientRect().width > 0;
  return {
    items: root?.querySelectorAll('li[data-source-canonical]').length ?? 0,
    steps: Array.from(root?.querySelectorAll('li[aria-current="true"] .steps button') ?? []).filter(shown).length,
    card: shown(root?.querySelector('[role="tooltip"]')),
    tab: shown(root?.querySelector('button.tab')),
    region: shown(root?.querySelector('[role="complementary"]')),
  };
}

/** Centre of the first highlight inside the viewport and clear of the panel, or null. */
function visibleMark(): { x: number; y: number } | null {
  for (const mark of Array.from(document.querySelectorAll('mark[data-sourcelight]'))) {
    const r = mark.getBoundingClientRect();
    if (r.top > 60 && r.bottom < window.innerHeight - 60 && r.width > 0 && r.right < window.innerWidth - 360) {
      return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
    }
  }
  return null;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const head = fs.readFileSync(file).subarray(0, 24);
  if (head.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

const PANEL = [['#sourcelight-panel-host']];
const axeLog: string[] = [];

describe('Chromium: the panel and the popup pass axe-core, and look as the README shows', () => {
  let server: FixtureServer;
  let browser: UiBrowser;
  const openTabs: TestPage[] = [];
  const popups: ActionPopup[] = [];

  async function annotatedSeed(): Promise<UiPage> {
    const page = await browser.openPage(seedUrl);
    openTabs.push(page);
    await waitUntil(() => page.evaluate(readPage), (v) => v.marks.quote > 0 && v.panelOpen, 'highlights and the open panel', 15_000);
    return page;
  }

  /** Clicks a source in the panel, as a reader would; the page scrolls to its first highlight. */
  async function selectSource(page: UiPage, name: string): Promise<void> {
    const canonical = (await page.evaluate(readPanelItems)).find((i) => i.canonical.includes(name))?.canonical;
    if (!canonical) throw new Error(`The panel lists no ${name}`);
    await page.evaluateWith(revealPanelItem, canonical);
    const item = (await page.evaluate(readPanelItems)).find((i) => i.canonical === canonical)!;
    await page.clickAt(item.x, item.y);
    await waitUntil(() => page.evaluate(readCentredStop), (s) => s !== null && s.inView && s.offCentre < 150, 'the page to scroll to the source', 5000);
    // Smooth scrolling: wait until two readings 200 ms apart agree.
    let last = -1;
    await waitUntil(
      async () => {
        const y = (await page.evaluate(readPage)).scrollY;
        const still = y === last;
        last = y;
        await new Promise((r) => setTimeout(r, 200));
        return still;
      },
      (still) => still,
      'the page to stop scrolling',
      5000,
      0,
    );
  }

  async function checkPanel(page: UiPage, what: string): Promise<void> {
    for (const scheme of ['light', 'dark'] as const) {
      await page.colorScheme(scheme);
      const seen = await page.evaluateWith(runAxe, PANEL);
      expect({ what, scheme, violations: seen.violations }).toEqual({ what, scheme, violations: [] });
      expect(seen.buttonsChecked).toBeGreaterThanOrEqual(what === 'folded' ? 1 : 4);
      // Not a violation to axe when the element has text, but a name screen readers drop.
      expect(seen.incomplete.filter((i) => i.startsWith('aria-prohibited-attr'))).toEqual([]);
      axeLog.push(`panel, ${what}, ${scheme}: 0 violations, ${seen.buttonsChecked} buttons named; needs review: ${seen.incomplete.join(', ') || 'none'}`);
    }
    await page.colorScheme('light');
  }

  beforeAll(async () => {
    await clearScreenshots('chromium-appearance');
    server = await startFixtureServer();
    server.serve(seedUrl, fs.readFileSync(seedHtmlPath, 'utf8'));
    browser = await launchChromiumUi(server);
  }, 120_000);

  afterEach(async () => {
    for (const popup of popups.splice(0)) await popup.close().catch(() => undefined);
    for (const tab of openTabs.splice(0)) await tab.close().catch(() => undefined);
  });

  afterAll(async () => {
    if (axeLog.length) process.stdout.write(`axe-core ${axeVersion}:\n  ${axeLog.join('\n  ')}\n`);
    await browser?.close();
    await server?.close();
  }, 60_000);

  function checkedTest(name: string, body: () => Promise<void>): void {
    test(name, async () => {
      try {
        await body();
      } catch (error) {
        const files = await saveScreenshots('chromium-appearance', name, openTabs);
        if (files.length > 0) process.stdout.write(`screenshots: ${files.join(', ')}\n`);
        throw error;
      }
    });
  }

  checkedTest('the open panel, with a source selected and a highlight\'s card showing, has no axe violations (light and dark)', async () => {
    const page = await annotatedSeed();
    await selectSource(page, 'Blinken');
    const mark = await page.evaluate(visibleMark);
    expect(mark).not.toBeNull();
    await page.clickAt(mark!.x, mark!.y); // moves the mouse there: the card shows
    await page.addScript(axeSource);
    const parts = await waitUntil(() => page.evaluate(panelParts), (p) => p.card, 'the hover card', 3000);
    expect(parts).toMatchObject({ region: true, steps: 2 });
    expect(parts.items).toBeGreaterThan(10);
    await checkPanel(page, 'open panel');
  });

  checkedTest('the panel folded into a tab on a narrow window, and unfolded, has no axe violations', async () => {
    const page = await annotatedSeed();
    await page.setViewport({ width: 800, height: 900 });
    await page.addScript(axeSource);
    const folded = await waitUntil(() => page.evaluate(panelParts), (p) => p.tab && !p.region, 'the panel to fold into a tab', 3000);
    expect(folded.items).toBeGreaterThan(10);
    await checkPanel(page, 'folded');
    const tab = await page.evaluate(() => {
      const r = document.getElementById('sourcelight-panel-host')!.shadowRoot!.querySelector('button.tab')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.clickAt(tab.x, tab.y);
    await waitUntil(() => page.evaluate(panelParts), (p) => p.region, 'the tab to unfold the panel', 3000);
    await checkPanel(page, 'unfolded');
  });

  checkedTest('the toolbar popup on an annotated article has no axe violations (light and dark)', async () => {
    const page = await annotatedSeed();
    const popup = await browser.triggerAction(page);
    popups.push(popup);
    await waitUntil(() => popup.text('#status'), (t) => /\d+ attributions/.test(t), 'the popup to show the counts', 3000);
    await popup.addScript(axeSource);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.colorScheme(scheme);
      const seen = await popup.evaluateWith(runAxe, null);
      expect({ scheme, violations: seen.violations }).toEqual({ scheme, violations: [] });
      expect(seen.buttonsChecked).toBeGreaterThanOrEqual(1);
      axeLog.push(`popup, ${scheme}: 0 violations, ${seen.buttonsChecked} buttons named; needs review: ${seen.incomplete.join(', ') || 'none'}`);
    }
  });

  checkedTest('screenshots: the annotated article with the panel, the popup, and dark mode', async () => {
    const dir = process.env.SOURCELIGHT_SCREENSHOTS_DIR
      ? path.resolve(process.env.SOURCELIGHT_SCREENSHOTS_DIR)
      : await fsp.mkdtemp(path.join(os.tmpdir(), 'sourcelight-screenshots-'));
    await fsp.mkdir(dir, { recursive: true });
    const page = await annotatedSeed();
    await page.setViewport({ width: 1280, height: 800 });
    const shots: Array<[string, { width: number; height: number } | null]> = [];
    const shoot = async (name: string): Promise<void> => {
      const file = path.join(dir, name);
      await page.screenshot(file);
      shots.push([file, { width: 1280, height: 800 }]);
    };

    // The article's top: headline, byline, the first highlights, the panel beside them.
    await page.evaluate(() => {
      const h1 = document.querySelector('h1');
      window.scrollTo({ top: h1 ? h1.getBoundingClientRect().top + window.scrollY - 24 : 0, behavior: 'instant' as ScrollBehavior });
    });
    const top = await page.evaluate(readPage);
    expect(top).toMatchObject({ panelOpen: true, marks: { active: 0 } });
    expect(await page.evaluate(visibleMark)).not.toBeNull();
    await shoot('article-with-panel.png');

    // One source picked in the panel: its highlights stand out, Previous/Next step through them.
    await selectSource(page, 'Blinken');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // no focus ring in the picture
    expect((await page.evaluate(readPage)).marks.active).toBeGreaterThan(0);
    await shoot('source-selected.png');
    await page.colorScheme('dark');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await shoot('dark-mode.png');
    await page.colorScheme('light');

    const popup = await browser.triggerAction(page);
    popups.push(popup);
    await waitUntil(() => popup.text('#status'), (t) => /\d+ attributions/.test(t), 'the popup to show the counts', 3000);
    const popupFile = path.join(dir, 'popup.png');
    await popup.screenshot(popupFile);
    shots.push([popupFile, null]);
    await popup.colorScheme('dark');
    const popupDark = path.join(dir, 'popup-dark.png');
    await popup.screenshot(popupDark);
    shots.push([popupDark, null]);

    for (const [file, size] of shots) {
      const actual = pngSize(file);
      if (size) expect({ file, ...actual }).toEqual({ file, ...size });
      else expect(actual.width).toBeGreaterThanOrEqual(200);
      expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    }
    if (process.env.SOURCELIGHT_SCREENSHOTS_DIR) {
      process.stdout.write(`screenshots written to ${dir}: ${shots.map(([f]) => path.basename(f)).join(', ')}\n`);
    } else {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });
});
