// The TestPage calls over a Playwright page (Chromium) or a Puppeteer page (Firefox): both
// libraries name these the same, so one adapter serves every launcher.
import type { TestPage } from './driver';

/** What both libraries' pages offer, as far as TestPage uses it. */
export interface LibraryPage {
  evaluate(fn: never, arg?: unknown): Promise<unknown>;
  mouse: { click(x: number, y: number): Promise<unknown> };
  bringToFront(): Promise<unknown>;
  screenshot(options: { path: string }): Promise<unknown>;
  close(): Promise<unknown>;
}

export function wrapPage(page: LibraryPage): TestPage {
  return {
    evaluate: <R,>(fn: () => R) => page.evaluate(fn as never) as Promise<R>,
    // The page-side types of both libraries unwrap handles; our args are plain JSON.
    evaluateWith: <A, R>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as never, arg) as Promise<R>,
    clickAt: async (x, y) => {
      await page.mouse.click(x, y);
    },
    bringToFront: async () => {
      await page.bringToFront();
    },
    screenshot: async (file) => {
      await page.screenshot({ path: file });
    },
    close: async () => {
      await page.close();
    },
  };
}
