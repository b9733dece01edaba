import { envelope, readEnvelope } from "../../../src/shared/messages";
import { defaultSettings } from "../../../src/shared/settings";
import { isRferlHost, isSiteEnabled } from "../../../src/shared/sites";

describe("message envelopes", () => {
  test("our well-formed messages are read back", () => {
    expect(readEnvelope(envelope("settings/get", null))?.name).toBe("settings/get");
    const changed = readEnvelope(envelope("settings/changed", defaultSettings()));
    expect(changed?.payload).toEqual(defaultSettings());
  });

  test("anything else is refused at the boundary", () => {
    expect(readEnvelope({ name: "settings/get", payload: null })).toBeNull(); // not marked as ours
    expect(readEnvelope({ sourcelight: 1, name: "settings/erase", payload: null })).toBeNull();
    expect(readEnvelope({ sourcelight: 1, name: "settings/update", payload: { enabled: "off" } })).toBeNull();
    expect(readEnvelope({ sourcelight: 1, name: "tab/report", payload: { state: "annotated", attributions: 1.5, sources: 1 } })).toBeNull();
    expect(readEnvelope({ sourcelight: 1, name: "toString", payload: null })).toBeNull();
    expect(readEnvelope("settings/get")).toBeNull();
  });
});

describe("sites", () => {
  test("RFE/RL domains and their subdomains are on by default; other sites are not", () => {
    expect(isRferlHost("www.rferl.org")).toBe(true);
    expect(isRferlHost("rferl.org")).toBe(true);
    expect(isRferlHost("www.svoboda.org")).toBe(true);
    expect(isRferlHost("www.radiosvoboda.org")).toBe(true);
    expect(isRferlHost("notrferl.org")).toBe(false);
    expect(isRferlHost("rferl.org.example.com")).toBe(false);
    expect(isRferlHost("www.nytimes.com")).toBe(false);
  });

  test("the user's per-site choice and the master switch override the list", () => {
    const settings = defaultSettings();
    expect(isSiteEnabled("www.rferl.org", settings)).toBe(true);
    expect(isSiteEnabled("www.rferl.org", { ...settings, sites: { "www.rferl.org": "off" } })).toBe(false);
    expect(isSiteEnabled("news.example", { ...settings, sites: { "news.example": "on" } })).toBe(true);
    expect(isSiteEnabled("www.rferl.org", { ...settings, enabled: false })).toBe(false);
  });
});
