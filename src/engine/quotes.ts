// Pairs quotation marks inside a paragraph in one pass with a bounded stack, so broken or
// hostile input (thousands of marks, endless nesting) stays linear and never loses the rest.
import type { QuotePair } from "./lang/types";
import { isSpaceAt, isWordChar, Tok, type Token } from "./tokens";

export interface QuoteSpan {
  /** Token indexes of the opening and closing marks (close = last token when it runs on). */
  open: number;
  close: number;
  /** The quote goes on in the next paragraph (a paragraph that opens a quote and doesn't close it). */
  runsOn: boolean;
}

const MAX_DEPTH = 16;
const SEARCH = 6;
const OPEN_BEFORE = "([{\u2014\u2013-/";
const CLOSE_AFTER = ",.;:!?)]}\u2014\u2013-\u2026";

export interface QuoteMarks {
  chars: Set<string>;
  /** For each opening char, the closing chars that end it (its own pair's close, and itself misused). */
  closers: Map<string, Set<string>>;
  opens: Set<string>;
  closes: Set<string>;
}

export function quoteMarks(pairs: QuotePair[]): QuoteMarks {
  const closers = new Map<string, Set<string>>();
  const chars = new Set<string>();
  for (const { open, close } of pairs) {
    chars.add(open).add(close);
    const set = closers.get(open) ?? new Set<string>();
    set.add(close);
    closers.set(open, set);
  }
  // Typed text mixes styles ("You know, …,” he said): a straight mark closes a curly quote of
  // its own width and the other way round.
  for (const [straight, family] of [['"', "\u201C\u201D\u201E"], ["'", "\u2018\u2019\u201A"]] as const) {
    const curly = [...family].filter((c) => chars.has(c));
    if (!chars.has(straight)) continue;
    for (const c of curly) {
      closers.get(c)?.add(straight);
      if (closers.has(straight) && c !== "\u201E" && c !== "\u201A") (closers.get(straight) as Set<string>).add(c);
    }
  }
  return { chars, closers, opens: new Set(pairs.map((p) => p.open)), closes: new Set(pairs.map((p) => p.close)) };
}

interface Open {
  tok: number;
  ch: string;
}

/**
 * `nextParaOpens` tells whether the next paragraph begins with an opening mark, which makes a
 * quote still open at this paragraph's end run on instead of being dropped as a stray mark.
 */
export function pairQuotes(text: string, toks: Token[], marks: QuoteMarks, nextParaStartsWith: string | undefined): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  for (let t = 0; t < toks.length; t++) {
    const tok = toks[t] as Token;
    if (tok.type !== Tok.Quote) continue;
    const ch = tok.lower === "''" ? '"' : (text[tok.start] as string);
    const prev = tok.start - 1;
    const next = tok.end;
    const nextCh = text[next] ?? "";
    const prevCh = text[prev] ?? "";
    const canOpen = !isSpaceAt(text, next) && !CLOSE_AFTER.includes(nextCh) && (isSpaceAt(text, prev) || OPEN_BEFORE.includes(prevCh) || marks.chars.has(prevCh));
    const canClose = !isSpaceAt(text, prev) && (isSpaceAt(text, next) || !isWordChar(text, next));
    // An apostrophe inside a word (rock’n’roll) or after a plural (voters’) is not a mark
    // unless a single quote is open.
    let closedAt = -1;
    if (!canOpen || canClose || !marks.opens.has(ch)) {
      for (let k = stack.length - 1, n = 0; k >= 0 && n < SEARCH; k--, n++) {
        const o = stack[k] as Open;
        const ends = marks.closers.get(o.ch);
        if ((ends?.has(ch) && (canClose || !canOpen)) || (o.ch === ch && !canOpen)) {
          closedAt = k;
          break;
        }
      }
    }
    if (closedAt >= 0) {
      const o = stack[closedAt] as Open;
      stack.length = closedAt;
      spans.push({ open: o.tok, close: t, runsOn: false });
      continue;
    }
    if (canOpen && marks.opens.has(ch) && stack.length < MAX_DEPTH) stack.push({ tok: t, ch });
  }
  const outer = stack[0];
  if (outer && nextParaStartsWith !== undefined && marks.closers.has(nextParaStartsWith)) {
    spans.push({ open: outer.tok, close: toks.length - 1, runsOn: true });
  }
  // Keep the outermost spans only, in text order; nested quotes sit inside them.
  spans.sort((a, b) => a.open - b.open);
  const top: QuoteSpan[] = [];
  for (const s of spans) {
    const last = top[top.length - 1];
    if (last && s.open <= last.close) continue;
    top.push(s);
  }
  for (const s of top) for (let k = s.open; k <= s.close; k++) (toks[k] as Token).inQ = true;
  return top;
}
