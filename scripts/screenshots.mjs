#!/usr/bin/env node
// `npm run screenshots`: builds the extension, then has the browser-test harness load it in
// headless Chromium and write the README's pictures to docs/screenshots/ (the annotated seed
// article with the panel, one source selected, dark mode, the toolbar popup in light and dark).
// The same test runs in `npm test`, writing to a temporary folder.
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "docs/screenshots");
const run = (args, env = {}) => {
  const { status } = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (status !== 0) process.exit(status ?? 1);
};

run([join(root, "build.mjs")]);
run(
  [join(root, "node_modules/jest/bin/jest.js"), "--selectProjects", "browser", "--runInBand",
    "tests/browser/appearance.chromium.test.ts", "-t", "screenshots"],
  { SOURCELIGHT_SCREENSHOTS_DIR: out },
);
console.log(`Screenshots in ${out}`);
