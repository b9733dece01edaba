// Direct speech set off by dashes: a dialogue paragraph ("— Суд не удовлетворил …, — сказала
// Мартынова. — Все решения …") and a quote split by its attribution («…, — сказал он. — …»).
import type { QuoteSpan } from "../quotes";
import type { Phrase } from "../sources";
import type { Token } from "../tokens";
import type { SlavicLexicon } from "./lexicon";
import { isDash, punct, sourceAfter, word } from "./phrases";
import type { CueMatch, SlavicReader } from "./reader";

export interface Speech {
  m: CueMatch;
  source: Phrase;
  content: Phrase[];
  /** "— сказав він, як передає ТАСС": the outlet that passed the words on. */
  relay?: { m: CueMatch; source: Phrase };
}

/** A dash that separates speech from the author's words: at the start or after , . ! ? … */
const boundary = (lex: SlavicLexicon, toks: Token[], k: number, from: number): boolean =>
  isDash(lex, toks[k]) && (k === from || punct(toks[k - 1], ",.!?\u2026"));

/** The author's remark at k ("сказал Песков", "йдеться в заяві"), ending at `to`. */
function remark(lex: SlavicLexicon, text: string, toks: Token[], reader: SlavicReader, k: number, to: number): Omit<Speech, "content"> | undefined {
  const t = toks[k];
  if (!word(t) || t.cap) return undefined;
  const m = reader.matchAt(k, to) ?? reader.remarkVerb(k, to);
  if (!m || m.entry.frame === "according") return undefined;
  const loc = m.entry.frame === "impersonal" || m.entry.form === "pl";
  const source = sourceAfter(lex, text, toks, m.to, to, loc) ?? (loc ? sourceAfter(lex, text, toks, m.to, to, false) : undefined);
  if (!source) return undefined;
  // ", як передає російське агентство ТАСС"
  let j = source.to;
  while (j < to && punct(toks[j], ",")) j++;
  const as = toks[j];
  if (word(as) && lex.set("as").has(as.lower)) {
    const rm = reader.matchAt(j + 1, to);
    const rs = rm && sourceAfter(lex, text, toks, rm.to, to, rm.entry.form === "pl");
    if (rm && rs) return { m, source, relay: { m: rm, source: rs } };
  }
  return { m, source };
}

/** A paragraph that opens with a dash: speech pieces around one remark. */
export function dialogue(lex: SlavicLexicon, text: string, toks: Token[], reader: SlavicReader): Speech | undefined {
  if (!boundary(lex, toks, 0, 0)) return undefined;
  const cuts: number[] = [];
  for (let k = 0; k < toks.length; k++) if (boundary(lex, toks, k, 0)) cuts.push(k);
  cuts.push(toks.length);
  const content: Phrase[] = [];
  let said: Omit<Speech, "content"> | undefined;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = (cuts[c] as number) + 1;
    const to = cuts[c + 1] as number;
    const r = said ? undefined : remark(lex, text, toks, reader, from, to);
    if (r) said = r;
    else if (from < to) content.push(trimSpeech(toks, { from, to }));
  }
  return said && content.length ? { ...said, content } : undefined;
}

/** «…, — сказал он. — …»: the remark inside a quotation, which goes on after it. */
export function splitQuote(lex: SlavicLexicon, text: string, toks: Token[], reader: SlavicReader, q: QuoteSpan): Speech | undefined {
  for (let k = q.open + 2; k < q.close; k++) {
    if (!boundary(lex, toks, k, -1) || !punct(toks[k - 1], ",!?\u2026")) continue;
    let end = k + 1;
    while (end < q.close && !boundary(lex, toks, end, -1)) end++;
    // The remark is the author's words, not the quotation's.
    for (let j = k; j <= end && j < q.close; j++) (toks[j] as Token).inQ = false;
    const r = remark(lex, text, toks, reader, k + 1, end);
    if (!r) {
      for (let j = k; j <= end && j < q.close; j++) (toks[j] as Token).inQ = true;
      continue;
    }
    const content = [trimSpeech(toks, { from: q.open, to: k }), { from: Math.min(end + 1, q.close), to: q.close + 1 }];
    return { ...r, content };
  }
  return undefined;
}

function trimSpeech(toks: Token[], c: Phrase): Phrase {
  let { from, to } = c;
  while (to > from + 1 && punct(toks[to - 1], ",\u2014\u2013-")) to--;
  return { from, to };
}
