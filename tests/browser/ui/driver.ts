// What the UI tests do with a browser beyond tests/browser/harness/driver.ts: keyboard, tab
// ids for the popup's ?tab=, the toolbar action, clipboard, downloads and a restart with the
// same profile. One implementation per browser: ./chromium.ts (playwright-core + CDP) and
// ./firefox.ts (puppeteer-core over WebDriver BiDi, plus the browser's own chrome scope).
import type { BrowserName, TestPage } from '../harness/driver';
import type { FixtureServer } from '../harness/fixture-server';

/** A non-RFE/RL host the fixture server also answers for: the extension is off there by default. */
export const OTHER_HOST = 'news.example.test';

export interface UiPage extends TestPage {
  /** A real key press (e.g. 'Escape') sent to whatever has focus. */
  press(key: string): Promise<void>;
  /** Reloads and waits for the load event. */
  reload(): Promise<void>;
  /** Runs a classic script's source in the page's own world (e.g. axe-core). */
  addScript(source: string): Promise<void>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  /** Emulates prefers-color-scheme for this page. */
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
}

/** The extension popup the toolbar action opened, or the closest thing the browser allows. */
export interface ActionPopup extends Pick<TestPage, 'evaluateWith' | 'clickAt'> {
  /** How this popup was reached, for failure messages and the report. */
  readonly how: string;
  /** Text of the first element matching `selector` ('' if none). */
  text(selector: string): Promise<string>;
  /** A click on the element matching `selector`. */
  click(selector: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** Runs a classic script's source in the popup (e.g. axe-core). */
  addScript(source: string): Promise<void>;
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** A PNG of the popup as rendered, written to `file`. */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface DownloadedFile {
  filename: string;
  text: string;
}

export interface UiBrowser {
  readonly name: BrowserName;
  readonly server: FixtureServer;
  readonly launchMs: number;
  openPage(url: string): Promise<UiPage>;
  /**
   * popup.html as a tab, acting on the tab `tabId` (popup.html?tab=ID), once it has shown the
   * settings and that tab's status.
   */
  openPopup(tabId?: number): Promise<UiPage>;
  /** The extension API's id of the tab showing `page` (brings it to the front). */
  tabIdOf(page: UiPage): Promise<number>;
  /**
   * Runs the extension's toolbar action on `page`'s tab, as a click on its toolbar button
   * would: the browser grants activeTab for that tab and opens the popup.
   */
  triggerAction(page: UiPage): Promise<ActionPopup>;
  /** The system clipboard's text. */
  readClipboard(): Promise<string>;
  /** Runs `trigger` and returns the file the browser saved because of it. */
  captureDownload(page: UiPage, trigger: () => Promise<void>): Promise<DownloadedFile>;
  /** Quits the browser and starts it again on the same profile (the extension stays installed). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface UiLaunchOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

export type UiLaunch = (server: FixtureServer, options?: UiLaunchOptions) => Promise<UiBrowser>;

export const DEFAULT_VIEWPORT = { width: 1280, height: 900 };
