// Paragraphs, sentences and quoted names of Russian and Ukrainian text: sentences end before a
// capital, digit, quote or dash, never inside a quotation nor before a postposed "— сказал он".
import type { QuoteSpan } from "../quotes";
import type { Range } from "../sentences";
import { Tok, type Token } from "../tokens";
import { key, type SlavicLexicon } from "./lexicon";
import { isDash, punct, word } from "./phrases";

const MAX_SENTENCE = 300;

/** Quoted names: a capitalised phrase of up to three words right after a word («Мемориал»). */
export function nameQuotes(toks: Token[], quotes: QuoteSpan[]): Uint8Array {
  const out = new Uint8Array(toks.length);
  for (const q of quotes) {
    const inner = toks.slice(q.open + 1, q.close).filter((t) => t.type === Tok.Word);
    const before = toks[q.open - 1];
    if (!inner.length || inner.length > 3 || !inner[0]?.cap || !before || before.type !== Tok.Word) continue;
    for (let k = q.open; k <= q.close; k++) out[k] = 1;
  }
  return out;
}

/** Sentence ends: . ! ? … outside quotes, before a capital, digit, quote or dash; not after an initial or abbreviation. */
export function splitSentences(lex: SlavicLexicon, toks: Token[]): Range[] {
  const out: Range[] = [];
  let from = 0;
  const push = (to: number): void => {
    for (let f = from; f < to; f += MAX_SENTENCE) out.push({ from: f, to: Math.min(to, f + MAX_SENTENCE) });
    from = to;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    // The tokenizer keeps a lone capital's period as an initial's ("В. Путин"); a Latin one
    // before a Cyrillic capital ends a sentence ("системи SAMP/T. У палаці").
    const n = toks[i + 1];
    if (word(t) && !t.inQ && t.end - t.start === 2 && /^[A-Z]\.$/.test(t.lower.toUpperCase()) && n?.cap && /[\u0400-\u04ff]/.test(n.lower)) {
      push(i + 1);
      continue;
    }
    if (t.inQ || !punct(t, ".!?\u2026")) continue;
    let j = i + 1;
    while (j < toks.length && (punct(toks[j], ".!?\u2026)") || ((toks[j] as Token).type === Tok.Quote && (toks[j] as Token).inQ && !toks[j + 1]?.inQ))) j++;
    const next = toks[j];
    if (!next) break;
    if (next.type === Tok.Word && !next.cap && !/^\d/.test(next.lower)) continue;
    // "— сказал он. — А потом …" stays one piece for the dialogue reader; "?» — спросил он" too.
    if (isDash(lex, next) && word(toks[j + 1]) && !(toks[j + 1] as Token).cap) continue;
    const prev = toks[i - 1];
    if (t.lower === "." && word(prev) && prev.end === t.start && (lex.set("abbreviations").has(key(prev)) || (prev.cap && prev.end - prev.start === 1))) continue;
    push(j);
    i = j - 1;
  }
  if (from < toks.length) push(toks.length);
  return out;
}


