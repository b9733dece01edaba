// One typed settings schema, owned by the background: defaults, a version and ordered
// migrations. Stored values are read field by field, so one corrupt or unknown value falls back
// to its default without losing the others.
import { isRecord } from "./records";

export const ANNOTATION_TYPES = ["quote", "claim", "source"] as const;
export type AnnotationType = (typeof ANNOTATION_TYPES)[number];

export type SiteMode = "on" | "off";

export interface Settings {
  version: number;
  /** Master switch: off removes every annotation on every tab. */
  enabled: boolean;
  types: Record<AnnotationType, boolean>;
  /** Whether the side panel opens by itself on an annotated page. */
  panelOpensAutomatically: boolean;
  /** Per-site choice by hostname; sites absent here follow the default list. */
  sites: Record<string, SiteMode>;
}

export const SETTINGS_VERSION = 2;

/** The one storage key the settings live under. Only the background writes it. */
export const SETTINGS_STORAGE_KEY = "settings";

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  types: Object.freeze({ quote: true, claim: true, source: true }),
  panelOpensAutomatically: true,
  sites: Object.freeze({}),
});

export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, types: { ...DEFAULT_SETTINGS.types }, sites: {} };
}

type Raw = Record<string, unknown>;

/**
 * MIGRATIONS[n] turns a version-n object into a version-(n+1) object. Append only: a stored
 * object runs every step from its own version on.
 */
export const MIGRATIONS: ReadonlyArray<(old: Raw) => Raw> = [
  // 0 → 1: before versioning, the types lived at the top level as `quotes`/`claims`/`sources`.
  (old) => {
    const { quotes, claims, sources, ...rest } = old;
    const types: Raw = isRecord(rest.types) ? { ...rest.types } : {};
    if (typeof quotes === "boolean") types.quote = quotes;
    if (typeof claims === "boolean") types.claim = claims;
    if (typeof sources === "boolean") types.source = sources;
    return { ...rest, types, version: 1 };
  },
  // 1 → 2: `autoOpenPanel` was renamed `panelOpensAutomatically`.
  (old) => {
    const { autoOpenPanel, ...rest } = old;
    if (typeof autoOpenPanel === "boolean" && rest.panelOpensAutomatically === undefined) {
      rest.panelOpensAutomatically = autoOpenPanel;
    }
    return { ...rest, version: 2 };
  },
];

/** Brings any stored value (missing, old, corrupt) to a valid current Settings. */
export function migrateSettings(stored: unknown): Settings {
  if (!isRecord(stored)) return defaultSettings();
  let raw: Raw = stored;
  const from = typeof raw.version === "number" && Number.isInteger(raw.version) ? raw.version : 0;
  // A version from the future (a downgrade) keeps what still validates.
  for (let v = Math.max(0, from); v < MIGRATIONS.length; v++) {
    try {
      raw = MIGRATIONS[v]!(raw);
    } catch {
      // A migration that cannot read this object leaves it as it is; validation cleans up.
    }
  }
  return validateSettings(raw);
}

/** Field-by-field validation: each bad field takes its default, the rest are kept. */
export function validateSettings(raw: Raw): Settings {
  const out = defaultSettings();
  if (typeof raw.enabled === "boolean") out.enabled = raw.enabled;
  if (typeof raw.panelOpensAutomatically === "boolean") out.panelOpensAutomatically = raw.panelOpensAutomatically;
  if (isRecord(raw.types)) {
    for (const type of ANNOTATION_TYPES) {
      const value = raw.types[type];
      if (typeof value === "boolean") out.types[type] = value;
    }
  }
  if (isRecord(raw.sites)) {
    for (const [host, mode] of Object.entries(raw.sites)) {
      if ((mode === "on" || mode === "off") && isHostname(host)) out.sites[host] = mode;
    }
  }
  return out;
}

function isHostname(host: string): boolean {
  return host.length > 0 && host.length <= 253 && /^[a-z0-9.-]+$/i.test(host);
}

/** What the popup may change; validated at the boundary like stored values. */
export interface SettingsPatch {
  enabled?: boolean;
  panelOpensAutomatically?: boolean;
  types?: Partial<Record<AnnotationType, boolean>>;
  site?: { host: string; mode: SiteMode | "default" };
}

export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  const next: Settings = { ...current, types: { ...current.types }, sites: { ...current.sites } };
  if (typeof patch.enabled === "boolean") next.enabled = patch.enabled;
  if (typeof patch.panelOpensAutomatically === "boolean") next.panelOpensAutomatically = patch.panelOpensAutomatically;
  if (patch.types) {
    for (const type of ANNOTATION_TYPES) {
      const value = patch.types[type];
      if (typeof value === "boolean") next.types[type] = value;
    }
  }
  if (patch.site && isHostname(patch.site.host)) {
    if (patch.site.mode === "default") delete next.sites[patch.site.host];
    else next.sites[patch.site.host] = patch.site.mode;
  }
  return next;
}

/** A settings object as the background sends it: exactly what validation would keep. */
export function isSettings(value: unknown): value is Settings {
  return isRecord(value) && value.version === SETTINGS_VERSION && JSON.stringify(validateSettings(value)) === JSON.stringify(value);
}

export function isSettingsPatch(value: unknown): value is SettingsPatch {
  if (!isRecord(value)) return false;
  if ("enabled" in value && typeof value.enabled !== "boolean") return false;
  if ("panelOpensAutomatically" in value && typeof value.panelOpensAutomatically !== "boolean") return false;
  if ("types" in value) {
    if (!isRecord(value.types)) return false;
    for (const [key, v] of Object.entries(value.types)) {
      if (!(ANNOTATION_TYPES as readonly string[]).includes(key) || typeof v !== "boolean") return false;
    }
  }
  if ("site" in value) {
    const site = value.site;
    if (!isRecord(site) || typeof site.host !== "string") return false;
    if (site.mode !== "on" && site.mode !== "off" && site.mode !== "default") return false;
  }
  return true;
}
