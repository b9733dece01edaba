// Content script entry: wires the annotator to the extension (settings from the background,
// status for the popup and badge). Guarded so a second injection (e.g. "Annotate this page"
// on a page that already has us) does nothing.
import { detectArticle } from "../page/article";
import { extensionApi, listen, sendToBackground, settingsStorage } from "../shared/browser";
import type { TabStatus } from "../shared/messages";
import { isSiteEnabled } from "../shared/sites";
import { migrateSettings, SETTINGS_STORAGE_KEY, type Settings } from "../shared/settings";
import { Annotator } from "./annotator";
import { annotatorStrings } from "./strings";

declare global {
  interface Window {
    __sourcelight?: Annotator;
  }
}

/** Set when the user asked for this page from the popup, whatever the site list says. */
const forcedByUser = (): boolean => (globalThis as { __sourcelightForce?: boolean }).__sourcelightForce === true;

/** User Timing entries, so a benchmark can read the cost of annotating from the page. */
const START_MARK = "sourcelight:start";
const MEASURE_NAME = "sourcelight:annotate";

/**
 * Settings from the background, which owns them. Asked first thing: the question wakes the
 * background while the page is being read, so the engine there is up when the article's text
 * arrives. Straight from storage, through the same schema, if the background cannot answer.
 */
async function readSettings(): Promise<Settings> {
  try {
    return await sendToBackground("settings/get", null);
  } catch {
    return migrateSettings((await settingsStorage().get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY]);
  }
}

function applySettings(annotator: Annotator, settings: Promise<Settings>, firstRun: boolean): void {
  settings
    .then((value) => annotator.apply(value))
    .then(() => {
      // Painted: the frame after our DOM changes.
      if (firstRun) requestAnimationFrame(() => performance.measure(MEASURE_NAME, START_MARK));
    })
    .catch((error: unknown) => console.warn("Sourcelight: could not read settings", error));
}

function start(): void {
  // Injected again ("Annotate this page" where we already run, but off): read the settings
  // again, now that the user asked for this page.
  if (window.__sourcelight) {
    applySettings(window.__sourcelight, readSettings(), false);
    return;
  }
  performance.mark(START_MARK);
  const annotator = new Annotator({
    doc: document,
    engine: {
      read: async (text, lang) => {
        const reading = await sendToBackground("article/read", { text, lang });
        return reading.supported ? reading.attributions : null;
      },
    },
    detect: (doc) => detectArticle(doc, { url: location.href }),
    strings: annotatorStrings((key, subs) => extensionApi().i18n.getMessage(key, subs) || key),
    isEnabledHere: (settings: Settings) => settings.enabled && (forcedByUser() || isSiteEnabled(location.hostname, settings)),
    onStatus: (status: TabStatus) => {
      sendToBackground("tab/report", status).catch(() => undefined);
    },
    onStage: (stage) => performance.mark(`sourcelight:${stage}`),
    onPanelChoice: (open) => {
      sendToBackground("settings/update", { panelOpensAutomatically: open }).catch(() => undefined);
    },
  });
  window.__sourcelight = annotator;
  listen({
    "settings/changed": async (settings) => {
      await annotator.apply(settings);
      return null;
    },
    "tab/status": () => annotator.status(),
    "panel/toggle": () => {
      annotator.togglePanel();
      return null;
    },
  });
  // Asked first, read while the page is being read: the round trip overlaps detection.
  const settings = readSettings();
  annotator.prepare().catch(() => undefined);
  applySettings(annotator, settings, true);
}

start();
