// Issue #6, "harmless on every page", in Chromium with the built extension: on the seed, the
// Pangea page and the 52 readability-news pages (served as www.rferl.org, lang forced to "en"),
// no uncaught error or console error from the extension, the page's own script keeps working,
// turning annotations off restores the page exactly and on again gives the same page; text added
// later is annotated once; page text that looks like markup stays text; and the extension makes
// no network request of its own. One shared browser; the network is sealed (see
// reliability/chromium-session.ts).
import path from 'node:path';
import type { Page } from 'playwright-core';
import { clearScreenshots, saveScreenshots } from './harness/artifacts';
import type { TestPage } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { repoRoot } from './harness/paths';
import { waitUntil } from './harness/wait';
import { launchChromiumSession, waitForAnnotation, type ChromiumSession, type WatchedPage } from './reliability/chromium-session';
import {
  clickTarget,
  compareBody,
  readLateText,
  readShadow,
  readState,
  rememberMarks,
  snapshotBody,
  type DomState,
} from './reliability/in-page';
import { allCorpusPages, corpusPage, PROBE_FLAG, type CorpusPage } from './reliability/pages';

jest.setTimeout(60_000);

const pages = allCorpusPages();
const seed = pages[0]!;
const markupFixture = path.join(repoRoot, 'tests/fixtures/pages/markup-as-text.html');
const MARKUP = '<img src=x onerror=alert(1)>';
const markup = { ...corpusPage('markup-as-text', markupFixture) };
const SHOTS = 'chromium-reliability';

describe('the built extension in Chromium is harmless on every page', () => {
  let server: FixtureServer;
  let session: ChromiumSession;
  /** An extension page kept open to send settings the way the popup does. */
  let control: Page;
  const open: WatchedPage[] = [];
  /** Requests our code initiated from any page of any test. */
  const allOurPageRequests: string[] = [];
  const dialogs: string[] = [];
  /** Served HTML by URL, to tell a page's own requests from anything else. */
  const served = new Map<string, string>();

  function serve(p: { url: string; html: string }): void {
    server.serve(p.url, p.html);
    served.set(p.url, p.html);
  }

  async function openPage(url: string): Promise<WatchedPage> {
    const w = await session.open(url);
    open.push(w);
    return w;
  }

  /** The settings message path: what the popup sends when a switch moves (stored, then broadcast). */
  async function updateSettings(patch: Record<string, unknown>): Promise<void> {
    await control.evaluate(
      (p) => chrome.runtime.sendMessage({ sourcelight: 1, name: 'settings/update', payload: p }),
      patch,
    );
  }

  /**
   * The message every tab's content script receives when settings change ("settings/changed"),
   * sent the way the background sends it, without storing anything: storage.sync allows 120
   * writes a minute, fewer than this sweep would make.
   */
  async function broadcastSettings(patch: Record<string, unknown>): Promise<void> {
    await control.evaluate(async (p) => {
      const current = await chrome.runtime.sendMessage({ sourcelight: 1, name: 'settings/get', payload: null });
      const next = { ...current, ...p };
      const tabs = await chrome.tabs.query({});
      await Promise.all(
        tabs.map((t) =>
          t.id === undefined
            ? null
            : chrome.tabs.sendMessage(t.id, { sourcelight: 1, name: 'settings/changed', payload: next }).catch(() => null),
        ),
      );
    }, patch);
  }

  const state = (w: WatchedPage): Promise<DomState> => w.page.evaluate(readState);

  /** On failure, a screenshot of each open tab (tests/browser/.artifacts/, as the other browser tests). */
  async function withScreenshots(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      const tabs = open.map((w) => ({ screenshot: async (file: string) => void (await w.page.screenshot({ path: file })) }) as unknown as TestPage);
      const files = await saveScreenshots(SHOTS, name, tabs);
      if (files.length > 0) process.stdout.write(`screenshots: ${files.join(', ')}\n`);
      throw error;
    }
  }
  const pageTest = (name: string, body: () => Promise<void>): void => test(name, () => withScreenshots(name, body));

  async function expectSameBody(w: WatchedPage, name: string, withoutHost: boolean, what: string): Promise<void> {
    const diff = await w.page.evaluate(compareBody, { name, withoutHost });
    expect({ what, ...diff }).toEqual({ what, same: true, at: -1, expected: '', actual: '' });
  }

  async function waitOff(w: WatchedPage): Promise<void> {
    await waitUntil(() => state(w), (s) => s.marks === 0 && !s.host, 'every highlight and the panel host to go', 5000, 50);
  }

  async function waitOn(w: WatchedPage, marks: number): Promise<void> {
    await waitUntil(() => state(w), (s) => s.marks === marks && s.host, `the ${marks} highlights and the panel host to come back`, 5000, 50);
  }

  beforeAll(async () => {
    await clearScreenshots(SHOTS);
    server = await startFixtureServer();
    for (const p of pages) serve(p);
    serve(markup);
    session = await launchChromiumSession(server);
    session.context.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => undefined);
    });
    control = await session.openPopup();
  }, 120_000);

  afterEach(async () => {
    for (const w of open.splice(0)) {
      allOurPageRequests.push(...w.ourRequests);
      await w.close();
    }
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  }, 60_000);

  /** Per page: whether the restore could be compared with the page as parsed, or why not. */
  const restoreChecks: Array<{ page: string; compared: string[]; note: string }> = [];

  /** The control test's own request "of ours", which the last test must not count. */
  const CONTROL_PATH = '/control/request-of-ours';

  test('control: the watchers do see an error, a console error and a request from the content script\'s world', async () => {
    const w = await openPage(seed.url);
    await waitForAnnotation(w.page);
    // Code evaluated over CDP has no script URL; content.js's own frames carry
    // chrome-extension://ID/content.js, which the sourceURL comment stands in for here.
    await w.evaluateInExtensionWorld(
      "setTimeout(() => { throw new Error('control: thrown in our world'); }); console.error('control: logged in our world');" +
        `fetch('http://www.rferl.org${CONTROL_PATH}').catch(() => undefined);\n` +
        `//# sourceURL=chrome-extension://${session.extensionId}/control.js`,
    );
    await waitUntil(async () => w.ours.length + w.ourRequests.length, (n) => n >= 3, 'the three control findings', 3000, 50);
    expect(w.ours.map((p) => `${p.kind} ${p.world}`).sort()).toEqual(['console extension', 'exception extension']);
    expect(w.ours.map((p) => p.text).join(' ')).toContain('control: thrown in our world');
    expect(w.ourRequests).toEqual([`GET http://www.rferl.org${CONTROL_PATH}`]);
    // Handled: the checks after this one must not count them.
    w.ours.length = 0;
    w.ourRequests.length = 0;
  });

  test('control: the watcher does see an uncaught exception in the background service worker', async () => {
    await waitUntil(
      async () => {
        await session.evaluateInBackground("setTimeout(() => { throw new Error('control: thrown in the background'); });");
        await new Promise((r) => setTimeout(r, 200));
        return session.backgroundProblems.length;
      },
      (n) => n > 0,
      'the control exception from the service worker',
      5000,
      100,
    );
    expect(session.backgroundProblems.map((p) => `${p.kind} ${p.world} ${p.text.split('\n')[0]}`)).toContain(
      'exception background Error: control: thrown in the background',
    );
    session.backgroundProblems.length = 0; // handled: the checks after this one must not count it
  });

  describe('on each corpus page', () => {
    test.each(pages.map((p): [string, CorpusPage] => [`${p.name}${p.langForced ? ` (lang ${p.declaredLang ?? 'none'} → en)` : ''}`, p]))(
      '%s: no error or request of ours, the page script keeps working, off restores the page, on again repaints the same',
      (name, p) => withScreenshots(name, async () => {
        const w = await openPage(p.url);
        await waitForAnnotation(w.page);
        const first = await state(w);
        expect(first.flag).toBe(PROBE_FLAG);
        // The probe's snapshot predates our content script.
        expect(await w.page.evaluate(() => (window as unknown as { __pageProbe: { sourcelightBeforeSnapshot: boolean } }).__pageProbe.sourcelightBeforeSnapshot)).toBe(false);
        expect(first.nestedMarks).toBe(0);

        // Off, on, off, on. Each comparison is made only when the page's own scripts left the
        // document alone meanwhile (the probe counts their changes).
        const compared: string[] = [];
        const compareIfStill = async (since: number, name: string, withoutHost: boolean, what: string): Promise<void> => {
          const now = await state(w);
          if (now.pageMutations !== since) return;
          await expectSameBody(w, name, withoutHost, what);
          compared.push(name);
        };
        await w.page.evaluate(snapshotBody, 'annotated');
        await broadcastSettings({ enabled: false });
        await waitOff(w);
        await compareIfStill(0, 'pristine', false, 'the body once annotations are off, against the body as parsed');
        const afterFirstOff = await state(w);
        await w.page.evaluate(snapshotBody, 'off');

        await broadcastSettings({ enabled: true });
        await waitOn(w, first.marks);
        await compareIfStill(first.pageMutations, 'annotated', true, 'the body annotated again, against the first annotation');
        await broadcastSettings({ enabled: false });
        await waitOff(w);
        await compareIfStill(afterFirstOff.pageMutations, 'off', false, 'the body off a second time, against the first time');
        await broadcastSettings({ enabled: true });
        await waitOn(w, first.marks);
        // A page that keeps changing itself cannot be compared; the last test counts how many were.
        restoreChecks.push({
          page: p.name,
          compared,
          note: compared.length === 3 ? '' : `the page changes itself: ${(await state(w)).pageMutationSamples.slice(0, 2).join('; ')}`,
        });

        // The page's own click handler still runs, on a highlight when there is one.
        const target = await w.page.evaluate(clickTarget);
        await w.page.mouse.click(target.x, target.y);
        const clicked = await waitUntil(() => state(w), (s) => s.clicks === 1, "the page's click handler to run", 3000, 50);
        expect(clicked.flag).toBe(PROBE_FLAG);
        if (target.onMark) expect(clicked.lastTarget).toBe('MARK');

        expect(w.ours).toEqual([]);
        expect(w.ourRequests).toEqual([]);
        expect(session.backgroundProblems).toEqual([]);
      }),
    );

    test('the restore was compared with the page as parsed on most pages', () => {
      const pristine = restoreChecks.filter((c) => c.compared.includes('pristine'));
      const partial = restoreChecks.filter((c) => c.compared.length < 3);
      process.stdout.write(
        `restore compared with the page as parsed on ${pristine.length}/${restoreChecks.length} pages; ` +
          `some comparisons left out (the page changed itself meanwhile) on: ` +
          `${partial.map((c) => `${c.page} [${c.compared.join(', ') || 'none'}] (${c.note})`).join(' | ') || 'none'}\n`,
      );
      // The seed and the Pangea page have no scripts of their own: always comparable.
      for (const name of ['seed', 'pangea']) {
        const check = restoreChecks.find((c) => c.page === name);
        if (check) expect({ name, compared: check.compared }).toEqual({ name, compared: ['pristine', 'annotated', 'off'] });
      }
      // Counted only on a full run (`-t` may pick a few pages).
      if (restoreChecks.length < pages.length) return;
      const half = Math.ceil(pages.length / 2);
      for (const kind of ['pristine', 'annotated', 'off']) {
        const n = restoreChecks.filter((c) => c.compared.includes(kind)).length;
        expect({ kind, atLeastHalfThePages: n >= half, n }).toEqual({ kind, atLeastHalfThePages: true, n });
      }
    });
  });

  pageTest('the master switch in the real popup removes every trace from the seed, and brings back the same page', async () => {
    const w = await openPage(seed.url);
    await waitForAnnotation(w.page);
    const first = await state(w);
    expect(first.marks).toBeGreaterThan(0);
    expect(first.host).toBe(true);
    await w.page.evaluate(snapshotBody, 'annotated');

    const popup = await session.openPopup();
    try {
      const flip = async (to: boolean): Promise<void> => {
        const label = popup.locator('label.master');
        expect(await popup.isChecked('#enabled')).toBe(!to);
        await label.click();
        await waitUntil(() => popup.isChecked('#enabled'), (c) => c === to, `the master switch to turn ${to ? 'on' : 'off'}`, 3000, 50);
      };
      await waitUntil(() => popup.isChecked('#enabled'), (c) => c, 'the popup to show annotations on', 3000, 50);
      await flip(false);
      await waitOff(w);
      await expectSameBody(w, 'pristine', false, 'the seed once the master switch is off, against the seed as parsed');
      await flip(true);
      await waitOn(w, first.marks);
      await expectSameBody(w, 'annotated', true, 'the seed annotated again, against the first annotation');
    } finally {
      await popup.close();
      await updateSettings({ enabled: true }).catch(() => undefined);
    }
    expect(w.ours).toEqual([]);
  });

  pageTest('applying the same settings again (a second annotation pass) leaves the seed as it was', async () => {
    const w = await openPage(seed.url);
    await waitForAnnotation(w.page);
    const first = await state(w);
    await w.page.evaluate(snapshotBody, 'annotated');
    await w.page.evaluate(rememberMarks);
    // The background broadcasts the (unchanged) settings to every tab: the content script applies them again.
    await updateSettings({ enabled: true });
    await updateSettings({ types: { quote: true, claim: true, source: true } });
    await new Promise((r) => setTimeout(r, 500));
    expect((await state(w)).marks).toBe(first.marks);
    const seen = await w.page.evaluate(readLateText);
    expect({ gone: seen.earlyGone, added: seen.newOutside }).toEqual({ gone: 0, added: 0 });
    await expectSameBody(w, 'annotated', true, 'the seed after the settings were applied again, against the first annotation');
    expect(w.ours).toEqual([]);
  });

  pageTest('a paragraph the page adds later is annotated once, and the earlier highlights stay the same nodes', async () => {
    const w = await openPage(seed.url);
    await waitForAnnotation(w.page);
    const before = await w.page.evaluate(rememberMarks);
    expect(before).toBeGreaterThan(0);
    // The page's own script appends a paragraph with a quote to the article body.
    await w.page.evaluate(() => {
      const body = document.querySelector('#article-content .wsw');
      const paragraphs = body?.querySelectorAll(':scope > p');
      const last = paragraphs?.[paragraphs.length - 1];
      const p = document.createElement('p');
      p.id = 'late-paragraph';
      p.textContent =
        '“We will not accept any deal that is made without Ukraine at the table,” said Jane Hartley, a spokeswoman for the alliance.';
      if (last) last.after(p);
      else body?.append(p);
    });
    const seen = await waitUntil(
      () => w.page.evaluate(readLateText),
      (s) => s.inLate.length > 0,
      'the late paragraph to be annotated',
      5000,
      50,
    );
    await new Promise((r) => setTimeout(r, 1000)); // any second pass would have run by now
    const settled = await w.page.evaluate(readLateText);
    expect(settled).toEqual(seen);
    expect(settled.earlyGone).toBe(0);
    expect(settled.newOutside).toBe(0);
    expect(settled.nestedMarks).toBe(0);
    expect(settled.marks).toBe(before + settled.inLate.length);
    expect(settled.inLate.join(' ')).toContain('We will not accept any deal');
    expect(w.ours).toEqual([]);
  });

  pageTest('page text that looks like markup shows as text in the page, the panel and the hover card, and runs nothing', async () => {
    const w = await openPage(markup.url);
    await waitForAnnotation(w.page);
    const marks = await w.page.evaluate(() =>
      Array.from(document.querySelectorAll('mark.sourcelight-mark')).map((m) => ({ type: m.getAttribute('data-sourcelight'), text: m.textContent })),
    );
    // The quote that holds the markup is highlighted, markup text and all.
    expect(marks.filter((m) => m.type === 'quote' && m.text?.includes(MARKUP))).not.toHaveLength(0);

    const panel = await w.page.evaluate(readShadow);
    // Title and byline reach the panel as text (the engine's source names are words only, so a
    // name cannot carry "<" or ">": the card is checked for plain text and no elements).
    expect(panel.text).toContain(`Bridge ${MARKUP} to reopen`);
    expect(panel.text).toContain(`Jane ${MARKUP} Reporter`);
    expect({ imgs: panel.imgs, scripts: panel.scripts, handlers: panel.handlers }).toEqual({ imgs: 0, scripts: 0, handlers: 0 });

    // Hover the highlight that holds the markup: the card opens, as text.
    const quote = w.page.locator('mark.sourcelight-mark[data-sourcelight="quote"]', { hasText: 'onerror' }).first();
    await quote.hover();
    const card = await waitUntil(() => w.page.evaluate(readShadow), (s) => !s.cardHidden && s.card.length > 0, 'the hover card', 3000, 50);
    expect(card.card).toContain('Anna Kovacs');
    expect({ imgs: card.imgs, scripts: card.scripts, handlers: card.handlers }).toEqual({ imgs: 0, scripts: 0, handlers: 0 });

    const inDocument = await w.page.evaluate(() => ({
      imgs: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('script:not([data-page-probe])').length,
      bold: document.querySelectorAll('b').length,
      text: document.body.textContent?.includes('<img src=x onerror=alert(1)>') ?? false,
    }));
    // The fixture has no image, script (but the probe the test adds) or bold text of its own.
    expect(inDocument).toEqual({ imgs: 0, scripts: 0, bold: 0, text: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(dialogs).toEqual([]);
    expect(w.ours).toEqual([]);
  });

  // Last on purpose: it judges every request since the browser started.
  test('makes no network request of its own', async () => {
    // From the pages: nothing our content script initiated (checked per page above, and here for
    // the pages of the other tests); from the service worker and extension pages: nothing but
    // the extension's own packaged files.
    expect(allOurPageRequests).toEqual([]);
    const fromExtension = session.requests.filter((r) => r.fromExtension && !r.url.startsWith('chrome-extension:'));
    expect(fromExtension).toEqual([]);
    // The fixture server saw the test pages, and otherwise only paths the pages name themselves
    // (relative resources of the saved pages, answered 404) or favicons.
    expect(server.requests.map((q) => `${q.host}${q.path}`)).toContain(new URL(seed.url).host + new URL(seed.url).pathname);
    const all = [...served.values()];
    const strays = server.requests.filter((q) => {
      const p = q.path.split('?')[0]!;
      return !served.has(`http://${q.host}${p}`) && p !== '/favicon.ico' && p !== CONTROL_PATH && !all.some((html) => html.includes(p.slice(p.lastIndexOf('/') + 1) || p));
    });
    expect(strays).toEqual([]);
    // Anything else the browser tried went to a host the pages reference; it was aborted.
    // (A page's own resource can slip past the route handler while its tab is closing: that is
    // the page's request, to a host its markup names, and not what this test is about.)
    const namedByItsPage = (r: { url: string; frame: string }): boolean => {
      const html = served.get(r.frame.split('#')[0]!);
      return html !== undefined && html.includes(new URL(r.url).host);
    };
    expect(
      session.requests.filter(
        (r) => !r.fromExtension && !r.aborted && !/^https?:\/\/(www\.rferl\.org|127\.0\.0\.1)[:/]/.test(r.url) && !namedByItsPage(r),
      ),
    ).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(session.backgroundProblems).toEqual([]);
  });
});
