// Groups attributions by source for the side panel: one entry per canonical name, in order of
// first appearance.
import type { Attribution, SourceType, Span } from "./types";

export interface SourceGroup {
  canonical: string;
  type: SourceType;
  attributionIndexes: number[];
  /** The source spans of every attribution in the group. */
  mentions: Span[];
  /** Cue texts, one per attribution. */
  cues: string[];
}

export function groupSources(attributions: Attribution[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  attributions.forEach((a, i) => {
    const key = a.source.canonical.toLowerCase();
    let g = groups.get(key);
    if (!g) {
      g = { canonical: a.source.canonical, type: a.source.type, attributionIndexes: [], mentions: [], cues: [] };
      groups.set(key, g);
    } else if (g.type === "unknown") g.type = a.source.type;
    g.attributionIndexes.push(i);
    g.mentions.push({ text: a.source.text, start: a.source.start, end: a.source.end });
    g.cues.push(a.cue.text);
  });
  return [...groups.values()];
}
