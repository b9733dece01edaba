// Popup: switches for the master toggle, each annotation type and the panel. Every change goes
// to the background, which stores it and tells every open tab; the popup only reflects state.
import { extensionApi, sendToBackground, sendToTab, t } from "../shared/browser";
import type { TabStatus } from "../shared/messages";
import { ANNOTATION_TYPES, type AnnotationType, type Settings, type SettingsPatch } from "../shared/settings";

const api = extensionApi();

function localise(): void {
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const text = t(element.dataset.i18n ?? "");
    if (text !== element.dataset.i18n) element.textContent = text;
  }
  document.documentElement.lang = api.i18n.getUILanguage();
}

function typeSwitch(type: AnnotationType): HTMLInputElement {
  return document.querySelector<HTMLInputElement>(`input[data-annotation-type="${type}"]`)!;
}

function show(settings: Settings): void {
  const enabled = document.querySelector<HTMLInputElement>("#enabled")!;
  enabled.checked = settings.enabled;
  for (const type of ANNOTATION_TYPES) typeSwitch(type).checked = settings.types[type];
  document.querySelector<HTMLFieldSetElement>("#types")!.disabled = !settings.enabled;
  document.querySelector<HTMLInputElement>("#panel-auto")!.checked = settings.panelOpensAutomatically;
}

async function update(patch: SettingsPatch): Promise<void> {
  show(await sendToBackground("settings/update", patch));
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

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function refreshStatus(): Promise<void> {
  const tabId = await activeTabId();
  let status: TabStatus | null = null;
  if (tabId !== undefined) status = await sendToTab(tabId, "tab/status", null, api).catch(() => null);
  document.querySelector("#status")!.textContent = statusText(status);
}

async function main(): Promise<void> {
  localise();
  show(await sendToBackground("settings/get", null));
  document.querySelector<HTMLInputElement>("#enabled")!.addEventListener("change", (event) => {
    void update({ enabled: (event.target as HTMLInputElement).checked }).then(refreshStatus);
  });
  for (const type of ANNOTATION_TYPES) {
    typeSwitch(type).addEventListener("change", (event) => {
      void update({ types: { [type]: (event.target as HTMLInputElement).checked } });
    });
  }
  document.querySelector<HTMLInputElement>("#panel-auto")!.addEventListener("change", (event) => {
    void update({ panelOpensAutomatically: (event.target as HTMLInputElement).checked });
  });
  document.querySelector("#toggle-panel")!.addEventListener("click", () => {
    void activeTabId().then((id) => (id === undefined ? undefined : sendToTab(id, "panel/toggle", null, api).catch(() => undefined)));
  });
  await refreshStatus();
}

main().catch((error: unknown) => console.warn("Sourcelight popup:", error));
