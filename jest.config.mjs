// Two projects: fast unit tests (Node or jsdom, per file) and browser tests that drive the
// built extension in real Chromium and Firefox, one at a time (2 cores here and in CI).
const transform = { "^.+\\.(t|j)sx?$": ["@swc/jest"], "^.+\\.css$": "<rootDir>/tests/css-as-text.cjs" };
export default {
  projects: [
    {
      displayName: "unit",
      testMatch: ["<rootDir>/tests/unit/**/*.test.ts"],
      transform,
      testEnvironment: "node",
    },
    {
      displayName: "browser",
      testMatch: ["<rootDir>/tests/browser/**/*.test.ts"],
      transform,
      testEnvironment: "node",
    },
  ],
};
