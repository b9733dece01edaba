// Radio Svoboda (Russian) and Radio Svoboda Ukraine (Ukrainian) pages: an article from
// ../shared/corpora/rferl-ru-uk laid out in Pangea markup and served as if from
// www.svoboda.org / www.radiosvoboda.org. Run by ru-uk.chromium.test.ts and ru-uk.firefox.test.ts.
import path from 'node:path';
import type { BrowserDriver, TestPage } from './harness/driver';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { pangeaPage } from './harness/pangea-page';
import { repoRoot } from './harness/paths';
import { readMarks, readPanel } from './harness/probes';
import { waitUntil } from './harness/wait';

export type Launch = (server: FixtureServer) => Promise<BrowserDriver>;

const corpus = path.resolve(repoRoot, '../shared/corpora/rferl-ru-uk');

const cases = [
  {
    language: 'Russian',
    url: 'http://www.svoboda.org/a/kovrigin-prigovor/33000001.html',
    page: () => pangeaPage(path.join(corpus, 'ru-1.txt'), 'ru'),
    // Named in several of the article's attributions, each under one nominative name.
    sources: ['Мартынова', 'Песков', 'Захарова'],
  },
  {
    language: 'Ukrainian',
    url: 'http://www.radiosvoboda.org/a/kyiv-ataka/33000002.html',
    page: () => pangeaPage(path.join(corpus, 'uk-1.txt'), 'uk'),
    sources: ['Зеленськ', 'Ткаченко', 'Пєсков'],
  },
];

export function describeRuUkSuite(browserName: string, launch: Launch): void {
  describe(`the built extension in ${browserName}, on Russian and Ukrainian RFE/RL pages`, () => {
    let server: FixtureServer;
    let browser: BrowserDriver;
    const tabs: TestPage[] = [];

    beforeAll(async () => {
      server = await startFixtureServer();
      for (const c of cases) server.serve(c.url, c.page().html);
      browser = await launch(server);
    });
    afterAll(async () => {
      for (const tab of tabs) await tab.close().catch(() => undefined);
      await browser?.close();
      await server?.close();
    });

    for (const c of cases) {
      test(`${c.language}: quotes and their sources are highlighted in the article only, and the panel names them`, async () => {
        const tab = await browser.openPage(c.url);
        tabs.push(tab);
        const panel = await waitUntil(() => tab.evaluate(readPanel), (p) => p.sources.length > 0, 'the panel to list sources', 15_000);
        const marks = await tab.evaluate(readMarks);
        expect(marks.filter((m) => m.type === 'quote').length).toBeGreaterThan(3);
        expect(marks.filter((m) => m.type === 'source').length).toBeGreaterThan(3);
        // Nothing in the ticker, the promo embed, the most-popular list or the headline.
        expect(marks.filter((m) => m.furniture !== null)).toEqual([]);
        const names = panel.sources.map((s) => s.canonical);
        for (const who of c.sources) expect(names.some((name) => name.includes(who))).toBe(true);
      });
    }
  });
}
