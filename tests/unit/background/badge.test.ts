import { badgeText } from "../../../src/background/badge";

test("the badge shows an annotated tab's attribution count and nothing otherwise", () => {
  expect(badgeText({ state: "annotated", attributions: 23, sources: 14 })).toBe("23");
  expect(badgeText({ state: "annotated", attributions: 1200, sources: 14 })).toBe("999+");
  expect(badgeText({ state: "annotated", attributions: 0, sources: 0 })).toBe("");
  expect(badgeText({ state: "no-article", attributions: 0, sources: 0 })).toBe("");
  expect(badgeText({ state: "disabled", attributions: 0, sources: 0 })).toBe("");
});
