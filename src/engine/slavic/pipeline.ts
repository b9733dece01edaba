// The Slavic pipeline: paragraphs → tokens → quotes → dialogue and split quotes → sentences →
// attributions → resolved sources. Shares tokens and quote pairing with the English pipeline;
// its own reader handles free word order, dashes and case endings.
import type { LangData } from "../lang/types";
import { pairQuotes, type QuoteSpan } from "../quotes";
import type { Range } from "../sentences";
import type { Phrase } from "../sources";
import { Tok, tokenize, type Token } from "../tokens";
import type { Attribution, AttributionKind, Span } from "../types";
import { key, slavicLexicon, type SlavicLexicon } from "./lexicon";
import { bodyNoun, describe, nameWord, punct, word, type Gender, type SlavicInfo } from "./phrases";
import { SlavicReader, type CueMatch } from "./reader";
import { resolveSlavic, type SlavicMention } from "./resolve";
import { dialogue, splitQuote } from "./speech";
import { firstMark, paragraphRanges } from "../paragraphs";
import { nameQuotes, splitSentences } from "./text";

interface Draft {
  source: Span;
  mention: SlavicMention;
  cue: Span;
  content: Span[];
  quotes: Span[];
  kind: AttributionKind;
  quoted: number;
  plain: number;
}

const MAX_RUN_ON = 20;

/** Attributions in `text`, or undefined when `data` is not a Slavic language. */
export function runSlavic(data: LangData, text: string): Attribution[] | undefined {
  const lex = slavicLexicon(data);
  return lex ? new Run(lex, text).run() : undefined;
}

class Run {
  private drafts: Draft[] = [];
  private subjects: SlavicMention[] = [];
  constructor(
    private readonly lex: SlavicLexicon,
    private readonly text: string,
  ) {}

  run(): Attribution[] {
    const { text, lex } = this;
    const ranges = paragraphRanges(text);
    let awaiting: Draft | undefined;
    let runOn: Span[] = [];
    for (let r = 0; r < ranges.length; r++) {
      const [from, to] = ranges[r] as [number, number];
      const toks = tokenize(text, from, to, lex.marks.chars, lex.set("abbreviations"));
      const next = ranges[r + 1];
      const quotes = pairQuotes(text, toks, lex.marks, next ? firstMark(text, next[0], next[1]) : undefined);
      const names = nameQuotes(toks, quotes);
      const p = new Para(this, toks, quotes, names);
      const q0 = quotes[0];
      const opens = q0?.open === 0;
      if (awaiting) {
        if (opens && q0) {
          p.extend(awaiting, [{ from: 0, to: q0.close + 1 }]);
          if (q0.runsOn) continue;
          awaiting = undefined;
          if (q0.close >= toks.length - 2) continue;
        } else awaiting = undefined;
      }
      if (p.credit()) continue;
      const consumed = new Uint8Array(toks.length);
      const reader = new SlavicReader(this.lex, text, toks, consumed, names);
      const talk = dialogue(this.lex, text, toks, reader);
      if (talk) {
        p.speech(talk, true);
        continue;
      }
      for (const q of quotes) {
        const sq = q.runsOn ? undefined : splitQuote(this.lex, text, toks, reader, q);
        if (sq) {
          p.speech(sq, false);
          for (let k = q.open; k <= q.close; k++) consumed[k] = 1;
        }
      }
      let prevRemark: Draft | undefined;
      const sentences = splitSentences(this.lex, toks);
      sentences.forEach((s, si) => {
        p.subject(s);
        const raws = reader.read(s, si === sentences.length - 1, sentences[si - 1]);
        // «…», — сказал он. «…»: the next quote sentence is the same speaker going on.
        const lead = toks[s.from] as Token;
        if (!raws.length && prevRemark && lead.type === Tok.Quote && lead.inQ && !consumed[s.from]) {
          const q = quotes.find((x) => x.open === s.from);
          if (q && q.close >= s.to - 2) {
            p.extend(prevRemark, [{ from: q.open, to: q.close + 1 }]);
            return;
          }
        }
        prevRemark = undefined;
        for (const raw of raws) {
          const d = p.draft(raw.m, raw.source, raw.content);
          if (raw.awaits) awaiting = d;
          if (raw.remark) prevRemark = d;
          // A quote running on from earlier paragraphs belongs to whoever is named at its end.
          if (runOn.length && opens && raw.content[0]?.from === 0) {
            d.content.unshift(...runOn);
            d.quotes.unshift(...runOn);
            runOn = [];
          }
        }
      });
      const lastQ = quotes[quotes.length - 1];
      if (lastQ?.runsOn && !awaiting) {
        if (lastQ.open !== 0) runOn = [];
        if (runOn.length < MAX_RUN_ON) runOn.push(p.span({ from: lastQ.open, to: lastQ.close + 1 }));
      } else runOn = [];
    }
    return this.finish();
  }

  add(d: Draft): void {
    this.drafts.push(d);
  }

  addSubject(m: SlavicMention): void {
    this.subjects.push(m);
  }

  get lexS(): SlavicLexicon {
    return this.lex;
  }

  get src(): string {
    return this.text;
  }

  private finish(): Attribution[] {
    const drafts = this.drafts.filter((d) => d.content.length > 0);
    // A sentence's subject that is also a source is resolved as the source.
    const starts = new Set(drafts.map((d) => d.source.start));
    // A subject inside what someone said ("Сили ППО знешкодили …, йдеться в повідомленні") is theirs to name, not the writer's.
    const reported = drafts.flatMap((d) => d.content);
    const subjects = this.subjects.filter((m) => !starts.has(m.span.start) && !reported.some((c) => c.start <= m.span.start && m.span.end <= c.end));
    const all: { m: SlavicMention; d?: Draft }[] = [...drafts.map((d) => ({ m: d.mention, d })), ...subjects.map((m) => ({ m }))];
    all.sort((a, b) => a.m.span.start - b.m.span.start || Number(!a.d) - Number(!b.d));
    const resolved = resolveSlavic(this.lex, all.map((x) => x.m));
    const out: Attribution[] = [];
    all.forEach((x, i) => {
      const d = x.d;
      const source = resolved[i];
      if (!d || !source) return;
      const kind: AttributionKind = d.kind !== "indirect" ? d.kind : d.quoted === 0 ? "indirect" : d.plain === 0 ? "direct" : "mixed";
      out.push({ kind, source, cue: d.cue, content: d.content.length === 1 ? (d.content[0] as Span) : d.content, quotes: d.quotes });
    });
    const first = (a: Attribution): number => Math.min(a.source.start, a.cue.start, (Array.isArray(a.content) ? a.content[0] : a.content)?.start ?? 0);
    return out.sort((a, b) => first(a) - first(b));
  }
}

/** One paragraph's tokens, quotes and the drafts made from them. */
class Para {
  constructor(
    private readonly run: Run,
    private readonly toks: Token[],
    private readonly quotes: QuoteSpan[],
    /** Token indexes inside quoted names («Мемориал»): not quotation. */
    private readonly names: Uint8Array,
  ) {}

  span(p: Phrase): Span {
    const start = (this.toks[p.from] as Token).start;
    const end = (this.toks[p.to - 1] as Token).end;
    return { text: this.run.src.slice(start, end), start, end };
  }

  private count(p: Phrase): [number, number] {
    let quoted = 0;
    let plain = 0;
    for (let k = p.from; k < p.to; k++) {
      const t = this.toks[k] as Token;
      if (t.type !== Tok.Word) continue;
      if (t.inQ && !this.names[k]) quoted++;
      else plain++;
    }
    return [quoted, plain];
  }

  private quoteSpans(p: Phrase): Span[] {
    const out: Span[] = [];
    // Quotes are sorted and disjoint: start at the first one closing at or after the phrase.
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.quotes[mid] as QuoteSpan).close < p.from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.quotes.length && (this.quotes[i] as QuoteSpan).open < p.to; i++) {
      const q = this.quotes[i] as QuoteSpan;
      if (this.names[q.open]) continue;
      const from = Math.max(p.from, q.open);
      const to = Math.min(p.to, q.close + 1);
      if (from < to) out.push(this.span({ from, to }));
    }
    return out;
  }

  /** Adds pieces (this paragraph's phrases) to a draft, possibly one from an earlier paragraph. */
  extend(d: Draft, pieces: Phrase[]): void {
    for (const c of pieces) {
      if (c.to <= c.from) continue;
      d.content.push(this.span(c));
      d.quotes.push(...this.quoteSpans(c));
      const [q, pl] = this.count(c);
      d.quoted += q;
      d.plain += pl;
    }
  }

  draft(m: CueMatch, source: Phrase, content: Phrase[], kind?: AttributionKind): Draft {
    const lex = this.run.lexS;
    let info = describe(lex, this.run.src, this.toks, source);
    // A place that speaks ("у Єлисейському палаці підтвердили") is an organisation.
    const before = this.toks[source.from - 1];
    if (info.type === "unknown" && word(before) && lex.set("locatives").has(key(before))) info = { ...info, type: "organization" };
    // "Эксперты считают", "Аналитики Института заявили": unnamed people in the plural are anonymous.
    if (info.type === "person" && !info.name && !info.pronoun && m.entry.form === "pl") info = { ...info, type: "anonymous" };
    const form = m.entry.form;
    const gender: Gender | undefined = form === "m" || form === "f" ? form : undefined;
    const oblique = m.entry.frame === "according";
    const mention: SlavicMention = { span: this.span(source), info, ...(gender ? { gender } : {}), ...(oblique ? { oblique } : {}) };
    if (info.owner) {
      const o = describe(lex, this.run.src, this.toks, info.owner);
      mention.owner = { text: o.nominative, description: o.description && info.owner.to - info.owner.from === 1 };
    }
    const d: Draft = { source: mention.span, mention, cue: this.span(m), content: [], quotes: [], kind: kind ?? "indirect", quoted: 0, plain: 0 };
    this.extend(d, content);
    this.run.add(d);
    return d;
  }

  /** Dialogue lines are direct speech though they carry no quotation marks. */
  speech(s: { m: CueMatch; source: Phrase; content: Phrase[]; relay?: { m: CueMatch; source: Phrase } }, dialogue: boolean): void {
    const kind = dialogue ? "direct" : undefined;
    this.draft(s.m, s.source, s.content, kind);
    if (s.relay) this.draft(s.relay.m, s.relay.source, s.content, kind);
  }

  /** "По материалам «Медиазоны» и ТАСС": a paragraph that is a credit line. */
  credit(): boolean {
    const { toks } = this;
    for (const words of this.run.lexS.data.creditPhrases) {
      const n = words.length;
      if (toks.length <= n || toks.length > n + 16 || !words.every((w, k) => key(toks[k] as Token) === w)) continue;
      let end = toks.length;
      while (end > n && punct(toks[end - 1], ".")) end--;
      const src = { from: n, to: end };
      const d = this.draft({ entry: { words, frame: "credit", form: "pres" }, from: 0, to: n }, src, [src], "credit");
      d.mention.info = { ...d.mention.info, type: "media", nominative: d.source.text };
      return true;
    }
    return false;
  }

  /** A name at a sentence's start ("Речник Кремля Дмитро Пєсков у четвер …"): a later "він" may mean it. */
  subject(s: Range): void {
    const lex = this.run.lexS;
    const { toks } = this;
    // "ФСИН России на запрос не ответила": a body's initials open the sentence; a later
    // "в ведомстве" may mean it.
    const first = toks[s.from];
    if (word(first) && first.acronym && /^[\u0410-\u042F\u0401\u0404\u0406\u0407\u0490]/.test(this.run.src.slice(first.start, first.end))) {
      let e = s.from + 1;
      while (e < s.to && e < s.from + 4 && word(toks[e]) && (toks[e] as Token).cap && !(toks[e] as Token).inQ) e++;
      const ph = { from: s.from, to: e };
      this.remember(ph, { ...describe(lex, this.run.src, toks, ph), type: "organization" });
      return;
    }
    // "Міністерство оборони Росії підтвердило обмін": a body's name opening the sentence, up to its verb.
    const head = toks[s.from];
    if (word(head) && head.cap && !head.inQ && bodyNoun(lex, head)) {
      let e = s.from + 1;
      while (e < s.to && e < s.from + 5 && word(toks[e]) && !(toks[e] as Token).inQ && !lex.set("prepositions").has(key(toks[e] as Token)) && !lex.d.verbEnding?.test(key(toks[e] as Token))) e++;
      const ph = { from: s.from, to: e };
      const info = describe(lex, this.run.src, toks, ph);
      if (info.type === "organization") {
        this.remember(ph, info);
        return;
      }
    }
    // "Правозащитный центр «Мемориал» признал …": a body with its name in quotation marks.
    for (let k = s.from; k < s.to && k < s.from + 3 && word(toks[k]); k++) {
      const open = toks[k + 1];
      if (!open || open.type !== Tok.Quote || !open.inQ) continue;
      let close = k + 2;
      while (close < s.to && close < k + 7 && (toks[close] as Token).inQ && (toks[close] as Token).type !== Tok.Quote) close++;
      if ((toks[close] as Token | undefined)?.type !== Tok.Quote) break;
      const ph = { from: s.from, to: close + 1 };
      const info = describe(lex, this.run.src, toks, ph);
      if (info.type === "organization" || info.type === "media") this.remember(ph, info);
      return;
    }
    let end = s.from;
    while (end < s.to && end < s.from + 10 && word(toks[end]) && !(toks[end] as Token).inQ && !lex.set("prepositions").has(key(toks[end] as Token))) end++;
    let runEnd = -1;
    let runStart = -1;
    for (let k = end - 1; k >= s.from; k--) {
      if (nameWord(lex, this.run.src, toks, k)) {
        if (runEnd < 0) runEnd = k + 1;
        runStart = k;
      } else if (runEnd >= 0) break;
    }
    if (runEnd < 0) return;
    if (runEnd - runStart < 2) {
      const w = key(toks[runStart] as Token);
      if (runStart === s.from || lex.d.obliqueAdjectives.some((e) => w.endsWith(e))) return;
    }
    const ph = { from: s.from, to: runEnd };
    const info = describe(lex, this.run.src, toks, ph);
    if (info.type === "person" && info.name) this.remember(ph, info);
  }

  /** A name a sentence opened with, for a later "он" or "в ведомстве": its own, never a description. */
  private remember(ph: Phrase, info: SlavicInfo): void {
    this.run.addSubject({ span: this.span(ph), info: { ...info, description: false }, subjectOnly: true });
  }
}
