// Popup: the master switch, one switch per annotation type, this site on/off, "Annotate this
// page" and the panel. Every settings change goes to the background, which stores it and tells
// every open tab; the popup only reflects state.
import {
  extensionApi,
  injectContentScript,
  requestHostPermission,
  sendToBackground,
  sendToTab,
  t,
} from "../shared/browser";
import type { TabStatus } from "../shared/messages";
import { ANNOTATION_TYPES, type AnnotationType, type Settings, type SettingsPatch } from "../shared/settings";
import { isRferlHost, isSiteEnabled } from "../shared/sites";

const api = extensionApi();

interface ActiveTab {
  id: number;
  host: string | null;
}

const $ = <T extends Element>(selector: string): T => document.querySelector<T>(selector)!;

function localise(): void {
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const text = t(element.dataset.i18n ?? "");
    if (text !== element.dataset.i18n) element.textContent = text;
  }
  document.documentElement.lang = api.i18n.getUILanguage();
}

function typeSwitch(type: AnnotationType): HTMLInputElement {
  return $<HTMLInputElement>(`input[data-annotation-type="${type}"]`);
}

/** Whether this tab's site (outside RFE/RL) has the permission "On for this site" needs. */
let siteGranted = false;

function show(settings: Settings, tab: ActiveTab | null): void {
  $<HTMLInputElement>("#enabled").checked = settings.enabled;
  for (const type of ANNOTATION_TYPES) typeSwitch(type).checked = settings.types[type];
  $<HTMLFieldSetElement>("#types").disabled = !settings.enabled;
  $<HTMLInputElement>("#panel-auto").checked = settings.panelOpensAutomatically;
  const host = tab?.host ?? null;
  $<HTMLElement>("#site-row").hidden = host === null;
  if (host) {
    $<HTMLInputElement>("#site").checked = isSiteEnabled(host, { ...settings, enabled: true }) && (isRferlHost(host) || siteGranted);
    $<HTMLInputElement>("#site").disabled = !settings.enabled;
    $("#site-label").textContent = t("popupSiteNamed", host);
  }
}

function statusText(status: TabStatus | null): string {
  if (!status) return t("statusNotHere");
  switch (status.state) {
    case "annotated":
      return t("statusAnnotated", [String(status.attributions), String(status.sources)]);
    case "no-article":
      return t("statusNoArticle");
    case "unsupported-language":
      return t("statusUnsupportedLanguage", status.language ?? "?");
    case "disabled":
      return t("statusDisabled");
    default:
      return "";
  }
}

/**
 * The tab the popup acts on: the active tab, or the one named by `?tab=ID` when popup.html is
 * opened as a page of its own (how the browser tests drive it, and handy when debugging).
 */
async function activeTab(): Promise<ActiveTab | null> {
  const named = Number(new URLSearchParams(location.search).get("tab"));
  const tab = Number.isInteger(named) && named > 0
    ? await api.tabs.get(named).catch(() => undefined)
    : (await api.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  let host: string | null = null;
  try {
    const url = new URL(tab.url ?? "");
    if (url.protocol === "http:" || url.protocol === "https:") host = url.hostname;
  } catch {
    host = null;
  }
  return { id: tab.id, host };
}

async function refreshStatus(tab: ActiveTab | null): Promise<void> {
  let status: TabStatus | null = null;
  if (tab) status = await sendToTab(tab.id, "tab/status", null, api).catch(() => null);
  $("#status").textContent = statusText(status);
  // Offer "Annotate this page" where the script is not running and could be.
  // The host may be unknown (no permission to read the tab's URL yet): still offer it.
  $<HTMLElement>("#annotate").hidden = !(tab && (!status || status.state === "disabled"));
}

async function main(): Promise<void> {
  localise();
  const tab = await activeTab();
  if (tab?.host) siteGranted = await api.permissions.contains({ origins: [`*://${tab.host}/*`] }).catch(() => false);
  show(await sendToBackground("settings/get", null), tab);
  const update = async (patch: SettingsPatch): Promise<void> => {
    try {
      show(await sendToBackground("settings/update", patch), tab);
    } catch {
      // Not stored (e.g. sync storage's write limit): show what is in force, not the click.
      show(await sendToBackground("settings/get", null), tab);
    }
    await refreshStatus(tab);
  };

  $<HTMLInputElement>("#enabled").addEventListener("change", (event) => {
    void update({ enabled: (event.target as HTMLInputElement).checked });
  });
  for (const type of ANNOTATION_TYPES) {
    typeSwitch(type).addEventListener("change", (event) => {
      void update({ types: { [type]: (event.target as HTMLInputElement).checked } });
    });
  }
  $<HTMLInputElement>("#panel-auto").addEventListener("change", (event) => {
    void update({ panelOpensAutomatically: (event.target as HTMLInputElement).checked });
  });
  $<HTMLInputElement>("#site").addEventListener("change", (event) => {
    const input = event.target as HTMLInputElement;
    const host = tab?.host;
    if (!host || !tab) return;
    const on = input.checked;
    if (!on) {
      void update({ site: { host, mode: isRferlHost(host) ? "off" : "default" } });
      return;
    }
    if (isRferlHost(host)) {
      void update({ site: { host, mode: "default" } });
      return;
    }
    // Outside RFE/RL, "on for this site" needs that site's permission, asked inside the click.
    // The choice is stored at once: Chromium closes the popup while it shows the prompt, and
    // the background then finishes the job when the permission arrives (permissions.onAdded).
    const asked = requestHostPermission(host, api);
    const stored = update({ site: { host, mode: "on" } });
    void Promise.all([asked, stored]).then(async ([granted]) => {
      siteGranted = granted;
      if (!granted) {
        input.checked = false;
        await update({ site: { host, mode: "default" } });
        return;
      }
      // Not forced: the site list now says on, and "off" later must take it away again.
      await injectContentScript(tab.id, api, { force: false }).catch(() => undefined);
      await refreshStatus(tab);
    });
  });
  $("#annotate").addEventListener("click", () => {
    if (!tab) return;
    void injectContentScript(tab.id, api)
      .catch((error: unknown) => console.warn("Sourcelight: could not annotate this page", error))
      .then(() => new Promise((resolve) => setTimeout(resolve, 300)))
      .then(() => refreshStatus(tab));
  });
  $("#toggle-panel").addEventListener("click", () => {
    if (tab) void sendToTab(tab.id, "panel/toggle", null, api).catch(() => undefined);
  });
  // Switches show the stored state and listen: now they may be used.
  $("main").removeAttribute("aria-busy");
  await refreshStatus(tab);
}

main().catch((error: unknown) => console.warn("Sourcelight popup:", error));
