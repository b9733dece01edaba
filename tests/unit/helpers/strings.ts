import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { annotatorStrings } from "../../../src/content/strings";
import { translatorFor } from "../../../src/shared/i18n";

/** The English UI strings exactly as the extension ships them. */
export function englishStrings() {
  const messages = JSON.parse(readFileSync(resolve(__dirname, "../../../_locales/en/messages.json"), "utf8"));
  return annotatorStrings(translatorFor(messages));
}
