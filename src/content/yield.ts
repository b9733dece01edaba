/**
 * Gives the page's own tasks a turn, so detection, extraction, painting and the panel are
 * separate short tasks rather than one long one. scheduler.yield where the browser has it,
 * else a message-channel task (setTimeout is clamped and throttled in background tabs).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  if (typeof MessageChannel === "function") {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return Promise.resolve();
}
