// The pipeline: paragraphs → tokens → quotes → sentences → attributions → resolved sources.
import { SentenceReader, type RawAttribution } from "./attribute";
import { lexicon, type Lexicon } from "./lang";
import { firstMark, paragraphRanges } from "./paragraphs";
import { pairQuotes, type QuoteSpan } from "./quotes";
import { newNameIndex, indexNames, resolveSources, type Mention } from "./resolve";
import { splitSentences, type Range } from "./sentences";
import { alwaysKept, features, score, type Candidate } from "./score";
import { describe, type Phrase, type SourceInfo } from "./sources";
import { Tok, tokenize, type Token } from "./tokens";
import type { Attribution, AttributionKind, ExtractOptions, Span } from "./types";

interface Draft {
  kind: AttributionKind;
  source: Span;
  info: SourceInfo;
  cue: Span;
  content: Span[];
  quotes: Span[];
  pattern: string;
  frame: string;
  /** Paragraph index: 0 is the headline. */
  para: number;
}

const MAX_RUN_ON = 20;
const NEXT = /^\s*([\p{L}\p{N}]+|\S)/u;
const PREV = /([\p{L}\p{N}]+|\S)\s*$/u;

export function extract(text: string, options?: ExtractOptions): Attribution[] {
  if (typeof text !== "string") return [];
  const lex = lexicon(options?.lang);
  if (!lex || text.length === 0) return [];
  try {
    // A language with a reader of its own (ru, uk) uses it; the generic rules read the rest.
    return lex.data.reader?.(lex.data, text) ?? run(lex, text);
  } catch {
    // The engine runs inside pages it does not control: a bug must cost highlights, not the page.
    return [];
  }
}



interface Trace {
  features: string[];
  /** Kept whatever the scorer says (score.ts alwaysKept). */
  exempt: boolean;
}

/** Every candidate before the language's scorer filters them, with its features: for training. */
export function candidates(text: string, lang?: string): ({ attribution: Attribution } & Trace)[] {
  const lex = lexicon(lang);
  if (!lex) return [];
  const trace = new Map<Attribution, Trace>();
  return run(lex, text, trace).map((a) => ({ attribution: a, ...(trace.get(a) ?? { features: [], exempt: true }) }));
}

function run(lex: Lexicon, text: string, trace?: Map<Attribution, Trace>): Attribution[] {
  const span = (toks: Token[], p: Phrase): Span => spanOf(text, toks, p);
  const ranges = paragraphRanges(text);
  const headline = isHeadline(text, ranges);
  const names = newNameIndex();
  let drafts: Draft[] = [];
  let awaiting: Draft | undefined;
  let runOn: Span[] = [];
  // The last postposed quotation: quote sentences and quote-only paragraphs after it with no
  // attribution of their own are the same speaker going on.
  let prevTail: Draft | undefined;
  for (let r = 0; r < ranges.length; r++) {
    const [from, to] = ranges[r] as [number, number];
    const toks = tokenize(text, from, to, lex.marks.chars, lex.abbreviations);
    const next = ranges[r + 1];
    const quotes = pairQuotes(text, toks, lex.marks, next ? firstMark(text, next[0], next[1]) : undefined);
    indexNames(lex, text, toks, names, r === 0 && headline);
    const quoteSpans = quotes.map((q) => span(toks, { from: q.open, to: q.close + 1 }));
    const opensWithQuote = quotes[0]?.open === 0;
    const quoteAt = new Map(quotes.map((q) => [q.open, q]));
    let tailTook: QuoteSpan | undefined;

    // A colon at the end of the last paragraph introduced this paragraph's quotation.
    if (awaiting) {
      if (opensWithQuote) {
        awaiting.content.push(quoteSpans[0] as Span);
        awaiting.quotes.push(quoteSpans[0] as Span);
        awaiting.kind = "direct";
        const q0 = quotes[0] as QuoteSpan;
        runOn = [];
        if (q0.runsOn) continue;
        awaiting = undefined;
        // The rest of the paragraph may hold attributions of its own.
        if (q0.close >= toks.length - 2) continue;
      } else awaiting = undefined;
    }

    const credit = readCredit(lex, text, toks, r, r === ranges.length - 1);
    if (credit) {
      drafts.push(credit);
      continue;
    }
    const reader = new SentenceReader(lex, text, toks, r > 0);
    for (const sentence of splitSentences(toks, lex.abbreviations, lex.cueWords, lex.starters)) {
      const s = afterDateline(toks, sentence);
      const raws = reader.read(s);
      // "“…,” Blinken told reporters. “But …”": one conjunction may lead in.
      const lead = (toks[s.from] as Token).type === Tok.Word && lex.g.sentenceConjunctions.has((toks[s.from] as Token).lower) ? s.from + 1 : s.from;
      if (raws.length === 0 && prevTail && prevTail.content.length < MAX_RUN_ON && (toks[lead] as Token | undefined)?.type === Tok.Quote && (toks[lead] as Token).inQ) {
        const q = quoteAt.get(lead);
        if (q && q.close >= s.to - 2) {
          const piece = span(toks, { from: s.from, to: q.close + 1 });
          prevTail.content.push(piece);
          prevTail.quotes.push(span(toks, { from: q.open, to: q.close + 1 }));
          tailTook = q;
          if (prevTail.kind === "direct" && lead !== s.from) prevTail.kind = "mixed";
          continue;
        }
      }
      prevTail = undefined;
      for (const raw of raws) {
        const d = toDraft(raw, quoteSpans, span, r);
        if (raw.awaitsQuote) awaiting = d;
        // A quote running on from earlier paragraphs belongs to whoever is named at its end.
        if (runOn.length && raw.content[0]?.from === 0 && opensWithQuote) {
          d.content.unshift(...runOn);
          d.quotes.unshift(...runOn);
          runOn = [];
        }
        drafts.push(d);
        const last = raw.content[raw.content.length - 1];
        if (last && last.to <= raw.cue.from && d.kind !== "indirect") prevTail = d;
      }
    }
    const lastQ = quotes[quotes.length - 1];
    // A quote the speaker just named went on with is theirs; it does not run on to the next one too.
    if (lastQ?.runsOn && lastQ === tailTook) runOn = [];
    else if (lastQ?.runsOn) {
      if (lastQ.open !== 0) runOn = [];
      // Bounded: a page of nothing but unclosed quotes must not grow one attribution forever.
      if (runOn.length < MAX_RUN_ON) runOn.push(quoteSpans[quoteSpans.length - 1] as Span);
    } else runOn = [];
  }
  // A colon that no quotation followed leaves an attribution without content.
  // "First published February 1, 2016: 1:28 AM ET": a date with no lower-case word is no claim
  // (a name alone may be: "endorsed Ted Cruz").
  drafts = drafts.filter((d) => d.content.length > 0 && (d.kind === "credit" || d.quotes.length > 0 || d.content.some((c) => CLAIM_WORD.test(c.text) || !DATE_OR_TIME.test(c.text))));
  // "A statement posted on the ministry's website said …": a cue inside another attribution's
  // source describes that source ("posted"), it reports nothing itself.
  drafts = withoutCuesInSources(drafts);
  drafts.sort((a, b) => a.source.start - b.source.start);
  const resolved = resolveSources(
    lex,
    drafts.map((d): Mention => ({ span: d.source, info: d.info })),
    names,
  );
  let out: Attribution[] = drafts.map((d, i) => ({
    kind: d.kind,
    source: resolved[i] as Attribution["source"],
    cue: d.cue,
    content: d.content.length === 1 ? (d.content[0] as Span) : d.content,
    quotes: d.quotes,
  }));
  const scorer = lex.data.scorer;
  if (scorer || trace) {
    const contest = new Set(lex.data.contestCues ?? []);
    const that = new RegExp(`(?:^|[^\\p{L}])${lex.data.complementizer}\\s+$`, "iu");
    // The language's learned scorer drops the candidates most unlike what annotators mark.
    out = out.filter((a, i) => {
      const d = drafts[i] as Draft;
      if (d.kind === "credit") return true;
      const next = NEXT.exec(text.slice(d.cue.end, d.cue.end + 40))?.[1]?.toLowerCase() ?? "";
      const c: Candidate = { ...d, headline: d.para === 0 && headline, type: d.info.asked ? d.info.type : a.source.type, pronoun: d.info.pronoun, sourceWords: d.source.text.split(/\s+/).length, next, contest: contest.has(lastWord(d.cue.text)), afterThat: that.test(text.slice(Math.max(0, (d.content[0] as Span).start - 12), (d.content[0] as Span).start)) };
      const f = features(c);
      // "Cox says he opposes the plan": a cue inside another candidate's content, or holding one.
      for (let k = Math.max(0, i - 4); k < Math.min(drafts.length, i + 5); k++) {
        const o = drafts[k] as Draft;
        if (k === i || o.para !== d.para) continue;
        if (o.content.some((x) => x.start <= d.cue.start && d.cue.end <= x.end)) f.push(`in:${o.pattern}`);
        if (d.content.some((x) => x.start <= o.cue.start && o.cue.end <= x.end)) f.push(`holds:${o.pattern}`);
      }
      const exempt = alwaysKept(c);
      const last = d.content[d.content.length - 1] as Span;
      const end = NEXT.exec(text.slice(last.end, last.end + 40))?.[1]?.toLowerCase().replace(/^[\p{L}\p{N}]+$/u, "w") ?? "";
      const before = d.source.start > d.cue.start ? "(after)" : (PREV.exec(text.slice(Math.max(0, d.source.start - 40), d.source.start))?.[1]?.toLowerCase() ?? "");
      f.push(`sh:${d.info.head}`, `p:${d.pattern}|end:${end}`, `f:${d.frame}|end:${end}`, `pb:${before.length > 5 && before !== "(after)" ? "w" : before}`);
      trace?.set(a, { features: f, exempt });
      return trace || !scorer || exempt || score(scorer, f) >= scorer.threshold;
    });
  }
  out.sort((a, b) => firstStart(a) - firstStart(b));
  return out;
}

/** The first line reads as a headline: short, no closing period, more text after it. */
function isHeadline(text: string, ranges: [number, number][]): boolean {
  const first = ranges[0];
  const line = first ? text.slice(first[0], first[1]).trim() : "";
  return ranges.length > 1 && line.length < 200 && !/[.!?]["\u201D\u2019]?$/.test(line);
}

const lastWord = (cue: string): string => cue.toLowerCase().split(/\s+/).pop() ?? "";

const CLAIM_WORD = /(?:^|[^\p{L}\p{N}])\p{Ll}/u;
const DATE_OR_TIME = /\b(?:1[89]|20)\d\d\b|\b\d{1,2}:\d\d\b/;

/**
 * "BRUSSELS -- The European Union …", "LONDON — ", "KYIV, Ukraine (AP) – ": a wire story's dateline
 * is the writer's, neither a subject nor part of what was said; the sentence starts after it.
 */
function afterDateline(toks: Token[], s: Range): Range {
  if (s.from !== 0) return s;
  let k = 0;
  while (k < 4 && toks[k]?.acronym && (toks[k] as Token).end - (toks[k] as Token).start >= 3) k++;
  if (k === 0) return s;
  // "ALMATY, Kazakhstan --", "KYIV (Reuters) –".
  if (toks[k]?.lower === ",") for (k++; k < 8 && toks[k]?.cap && toks[k]?.type === Tok.Word; ) k++;
  if (toks[k]?.lower === "(") {
    const close = toks.findIndex((t, i) => i > k && i < k + 6 && t.lower === ")");
    if (close > 0) k = close + 1;
  }
  let dashes = 0;
  while (dashes < 2 && /^[-\u2013\u2014]$/.test(toks[k + dashes]?.lower ?? "")) dashes++;
  return dashes > 0 && k + dashes < s.to ? { from: k + dashes, to: s.to } : s;
}

/** Longest source phrase looked back over, in characters: keeps the check linear. */
const SOURCE_REACH = 400;

function withoutCuesInSources(drafts: Draft[]): Draft[] {
  const sources = drafts.filter((d) => d.kind !== "credit").map((d) => d.source).sort((a, b) => a.start - b.start);
  const inSomeSource = (d: Draft): boolean => {
    let lo = 0;
    let hi = sources.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sources[mid] as Span).start <= d.cue.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
      const o = sources[k] as Span;
      if (o.start < d.cue.start - SOURCE_REACH) return false;
      if (o !== d.source && d.cue.end <= o.end) return true;
    }
    return false;
  };
  return drafts.filter((d) => !inSomeSource(d));
}

const firstStart = (a: Attribution): number => Math.min(a.source.start, a.cue.start, Array.isArray(a.content) ? (a.content[0]?.start ?? 0) : a.content.start);

function toDraft(raw: RawAttribution, quoteSpans: Span[], span: (toks: Token[], p: Phrase) => Span, para: number): Draft {
  const content = raw.content.map((c) => span(raw.toks, c));
  const quotes: Span[] = [];
  for (const c of content) {
    // quoteSpans are sorted and disjoint: start at the first one ending after the content starts.
    let lo = 0;
    let hi = quoteSpans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((quoteSpans[mid] as Span).end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < quoteSpans.length && (quoteSpans[k] as Span).start < c.end; k++) {
      const q = quoteSpans[k] as Span;
      const s = Math.max(c.start, q.start);
      const e = Math.min(c.end, q.end);
      if (s < e) quotes.push({ text: c.text.slice(s - c.start, e - c.start), start: s, end: e });
    }
  }
  return { kind: raw.kind, source: span(raw.toks, raw.source), info: raw.info, cue: span(raw.toks, raw.cue), content, quotes, pattern: raw.pattern, frame: raw.frame, para };
}

/**
 * A wire credit line: "With reports from Reuters, AFP and AP", "(Based on reporting by AP)",
 * "RFE/RL's Kazakh Service contributed to this report". The names are both source and content.
 */
function readCredit(lex: Lexicon, text: string, toks: Token[], para: number, closing: boolean): Draft | undefined {
  // Past brackets, asterisks and dashes around the line.
  let first = 0;
  while (first < toks.length && (toks[first] as Token).type !== Tok.Word) first++;
  let last = toks.length;
  while (last > first && (toks[last - 1] as Token).type !== Tok.Word) last--;
  const words = last - first;
  const at = (k: number, phrase: string[]) => phrase.every((w, i) => (toks[k + i] as Token).lower === w);
  for (const phrase of lex.data.creditPhrases) {
    if (words <= phrase.length || words > phrase.length + 16 || !at(first, phrase)) continue;
    // "Reporting by Amanda Becker; Editing by Matthew Lewis": the credit ends at a semicolon.
    let to = first + phrase.length;
    while (to < last && (toks[to] as Token).lower !== ";") to++;
    while (to > first + phrase.length && (toks[to - 1] as Token).type !== Tok.Word) to--;
    return creditDraft(lex, text, toks, para, { from: first + phrase.length, to }, { from: first, to: first + phrase.length });
  }
  // "Written by Bashir Ahmad based on reporting by Radio Azadi correspondents": inside the closing line.
  if (closing && words <= 30) {
    for (let k = first + 2; k < last - 1; k++) {
      for (const phrase of lex.data.creditPhrases) {
        if (phrase.length < 3 || last - k <= phrase.length || !at(k, phrase)) continue;
        return creditDraft(lex, text, toks, para, { from: k + phrase.length, to: last }, { from: k, to: k + phrase.length });
      }
    }
  }
  for (const phrase of lex.data.creditTails ?? []) {
    const cue = last - phrase.length;
    if (cue <= first || cue - first > 12 || !at(cue, phrase)) continue;
    return creditDraft(lex, text, toks, para, { from: first, to: cue }, { from: cue, to: last });
  }
  return undefined;
}

function creditDraft(lex: Lexicon, text: string, toks: Token[], para: number, names: Phrase, cue: Phrase): Draft {
  const source = spanOf(text, toks, names);
  const info = describe(lex, text, toks, names);
  return { kind: "credit", source, info: { ...info, type: "media", bare: source.text }, cue: spanOf(text, toks, cue), content: [{ ...source }], quotes: [], pattern: "credit", frame: "credit", para };
}

/** The text of tokens [p.from, p.to) with its offsets. */
function spanOf(text: string, toks: Token[], p: Phrase): Span {
  const start = (toks[p.from] as Token).start;
  const end = (toks[p.to - 1] as Token).end;
  return { text: text.slice(start, end), start, end };
}
