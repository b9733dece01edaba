#!/usr/bin/env node
// Figures for Russian and Ukrainian (src/engine/slavic, src/engine/lang/{ru,uk}.ts): per-file and
// per-language P/R/strict F1 and kind accuracy at content thresholds 0.5 and 0.8 on
// ../shared/corpora/rferl-ru-uk, timings on hostile Cyrillic input, and what each language adds
// to the minified content script.
// Usage: node bench/ru-uk.mjs
import { build } from "esbuild";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { loadEngine, printLinearity, root, shared } from "./lib.mjs";

const corpus = join(shared, "corpora/rferl-ru-uk");
const { engine } = await loadEngine("sourcelight-ru-uk");
const { extract, guessLanguage } = engine;
const { scoreDocument, summarize, addCounts } = await import(pathToFileURL(join(shared, "eval/score-attributions.mjs")).href);

// --- scores -----------------------------------------------------------------------------------
const files = readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort();
const line = (name, s) =>
  `  ${name.padEnd(6)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} strictF1=${s.strict_f1.toFixed(3)} kind_acc=${s.kind_accuracy.toFixed(3)} (found ${s.found}/${s.gold_required}, right source ${s.found_with_right_source}, predicted ${s.predicted})`;
for (const threshold of [0.5, 0.8]) {
  console.log(`== rferl-ru-uk, content threshold ${threshold}`);
  const byLang = {};
  for (const f of files) {
    const name = f.replace(/\.txt$/, "");
    const gold = JSON.parse(readFileSync(join(corpus, `${name}.gold.json`), "utf8"));
    const text = readFileSync(join(corpus, f), "utf8");
    const guessed = guessLanguage(text);
    const preds = extract(text, { lang: gold.language });
    const { counts } = scoreDocument(gold, preds, { threshold });
    byLang[gold.language] = addCounts(byLang[gold.language] ?? {}, counts);
    console.log(line(name, summarize(counts)) + (guessed === gold.language ? "" : `  [guessLanguage: ${guessed}]`));
  }
  for (const [lang, counts] of Object.entries(byLang)) console.log(line(lang, summarize(counts)));
}

// --- hostile input: each at n/2 and n, the ratio should stay near 2 ---------------------------
const words = "Песков заявил, что «по словам» — сказал он. В ведомстве отметили: ";
printLinearity(
  "hostile input, lang ru",
  {
    "dash remarks (200 KB)": { size: 200_000, make: (n) => "«Да», — сказал он. ".repeat(Math.ceil(n / 19)).slice(0, n) },
    "no punctuation (1 MB)": { size: 1_000_000, make: (n) => "заявил сказал по словам Песков ведомстве ".repeat(Math.ceil(n / 42)).slice(0, n) },
    "cue soup (500 KB)": { size: 500_000, make: (n) => words.repeat(Math.ceil(n / words.length)).slice(0, n) },
    "nested «„ (20,000)": { size: 20_000, make: (n) => "«„".repeat(n / 4) + "— сказал он " + "“»".repeat(n / 4) },
    "dialogue dashes (200 KB)": { size: 200_000, make: (n) => "— Нет, — сказала она. ".repeat(Math.ceil(n / 22)).slice(0, n) },
  },
  (input) => extract(input, { lang: "ru" }),
);

// --- size: what Russian and Ukrainian add to the background script, which carries the engine
// (UTF-8 as `npm run build` makes it): with both, with neither (the define that leaves them
// out), and with one language left out at a time.
const stub = (name) => ({
  name: "stub",
  setup(b) {
    if (name) b.onLoad({ filter: new RegExp(`src[\\\\/]engine[\\\\/]lang[\\\\/]${name}\\.ts$`) }, () => ({ contents: `export const ${name} = { code: "${name}" };`, loader: "js" }));
  },
});
const sizeOf = async (slavic, leftOut) => {
  const r = await build({
    entryPoints: [join(root, "src/background/index.ts")], bundle: true, minify: true, format: "iife", target: ["chrome120"], write: false,
    charset: "utf8", legalComments: "none", logLevel: "error", loader: { ".css": "text" },
    define: { __SOURCELIGHT_SLAVIC__: String(slavic) }, plugins: [stub(leftOut)],
  });
  return r.outputFiles[0].contents.length;
};
const english = await sizeOf(false);
const both = await sizeOf(true);
const ruOnly = await sizeOf(true, "uk");
const ukOnly = await sizeOf(true, "ru");
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`== background.js (minified, chrome): ${kb(both)}, of which ru and uk ${kb(both - english)} (English alone: ${kb(english)})`);
console.log(`  ru alone adds ${kb(ruOnly - english)}, uk alone ${kb(ukOnly - english)}; the shared Slavic reader is ${kb(ruOnly + ukOnly - both - english)}, ru data ${kb(both - ukOnly)}, uk data ${kb(both - ruOnly)}`);
