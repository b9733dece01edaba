// Sites the user turned on outside RFE/RL get the content script registered for them, once
// they granted the host permission; sites turned back off lose it.
import type { Settings } from "../shared/settings";
import { isRferlHost } from "../shared/sites";

const ID_PREFIX = "site:";

export function userSiteMatches(host: string): string[] {
  return [`*://${host}/*`];
}

/** Hosts that need a registered content script: on by the user's choice, not on the default list. */
export function wantedHosts(settings: Settings): string[] {
  if (!settings.enabled) return [];
  return Object.entries(settings.sites)
    .filter(([host, mode]) => mode === "on" && !isRferlHost(host))
    .map(([host]) => host)
    .sort();
}

export async function syncSiteScripts(settings: Settings, api: typeof chrome): Promise<void> {
  if (!api.scripting?.registerContentScripts) return;
  const registered = await api.scripting.getRegisteredContentScripts();
  const have = new Set(registered.map((s) => s.id).filter((id) => id.startsWith(ID_PREFIX)));
  const wanted: string[] = [];
  for (const host of wantedHosts(settings)) {
    if (await api.permissions.contains({ origins: userSiteMatches(host) })) wanted.push(host);
  }
  const stale = [...have].filter((id) => !wanted.includes(id.slice(ID_PREFIX.length)));
  if (stale.length) await api.scripting.unregisterContentScripts({ ids: stale });
  const fresh = wanted.filter((host) => !have.has(ID_PREFIX + host));
  if (fresh.length) {
    await api.scripting.registerContentScripts(
      fresh.map((host) => ({
        id: ID_PREFIX + host,
        matches: userSiteMatches(host),
        js: ["content.js"],
        css: ["highlights.css"],
        runAt: "document_idle" as const,
        persistAcrossSessions: true,
      })),
    );
  }
}
