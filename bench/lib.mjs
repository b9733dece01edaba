// Pieces the benchmark scripts share: the engine bundled from src/ for Node, and the check that
// run time stays linear on hostile input.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const shared = resolve(root, "../shared");

/** Bundles src/engine/index.ts into node_modules/.cache/NAME and imports it. */
export async function loadEngine(name) {
  const cache = join(root, "node_modules/.cache", name);
  mkdirSync(cache, { recursive: true });
  const outfile = join(cache, "engine.mjs");
  await build({ entryPoints: [join(root, "src/engine/index.ts")], bundle: true, format: "esm", platform: "neutral", outfile, logLevel: "warning" });
  return { cache, engine: await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`) };
}

/**
 * Times `run` on each case's input at n/2 and n (best of 3, after a warm-up at n/4) and prints
 * the ratio: about 2 means linear, 4 quadratic. `cases`: { label: { size, make(n) } }.
 */
export function printLinearity(title, cases, run) {
  console.log(`== ${title} (best-of-3 ms at n/2 → n; ratio ≈ 2 means linear, 4 quadratic)`);
  const width = Math.max(...Object.keys(cases).map((label) => label.length)) + 2;
  for (const [label, { size, make }] of Object.entries(cases)) {
    const time = (len) => {
      const input = make(len);
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        run(input);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(Math.floor(size / 4));
    const half = time(Math.floor(size / 2));
    const full = time(size);
    console.log(`  ${label.padEnd(width)} ${half.toFixed(1)} → ${full.toFixed(1)} ms (×${(full / Math.max(half, 0.01)).toFixed(2)})`);
  }
}
