// The engine's place in the extension: content scripts send an article's text, the background
// answers with its attributions. Pure, so tests call it directly.
import { extract, isSupportedLanguage } from "../engine";
import type { ArticleReading, TextToRead } from "../shared/messages";

export function readArticle({ text, lang }: TextToRead): ArticleReading {
  if (!isSupportedLanguage(lang)) return { supported: false, attributions: [] };
  return { supported: true, attributions: extract(text, { lang }) };
}
