#!/usr/bin/env node
// Article detection figures: F1 (4-word shingles, ../shared/eval/score-article-text.mjs) on the
// readability-news corpus, the Pangea page and the seed; time per page (median, worst); and
// Mozilla Readability's figures on the same pages for comparison.
// DOM: linkedom (what the CLI uses) by default; `--dom=jsdom` for jsdom (what jest uses);
// `--dom=chromium` loads each page in headless Chromium (/usr/bin/chromium, page scripts off,
// every request refused) and runs both on its live DOM, as the content script would.
// Time covers detection only, not parsing, best of 3 runs per page; Readability's includes the
// cloneNode it needs, since it mutates the document and the content script must not.
// Usage: node bench/detect.mjs [--dom=linkedom|jsdom|chromium] [--verbose] [--only=NAME] [--no-readability] [--out=DIR]
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

/** Metadata fields worth comparing, from an ArticleText. */
const metaOf = (a) => ({ title: a.title, byline: a.byline, published: a.published, lang: a.lang });

/** Runs ours and Readability on one page's HTML in Node, over linkedom or jsdom. */
async function nodeRunner() {
  let parse;
  if (domName === "jsdom") {
    const { JSDOM, VirtualConsole } = await import("jsdom");
    const vc = new VirtualConsole();
    parse = (html) => new JSDOM(html, { url: "https://example.com/article", virtualConsole: vc }).window.document;
  } else {
    const { parseHTML } = await import("linkedom");
    parse = (html) => parseHTML(html).document;
  }
  let warm = false;
  return {
    async run(html) {
      const doc = parse(html);
      // Warm-up run so the first page doesn't pay for JIT compilation.
      if (!warm) (warm = true), detectArticle(parse(html));
      const r = time(() => detectArticle(doc));
      const d = r.value;
      const out = { ms: r.ms, error: r.error && String(r.error), found: !!d?.found, text: d?.found ? d.article.text : "", reason: d && !d.found ? d.reason : "", meta: d?.found ? metaOf(d.article) : null };
      if (withReadability) {
        const rd = parse(html);
        const t = time(() => new Readability(rd.cloneNode(true)).parse());
        out.readability = { ms: t.ms, error: t.error && String(t.error), text: t.value?.textContent ?? "" };
      }
      return out;
    },
    close() {},
  };
}

/** The same in headless Chromium: the page's live DOM, scripts off, no network. */
async function chromiumRunner() {
  const { chromium } = await import("playwright-core");
  const { createRequire } = await import("node:module");
  const iife = (await build({ entryPoints: [join(repo, "src/page/article/index.ts")], bundle: true, format: "iife", globalName: "SourcelightDetect", target: "es2022", write: false })).outputFiles[0].text;
  const readabilitySource = readFileSync(createRequire(import.meta.url).resolve("@mozilla/readability/Readability.js"), "utf8");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const context = await browser.newContext({ javaScriptEnabled: false, bypassCSP: true });
  await context.route("**/*", (route) => route.abort());
  const page = await context.newPage();
  return {
    async run(html) {
      await page.setContent(html, { waitUntil: "domcontentloaded" });
      return page.evaluate(([code, rsrc, withR]) => {
        const api = new Function(`${code};return SourcelightDetect;`)();
        const best = (fn) => {
          let ms = Infinity, value, error = null;
          for (let i = 0; i < 3 && !error; i++) {
            const t0 = performance.now();
            try { value = fn(); } catch (e) { error = String(e); }
            ms = Math.min(ms, performance.now() - t0);
          }
          return { value, error, ms };
        };
        api.detectArticle(document); // warm-up
        const r = best(() => api.detectArticle(document));
        const d = r.value;
        const out = { ms: r.ms, error: r.error, found: !!d?.found, text: d?.found ? d.article.text : "", reason: d && !d.found ? d.reason : "", meta: d?.found ? { title: d.article.title, byline: d.article.byline, published: d.article.published, lang: d.article.lang } : null };
        if (withR) {
          const R = new Function(`${rsrc};return Readability;`)();
          const t = best(() => new R(document.cloneNode(true)).parse());
          out.readability = { ms: t.ms, error: t.error, text: t.value?.textContent ?? "" };
        }
        return out;
      }, [iife, readabilitySource, withReadability]);
    },
    close: () => browser.close(),
  };
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
const runner = domName === "chromium" ? await chromiumRunner() : await nodeRunner();
for (const p of pages) {
  if (only && p.id !== only) continue;
  const html = readFileSync(p.file, "utf8");
  let r;
  try {
    r = await runner.run(html);
  } catch (e) {
    r = { ms: NaN, error: String(e), found: false, text: "", reason: "", meta: null };
  }
  if (r.error) problems.push(`${p.id}: threw ${r.error}`);
  ourTimes.push(r.ms);
  (ours[p.corpus] ??= {})[p.id] = { articleBody: r.text };
  if (r.found && p.corpus === "readability-news") {
    const want = JSON.parse(readFileSync(join(rn, p.id, "expected-metadata.json"), "utf8"));
    const same = (a, b) => !!a && !!b && squash(a) === squash(b);
    const close = (a, b) => !!a && !!b && (squash(a).includes(squash(b).replace(/^by/, "")) || squash(b).includes(squash(a)));
    meta.pages++;
    if (want.title) meta.titles += +same(r.meta.title, want.title), meta.titlesWanted++;
    if (want.byline) meta.bylines += +close(r.meta.byline, want.byline), meta.bylinesWanted++;
    if (want.publishedTime) meta.dates += +(r.meta.published ?? "").startsWith(want.publishedTime.slice(0, 10)), meta.datesWanted++;
    if (want.lang) meta.langs += +(r.meta.lang === want.lang), meta.langsWanted++;
  }
  if (!r.found && !r.error) problems.push(`${p.id}: found:false (${r.reason})`);
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, `${p.id}.txt`), r.found ? r.text : `NOT FOUND: ${r.reason}`);
  }
  if (r.readability) {
    theirTimes.push(r.readability.ms);
    (theirs[p.corpus] ??= {})[p.id] = { articleBody: r.readability.text };
    if (r.readability.error && verbose) console.log(`${p.id}: Readability threw ${r.readability.error}`);
  }
  if (verbose) console.log(`${p.id.padEnd(34)} ours ${r.ms.toFixed(1).padStart(7)} ms${r.readability ? `   readability ${r.readability.ms.toFixed(1).padStart(7)} ms` : ""}`);
}
await runner.close();

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
