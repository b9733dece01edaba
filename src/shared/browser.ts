// The one module that touches the extension APIs. Firefox ships a promise-based `browser`;
// Chromium's MV3 `chrome` returns promises too, so no polyfill is needed (see README).
// Everything above this module takes the small interfaces below, so jest can pass fakes.
import {
  envelope,
  readEnvelope,
  REPLY_GUARDS,
  type Handlers,
  type MessageName,
  type MessageSender,
  type Payload,
  type Reply,
} from "./messages";

/** The subset of `chrome.storage.StorageArea` the settings store needs. */
export interface KeyValueStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

type Api = typeof chrome;

export function extensionApi(): Api {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = scope.browser ?? scope.chrome;
  if (!api?.runtime) throw new Error("Sourcelight: no extension API in this context");
  return api;
}

/** Synced storage where the browser offers it, local where it does not. */
export function settingsStorage(api: Api = extensionApi()): KeyValueStorage {
  const area = api.storage.sync ?? api.storage.local;
  return {
    get: (key) => area.get(key) as Promise<Record<string, unknown>>,
    set: (items) => area.set(items),
  };
}

export class MessageError extends Error {}

function checkReply<K extends MessageName>(name: K, reply: unknown): Reply<K> {
  if (!REPLY_GUARDS[name](reply)) throw new MessageError(`Malformed reply to ${name}`);
  return reply;
}

export async function sendToBackground<K extends MessageName>(name: K, payload: Payload<K>, api: Api = extensionApi()): Promise<Reply<K>> {
  return checkReply(name, await api.runtime.sendMessage(envelope(name, payload)));
}

export async function sendToTab<K extends MessageName>(tabId: number, name: K, payload: Payload<K>, api: Api = extensionApi()): Promise<Reply<K>> {
  return checkReply(name, await api.tabs.sendMessage(tabId, envelope(name, payload)));
}

/**
 * Answers our messages with the given handlers. Uses sendResponse + `return true`, which both
 * browsers honour (a listener returning a promise is Firefox-only in older Chromium).
 */
export function listen(handlers: Handlers, api: Api = extensionApi()): () => void {
  const listener = (message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (reply: unknown) => void): boolean => {
    const msg = readEnvelope(message);
    if (!msg) return false;
    const handler = handlers[msg.name] as ((payload: unknown, from: MessageSender) => unknown) | undefined;
    if (!handler) return false;
    const from: MessageSender = {
      fromExtension: sender.id === api.runtime.id,
      ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
    };
    if (!from.fromExtension) return false;
    Promise.resolve()
      .then(() => handler(msg.payload, from))
      .then(
        (reply) => sendResponse(reply ?? null),
        (error: unknown) => {
          console.warn("Sourcelight:", msg.name, error);
          sendResponse(null);
        },
      );
    return true;
  };
  api.runtime.onMessage.addListener(listener);
  return () => api.runtime.onMessage.removeListener(listener);
}

/** Localised UI string; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return extensionApi().i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/**
 * Runs the content script in a tab: "Annotate this page" (through activeTab, no host
 * permission), or a site just turned on. With `force` (the default, for "Annotate this page")
 * a flag set first tells the script to run whatever the site list says; a site turned on must
 * not set it, or turning the site off again would leave that tab annotated.
 */
export async function injectContentScript(tabId: number, api: Api = extensionApi(), { force = true } = {}): Promise<void> {
  if (force) {
    await api.scripting.executeScript({
      target: { tabId },
      func: () => {
        (globalThis as { __sourcelightForce?: boolean }).__sourcelightForce = true;
      },
    });
  }
  await api.scripting.insertCSS({ target: { tabId }, files: ["highlights.css"] });
  await api.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
}

/**
 * Asks for a site's host permission. Must be the first thing a click handler does: Firefox
 * refuses permission requests that are not directly inside a user gesture.
 */
export function requestHostPermission(host: string, api: Api = extensionApi()): Promise<boolean> {
  return api.permissions.request({ origins: [`*://${host}/*`] });
}
