#!/usr/bin/env node
// Article detection figures: F1 (4-word shingles, ../shared/eval/score-article-text.mjs) on the
// readability-news corpus, the Pangea page and the seed; time per page (median, worst); and
// Mozilla Readability's figures on the same pages for comparison.
// DOM: linkedom (what the CLI uses) by default; `--dom=jsdom` for jsdom (what jest uses).
// Time covers detection only, not parsing, best of 3 runs per page; Readability's includes the cloneNode it needs,
// since it mutates the document and the content script must not.
// Usage: node bench/detect.mjs [--dom=linkedom|jsdom] [--verbose] [--only=NAME] [--no-readability] [--out=DIR]
import { build } from "esbuild";
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(repo, "../shared");
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const domName = flag("dom") ?? "linkedom";
const verbose = args.includes("--verbose");
const only = flag("only");
const withReadability = !args.includes("--no-readability");
const outDir = flag("out");

const cache = join(repo, "node_modules/.cache/sourcelight-bench");
mkdirSync(cache, { recursive: true });
const bundle = join(cache, "detect.mjs");
await build({ entryPoints: [join(repo, "src/page/article/index.ts")], bundle: true, format: "esm", platform: "neutral", target: "es2022", outfile: bundle, logLevel: "warning" });
const min = await build({ entryPoints: [join(repo, "src/page/article/index.ts")], bundle: true, minify: true, format: "esm", platform: "neutral", target: "es2022", write: false });
const minBytes = min.outputFiles[0].contents.length;
const { detectArticle } = await import(pathToFileURL(bundle).href + `?t=${Date.now()}`);
const { scorePages } = await import(pathToFileURL(join(shared, "eval/score-article-text.mjs")).href);
const { Readability } = withReadability ? await import("@mozilla/readability") : {};

let parse;
if (domName === "jsdom") {
  const { JSDOM, VirtualConsole } = await import("jsdom");
  const vc = new VirtualConsole();
  parse = (html, url) => new JSDOM(html, { url: url ?? "https://example.com/article", virtualConsole: vc }).window.document;
} else {
  const { parseHTML } = await import("linkedom");
  parse = (html) => parseHTML(html).document;
}

/** Best of `runs` timings: the machine is shared, so the minimum is the steadiest figure. */
function time(fn, runs = 3) {
  let value;
  let error = null;
  let ms = Infinity;
  for (let i = 0; i < runs && !error; i++) {
    const t0 = performance.now();
    try {
      value = fn();
    } catch (e) {
      error = e;
    }
    ms = Math.min(ms, performance.now() - t0);
  }
  return { value, error, ms };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s.length ? s[Math.floor((s.length - 1) / 2)] : 0, worst: s.length ? s[s.length - 1] : 0, total: s.reduce((a, b) => a + b, 0) };
};

const pages = [];
const rn = join(shared, "corpora/readability-news");
for (const name of readdirSync(rn).sort()) {
  if (existsSync(join(rn, name, "source.html"))) pages.push({ corpus: "readability-news", id: name, file: join(rn, name, "source.html") });
}
pages.push({ corpus: "pangea", id: "polygraph-30279001", file: join(shared, "corpora/pangea/polygraph-30279001.html") });
pages.push({ corpus: "seed", id: "rferl-biden-putin-call", file: join(shared, "seed/rferl-biden-putin-call.html") });

const expected = {
  "readability-news": JSON.parse(readFileSync(join(rn, "expected-text.json"), "utf8")),
  pangea: JSON.parse(readFileSync(join(shared, "corpora/pangea/polygraph-30279001.ground-truth.json"), "utf8")),
  seed: { "rferl-biden-putin-call": { articleBody: seedExpected() } },
};

/** The seed's text minus its page furniture (ticker headline, live-briefing promo, comments). */
function seedExpected() {
  const lines = readFileSync(join(shared, "seed/rferl-biden-putin-call.txt"), "utf8").split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const drop = new Set([0]);
  lines.forEach((l, i) => {
    if (l.startsWith("Live briefing:")) drop.add(i).add(i + 1);
    if (l === "Comments are closed.") drop.add(i);
  });
  return lines.filter((_, i) => !drop.has(i)).join("\n\n");
}

const ours = {};
const squash = (x) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
const meta = { pages: 0, titles: 0, titlesWanted: 0, bylines: 0, bylinesWanted: 0, dates: 0, datesWanted: 0, langs: 0, langsWanted: 0 };
const theirs = {};
const ourTimes = [];
const theirTimes = [];
const problems = [];
for (const p of pages) {
  if (only && p.id !== only) continue;
  const html = readFileSync(p.file, "utf8");
  const doc = parse(html);
  // Warm-up run so the first page doesn't pay for JIT compilation.
  if (ourTimes.length === 0) detectArticle(parse(html));
  const r = time(() => detectArticle(doc));
  if (r.error) problems.push(`${p.id}: threw ${r.error}`);
  ourTimes.push(r.ms);
  const det = r.value;
  (ours[p.corpus] ??= {})[p.id] = { articleBody: det?.found ? det.article.text : "" };
  if (det?.found && p.corpus === "readability-news") {
    const want = JSON.parse(readFileSync(join(rn, p.id, "expected-metadata.json"), "utf8"));
    const same = (a, b) => !!a && !!b && squash(a) === squash(b);
    const close = (a, b) => !!a && !!b && (squash(a).includes(squash(b).replace(/^by/, "")) || squash(b).includes(squash(a)));
    meta.pages++;
    if (want.title) meta.titles += +same(det.article.title, want.title), meta.titlesWanted++;
    if (want.byline) meta.bylines += +close(det.article.byline, want.byline), meta.bylinesWanted++;
    if (want.publishedTime) meta.dates += +(det.article.published ?? "").startsWith(want.publishedTime.slice(0, 10)), meta.datesWanted++;
    if (want.lang) meta.langs += +(det.article.lang === want.lang), meta.langsWanted++;
  }
  if (det && !det.found) problems.push(`${p.id}: found:false (${det.reason})`);
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, `${p.id}.txt`), det?.found ? det.article.text : `NOT FOUND: ${det?.reason}`);
  }
  if (withReadability) {
    const rd = parse(html);
    const t = time(() => new Readability(rd.cloneNode(true)).parse());
    theirTimes.push(t.ms);
    (theirs[p.corpus] ??= {})[p.id] = { articleBody: t.value?.textContent ?? "" };
    if (t.error && verbose) console.log(`${p.id}: Readability threw ${t.error}`);
  }
  if (verbose) console.log(`${p.id.padEnd(34)} ours ${r.ms.toFixed(1).padStart(7)} ms${withReadability ? `   readability ${theirTimes.at(-1).toFixed(1).padStart(7)} ms` : ""}`);
}

const f = (x) => x.toFixed(3);
console.log(`DOM: ${domName}; detector bundle ${(minBytes / 1024).toFixed(1)} KB minified`);
console.log(`${"corpus".padEnd(18)} ${"pages".padStart(5)}  ${"ours P/R/F1".padEnd(20)} ${withReadability ? "Readability P/R/F1" : ""}`);
for (const corpus of ["readability-news", "pangea", "seed"]) {
  if (!ours[corpus]) continue;
  const exp = Object.fromEntries(Object.entries(expected[corpus]).filter(([k]) => k in ours[corpus]));
  const a = scorePages(exp, ours[corpus]);
  const b = withReadability ? scorePages(exp, theirs[corpus]) : null;
  console.log(`${corpus.padEnd(18)} ${String(a.pages).padStart(5)}  ${`${f(a.precision)}/${f(a.recall)}/${f(a.f1)}`.padEnd(20)} ${b ? `${f(b.precision)}/${f(b.recall)}/${f(b.f1)}` : ""}`);
  const foundIds = Object.keys(exp).filter((id) => ours[corpus][id].articleBody);
  if (foundIds.length < a.pages) {
    const only = (o) => Object.fromEntries(foundIds.map((id) => [id, o[id]]));
    const c = scorePages(only(exp), only(ours[corpus]));
    const d = b ? scorePages(only(exp), only(theirs[corpus])) : null;
    console.log(`${"  found pages only".padEnd(18)} ${String(c.pages).padStart(5)}  ${`${f(c.precision)}/${f(c.recall)}/${f(c.f1)}`.padEnd(20)} ${d ? `${f(d.precision)}/${f(d.recall)}/${f(d.f1)}` : ""}`);
  }
  if (verbose) {
    for (const [id, m] of Object.entries(a.perPage)) {
      const o = b?.perPage[id];
      if (m.precision < 0.97 || m.recall < 0.97) console.log(`   ${id.padEnd(34)} ours P=${m.precision} R=${m.recall}${o ? `   readability P=${o.precision} R=${o.recall}` : ""}`);
    }
  }
}
if (meta.pages) {
  console.log(`metadata vs Readability's (readability-news, found pages): title ${meta.titles}/${meta.titlesWanted} equal, byline ${meta.bylines}/${meta.bylinesWanted} overlapping, date ${meta.dates}/${meta.datesWanted} same day, lang ${meta.langs}/${meta.langsWanted}`);
}
const ot = stats(ourTimes);
console.log(`time per page (ms)  ours: median ${ot.median.toFixed(2)}, worst ${ot.worst.toFixed(2)}, total ${ot.total.toFixed(0)}`);
if (withReadability) {
  const tt = stats(theirTimes);
  console.log(`time per page (ms)  Readability (incl. clone): median ${tt.median.toFixed(2)}, worst ${tt.worst.toFixed(2)}, total ${tt.total.toFixed(0)}`);
  console.log(`ratio ours/Readability: median ${(ot.median / tt.median).toFixed(2)}, total ${(ot.total / tt.total).toFixed(2)}`);
}
const seedText = ours.seed?.["rferl-biden-putin-call"]?.articleBody;
if (seedText !== undefined) {
  const want = expected.seed["rferl-biden-putin-call"].articleBody;
  console.log(`seed text exactly the article paragraphs: ${seedText === want ? "yes" : "NO"}`);
}
for (const p of problems) console.log(`note: ${p}`);
