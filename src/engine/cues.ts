// Finds cue phrases (reporting verbs, "according to", …) by their first word, longest first.
import type { CueEntry, LangData } from "./lang/types";
import { Tok, type Token } from "./tokens";

export interface CueMatch {
  entry: CueEntry;
  /** Token indexes of the cue, end exclusive. */
  from: number;
  to: number;
}

export type CueIndex = Map<string, CueEntry[]>;

export function indexCues(lang: LangData): CueIndex {
  const index: CueIndex = new Map();
  for (const e of lang.cues) {
    const list = index.get(e.words[0] as string) ?? [];
    list.push(e);
    index.set(e.words[0] as string, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

export function matchCue(index: CueIndex, toks: Token[], i: number, to: number): CueMatch | undefined {
  const t = toks[i] as Token;
  if (t.type !== Tok.Word) return undefined;
  const list = index.get(t.lower);
  if (!list) return undefined;
  outer: for (const entry of list) {
    const n = entry.words.length;
    if (i + n > to) continue;
    for (let k = 1; k < n; k++) if ((toks[i + k] as Token).lower !== entry.words[k]) continue outer;
    return { entry, from: i, to: i + n };
  }
  return undefined;
}
