import { build } from "esbuild";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
const root = "/work/main";
const out = join(root, "node_modules/.cache/sourcelight-engine/analyze.mjs");
await build({ entryPoints: [join(root, "src/engine/index.ts")], bundle: true, format: "esm", platform: "neutral", outfile: out, logLevel: "warning" });
const { extract } = await import(pathToFileURL(out).href + "?t=" + Date.now());
const { scoreDocument } = await import("/work/shared/eval/score-attributions.mjs");
const split = process.argv[2] || "train";
const dir = `/work/shared/corpora/polnear/${split}`;
const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const missCue = new Map(), goldCue = new Map(), predCue = new Map();
const inc = (m, k, i) => { const v = m.get(k) ?? [0, 0]; v[i]++; m.set(k, v); };
const extras = [];
for (const f of names) {
  const text = readFileSync(join(dir, f), "utf8");
  const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, ".gold.json")), "utf8"));
  const preds = extract(text);
  const r = scoreDocument(gold, preds, { threshold: 0.5 });
  for (const g of r.golds) {
    if (!g.required) continue;
    const c = String(g.cue).toLowerCase();
    inc(goldCue, c, r.result.has(g.i) ? 0 : 1);
  }
  for (const q of r.predInfo) inc(predCue, q.p.cue.text.toLowerCase(), q.used ? 0 : 1);
}
const top = (m, n, idx) => [...m].sort((a, b) => b[1][idx] - a[1][idx]).slice(0, n);
console.log("== gold cues most missed [found, missed]");
for (const [k, v] of top(goldCue, 120, 1)) console.log(k.padEnd(30), v.join(" "));
console.log("== pred cues most wrong [matched, unmatched]");
for (const [k, v] of top(predCue, 60, 1)) console.log(k.padEnd(30), v.join(" "));
// --wrong: attributions found with the wrong source, one line each (gold head/resolved ← ours),
// so the kinds of wrong source can be grouped by eye.
if (process.argv.includes("--wrong")) {
  console.log("== wrong source [file] gold head (resolved) <- our text | resolved | canonical");
  for (const f of names) {
    const text = readFileSync(join(dir, f), "utf8");
    const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, ".gold.json")), "utf8"));
    const r = scoreDocument(gold, extract(text), { threshold: 0.5 });
    for (const g of r.golds) {
      const m = r.result.get(g.i);
      if (!g.required || !m || m.sourceOk) continue;
      const s = m.pred.p.source;
      console.log(`${f} | ${g.head} (${g.resolved ?? "-"}) [${g.source_match ?? ""}] <- ${s.text} | ${s.resolved ?? "-"} | ${s.canonical} || ${m.pred.p.cue.text}: ${String(g.content).slice(0, 60)}`);
    }
  }
}
