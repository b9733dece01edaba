import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as esbuild from "esbuild";

const repo = resolve(__dirname, "../../..");
const seed = resolve(repo, "../shared/seed");
const dir = mkdtempSync(join(tmpdir(), "sourcelight-cli-"));
// Inside the repo, so the bundle finds linkedom in node_modules as dist/cli does.
const cli = join(repo, "node_modules/.cache/sourcelight-test/extract.mjs");

beforeAll(async () => {
  // The same bundle `npm run build` makes, built here so this test needs no prior build.
  await esbuild.build({
    entryPoints: [resolve(repo, "src/cli/extract.ts")],
    outfile: cli,
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    absWorkingDir: repo,
    logLevel: "error",
  });
});

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: repo, encoding: "utf8" });

describe("command-line extractor", () => {
  test("one .txt file prints one JSON document whose offsets index the file", () => {
    const result = run(join(seed, "rferl-biden-putin-call.txt"));
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout);
    const text = require("node:fs").readFileSync(join(seed, "rferl-biden-putin-call.txt"), "utf8") as string;
    expect(doc.attributions.length).toBeGreaterThan(30);
    for (const a of doc.attributions) {
      for (const span of [a.source, a.cue, ...(Array.isArray(a.content) ? a.content : [a.content])]) {
        expect(text.slice(span.start, span.end)).toBe(span.text);
      }
    }
    expect(doc.attributions.some((a: { source: { text: string } }) => a.source.text.includes("Kirby"))).toBe(true);
  });

  test(".html prints the detected article text, which the offsets index, and its title", () => {
    const doc = JSON.parse(run(join(seed, "rferl-biden-putin-call.html")).stdout);
    expect(doc.article.title).toBe("Biden Warns Putin Of Severe Costs As Russia Masses Troops Near Ukraine");
    expect(doc.article.text).toContain("With reports from Reuters, AFP and AP");
    expect(doc.article.text).not.toContain("Comments are closed");
    expect(doc.article.text).not.toContain("Live briefing");
    for (const a of doc.attributions) expect(doc.article.text.slice(a.cue.start, a.cue.end)).toBe(a.cue.text);
  });

  test("several files print JSON Lines, each with the path as given", () => {
    const other = join(dir, "short.txt");
    writeFileSync(other, "“We are ready,” Blinken told reporters.\n");
    const out = execFileSync(process.execPath, [cli, join(seed, "rferl-biden-putin-call.txt"), other], { cwd: repo, encoding: "utf8" });
    const lines = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([join(seed, "rferl-biden-putin-call.txt"), other]);
    expect(lines[1].attributions[0]).toMatchObject({ kind: "direct", source: { text: "Blinken" } });
  });

  test("a missing file or no file is an error with a non-zero exit", () => {
    expect(run(join(dir, "nope.txt")).status).toBe(1);
    const bare = run();
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain("usage");
  });
});
