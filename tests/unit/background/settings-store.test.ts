import { SettingsStore, SETTINGS_KEY } from "../../../src/background/settings-store";
import type { KeyValueStorage } from "../../../src/shared/browser";
import { defaultSettings } from "../../../src/shared/settings";

class FakeStorage implements KeyValueStorage {
  constructor(public data: Record<string, unknown> = {}) {}
  async get(key: string) {
    return key in this.data ? { [key]: structuredClone(this.data[key]) } : {};
  }
  async set(items: Record<string, unknown>) {
    Object.assign(this.data, structuredClone(items));
  }
}

describe("SettingsStore", () => {
  test("changes persist: a new store over the same storage (a browser restart) reads them", async () => {
    const storage = new FakeStorage();
    await new SettingsStore(storage).update({ types: { quote: false } });
    const reloaded = await new SettingsStore(storage).load();
    expect(reloaded.types).toEqual({ quote: false, claim: true, source: true });
  });

  test("two quick changes both stick", async () => {
    const store = new SettingsStore(new FakeStorage());
    await Promise.all([store.update({ types: { quote: false } }), store.update({ types: { claim: false } })]);
    expect((await store.load()).types).toEqual({ quote: false, claim: false, source: true });
  });

  test("upgrade writes migrated settings back, keeping the user's choices", async () => {
    const storage = new FakeStorage({ [SETTINGS_KEY]: { quotes: false, autoOpenPanel: false } });
    await new SettingsStore(storage).upgrade();
    expect(storage.data[SETTINGS_KEY]).toEqual({
      ...defaultSettings(),
      types: { quote: false, claim: true, source: true },
      panelOpensAutomatically: false,
    });
  });

  test("a storage that fails to read gives defaults rather than breaking the extension", async () => {
    const broken: KeyValueStorage = { get: () => Promise.reject(new Error("quota")), set: () => Promise.resolve() };
    expect(await new SettingsStore(broken).load()).toEqual(defaultSettings());
  });
});
