#!/usr/bin/env node
// `npm start`: builds the extension, serves the seed article as if from www.rferl.org and opens
// it in Chromium with the unpacked extension loaded. With a display, you get a browser to use;
// without one (a server, CI) it takes a screenshot to demo.png and says how to load dist/ by hand.
// Nothing is fetched from the network: the page and its images are served from this machine.
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const seedPath = resolve(root, "../shared/seed/rferl-biden-putin-call.html");
const pagePath = "/a/biden-putin-call-ukraine/31700000.html";
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(existsSync);

execFileSync(process.execPath, [join(root, "build.mjs")], { stdio: "inherit" });

const seed = readFileSync(seedPath);
const server = createServer((req, res) => {
  if (req.url === pagePath || req.url === "/") {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(seed);
  } else {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const port = server.address().port;
const url = `http://www.rferl.org${pagePath}`;

const howTo = `
Load it by hand:
  Chromium/Chrome: chrome://extensions → turn on "Developer mode" → "Load unpacked" → choose ${join(root, "dist/chrome")}
  Firefox:         about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → choose ${join(root, "dist/firefox/manifest.json")}
  (or: npx web-ext run --source-dir dist/firefox --firefox /usr/bin/firefox-esr)
Then open any article on rferl.org.`;

if (!chromium) {
  console.log(`No Chromium found (apt-get install chromium).${howTo}`);
  server.close();
  process.exit(0);
}

const ext = join(root, "dist/chrome");
const profile = mkdtempSync(join(tmpdir(), "sourcelight-demo-"));
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${ext}`,
  `--load-extension=${ext}`,
  `--host-resolver-rules=MAP www.rferl.org 127.0.0.1:${port}`,
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
];

if (headless) {
  // A screenshot needs the extension to have run: playwright-core drives the same binary.
  const { chromium: pw } = await import("playwright-core");
  const ctx = await pw.launchPersistentContext(profile, {
    executablePath: chromium,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...args.filter((a) => !a.startsWith("--user-data-dir")), "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForSelector("mark[data-sourcelight]", { timeout: 15000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(root, "demo.png") });
  const count = await page.locator("mark[data-sourcelight]").count();
  await ctx.close();
  server.close();
  console.log(`No display here: ran headless. ${count} highlights on ${url}; screenshot in demo.png.${howTo}`);
} else {
  console.log(`Opening ${url} in Chromium with Sourcelight loaded. Close the browser to stop.`);
  const child = spawn(chromium, [...args, url], { stdio: "ignore" });
  child.on("exit", () => server.close());
}
