// Background: owns the settings and tells every open tab when they change; runs the engine
// for the content scripts.
import { extensionApi, injectContentScript, listen, sendToTab, settingsStorage } from "../shared/browser";
import type { Settings } from "../shared/settings";
import { badgeText } from "./badge";
import { readArticle } from "./reader";
import { SettingsStore } from "./settings-store";
import { syncSiteScripts } from "./site-scripts";

const api = extensionApi();
const store = new SettingsStore(settingsStorage(api));

async function broadcast(settings: Settings): Promise<void> {
  const tabs = await api.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : // Tabs without our content script reject; that is expected.
          sendToTab(tab.id, "settings/changed", settings, api).catch(() => undefined),
    ),
  );
}

function syncSites(settings: Settings): Promise<void> {
  return syncSiteScripts(settings, api).catch((error: unknown) => console.warn("Sourcelight: site scripts", error));
}

api.runtime.onInstalled.addListener(() => {
  store
    .upgrade()
    .then(syncSites)
    .catch((error: unknown) => console.warn("Sourcelight: settings upgrade failed", error));
});

listen(
  {
    "settings/get": () => store.load(),
    "settings/update": async (patch) => {
      const settings = await store.update(patch);
      await Promise.all([broadcast(settings), syncSites(settings)]);
      return settings;
    },
    "article/read": (article) => readArticle(article),
    "tab/report": (status, sender) => {
      if (sender.tabId !== undefined) {
        const tabId = sender.tabId;
        // A tab that closed meanwhile rejects; nothing to do about it.
        Promise.all([
          api.action.setBadgeText({ tabId, text: badgeText(status) }),
          api.action.setBadgeBackgroundColor({ tabId, color: "#1a56db" }),
        ]).catch(() => undefined);
      }
      return null;
    },
  },
  api,
);

// "On for this site" outside RFE/RL: the popup stored the choice and asked for the permission;
// when it is granted (the popup may be gone by then), register the script and annotate the
// site's open tabs.
api.permissions.onAdded.addListener(({ origins = [] }) => {
  void store.load().then(async (settings) => {
    await syncSites(settings);
    for (const origin of origins) {
      const host = /^\*:\/\/([^/]+)\/\*$/.exec(origin)?.[1];
      if (!host || settings.sites[host] !== "on") continue;
      const tabs = await api.tabs.query({ url: origin }).catch(() => []);
      for (const tab of tabs) {
        if (tab.id !== undefined) await injectContentScript(tab.id, api, { force: false }).catch(() => undefined);
      }
    }
  });
});

api.commands?.onCommand.addListener((command) => {
  if (command !== "toggle-panel") return;
  api.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) => (tab?.id === undefined ? undefined : sendToTab(tab.id, "panel/toggle", null, api)))
    .catch(() => undefined);
});
