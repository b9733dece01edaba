// Flattens attributions into non-overlapping highlight segments, since one painting pass needs
// ranges that do not overlap, while attributions do (a claim's content holds another
// attribution's source, cue and quotes). Where spans overlap, the more specific type wins:
// source over quote over claim.
import type { Attribution, SourceType, Span } from "../../engine/types";
import type { AnnotationType } from "../../shared/settings";

export interface Segment {
  start: number;
  end: number;
  type: AnnotationType;
  /** Every attribution whose span of this type covers the segment, in order. */
  attributions: number[];
  /** For source segments: the source's type, so anonymous sources look different. */
  sourceType?: SourceType;
}

const PRIORITY: Record<AnnotationType, number> = { source: 3, quote: 2, claim: 1 };

interface Layer {
  start: number;
  end: number;
  type: AnnotationType;
  attribution: number;
  sourceType?: SourceType;
}

function contentSpans(attribution: Attribution): Span[] {
  return Array.isArray(attribution.content) ? attribution.content : [attribution.content];
}

function layersOf(attribution: Attribution, index: number, enabled: Record<AnnotationType, boolean>): Layer[] {
  const layers: Layer[] = [];
  const add = (span: Span, type: AnnotationType, sourceType?: SourceType): void => {
    if (enabled[type] && span.end > span.start) {
      layers.push({ start: span.start, end: span.end, type, attribution: index, ...(sourceType ? { sourceType } : {}) });
    }
  };
  add(attribution.source, "source", attribution.source.type);
  for (const span of contentSpans(attribution)) {
    // A direct quote is all quotation; otherwise quoted pieces inside it are quotes and the
    // rest is the claim.
    add(span, attribution.kind === "direct" ? "quote" : "claim");
  }
  if (attribution.kind !== "direct") for (const quote of attribution.quotes) add(quote, "quote");
  return layers;
}

/**
 * Sweeps the layer boundaries once: O(n log n) in the number of spans. Between two boundaries
 * the highest-priority open type wins; adjacent pieces with the same type and attributions merge.
 */
export function buildSegments(attributions: readonly Attribution[], enabled: Record<AnnotationType, boolean>): Segment[] {
  const layers = attributions.flatMap((a, i) => layersOf(a, i, enabled));
  if (layers.length === 0) return [];
  const bounds = [...new Set(layers.flatMap((l) => [l.start, l.end]))].sort((a, b) => a - b);
  const byStart = [...layers].sort((a, b) => a.start - b.start);
  const open: Layer[] = [];
  const segments: Segment[] = [];
  let next = 0;
  for (let b = 0; b < bounds.length - 1; b++) {
    const from = bounds[b]!;
    const to = bounds[b + 1]!;
    while (next < byStart.length && byStart[next]!.start <= from) open.push(byStart[next++]!);
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.end <= from) open.splice(i, 1);
    if (open.length === 0) continue;
    let top = open[0]!;
    for (const layer of open) if (PRIORITY[layer.type] > PRIORITY[top.type]) top = layer;
    const ids = [...new Set(open.filter((l) => l.type === top.type).map((l) => l.attribution))].sort((a, b) => a - b);
    const last = segments[segments.length - 1];
    if (last && last.end === from && last.type === top.type && sameIds(last.attributions, ids)) {
      last.end = to;
    } else {
      segments.push({ start: from, end: to, type: top.type, attributions: ids, ...(top.sourceType ? { sourceType: top.sourceType } : {}) });
    }
  }
  return segments;
}

function sameIds(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
