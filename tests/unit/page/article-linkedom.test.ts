// The CLI runs detection over linkedom in Node. linkedom's CommonJS build cannot load under jest
// (css-select is ESM-only), so this runs the benchmark script, which bundles the detector and
// parses with linkedom, on the seed page and checks its verdict.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

const repo = resolve(__dirname, "../../..");

describe("detection over linkedom (bench/detect.mjs)", () => {
  it("gives the seed page's article paragraphs exactly, without throwing", () => {
    const out = execFileSync(process.execPath, ["bench/detect.mjs", "--only=rferl-biden-putin-call", "--no-readability"], {
      cwd: repo,
      encoding: "utf8",
    });
    expect(out).toContain("seed text exactly the article paragraphs: yes");
    expect(out).not.toMatch(/threw|found:false/);
  }, 30000);
});
