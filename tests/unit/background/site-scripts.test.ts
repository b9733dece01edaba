import { syncSiteScripts, wantedHosts } from "../../../src/background/site-scripts";
import { applyPatch, defaultSettings } from "../../../src/shared/settings";

function fakeScripting(granted: string[], registered: string[] = []) {
  const ids = new Set(registered);
  const api = {
    scripting: {
      getRegisteredContentScripts: async () => [...ids].map((id) => ({ id })),
      registerContentScripts: jest.fn(async (scripts: Array<{ id: string }>) => scripts.forEach((s) => ids.add(s.id))),
      unregisterContentScripts: jest.fn(async ({ ids: gone }: { ids: string[] }) => gone.forEach((id) => ids.delete(id))),
    },
    permissions: { contains: async ({ origins }: { origins: string[] }) => granted.some((h) => origins[0] === `*://${h}/*`) },
  } as unknown as typeof chrome;
  return { api, ids };
}

describe("sites the user turns on", () => {
  test("only sites outside RFE/RL that the user switched on need a registered script", () => {
    let settings = applyPatch(defaultSettings(), { site: { host: "news.example", mode: "on" } });
    settings = applyPatch(settings, { site: { host: "www.rferl.org", mode: "on" } });
    settings = applyPatch(settings, { site: { host: "blog.example", mode: "off" } });
    expect(wantedHosts(settings)).toEqual(["news.example"]);
    expect(wantedHosts({ ...settings, enabled: false })).toEqual([]);
  });

  test("registration follows the settings and the permissions actually granted", async () => {
    const { api, ids } = fakeScripting(["news.example"], ["site:old.example", "other-script"]);
    let settings = applyPatch(defaultSettings(), { site: { host: "news.example", mode: "on" } });
    settings = applyPatch(settings, { site: { host: "denied.example", mode: "on" } });
    await syncSiteScripts(settings, api);
    expect([...ids].sort()).toEqual(["other-script", "site:news.example"]);
  });
});
