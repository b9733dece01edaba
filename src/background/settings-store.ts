// The background's settings: read through migrations, written whole, one key in storage.
import type { KeyValueStorage } from "../shared/browser";
import { applyPatch, migrateSettings, SETTINGS_STORAGE_KEY, type Settings, type SettingsPatch } from "../shared/settings";

export const SETTINGS_KEY = SETTINGS_STORAGE_KEY;

export class SettingsStore {
  /** Serialises writes so two quick popup clicks cannot undo each other. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly storage: KeyValueStorage) {}

  async load(): Promise<Settings> {
    let stored: unknown;
    try {
      stored = (await this.storage.get(SETTINGS_KEY))[SETTINGS_KEY];
    } catch {
      stored = undefined;
    }
    return migrateSettings(stored);
  }

  /** Migrates what is stored and writes it back, once per install or update. */
  async upgrade(): Promise<Settings> {
    return this.enqueue(async () => {
      const settings = await this.load();
      await this.storage.set({ [SETTINGS_KEY]: settings });
      return settings;
    });
  }

  update(patch: SettingsPatch): Promise<Settings> {
    return this.enqueue(async () => {
      const next = applyPatch(await this.load(), patch);
      await this.storage.set({ [SETTINGS_KEY]: next });
      return next;
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
