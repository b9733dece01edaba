// Reads one sentence of Russian or Ukrainian for attributions: finds cues and the pattern each
// is used in — preposed ("Песков заявил, что …"), postposed (", — сказал Песков", ", повідомив
// X"), "по словам X" / "за даними X", "как сообщает X", impersonal ("говорится в заявлении"),
// a place as speaker ("в ведомстве отметили"), coordinated ("… и заявил") — and cuts source and
// content.
import type { Range } from "../sentences";
import type { Phrase } from "../sources";
import { Tok, type Token } from "../tokens";
import { key, type SlavicLexicon } from "./lexicon";
import { isDash, placeIn, punct, sourceAfter, subjectIn, word } from "./phrases";
import type { SlavicCue } from "./types";

export interface CueMatch {
  entry: SlavicCue;
  from: number;
  to: number;
}

export interface Raw {
  m: CueMatch;
  source: Phrase;
  content: Phrase[];
  /** Postposed after a dash: a quote sentence that follows is the same speaker going on. */
  remark: boolean;
  /** A colon ends the paragraph: the quotation is the next paragraph. */
  awaits: boolean;
}

interface Found {
  m: CueMatch;
  source: Phrase;
  /** Where this attribution's own words start: the content of earlier cues stops here. */
  barrier: number;
  /** Ends earlier content (postposed, coordinated); preposed ones sit inside it. */
  ends: boolean;
  content?: Phrase[];
  remark?: boolean;
}

const WINDOW = 14;

export class SlavicReader {
  constructor(
    private readonly lex: SlavicLexicon,
    private readonly text: string,
    private readonly toks: Token[],
    private readonly consumed: Uint8Array,
    /** Tokens of quoted names («Интерфаксу»): no quotation. */
    private readonly names: Uint8Array,
  ) {}

  private has(set: Parameters<SlavicLexicon["set"]>[0], t: Token | undefined): boolean {
    return word(t) && !t.inQ && this.lex.set(set).has(key(t));
  }

  /** The cue starting at token i, if any: verbs lower-case, phrases ("По словам") any case. */
  matchAt(i: number, to: number): CueMatch | undefined {
    const t = this.toks[i];
    if (!word(t) || t.inQ || this.consumed[i]) return undefined;
    for (const entry of this.lex.cues.get(key(t)) ?? []) {
      const n = entry.words.length;
      if (i + n > to) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = key(this.toks[i + k] as Token) === entry.words[k];
      if (!ok) continue;
      if (t.cap && n === 1 && !t.acronym && i > 0 && !punct(this.toks[i - 1], "\u2014\u2013-")) return undefined;
      return { entry, from: i, to: i + n };
    }
    return undefined;
  }

  /**
   * A verb the lexicon lacks in the author's remark after speech: "«…», — вздохнул он",
   * "— смеется Анна". The typography marks it; a source must still follow (sourceAfter).
   */
  remarkVerb(i: number, to: number): CueMatch | undefined {
    const { toks, lex } = this;
    const t = toks[i];
    const before = toks[i - 2];
    if (!word(t) || t.inQ || t.cap || this.consumed[i] || !isDash(lex, toks[i - 1]) || !before) return undefined;
    if (!(punct(before, ",!?\u2026") || (before.type === Tok.Quote && before.inQ))) return undefined;
    const k = key(t);
    // "— так считает Песков": the lexicon's cue comes next.
    if ((["prepositions", "conjunctions", "subordinators", "determiners", "adverbs", "as"] as const).some((set) => lex.set(set).has(k)) || lex.data.pronouns[k] || this.matchAt(i + 1, to)) return undefined;
    return { entry: { words: [k], frame: "say", form: "pres" }, from: i, to: i + 1 };
  }

  /** `prev` is the sentence before in the paragraph: "Об этом сообщил X" attributes it. */
  read(s: Range, last: boolean, prev?: Range): Raw[] {
    const found: Found[] = [];
    for (let i = s.from; i < s.to; i++) {
      const m = this.matchAt(i, s.to) ?? this.remarkVerb(i, s.to);
      if (!m) continue;
      const f = this.anaphoric(s, m, prev) ?? this.pattern(s, m, found);
      if (f) found.push(f);
      i = m.to - 1;
    }
    const out: Raw[] = [];
    found.forEach((f, n) => {
      let content = f.content;
      let awaits = false;
      if (!content) {
        const start = this.contentStart(f, s, found);
        if (start === undefined) return;
        awaits = start >= s.to && last && punct(this.toks[start - 1], ":");
        content = awaits ? [] : [{ from: start, to: this.contentEnd(start, s, found, n) }];
      }
      content = content.map((c) => this.trim(c)).filter((c) => this.toks.slice(c.from, c.to).some((t) => word(t)));
      if (content.length || awaits) out.push({ m: f.m, source: f.source, content, remark: !!f.remark, awaits });
    });
    return out;
  }

  /** Index before `i` past adverbs and negation ("также заявил", "не признал"). */
  private back(i: number, from: number): number {
    while (i >= from && this.has("adverbs", this.toks[i])) i--;
    return i;
  }

  private pattern(s: Range, m: CueMatch, found: Found[]): Found | undefined {
    const { lex, text, toks } = this;
    const e = m.entry;
    const p = this.back(m.from - 1, s.from);
    const prev = toks[p];
    const locative = e.frame === "impersonal" || e.form === "pl";
    const after = (loc: boolean): Phrase | undefined => sourceAfter(lex, text, toks, m.to, s.to, loc);
    if (e.frame === "according") {
      const src = e.pron !== undefined ? { from: m.from + e.pron, to: m.from + e.pron + 1 } : after(false);
      if (!src) return undefined;
      const end = Math.max(src.to, m.to);
      const comma = p >= s.from && punct(prev, ",(");
      let c: Phrase;
      if (punct(toks[end], ",") && this.words(end + 1, s.to) > 1) c = { from: end + 1, to: s.to };
      else if (p > s.from) c = { from: s.from, to: comma ? p : m.from };
      else return undefined;
      // Only "…, по данным X." ends an earlier content; "что, по словам X, …" sits inside it.
      return { m, source: src, barrier: comma ? p : m.from, ends: comma && c.to <= m.from, content: [c] };
    }
    // "Как сообщает ТАСС, …" / "…, як передає ТАСС."
    if (p === m.from - 1 && this.has("as", prev)) {
      const src = after(locative);
      if (!src) return undefined;
      if (p <= s.from + 1) {
        let k = src.to;
        while (k < s.to && !punct(toks[k], ",")) k++;
        return k < s.to ? { m, source: src, barrier: p, ends: false, content: [{ from: k + 1, to: s.to }] } : undefined;
      }
      const stop = punct(toks[p - 1], ",") ? p - 1 : p;
      // "«…», – сказав він, як передає ТАСС": the outlet passed on the same words.
      const relayed = found.find((g) => g.source.to === stop && g.content);
      return { m, source: src, barrier: stop, ends: true, content: relayed?.content ?? [{ from: s.from, to: stop }] };
    }
    const dash = isDash(lex, prev);
    // Postposed: "«…», — сказал Песков." / "…, повідомив начальник … Ткаченко."
    if (p > s.from && (dash || (punct(prev, ",") && e.form !== "ger" && !this.takesClause(m.to, s.to)))) {
      const src = after(locative) ?? (locative ? after(false) : undefined);
      if (!src) return undefined;
      const stop = dash && punct(toks[p - 1], ",") ? p - 1 : p;
      const content = [{ from: s.from, to: stop }];
      // «…», — сказал он, — «…»: the quotation resumes after the remark.
      let k = src.to;
      while (k < s.to && (punct(toks[k], ",") || isDash(lex, toks[k]))) k++;
      if (dash && k > src.to && toks[k]?.type === Tok.Quote && toks[k]?.inQ) {
        let e2 = k + 1;
        while (e2 < s.to && (toks[e2] as Token).inQ) e2++;
        content.push({ from: k, to: e2 });
      }
      return { m, source: src, barrier: stop, ends: true, content, remark: dash };
    }
    // Coordinated or participle: "… и заявил, что", ", заявив, что": the subject met before.
    // The subject is shared with an earlier cue of the same form (наголосили … і закликали).
    const lastFound = [...found].reverse().find((g) => g.m.entry.form === e.form) ?? found[0];
    if ((word(prev) && this.lex.set("conjunctions").has(key(prev))) || (e.form === "ger" && punct(prev, ","))) {
      const barrier = punct(toks[p - 1], ",") ? p - 1 : p;
      const src = lastFound?.source ?? subjectIn(lex, text, toks, s.from, p);
      return src ? { m, source: src, barrier, ends: true } : undefined;
    }
    if (e.form === "ger") return undefined;
    // A place as speaker: "В ведомстве отметили", "У міністерстві наголосили".
    if (locative) {
      let a = p;
      while (a > s.from && !punct(toks[a - 1], ",")) a--;
      while (a < p && (this.has("subordinators", toks[a]) || this.has("adverbs", toks[a]) || punct(toks[a], ","))) a++;
      if (a <= p && this.has("locatives", toks[a])) {
        // "заявление, в котором говорится": the noun before the comma.
        const rel = a + 1 === p && this.has("relatives", toks[p]) && punct(toks[a - 1], ",") && word(toks[a - 2]) ? { from: a - 2, to: a - 1 } : undefined;
        const src = rel ?? placeIn(lex, text, toks, a + 1, p + 1);
        return src ? { m, source: src, barrier: a, ends: false } : undefined;
      }
    }
    const src = p >= s.from ? subjectIn(lex, text, toks, s.from, p + 1) : undefined;
    if (src && e.frame !== "impersonal") return { m, source: src, barrier: src.from, ends: false };
    // Nothing before the cue: "Сообщили в пресс-службе, что …", "Говорится в заявлении: …".
    const inv = locative ? after(true) : undefined;
    return inv ? { m, source: inv, barrier: m.from, ends: false } : undefined;
  }

  /** "Об этом сообщает ТАСС." / "Про це йдеться в заяві МЗС.": the sentence before is the content. */
  private anaphoric(s: Range, m: CueMatch, prev: Range | undefined): Found | undefined {
    const { toks } = this;
    if (!prev || m.entry.frame === "according" || m.from < s.from + 2 || !this.has("about", toks[s.from]) || !this.has("anaphora", toks[s.from + 1])) return undefined;
    const loc = m.entry.frame === "impersonal" || m.entry.form === "pl";
    // "Об этом сообщает ТАСС", "Об этом Радио Свобода рассказал политолог X"; else the source
    // is before the cue: "Об этом Песков сообщил журналистам".
    const src = sourceAfter(this.lex, this.text, toks, m.to, s.to, loc) ?? (m.from > s.from + 2 ? subjectIn(this.lex, this.text, toks, s.from + 2, m.from) : undefined);
    return src ? { m, source: src, barrier: m.from, ends: false, content: [prev] } : undefined;
  }

  private words(from: number, to: number): number {
    let n = 0;
    for (let k = from; k < to; k++) if (word(this.toks[k])) n++;
    return n;
  }

  /** A complementizer or colon soon after the cue: "…, однако заявил, что …" is preposed. */
  private takesClause(k: number, to: number): boolean {
    for (let n = 0; k < to && n < WINDOW; k++, n++) {
      const t = this.toks[k] as Token;
      if (this.has("complementizers", t) || punct(t, ":")) return true;
      if (punct(t, ".;!?")) return false;
    }
    return false;
  }

  /** Content start after a preposed cue: past addressee and adjuncts up to что/colon/quote. */
  private contentStart(f: Found, s: Range, found: Found[]): number | undefined {
    const { toks } = this;
    const frame = f.m.entry.frame;
    for (let k = f.m.to, n = 0; k < s.to && n < WINDOW; k++, n++) {
      const t = toks[k] as Token;
      if (this.has("complementizers", t)) return k + 1;
      if (punct(t, ":")) return k + 1;
      if (this.names[k]) continue;
      // "сообщила о возбуждении дела": the topic is the content; "об этом" points elsewhere.
      if (frame === "say" && n === 0 && this.has("about", t) && !this.has("anaphora", toks[k + 1])) {
        if (this.words(k + 1, s.to) >= 2 && !this.has("complementizers", toks[k + 3]) && !punct(toks[k + 2], ",")) return k;
      }
      if (t.type === Tok.Quote && t.inQ) {
        if (frame === "object") break;
        if (frame !== "say" || !punct(toks[k - 1], ":")) break;
        return k;
      }
      if (punct(t, ".;!?") || found.some((g) => g !== f && g.m.from === k)) break;
    }
    return frame === "object" && f.m.to < s.to ? f.m.to : undefined;
  }

  /** Preposed content runs to the sentence end, a later attribution's words or a second predicate. */
  private contentEnd(start: number, s: Range, found: Found[], n: number): number {
    const { toks } = this;
    let end = s.to;
    for (let k = n + 1; k < found.length; k++) {
      const g = found[k] as Found;
      if (g.ends && g.barrier >= start && g.barrier < end) end = g.barrier;
    }
    const cue = key(toks[(found[n] as Found).m.from] as Token);
    const form = (found[n] as Found).m.entry.form;
    // Agreement marks a second predicate of the same subject: "…, и на четыре года запретил".
    const ending = form === "m" ? cue.slice(-1) : ["f", "n", "pl"].includes(form) ? cue.slice(-2) : "";
    for (let k = start; k < end; k++) {
      const t = toks[k] as Token;
      if (t.inQ) continue;
      if (punct(t, ";")) return k;
      if (ending && this.has("conjunctions", t) && punct(toks[k - 1], ",")) {
        for (let j = k + 1; j < end && j <= k + 5; j++) {
          const u = toks[j] as Token;
          if (!word(u) || u.inQ || u.cap) break;
          if (u.lower.length >= 5 && u.lower.endsWith(ending)) return k - 1;
        }
      }
    }
    return end;
  }

  private trim(c: Phrase): Phrase {
    const { toks } = this;
    let { from, to } = c;
    const lead = (t: Token | undefined): boolean => punct(t, ",:;.\u2014\u2013-") || this.has("complementizers", t);
    while (from < to && lead(toks[from])) from++;
    while (to > from && punct(toks[to - 1], ",:;.\u2014\u2013-(") && !(toks[to - 1] as Token).inQ) to--;
    return { from, to };
  }
}
