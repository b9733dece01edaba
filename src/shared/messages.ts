// Every message between the extension's contexts, in one map: name → payload and reply.
// Payloads are checked at runtime where they arrive, since any context (or a page, for
// content scripts) can post something malformed.
import type { Attribution } from "../engine/types";
import { isAttribution } from "./attributions";
import { isRecord } from "./records";
import { isSettings, isSettingsPatch, type Settings, type SettingsPatch } from "./settings";

/** What a tab's content script knows about its page, for the popup and the badge. */
export interface TabStatus {
  state: "annotated" | "no-article" | "unsupported-language" | "disabled" | "idle";
  attributions: number;
  sources: number;
  language?: string;
}

/** An article's text for the engine, with the language the page declares. */
export interface TextToRead {
  text: string;
  lang: string;
}

/** What the engine read in an article; `supported` is false for a language it does not read. */
export interface ArticleReading {
  supported: boolean;
  attributions: Attribution[];
}

export interface MessageMap {
  /** popup/content → background */
  "settings/get": { payload: null; reply: Settings };
  /** popup → background: the background validates, stores and broadcasts. */
  "settings/update": { payload: SettingsPatch; reply: Settings };
  /** background → every tab */
  "settings/changed": { payload: Settings; reply: null };
  /** popup → content script of the active tab */
  "tab/status": { payload: null; reply: TabStatus };
  /**
   * content → background: the engine runs in the background, where it stays compiled and warm
   * across pages and tabs, instead of cold in every page's main thread.
   */
  "article/read": { payload: TextToRead; reply: ArticleReading };
  /** content → background: keeps the toolbar badge current. */
  "tab/report": { payload: TabStatus; reply: null };
  /** popup/background → content: open or close the side panel. */
  "panel/toggle": { payload: null; reply: null };
}

export type MessageName = keyof MessageMap;
export type Payload<K extends MessageName> = MessageMap[K]["payload"];
export type Reply<K extends MessageName> = MessageMap[K]["reply"];

export interface Envelope<K extends MessageName = MessageName> {
  /** Marks our messages apart from anything else on the same channel. */
  sourcelight: 1;
  name: K;
  payload: Payload<K>;
}


const TAB_STATES = new Set(["annotated", "no-article", "unsupported-language", "disabled", "idle"]);

export function isTabStatus(value: unknown): value is TabStatus {
  return (
    isRecord(value) &&
    typeof value.state === "string" &&
    TAB_STATES.has(value.state) &&
    Number.isInteger(value.attributions) &&
    Number.isInteger(value.sources) &&
    (value.language === undefined || typeof value.language === "string")
  );
}

const isNull = (value: unknown): value is null => value === null;

function isTextToRead(value: unknown): value is TextToRead {
  return isRecord(value) && typeof value.text === "string" && typeof value.lang === "string";
}

function isArticleReading(value: unknown): value is ArticleReading {
  return (
    isRecord(value) &&
    typeof value.supported === "boolean" &&
    Array.isArray(value.attributions) &&
    value.attributions.every(isAttribution)
  );
}

/** Runtime check of each message's payload. */
export const PAYLOAD_GUARDS: { [K in MessageName]: (value: unknown) => value is Payload<K> } = {
  "settings/get": isNull,
  "settings/update": isSettingsPatch,
  "settings/changed": isSettings,
  "tab/status": isNull,
  "article/read": isTextToRead,
  "tab/report": isTabStatus,
  "panel/toggle": isNull,
};

/** Runtime check of each message's reply, for the side that awaits it. */
export const REPLY_GUARDS: { [K in MessageName]: (value: unknown) => value is Reply<K> } = {
  "settings/get": isSettings,
  "settings/update": isSettings,
  "settings/changed": isNull,
  "tab/status": isTabStatus,
  "article/read": isArticleReading,
  "tab/report": isNull,
  "panel/toggle": isNull,
};

export function envelope<K extends MessageName>(name: K, payload: Payload<K>): Envelope<K> {
  return { sourcelight: 1, name, payload };
}

/** A well-formed message of ours, or null for anything else. */
export function readEnvelope(value: unknown): Envelope | null {
  if (!isRecord(value) || value.sourcelight !== 1 || typeof value.name !== "string") return null;
  if (!Object.prototype.hasOwnProperty.call(PAYLOAD_GUARDS, value.name)) return null;
  const name = value.name as MessageName;
  return PAYLOAD_GUARDS[name](value.payload) ? (value as unknown as Envelope) : null;
}

export type Handlers = {
  [K in MessageName]?: (payload: Payload<K>, sender: MessageSender) => Reply<K> | Promise<Reply<K>>;
};

/** The part of a sender the handlers use. */
export interface MessageSender {
  tabId?: number;
  /** Whether the message came from one of our own extension pages or scripts. */
  fromExtension: boolean;
}
