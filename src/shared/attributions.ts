// Attributions cross from the background (which runs the engine) to the content script (which
// paints them): checked for shape where they arrive, and against the article text before any
// offset reaches the page.
import type { Attribution, AttributionKind, SourceType, Span } from "../engine/types";
import { isRecord } from "./records";

const KINDS: ReadonlySet<AttributionKind> = new Set(["direct", "indirect", "mixed", "credit"]);
const SOURCE_TYPES: ReadonlySet<SourceType> = new Set(["person", "organization", "anonymous", "document", "media", "unknown"]);


function isSpan(value: unknown): value is Span & Record<string, unknown> {
  return (
    isRecord(value) &&
    typeof value.text === "string" &&
    Number.isInteger(value.start) &&
    Number.isInteger(value.end) &&
    (value.start as number) >= 0 &&
    (value.start as number) <= (value.end as number)
  );
}

export function isAttribution(value: unknown): value is Attribution {
  if (!isRecord(value) || typeof value.kind !== "string" || !KINDS.has(value.kind as AttributionKind)) return false;
  const { source, cue, content, quotes } = value;
  return (
    isSpan(source) &&
    typeof source.type === "string" &&
    SOURCE_TYPES.has(source.type as SourceType) &&
    typeof source.canonical === "string" &&
    (source.resolved === undefined || typeof source.resolved === "string") &&
    isSpan(cue) &&
    (isSpan(content) || (Array.isArray(content) && content.length > 0 && content.every(isSpan))) &&
    Array.isArray(quotes) &&
    quotes.every(isSpan)
  );
}

export function spansOf(a: Attribution): Span[] {
  return [a.source, a.cue, ...(Array.isArray(a.content) ? a.content : [a.content]), ...a.quotes];
}

/** Whether every offset indexes `text` as the engine's contract says (text.slice(start, end) === span.text). */
export function fitsText(a: Attribution, text: string): boolean {
  return spansOf(a).every((s) => s.end <= text.length && text.slice(s.start, s.end) === s.text);
}
