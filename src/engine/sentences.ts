// Sentence boundaries over a paragraph's tokens: never inside a quotation, never after an
// abbreviation or an initial ("Mr.", "J. Smith").
import { Tok, type Token } from "./tokens";

export interface Range {
  /** Token indexes, end exclusive. */
  from: number;
  to: number;
}

/**
 * No real sentence is longer; capping the length keeps every per-sentence step bounded, so
 * the whole engine stays linear on a megabyte without a full stop.
 */
export const MAX_SENTENCE_TOKENS = 160;

const ENDERS = new Set([".", "!", "?", "\u2026"]);
const CLOSERS = new Set([")", "]"]);

export function splitSentences(toks: Token[], abbreviations: Set<string>, cueWords: Set<string>, starters: Set<string>): Range[] {
  const out: Range[] = [];
  let from = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    // "… attacks in the U.S. He says …": an abbreviation's period ends the sentence when a
    // capitalised pronoun or determiner follows.
    if (t.type === Tok.Word && t.lower.endsWith(".") && !t.inQ && t.lower.length > 2) {
      const n = toks[i + 1];
      // Titles ("Sen. He") do not; dotted ones ("the U.S. He", "7 p.m. He") do.
      const base = t.lower.slice(0, -1);
      if (n && n.cap && n.type === Tok.Word && starters.has(n.lower) && (!abbreviations.has(base) || base.includes("."))) {
        push(out, from, i + 1);
        from = i + 1;
      }
      continue;
    }
    if (t.type !== Tok.Punct || !ENDERS.has(t.lower)) continue;
    let j = i + 1;
    while (j < toks.length) {
      const n = toks[j] as Token;
      if (CLOSERS.has(n.lower) || (n.type === Tok.Quote && n.inQ && !(toks[j + 1]?.inQ ?? false))) j++;
      else if (ENDERS.has(n.lower)) j++;
      else break;
    }
    const next = toks[j];
    if (next) {
      // Still inside a quotation: the quoted speaker's sentences stay with their attribution.
      if (next.inQ && next.type !== Tok.Quote) continue;
      if (next.type === Tok.Word && !next.cap && !/^\d/.test(next.lower)) continue;
      // "Roanoke, Va., who …": no sentence opens with a comma.
      if (next.type === Tok.Punct && (next.lower === "," || next.lower === ";")) continue;
      // "“Who do they think they are?” Trump said of Apple": the attribution follows the quote.
      if (t.lower !== "." && j > i + 1 && (toks[j - 1] as Token).type === Tok.Quote && postposedCue(toks, j, cueWords)) continue;
      const prev = toks[i - 1];
      if (t.lower === "." && prev && prev.type === Tok.Word && prev.end === t.start) {
        if (abbreviations.has(prev.lower) || (prev.cap && prev.end - prev.start === 1)) continue;
      }
    }
    push(out, from, j);
    from = j;
    i = j - 1;
  }
  if (from < toks.length) push(out, from, toks.length);
  return out;
}

/** A short name then a cue word then the sentence end or a comma: "Trump said." */
function postposedCue(toks: Token[], j: number, cueWords: Set<string>): boolean {
  for (let k = j; k < toks.length && k < j + 6; k++) {
    const t = toks[k] as Token;
    if (t.type !== Tok.Word) return false;
    if (k > j && !t.cap && cueWords.has(t.lower)) return true;
    if (!t.cap && k === j) return false;
  }
  return false;
}

function push(out: Range[], from: number, to: number): void {
  for (let f = from; f < to; f += MAX_SENTENCE_TOKENS) out.push({ from: f, to: Math.min(to, f + MAX_SENTENCE_TOKENS) });
}
