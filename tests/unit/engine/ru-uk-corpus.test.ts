// The Russian and Ukrainian articles of ../shared/corpora/rferl-ru-uk, scored by the shared
// scorer (run in a child node, since it is an ES module): strict F1 ≥ 0.9 per language.
// Also: never throws, offsets stay valid and time stays linear on hostile Cyrillic input; the
// CLI reads a .txt in the language guessed from it.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import * as esbuild from "esbuild";
import fc from "fast-check";
import { extract, type Attribution, type Span } from "../../../src/engine";

const repoRoot = resolve(__dirname, "../../..");
const corpus = resolve(repoRoot, "../shared/corpora/rferl-ru-uk");
const scorer = resolve(repoRoot, "../shared/eval/score-attributions.mjs");

interface Summary {
  precision: number;
  recall: number;
  strict_f1: number;
  kind_accuracy: number;
}

/** Sums the scorer's counts over documents, per language, at a content threshold. */
function score(docs: { gold: unknown; preds: Attribution[]; lang: string }[], threshold: number): Record<string, Summary> {
  const script = `
    import { scoreDocument, summarize, addCounts } from ${JSON.stringify(scorer)};
    let input = "";
    for await (const chunk of process.stdin) input += chunk;
    const by = {};
    for (const d of JSON.parse(input)) by[d.lang] = addCounts(by[d.lang] ?? {}, scoreDocument(d.gold, d.preds, { threshold: ${threshold} }).counts);
    console.log(JSON.stringify(Object.fromEntries(Object.entries(by).map(([k, c]) => [k, summarize(c)]))));`;
  // The extra argument stands in for a script path: the scorer compares it with its own URL.
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script, "score-child"], { input: JSON.stringify(docs), encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, Summary>;
}

const docs = readdirSync(corpus)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => {
    const gold = JSON.parse(readFileSync(join(corpus, f.replace(/\.txt$/, ".gold.json")), "utf8")) as { language: string };
    return { gold, lang: gold.language, preds: extract(readFileSync(join(corpus, f), "utf8"), { lang: gold.language }) };
  });

describe("rferl-ru-uk corpus", () => {
  test("strict F1 ≥ 0.9 per language at the default threshold", () => {
    const s = score(docs, 0.5);
    expect(Object.keys(s).sort()).toEqual(["ru", "uk"]);
    for (const lang of ["ru", "uk"]) expect(s[lang]?.strict_f1).toBeGreaterThanOrEqual(0.9);
  });

  test("strict F1 ≥ 0.85 per language at the tight threshold", () => {
    const s = score(docs, 0.8);
    for (const lang of ["ru", "uk"]) expect(s[lang]?.strict_f1).toBeGreaterThanOrEqual(0.85);
  });
});

const spans = (a: Attribution): Span[] => [a.source, a.cue, ...(Array.isArray(a.content) ? a.content : [a.content]), ...a.quotes];

function checkOffsets(text: string, lang: string): void {
  for (const a of extract(text, { lang })) {
    for (const s of spans(a)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(a.source.canonical.length).toBeGreaterThan(0);
  }
}

describe("Slavic reader robustness", () => {
  const words = ["заявил", "сказала", "заявили", "по", "словам", "данным", "как", "сообщает", "говорится", "в", "заявлении", "Песков", "Пескова", "он", "она", "вона", "за", "словами", "її", "йдеться", "заяві", "що", "что", "и", "і", "ведомстве", "По", "материалам", "Об", "этом", "котором"];
  const marks = ["«", "»", "„", "“", '"', "—", "–", "-", ",", ".", ":", "?", "\n\n", "\n", " "];
  const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...marks));
  test("never throws and keeps offsets valid on cue words, dashes and quote marks", () => {
    for (const lang of ["ru", "uk"]) {
      fc.assert(fc.property(fc.array(piece, { maxLength: 120 }), (p) => checkOffsets(p.join(" "), lang)), { numRuns: 300 });
      fc.assert(fc.property(fc.array(piece, { maxLength: 120 }), (p) => checkOffsets(p.join(""), lang)), { numRuns: 300 });
    }
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (t) => checkOffsets(t, "ru")), { numRuns: 200 });
  });

  test("time grows linearly on hostile input", () => {
    const make = (n: number): string => "«Да», — сказал он. — Нет, — сказала она. По словам Пескова, ".repeat(n);
    const time = (n: number): number => {
      const s = make(n);
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        extract(s, { lang: "ru" });
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(500);
    const a = time(2000);
    const b = time(4000);
    expect(b / Math.max(a, 1)).toBeLessThan(3.2);
  });
});

describe("command line", () => {
  test("a .txt without --lang is read in the language guessed from its text", async () => {
    const cli = join(repoRoot, "node_modules/.cache/sourcelight-test/extract-ru-uk.mjs");
    await esbuild.build({ entryPoints: [join(repoRoot, "src/cli/extract.ts")], outfile: cli, bundle: true, platform: "node", format: "esm", packages: "external", absWorkingDir: repoRoot, logLevel: "error" });
    for (const [file, lang] of [["ru-1.txt", "ru"], ["uk-3.txt", "uk"]] as const) {
      const r = spawnSync(process.execPath, [cli, join(corpus, file)], { cwd: repoRoot, encoding: "utf8" });
      const doc = JSON.parse(r.stdout) as { language: string; attributions: unknown[] };
      expect(doc.language).toBe(lang);
      expect(doc.attributions.length).toBeGreaterThan(10);
    }
  }, 30_000);
});
