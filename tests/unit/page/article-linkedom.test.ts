// The CLI runs detection over linkedom in Node. linkedom's CommonJS build cannot load under jest
// (css-select is ESM-only), so these run the benchmark script, which bundles the detector and
// parses with linkedom, and check its verdicts.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

const repo = resolve(__dirname, "../../..");
const bench = (...args: string[]): string =>
  execFileSync(process.execPath, ["bench/detect.mjs", "--no-readability", ...args], { cwd: repo, encoding: "utf8" });

describe("detection over linkedom (bench/detect.mjs)", () => {
  it("gives the seed page's article paragraphs exactly, without throwing", () => {
    const out = bench("--only=rferl-biden-putin-call");
    expect(out).toContain("seed text exactly the article paragraphs: yes");
    expect(out).not.toMatch(/threw|found:false/);
  }, 30000);

  it("never throws on the corpora and keeps its scores", () => {
    const out = bench();
    expect(out).not.toMatch(/threw/);
    const f1 = (corpus: string): number => Number(new RegExp(`^${corpus}\\s+\\d+\\s+[\\d.]+/[\\d.]+/([\\d.]+)`, "m").exec(out)?.[1] ?? 0);
    expect(f1("pangea")).toBeGreaterThanOrEqual(0.99);
    expect(f1("seed")).toBe(1);
    // Readability's own output is the reference here; photo credits and bylines we leave out on purpose.
    expect(f1("readability-news")).toBeGreaterThanOrEqual(0.96);
  }, 60000);
});
