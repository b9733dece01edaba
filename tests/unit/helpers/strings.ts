import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { annotatorStrings } from "../../../src/content/strings";
import { translatorFor } from "../../../src/shared/i18n";

/** The UI strings of one locale exactly as the extension ships them. */
export function localeStrings(lang: string) {
  const messages = JSON.parse(readFileSync(resolve(__dirname, `../../../_locales/${lang}/messages.json`), "utf8"));
  return annotatorStrings(translatorFor(messages));
}

/** The English UI strings exactly as the extension ships them. */
export const englishStrings = () => localeStrings("en");
