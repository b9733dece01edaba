// The extractor behind the command line: `.txt` straight to the engine, `.html` through the same
// article detection as the content script (over linkedom here).
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parseHTML } from "linkedom";
import { extract, guessLanguage } from "../engine";
import { detectArticle } from "../page/article";
import { extractorDocument, type ExtractorDocument } from "../shared/extractor-document";

export interface Options {
  lang?: string;
  files: string[];
}

const USAGE = "usage: extract [--lang en|ru|uk] FILE.txt|FILE.html ...";

export function parseArgs(argv: string[]): Options {
  const options: Options = { files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--lang") options.lang = argv[++i];
    else if (arg.startsWith("--lang=")) options.lang = arg.slice(7);
    else if (arg === "--help" || arg === "-h") throw new UsageError(USAGE);
    else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}\n${USAGE}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError(USAGE);
  return options;
}

export class UsageError extends Error {}

export function extractFile(path: string, lang: string | undefined): ExtractorDocument {
  const source = readFileSync(path, "utf8");
  const ext = extname(path).toLowerCase();
  if (ext === ".html" || ext === ".htm") {
    const { document } = parseHTML(source);
    const detection = detectArticle(document as unknown as Document, {});
    const pageLang = lang ?? (detection.found ? detection.article.lang : undefined) ?? document.documentElement.getAttribute("lang") ?? "en";
    if (!detection.found) return extractorDocument([], pageLang, { article: { title: null, text: "" } });
    const { text, title } = detection.article;
    return extractorDocument(extract(text, { lang: pageLang }), pageLang, { article: { title: title ?? null, text } });
  }
  const language = lang ?? guessLanguage(source) ?? "und";
  return extractorDocument(extract(source, { lang: language }), language);
}

