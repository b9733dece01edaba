#!/usr/bin/env node
// Page performance of the built extension in headless Chromium (issue #6): per page, the time
// from the content script's start to annotations painted (the User Timing measure
// "sourcelight:annotate", which the page's main world can read in Chromium), against Mozilla
// Readability's `new Readability(document.cloneNode(true)).parse()` timed in the same page
// content; then, on the seed page, long tasks of ours (from a CDP trace) and the extra JS heap.
//
// Pages: the seed, the Pangea page and the 52 readability-news pages, served by a local server
// as if from www.rferl.org (where the content script runs). Pages not declared English are
// served with <html lang="en"> so the whole pipeline runs. Readability runs on a second load of
// the same content from http://127.0.0.1:PORT/…, where the extension does not run.
// The browser makes no outside request: the host resolver maps every other host to nothing,
// and a route handler aborts (and counts) every request not to the local server.
//
// Needs `npm run build` first (uses dist/chrome, copied aside so a concurrent build cannot
// pull it away mid-run; SOURCELIGHT_DIST=DIR measures DIR/chrome instead).
// Usage: node bench/page-perf.mjs [--runs=3] [--only=NAME[,NAME]] [--profile]
// `--profile`: also a CPU profile of the seed with an unminified content script, self time by
// source module and by function (where our time goes).
// Columns "→detect", "engine" and "→paint": from the content script's own User Timing marks, when
// detection ended (after the script's first yield), how long the engine in the background took
// to answer (the round trip), and when the highlights were in the DOM; the measure then adds
// the panel and the frame. Column "detect": our article detection alone, bundled from src/ and
// timed in the Readability page right after Readability (same content and DOM, no extension).
// Writes node_modules/.cache/page-perf.json.
import http from "node:http";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(repo, "../shared");
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const RUNS = Math.max(1, Number(flag("runs") ?? 3));
const only = flag("only")?.split(",");
const profile = args.includes("--profile");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const outFile = join(repo, "node_modules/.cache/page-perf.json");

const MEASURE = "sourcelight:annotate";
const START = "sourcelight:start";
const LONG_TASK_MS = 50;

// --- pages ----------------------------------------------------------------------------------

/** Serve every page as English: rewrite (or add) lang on every <html> tag. Returns what it was. */
function forceEnglish(html) {
  // The real <html> tag, not one in an IE conditional comment.
  const tag = /<html\b[^>]*>/i.exec(html.replace(/<!--[\s\S]*?-->/g, ""));
  if (!tag) return { html, declared: null, forced: false };
  const lang = /\slang\s*=\s*["']?([^"'\s>]*)/i.exec(tag[0]);
  const declared = lang ? lang[1] : null;
  if (declared && /^en\b/i.test(declared)) return { html, declared, forced: false };
  const rewrite = (t) => {
    const l = /\slang\s*=\s*["']?[^"'\s>]*["']?/i.exec(t);
    return l ? t.replace(l[0], ' lang="en"') : t.replace(/^<html\b/i, '<html lang="en"');
  };
  return { html: html.replace(/<html\b[^>]*>/gi, rewrite), declared, forced: true };
}

async function loadPages() {
  const list = [
    { name: "seed", file: join(shared, "seed/rferl-biden-putin-call.html") },
    { name: "pangea", file: join(shared, "corpora/pangea/polygraph-30279001.html") },
  ];
  const corpus = join(shared, "corpora/readability-news");
  for (const d of (await readdir(corpus, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    list.push({ name: d, file: join(corpus, d, "source.html") });
  }
  const pages = [];
  for (const p of list) {
    if (only && !only.includes(p.name)) continue;
    const { html, declared, forced } = forceEnglish(await readFile(p.file, "utf8"));
    pages.push({ ...p, html, declared, forced, path: `/a/${p.name}.html` });
  }
  return pages;
}

// --- server ---------------------------------------------------------------------------------

function startServer(pages) {
  const byPath = new Map(pages.map((p) => [p.path, p.html]));
  const log = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "unknown"}`);
    log.push(`${req.method} ${url.host}${url.pathname}`);
    const body = byPath.get(url.pathname);
    if (req.method === "GET" && body !== undefined) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(body);
    } else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok({ server, port: server.address().port, log })));
}

// --- helpers --------------------------------------------------------------------------------

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "—");
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

async function withTimeout(promise, ms, what) {
  let timer;
  const t = new Promise((_, no) => (timer = setTimeout(() => no(new Error(`${what}: timed out after ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, t]);
  } finally {
    clearTimeout(timer);
  }
}

// --- main -----------------------------------------------------------------------------------

// SOURCELIGHT_DIST (as in the browser tests) measures another build: its chrome/ folder.
const srcExt = join(process.env.SOURCELIGHT_DIST ?? join(repo, "dist"), "chrome");
await stat(join(srcExt, "content.js")).catch(() => {
  console.error("No built extension in dist/chrome: run `npm run build` first.");
  process.exit(1);
});
const work = await mkdtemp(join(os.tmpdir(), "sourcelight-page-perf-"));
const ext = join(work, "ext");
await cp(srcExt, ext, { recursive: true });
const contentBytes = (await stat(join(ext, "content.js"))).size;
const require = createRequire(import.meta.url);
const readabilitySource = await readFile(require.resolve("@mozilla/readability/Readability.js"), "utf8");
const readabilityVersion = JSON.parse(await readFile(require.resolve("@mozilla/readability/package.json"), "utf8")).version;

// Article detection alone, timed in the same page as Readability (after it), bundled from src/ as
// the content script bundles it.
const esbuild = await import("esbuild");
const stagesSource = (
  await esbuild.build({
    stdin: {
      contents: 'export { detectArticle } from "./src/page/article/index.ts";',
      resolveDir: repo,
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "iife",
    globalName: "__sourcelightStages",
    target: ["chrome120"],
    write: false,
    logLevel: "warning",
  })
).outputFiles[0].text;

const pages = await loadPages();
const { server, port, log: serverLog } = await startServer(pages);
const local = new Set(["www.rferl.org", `127.0.0.1:${port}`]);

/** Chromium with one build of the extension: www.rferl.org is the local server, every other name resolves to nothing. */
const chromiumArgs = (extensionDir) => [
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  `--host-resolver-rules=MAP www.rferl.org 127.0.0.1:${port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const context = await chromium.launchPersistentContext(join(work, "profile"), {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: chromiumArgs(ext),
});

// Every request the browser reports: local ones go on, the rest are aborted and counted per page.
let current = "(startup)";
const blocked = new Map();
const blockedHosts = new Map();
await context.route("**/*", (route) => {
  const url = new URL(route.request().url());
  if (!/^https?:$/.test(url.protocol) || local.has(url.host)) return route.continue();
  blocked.set(current, (blocked.get(current) ?? 0) + 1);
  blockedHosts.set(url.host, (blockedHosts.get(url.host) ?? 0) + 1);
  return route.abort("blockedbyclient");
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
const extensionId = new URL(worker.url()).host;

/** One load with the extension: its own measure, plus what it painted. */
async function oursOnce(p) {
  const page = await context.newPage();
  try {
    await page.goto(`http://www.rferl.org${p.path}`, { waitUntil: "domcontentloaded", timeout: 30_000 });
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MEASURE, { timeout: 30_000, polling: 50 });
    return await page.evaluate(
      ([measure, start]) => {
        const m = performance.getEntriesByName(measure)[0];
        const s = performance.getEntriesByName(start)[0];
        const at = (stage) => (performance.getEntriesByName(`sourcelight:${stage}`)[0]?.startTime ?? NaN) - (s?.startTime ?? NaN);
        const root = document.getElementById("sourcelight-panel-host")?.shadowRoot;
        const region = root?.querySelector('[role="complementary"]');
        const text = (region?.textContent ?? "").replace(/\s+/g, " ").trim();
        return {
          ms: m.duration,
          startAt: s?.startTime ?? NaN,
          detectedAt: at("detected"),
          engineMs: at("read") - at("detected"),
          paintedAt: at("painted"),
          marks: document.querySelectorAll("mark.sourcelight-mark").length,
          sources: root?.querySelectorAll("li[data-source-canonical]").length ?? 0,
          panel: root ? text.slice(0, 80) : null,
        };
      },
      [MEASURE, START],
    );
  } catch (e) {
    return { ms: NaN, error: String(e.message ?? e).split("\n")[0] };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** One load without the extension: Readability on a clone of the same document. */
async function readabilityOnce(p) {
  const page = await context.newPage();
  try {
    await page.goto(`http://127.0.0.1:${port}${p.path}`, { waitUntil: "domcontentloaded", timeout: 30_000 });
    await page.waitForLoadState("load", { timeout: 10_000 }).catch(() => undefined);
    await page.addScriptTag({ content: readabilitySource });
    const readability = await page.evaluate(() => {
      const t0 = performance.now();
      const article = new Readability(document.cloneNode(true)).parse();
      const ms = performance.now() - t0;
      return { ms, chars: article?.textContent?.length ?? 0 };
    });
    await page.addScriptTag({ content: stagesSource });
    const stages = await page.evaluate((url) => {
      const { detectArticle } = window.__sourcelightStages;
      const t0 = performance.now();
      detectArticle(document, { url });
      return { detectMs: performance.now() - t0 };
    }, `http://www.rferl.org${p.path}`);
    return { ...readability, ...stages };
  } catch (e) {
    return { ms: NaN, error: String(e.message ?? e).split("\n")[0] };
  } finally {
    await page.close().catch(() => undefined);
  }
}

console.log(`Sourcelight page performance — headless Chromium ${context.browser()?.version() ?? ""}, extension ${extensionId}`);
console.log(`content.js ${(contentBytes / 1024).toFixed(1)} KB; Readability ${readabilityVersion}; ${pages.length} pages × ${RUNS} runs (median), after one unrecorded warm-up load`);
const forcedPages = pages.filter((p) => p.forced);
console.log(
  `Served with <html lang> rewritten to "en" so the whole pipeline runs (${forcedPages.length} pages): ` +
    forcedPages.map((p) => `${p.name} (${p.declared ?? "none"})`).join(", "),
);
console.log("");

// One unrecorded load of each kind first: the service worker's first start and the first
// compilation of our script are not any one page's cost.
current = "(warm-up)";
if (pages[0]) {
  await oursOnce(pages[0]);
  await readabilityOnce(pages[0]);
}

const results = [];
const t0 = Date.now();
for (const p of pages) {
  current = p.name;
  const ours = [];
  const ref = [];
  for (let r = 0; r < RUNS; r++) {
    ours.push(await oursOnce(p));
    ref.push(await readabilityOnce(p));
  }
  const last = ours.findLast((o) => !o.error) ?? ours[ours.length - 1];
  const row = {
    name: p.name,
    declaredLang: p.declared,
    langForced: p.forced,
    oursMs: median(ours.map((o) => o.ms)),
    oursRuns: ours.map((o) => o.ms),
    readabilityMs: median(ref.map((o) => o.ms)),
    readabilityRuns: ref.map((o) => o.ms),
    readabilityChars: ref.findLast((o) => !o.error)?.chars ?? 0,
    detectMs: median(ref.map((o) => o.detectMs)),
    detectedAtMs: median(ours.map((o) => o.detectedAt)),
    engineMs: median(ours.map((o) => o.engineMs)),
    paintedAtMs: median(ours.map((o) => o.paintedAt)),
    marks: last.marks ?? 0,
    sources: last.sources ?? 0,
    panel: last.panel ?? null,
    startAtMs: median(ours.map((o) => o.startAt)),
    errors: [...ours, ...ref].map((o) => o.error).filter(Boolean),
    blockedRequests: blocked.get(p.name) ?? 0,
  };
  row.ratio = row.oursMs / row.readabilityMs;
  results.push(row);
  process.stderr.write(`  ${p.name}: ours ${fmt(row.oursMs)} ms, Readability ${fmt(row.readabilityMs)} ms\n`);
}
const pagesSeconds = (Date.now() - t0) / 1000;

// --- table ----------------------------------------------------------------------------------
const head = `${pad("page", 30)}${lpad("lang", 7)}${lpad("marks", 7)}${lpad("srcs", 6)}${lpad("ours ms", 9)}${lpad("Rdb ms", 9)}${lpad("ratio", 7)}${lpad("→detect", 9)}${lpad("engine", 8)}${lpad("→paint", 8)}${lpad("detect", 8)}${lpad("blocked", 9)}  note`;
console.log(head);
console.log("-".repeat(head.length + 10));
for (const r of results) {
  const lang = r.langForced ? `${r.declaredLang ?? "-"}→en` : (r.declaredLang ?? "-");
  const note = r.errors.length ? `ERROR ${r.errors[0]}` : r.marks === 0 ? (r.panel ?? "no panel") : "";
  console.log(
    `${pad(r.name, 30)}${lpad(lang, 7)}${lpad(r.marks, 7)}${lpad(r.sources, 6)}${lpad(fmt(r.oursMs), 9)}${lpad(fmt(r.readabilityMs), 9)}${lpad(fmt(r.ratio, 2), 7)}${lpad(fmt(r.detectedAtMs), 9)}${lpad(fmt(r.engineMs), 8)}${lpad(fmt(r.paintedAtMs), 8)}${lpad(fmt(r.detectMs), 8)}${lpad(r.blockedRequests, 9)}  ${note.slice(0, 60)}`,
  );
}
const ok = results.filter((r) => Number.isFinite(r.ratio));
const medianRatio = median(ok.map((r) => r.ratio));
const summary = {
  pages: results.length,
  measured: ok.length,
  medianRatio,
  target: 0.5,
  medianOursMs: median(ok.map((r) => r.oursMs)),
  medianReadabilityMs: median(ok.map((r) => r.readabilityMs)),
  medianDetectMs: median(ok.map((r) => r.detectMs)),
  medianDetectedAtMs: median(ok.map((r) => r.detectedAtMs)),
  medianEngineMs: median(ok.map((r) => r.engineMs)),
  medianPaintedAtMs: median(ok.map((r) => r.paintedAtMs)),
  medianDetectRatio: median(ok.map((r) => r.detectMs / r.readabilityMs)),
  pagesOverRatio1: ok.filter((r) => r.ratio > 1).map((r) => r.name),
  worstByRatio: [...ok].sort((a, b) => b.ratio - a.ratio).slice(0, 5).map((r) => ({ name: r.name, ratio: r.ratio, oursMs: r.oursMs, readabilityMs: r.readabilityMs })),
  worstByTime: [...ok].sort((a, b) => b.oursMs - a.oursMs).slice(0, 5).map((r) => ({ name: r.name, oursMs: r.oursMs, readabilityMs: r.readabilityMs })),
};
console.log("");
console.log(
  `Median ratio ours/Readability: ${fmt(medianRatio, 2)} (target ≤ 0.5) over ${ok.length}/${results.length} pages; ` +
    `median ours ${fmt(summary.medianOursMs)} ms, Readability ${fmt(summary.medianReadabilityMs)} ms`,
);
console.log(
  `Where our time goes (medians): detection done ${fmt(summary.medianDetectedAtMs)} ms after the start, ` +
    `the engine's answer from the background ${fmt(summary.medianEngineMs)} ms later, highlights in the DOM at ` +
    `${fmt(summary.medianPaintedAtMs)} ms; then the panel and the frame. Detection alone on the same DOM, after ` +
    `Readability: ${fmt(summary.medianDetectMs)} ms (ratio to Readability ${fmt(summary.medianDetectRatio, 2)})`,
);
console.log(`Worst ratio: ${summary.worstByRatio.map((w) => `${w.name} ${fmt(w.ratio, 2)} (${fmt(w.oursMs)} vs ${fmt(w.readabilityMs)} ms)`).join("; ")}`);
console.log(`Slowest for us: ${summary.worstByTime.map((w) => `${w.name} ${fmt(w.oursMs)} ms`).join("; ")}`);
console.log(
  "Note: ours runs from the content script's first line to the frame after painting, so it includes the " +
    "round trip to the engine in the background and waiting for that frame; Readability's is its parse() alone.",
);

// --- seed: long tasks (CDP trace) -------------------------------------------------------------
const seed = pages.find((p) => p.name === "seed");
let longTasks = null;
let heap = null;
if (seed) {
  current = "seed (trace)";
  longTasks = { runs: [] };
  // More runs than elsewhere: the longest task is the figure most sensitive to a busy machine.
  const TRACE_RUNS = Math.max(RUNS, 5);
  for (let r = 0; r < TRACE_RUNS; r++) longTasks.runs.push(await traceSeed(seed));
  const all = longTasks.runs.flatMap((run) => run.tasks);
  longTasks.maxTaskMs = Math.max(...longTasks.runs.map((run) => run.maxMs));
  longTasks.medianMaxTaskMs = median(longTasks.runs.map((run) => run.maxMs));
  longTasks.over50PerRun = longTasks.runs.map((run) => run.tasks.filter((t) => t > LONG_TASK_MS).length);
  longTasks.medianTotalMs = median(longTasks.runs.map((run) => run.totalMs));
  longTasks.medianBeforeStartMs = median(longTasks.runs.map((run) => run.beforeStartMs));
  console.log("");
  console.log(
    `Seed, tasks on the page's main thread that run our code (CDP trace, ${TRACE_RUNS} runs; tracing adds some overhead):`,
  );
  for (const [i, run] of longTasks.runs.entries()) {
    console.log(
      `  run ${i + 1}: ${run.tasks.length} tasks, total ${fmt(run.totalMs)} ms, longest ${fmt(run.maxMs)} ms, ` +
        `> ${LONG_TASK_MS} ms: ${run.tasks.filter((t) => t > LONG_TASK_MS).map((t) => fmt(t)).join(", ") || "none"}` +
        ` (measure ${fmt(run.measureMs)} ms; Long Tasks API in the page saw ${run.pageLongTasks.length})`,
    );
    console.log(
      `         timeline: ${run.timeline.map((t) => `+${fmt(t.atMs, 0)} ms: ${fmt(t.ms)} ms`).join(", ")}; ` +
        `${fmt(run.beforeStartMs)} ms of script before the start mark`,
    );
  }
  console.log(`  longest task of ours: median ${fmt(longTasks.medianMaxTaskMs)} ms, max ${fmt(longTasks.maxTaskMs)} ms (target: none > ${LONG_TASK_MS} ms)`);
  console.log(
    `  our main-thread time per load: median ${fmt(longTasks.medianTotalMs)} ms, of which a median ${fmt(longTasks.medianBeforeStartMs)} ms ` +
      "runs before the start mark (compiling and evaluating the bundle), outside the measure",
  );
  console.log("  (the script's evaluation, which asks for the settings; detection; the engine's reply, which paints; the panel. The engine itself runs in the background, not on this thread)");
  void all;

  // --- seed: heap ---------------------------------------------------------------------------
  current = "seed (heap)";
  heap = { withExtension: [], without: [] };
  for (let r = 0; r < RUNS; r++) {
    heap.withExtension.push(await heapOf(`http://www.rferl.org${seed.path}`, true));
    heap.without.push(await heapOf(`http://127.0.0.1:${port}${seed.path}`, false));
  }
  const used = (xs) => median(xs.map((h) => h.usedSize));
  const embedder = (xs) => median(xs.map((h) => h.embedderHeapUsedSize ?? NaN));
  heap.extraJsBytes = used(heap.withExtension) - used(heap.without);
  heap.extraEmbedderBytes = embedder(heap.withExtension) - embedder(heap.without);
  const mb = (b) => fmt(b / 1024 / 1024, 2);
  console.log("");
  console.log(
    `Seed, JS heap after GC once annotated (median of ${RUNS}): with the extension ${mb(used(heap.withExtension))} MB, ` +
      `without ${mb(used(heap.without))} MB → extra ${mb(heap.extraJsBytes)} MB (target ≤ 5 MB)` +
      (Number.isFinite(heap.extraEmbedderBytes) ? `; extra Blink (DOM) heap ${mb(heap.extraEmbedderBytes)} MB` : ""),
  );
}

// --- seed: where the time goes (optional) -------------------------------------------------------
let profileResult = null;
if (seed && profile) {
  current = "seed (profile)";
  profileResult = await profileSeed(seed);
  console.log("");
  console.log(`Seed, CPU profile with an unminified content script (self time, mean of ${RUNS} runs; measure ${profileResult.measures.map((m) => fmt(m)).join(", ")} ms):`);
  for (const [name, ms] of profileResult.modules.slice(0, 14)) console.log(`  ${lpad(fmt(ms), 6)} ms  ${name}`);
  console.log("  top functions:");
  for (const [name, ms] of profileResult.functions.slice(0, 12)) console.log(`  ${lpad(fmt(ms), 6)} ms  ${name}`);
}

// --- outside requests ---------------------------------------------------------------------------
const totalBlocked = [...blocked.values()].reduce((a, b) => a + b, 0);
const nonPage = serverLog.filter((l) => !pages.some((p) => l.endsWith(`${p.path}`)));
console.log("");
console.log(
  `Outside requests: ${totalBlocked} aborted by the route handler (to ${blockedHosts.size} remote hosts, from the ` +
    `saved pages' own markup and scripts); every other host name resolves to nothing. The local server saw ` +
    `${serverLog.length} requests (${nonPage.length} for page-relative resources it does not have, answered 404).`,
);
console.log(`Pages: ${fmt(pagesSeconds, 0)} s for ${pages.length} pages × ${RUNS} runs × 2 loads.`);

await context.close();
server.close();
await rm(work, { recursive: true, force: true });

await mkdir(dirname(outFile), { recursive: true });
await writeFile(
  outFile,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      runs: RUNS,
      contentScriptBytes: contentBytes,
      readabilityVersion,
      summary,
      pages: results,
      longTasks,
      heap,
      profile: profileResult,
      outsideRequests: { aborted: totalBlocked, byPage: Object.fromEntries(blocked), byHost: Object.fromEntries(blockedHosts) },
    },
    null,
    1,
  ),
);
console.log(`Results: ${outFile}`);

// --- seed probes ----------------------------------------------------------------------------

/**
 * One traced load of the seed: the outermost tasks on the page's renderer main thread that run
 * any of our code (an event naming our extension's URL: script evaluation, function calls).
 */
async function traceSeed(p) {
  const page = await context.newPage();
  // What the page itself can see: the Long Tasks API (it turns out not to report tasks that run
  // only content-script code, hence the trace).
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: "longtask", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const complete = new Promise((ok) => cdp.once("Tracing.tracingComplete", ok));
  await cdp.send("Tracing.start", {
    traceConfig: {
      includedCategories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink.user_timing"],
      recordMode: "recordAsMuchAsPossible",
    },
    transferMode: "ReportEvents",
  });
  let measureMs = NaN;
  let pageLongTasks = [];
  try {
    await page.goto(`http://www.rferl.org${p.path}`, { waitUntil: "domcontentloaded" });
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MEASURE, { timeout: 30_000, polling: 50 });
    measureMs = await page.evaluate((name) => performance.getEntriesByName(name)[0].duration, MEASURE);
    await page.waitForTimeout(500); // late work (observers, timers) counts too
    pageLongTasks = await page.evaluate(() => window.__longTasks);
  } finally {
    await cdp.send("Tracing.end");
    await withTimeout(complete, 30_000, "trace");
    await page.close();
  }
  const ourUrl = `chrome-extension://${extensionId}/`;
  const ours = events.filter((e) => e.args && JSON.stringify(e.args).includes(ourUrl));
  const threads = new Set(ours.map((e) => `${e.pid}:${e.tid}`));
  const timeline = [];
  for (const key of threads) {
    const [pid, tid] = key.split(":").map(Number);
    const top = events
      .filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask"))
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    // Outermost only: a task nested in another is part of it.
    const outer = [];
    for (const t of top) if (!outer.some((o) => t.ts >= o.ts && t.ts + t.dur <= o.ts + o.dur)) outer.push(t);
    const mine = ours.filter((e) => e.pid === pid && e.tid === tid);
    for (const t of outer) if (mine.some((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur)) timeline.push({ ts: t.ts, ms: t.dur / 1000 });
  }
  timeline.sort((a, b) => a.ts - b.ts);
  // How much of our script runs before its first line's mark (compiling and evaluating the
  // bundle's modules): not in the measure.
  const firstOfOurs = Math.min(...ours.map((e) => e.ts));
  const startMark = events.find((e) => e.name === START);
  const beforeStartMs = startMark ? (startMark.ts - firstOfOurs) / 1000 : NaN;
  const t0 = timeline[0]?.ts ?? 0;
  const at = timeline.map((t) => ({ atMs: (t.ts - t0) / 1000, ms: t.ms }));
  const tasks = at.map((t) => t.ms);
  return { tasks, timeline: at, beforeStartMs, maxMs: Math.max(0, ...tasks), totalMs: tasks.reduce((a, b) => a + b, 0), measureMs, pageLongTasks };
}

/** JS heap of the page's renderer after garbage collection, once settled (annotated, if ours). */
async function heapOf(url, annotated) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: "load" });
    if (annotated) await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MEASURE, { timeout: 30_000 });
    await page.waitForTimeout(1000);
    for (let i = 0; i < 3; i++) await cdp.send("HeapProfiler.collectGarbage");
    const usage = await cdp.send("Runtime.getHeapUsage");
    return { ...usage, marks: await page.evaluate(() => document.querySelectorAll("mark.sourcelight-mark").length) };
  } finally {
    await page.close();
  }
}

/**
 * CPU profile of the seed in a second browser whose content script is built unminified, so that
 * samples map to source modules (esbuild's `// src/…` markers). Self time only, our code only.
 */
async function profileSeed(p) {
  const esbuild = await import("esbuild");
  const profExt = join(work, "ext-profile");
  await cp(ext, profExt, { recursive: true });
  await esbuild.build({
    entryPoints: { content: join(repo, "src/content/index.ts") },
    bundle: true,
    minify: false,
    outdir: profExt,
    format: "iife",
    target: ["chrome120"],
    alias: { "mark.js": join(repo, "node_modules/mark.js/dist/mark.es6.js") },
    logLevel: "warning",
  });
  const lines = (await readFile(join(profExt, "content.js"), "utf8")).split("\n");
  const starts = [];
  lines.forEach((l, i) => {
    const m = /^\s*\/\/ ((?:src|node_modules)\/\S+)/.exec(l);
    if (m) starts.push([i, m[1]]);
  });
  const moduleAt = (line) => {
    let found = "(content script)";
    for (const [i, m] of starts) if (i <= line) found = m;
    return found;
  };
  const ctx = await chromium.launchPersistentContext(join(work, "profile-prof"), {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs(profExt),
  });
  await ctx.route("**/*", (route) => (local.has(new URL(route.request().url()).host) ? route.continue() : route.abort("blockedbyclient")));
  if (!ctx.serviceWorkers()[0]) await ctx.waitForEvent("serviceworker", { timeout: 15_000 });
  const ourPrefix = "chrome-extension://";
  const modules = {};
  const functions = {};
  const measures = [];
  for (let r = 0; r < RUNS; r++) {
    const page = await ctx.newPage();
    // Same site first, so the profiled navigation stays in this renderer.
    await page.goto(`http://www.rferl.org/a/not-served-${r}.html`);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    await cdp.send("Profiler.start");
    await page.goto(`http://www.rferl.org${p.path}`, { waitUntil: "domcontentloaded" });
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MEASURE, { timeout: 30_000 });
    measures.push(await page.evaluate((name) => performance.getEntriesByName(name)[0].duration, MEASURE));
    const { profile: prof } = await cdp.send("Profiler.stop");
    const self = new Map();
    prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i + 1] ?? 0) / 1000));
    for (const node of prof.nodes) {
      const ms = self.get(node.id) ?? 0;
      const { url, lineNumber, functionName } = node.callFrame;
      if (!ms || !url.startsWith(ourPrefix)) continue;
      const mod = moduleAt(lineNumber);
      modules[mod] = (modules[mod] ?? 0) + ms / RUNS;
      const fn = `${functionName || "(anonymous)"} (${mod.replace(/^src\//, "")})`;
      functions[fn] = (functions[fn] ?? 0) + ms / RUNS;
    }
    await page.close();
  }
  await ctx.close();
  const sorted = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]);
  return { measures, modules: sorted(modules), functions: sorted(functions) };
}
