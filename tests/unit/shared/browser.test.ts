import { listen, sendToBackground } from "../../../src/shared/browser";
import { envelope } from "../../../src/shared/messages";
import { defaultSettings } from "../../../src/shared/settings";

type Listener = (message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (r: unknown) => void) => boolean;

/** Just enough of the extension API for the messaging layer: one runtime, no browser. */
function fakeApi(reply?: unknown) {
  const listeners: Listener[] = [];
  const api = {
    runtime: {
      id: "sourcelight-test",
      onMessage: { addListener: (l: Listener) => listeners.push(l), removeListener: () => undefined },
      sendMessage: jest.fn(async () => reply),
    },
  } as unknown as typeof chrome;
  const deliver = (message: unknown, sender: chrome.runtime.MessageSender = { id: "sourcelight-test", tab: { id: 7 } as chrome.tabs.Tab }) =>
    new Promise<{ handled: boolean; reply?: unknown }>((resolve) => {
      const handled = listeners[0]!(message, sender, (r) => resolve({ handled, reply: r }));
      if (!handled) resolve({ handled });
    });
  return { api, deliver };
}

describe("typed messaging", () => {
  test("a handler answers its message with the sender's tab", async () => {
    const { api, deliver } = fakeApi();
    const seen: unknown[] = [];
    listen({ "tab/report": (status, sender) => (seen.push([status, sender.tabId]), null) }, api);
    const status = { state: "annotated" as const, attributions: 3, sources: 2 };
    expect(await deliver(envelope("tab/report", status))).toEqual({ handled: true, reply: null });
    expect(seen).toEqual([[status, 7]]);
  });

  test("malformed payloads, unknown names and other extensions' messages are not handled", async () => {
    const { api, deliver } = fakeApi();
    const handler = jest.fn(() => defaultSettings());
    listen({ "settings/update": handler }, api);
    expect((await deliver({ sourcelight: 1, name: "settings/update", payload: { enabled: "nope" } })).handled).toBe(false);
    expect((await deliver({ sourcelight: 1, name: "settings/nuke", payload: null })).handled).toBe(false);
    expect((await deliver(envelope("settings/update", { enabled: false }), { id: "someone-else" })).handled).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });

  test("a failing handler replies null instead of leaving the sender hanging", async () => {
    const { api, deliver } = fakeApi();
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
    listen({ "settings/get": () => Promise.reject(new Error("storage gone")) }, api);
    expect(await deliver(envelope("settings/get", null))).toEqual({ handled: true, reply: null });
  });

  test("a reply of the wrong shape is an error, not a silently wrong value", async () => {
    await expect(sendToBackground("settings/get", null, fakeApi({ enabled: "yes" }).api)).rejects.toThrow(/Malformed reply/);
    await expect(sendToBackground("settings/get", null, fakeApi(defaultSettings()).api)).resolves.toEqual(defaultSettings());
  });
});
