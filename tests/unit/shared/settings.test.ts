import {
  applyPatch,
  defaultSettings,
  isSettings,
  isSettingsPatch,
  migrateSettings,
  SETTINGS_VERSION,
} from "../../../src/shared/settings";

describe("settings schema", () => {
  test("nothing stored gives the defaults: every annotation type on, panel opens by itself", () => {
    const settings = migrateSettings(undefined);
    expect(settings).toEqual(defaultSettings());
    expect(settings.types).toEqual({ quote: true, claim: true, source: true });
    expect(settings.enabled).toBe(true);
    expect(settings.panelOpensAutomatically).toBe(true);
    expect(settings.version).toBe(SETTINGS_VERSION);
  });

  test("a corrupt field falls back to its default without losing the others", () => {
    const settings = migrateSettings({
      version: SETTINGS_VERSION,
      enabled: "yes please",
      types: { quote: false, claim: 7, source: null },
      panelOpensAutomatically: false,
      sites: { "example.com": "on", "bad host!": "on", "news.example": "sideways" },
    });
    expect(settings.enabled).toBe(true);
    expect(settings.types).toEqual({ quote: false, claim: true, source: true });
    expect(settings.panelOpensAutomatically).toBe(false);
    expect(settings.sites).toEqual({ "example.com": "on" });
  });

  test.each([null, 42, "settings", [], { types: "all" }])("garbage %p gives the defaults", (stored) => {
    expect(migrateSettings(stored)).toEqual(defaultSettings());
  });

  test("unknown keys are dropped", () => {
    const settings = migrateSettings({ version: SETTINGS_VERSION, theme: "neon", types: { quote: false, cue: true } });
    expect(settings).not.toHaveProperty("theme");
    expect(settings.types).toEqual({ quote: false, claim: true, source: true });
  });

  test("an unversioned object from before migrations keeps the user's choices", () => {
    const settings = migrateSettings({ quotes: false, claims: true, sources: false, autoOpenPanel: false });
    expect(settings.types).toEqual({ quote: false, claim: true, source: false });
    expect(settings.panelOpensAutomatically).toBe(false);
    expect(settings.version).toBe(SETTINGS_VERSION);
  });

  test("version 1 objects run only the later migrations", () => {
    const settings = migrateSettings({ version: 1, types: { claim: false }, autoOpenPanel: false, quotes: true });
    expect(settings.types.claim).toBe(false);
    expect(settings.panelOpensAutomatically).toBe(false);
  });

  test("patches change only what they name; a site can go back to the default list", () => {
    let settings = applyPatch(defaultSettings(), { types: { quote: false } });
    expect(settings.types).toEqual({ quote: false, claim: true, source: true });
    settings = applyPatch(settings, { site: { host: "example.com", mode: "on" } });
    expect(settings.sites).toEqual({ "example.com": "on" });
    settings = applyPatch(settings, { site: { host: "example.com", mode: "default" } });
    expect(settings.sites).toEqual({});
  });

  test("runtime guards reject malformed patches and settings", () => {
    expect(isSettingsPatch({ types: { quote: false } })).toBe(true);
    expect(isSettingsPatch({ types: { quote: "no" } })).toBe(false);
    expect(isSettingsPatch({ types: { cue: true } })).toBe(false);
    expect(isSettingsPatch({ site: { host: "x.org", mode: "maybe" } })).toBe(false);
    expect(isSettingsPatch("enabled")).toBe(false);
    expect(isSettings(defaultSettings())).toBe(true);
    expect(isSettings({ ...defaultSettings(), enabled: "true" })).toBe(false);
    expect(isSettings({ ...defaultSettings(), version: 0 })).toBe(false);
  });
});
