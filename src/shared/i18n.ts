// The signature of chrome.i18n.getMessage, and a stand-in over a messages.json object with the
// same placeholder rules, so strings can be checked in Node tests.
export type Translate = (key: string, substitutions?: string | string[]) => string;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function translatorFor(messages: Record<string, MessageEntry>): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return key;
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const positional = (text: string): string => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? "");
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const placeholder = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
      return placeholder ? positional(placeholder[1].content) : whole;
    });
  };
}
