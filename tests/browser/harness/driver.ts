// The few things the shared tests do with a browser, so one suite runs on Chromium
// (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi) alike.
import type { FixtureServer } from './fixture-server';

export type BrowserName = 'chromium' | 'firefox';

/** A tab. Functions given to evaluate() run in the page: they are serialised, so no closures. */
export interface TestPage {
  evaluate<R>(fn: () => R): Promise<R>;
  evaluateWith<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** A real mouse click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** Make this the visible tab, as a reader looking at it would. */
  bringToFront(): Promise<void>;
  /** A PNG of the viewport, written to `file`. */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  readonly name: BrowserName;
  readonly server: FixtureServer;
  /** Opens a new tab on `url` and waits for its load event. */
  openPage(url: string): Promise<TestPage>;
  /** Opens the extension's popup.html in a new tab and waits for its switches. */
  openPopup(): Promise<TestPage>;
  /**
   * Requests the browser itself reports that went anywhere but a served test page or its own
   * resources (Chromium: pages, workers and extension contexts; Firefox: none beyond what the
   * fixture server sees through the proxy).
   */
  foreignRequests(): string[];
  /**
   * Stops the extension's background, as the browser does after 30 s without events, and
   * resolves once it is gone (Chromium only: its service worker, over CDP).
   */
  stopBackground?(): Promise<void>;
  /** How many background service workers of ours are running (Chromium only). */
  runningBackgrounds?(): number;
  close(): Promise<void>;
}

export interface LaunchTiming {
  /** Milliseconds from launch until the extension was installed and running. */
  launchMs: number;
}
