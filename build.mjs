// Builds the extension for Chromium (dist/chrome) and Firefox (dist/firefox) from one
// manifest.json, and the command-line extractor (dist/cli). `--watch` rebuilds on change.
// The content script reads and paints the page; the engine and every language's lexicons live
// in the background, compiled once for all tabs. Fails when a script goes over its budget.
import * as esbuild from "esbuild";
import { cp, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, "dist");
const watch = process.argv.includes("--watch");
/** Every page the reader opens compiles this much of ours; the ceiling is 100 KB. */
const CONTENT_BUDGET_BYTES = 64 * 1024;
/** The engine with its lexicons and learned weights, compiled once per browser session. */
const BACKGROUND_BUDGET_BYTES = 400 * 1024;
const GECKO_ID = "sourcelight@sourcelight.dev";

const browsers = {
  chrome: { target: ["chrome120"] },
  firefox: { target: ["firefox140"] },
};

const sites = JSON.parse(await readFile(join(root, "src/shared/rferl-sites.json"), "utf8")).sites;
const matchesOf = (list) => list.flatMap(({ domain }) => [`*://${domain}/*`, `*://*.${domain}/*`]);

function manifestFor(browser, base) {
  const manifest = structuredClone(base);
  const [template] = base.content_scripts;
  manifest.content_scripts = [{ ...template, matches: matchesOf(sites), js: ["content.js"] }];
  if (browser === "chrome") {
    manifest.background = { service_worker: "background.js" };
    manifest.minimum_chrome_version = "120";
  } else {
    manifest.background = { scripts: ["background.js"] };
    manifest.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: "140.0", data_collection_permissions: { required: ["none"] } },
      // Firefox for Android has data_collection_permissions from 142 (web-ext lint warns otherwise).
      gecko_android: { strict_min_version: "142.0" },
    };
  }
  return manifest;
}

async function copyStatic(browser) {
  const out = join(dist, browser);
  const base = JSON.parse(await readFile(join(root, "manifest.json"), "utf8"));
  await writeFile(join(out, "manifest.json"), JSON.stringify(manifestFor(browser, base), null, 2));
  await cp(join(root, "_locales"), join(out, "_locales"), { recursive: true });
  await mkdir(join(out, "icons"), { recursive: true });
  for (const size of [16, 32, 48, 128]) await cp(join(root, `icons/icon-${size}.png`), join(out, `icons/icon-${size}.png`));
  await cp(join(root, "src/popup/popup.html"), join(out, "popup.html"));
  await cp(join(root, "src/popup/popup.css"), join(out, "popup.css"));
  await cp(join(root, "src/content/highlights.css"), join(out, "highlights.css"));
}

/** Stylesheets are imported as minified text; the content script needs only the site domains. */
const assets = {
  name: "assets",
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async ({ path }) => {
      const { code } = await esbuild.transform(await readFile(path, "utf8"), { loader: "css", minify: !watch });
      return { contents: code.trim(), loader: "text" };
    });
    b.onLoad({ filter: /rferl-sites\.json$/ }, () => ({
      contents: JSON.stringify({ sites: sites.map(({ domain }) => ({ domain })) }),
      loader: "json",
    }));
  },
};

const common = {
  bundle: true,
  minify: !watch,
  sourcemap: watch ? "inline" : false,
  legalComments: "none",
  // The background's Cyrillic lexicons (ru, uk) as UTF-8, not \uXXXX escapes: a third of the
  // size. Extension scripts must be UTF-8 anyway.
  charset: "utf8",
  logLevel: "warning",
};

function extensionOptions(browser) {
  return {
    ...common,
    entryPoints: {
      content: join(root, "src/content/index.ts"),
      background: join(root, "src/background/index.ts"),
      popup: join(root, "src/popup/index.ts"),
    },
    outdir: join(dist, browser),
    format: "iife",
    target: browsers[browser].target,
    plugins: [assets, { name: "static", setup: (b) => b.onEnd(() => copyStatic(browser)) }],
  };
}

const cliOptions = {
  ...common,
  minify: false,
  entryPoints: { extract: join(root, "src/cli/extract.ts") },
  outdir: join(dist, "cli"),
  outExtension: { ".js": ".mjs" },
  platform: "node",
  format: "esm",
  target: ["node20"],
  packages: "external",
  plugins: [assets],
};

async function checkBudget() {
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  for (const browser of Object.keys(browsers)) {
    const line = [];
    for (const [file, budget] of [["content.js", CONTENT_BUDGET_BYTES], ["background.js", BACKGROUND_BUDGET_BYTES]]) {
      const { size } = await stat(join(dist, browser, file));
      if (size > budget) throw new Error(`dist/${browser}/${file} is ${kb(size)} KB, over the ${kb(budget)} KB budget`);
      line.push(`${file} ${kb(size)} KB (budget ${kb(budget)} KB)`);
    }
    console.log(`dist/${browser}: ${line.join("; ")}`);
  }
}

await rm(dist, { recursive: true, force: true });
const configs = [...Object.keys(browsers).map(extensionOptions), cliOptions];
if (watch) {
  for (const options of configs) await (await esbuild.context(options)).watch();
  console.log("watching src/ — load dist/chrome or dist/firefox unpacked; Ctrl+C stops");
} else {
  await Promise.all(configs.map((options) => esbuild.build(options)));
  await checkBudget();
}
