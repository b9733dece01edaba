import type { Attribution } from "../../../src/engine/types";
import { buildSegments } from "../../../src/page/highlight/segments";

const text = "The Kremlin said Putin told Biden that “talks” failed.";
const span = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { text: s, start, end: start + s.length };
};
const outer: Attribution = {
  kind: "mixed",
  source: { ...span("The Kremlin"), type: "organization", canonical: "Kremlin" },
  cue: span("said"),
  content: span("Putin told Biden that “talks” failed"),
  quotes: [span("“talks”")],
};
const inner: Attribution = {
  kind: "mixed",
  source: { ...span("Putin"), type: "person", canonical: "Vladimir Putin" },
  cue: span("told"),
  content: span("“talks” failed"),
  quotes: [span("“talks”")],
};
const all = { quote: true, claim: true, source: true };
const pieces = (segments: ReturnType<typeof buildSegments>) => segments.map((s) => [text.slice(s.start, s.end), s.type]);

describe("highlight segments", () => {
  test("nested attributions flatten into non-overlapping pieces; source beats quote beats claim", () => {
    const segments = buildSegments([outer, inner], all);
    expect(pieces(segments)).toEqual([
      ["The Kremlin", "source"],
      ["Putin", "source"],
      [" told Biden that ", "claim"],
      ["“talks”", "quote"],
      [" failed", "claim"],
    ]);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBeGreaterThanOrEqual(segments[i - 1]!.end);
  });

  test("a segment lists every attribution it belongs to", () => {
    const quote = buildSegments([outer, inner], all).find((s) => s.type === "quote");
    expect(quote?.attributions).toEqual([0, 1]);
  });

  test("switching a type off removes its pieces and lets the next type show through", () => {
    expect(pieces(buildSegments([outer, inner], { ...all, quote: false }))).toEqual([
      ["The Kremlin", "source"],
      ["Putin", "source"],
      [" told Biden that ", "claim"],
      ["“talks” failed", "claim"], // also the inner claim: a separate mark, so both stay reachable
    ]);
    expect(buildSegments([outer, inner], { quote: false, claim: false, source: false })).toEqual([]);
  });

  test("a direct quote is all quote; anonymous sources carry their type", () => {
    const direct: Attribution = {
      kind: "direct",
      source: { ...span("Biden"), type: "anonymous", canonical: "x" },
      cue: span("told"),
      content: [span("“talks”")],
      quotes: [span("“talks”")],
    };
    expect(buildSegments([direct], all).map((s) => [s.type, s.sourceType])).toEqual([
      ["source", "anonymous"],
      ["quote", undefined],
    ]);
  });
});
