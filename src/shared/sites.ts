import sitesData from "./rferl-sites.json";
import type { Settings } from "./settings";

/** RFE/RL's own domains: the content script is registered on these from install. */
export const RFERL_DOMAINS: readonly string[] = sitesData.sites.map((site) => site.domain);

export function isRferlHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return RFERL_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Whether Sourcelight should annotate a page on this host, given the user's choices. */
export function isSiteEnabled(hostname: string, settings: Settings): boolean {
  if (!settings.enabled) return false;
  const choice = settings.sites[hostname.toLowerCase()];
  if (choice) return choice === "on";
  return isRferlHost(hostname);
}
