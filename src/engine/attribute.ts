// Builds raw attributions sentence by sentence: finds cues, picks the pattern each one is used
// in (preposed "X said …", postposed "…, X said", inverted "…, said X", "according to X",
// participle ", saying …", coordinated "… and said …") and cuts its source and content.
import { matchCue, type CueMatch } from "./cues";
import type { Lexicon } from "./lang";
import type { CueEntry } from "./lang/types";
import type { Range } from "./sentences";
import { describe, isAdverb, isName, isObjectPronoun, lyAdverb, isPastTense, phraseAfter, phraseBefore, skipAdverbsBack, type Phrase, type SourceInfo } from "./sources";
import { isWord, Tok, type Token } from "./tokens";
import type { AttributionKind } from "./types";

/** Token ranges of one paragraph's attribution before offsets and resolution. */
export interface RawAttribution {
  kind: AttributionKind;
  cue: Phrase;
  source: Phrase;
  info: SourceInfo;
  content: Phrase[];
  /** Paragraph tokens the ranges index into. */
  toks: Token[];
  /** Set when a colon at the paragraph end introduces a quote in the next paragraph. */
  awaitsQuote?: boolean;
  /** How the cue was read: for the learned scorer (lang/types.ts `scorer`). */
  pattern: Pattern;
  frame: CueEntry["frame"];
}

export type Pattern = "preposed" | "postposed" | "inverted" | "according" | "inherited" | "opening" | "distant" | "colon";

interface Found {
  m: CueMatch;
  pattern: Pattern;
  source: Phrase;
  info: SourceInfo;
  /** Where this attribution's own words start: content of earlier cues stops here. */
  barrier: number;
  content?: Phrase[];
  /** Inside ", who said …, ": the relative clause, and so the content, ends at a comma. */
  relative?: boolean;
  /** Verbatim without quotation marks: a transcript's turn. */
  direct?: boolean;
}

/** Two words or fewer of unquoted text rarely carry a claim ("said Tuesday", "emphasize them"). */
const MIN_WORDS = 3;
const COLON: CueEntry = { words: [":"], frame: "say" };
const isPunct = (t: Token | undefined, chars: string): boolean => !!t && t.type === Tok.Punct && chars.includes(t.lower);

export class SentenceReader {
  constructor(
    private readonly lex: Lexicon,
    private readonly text: string,
    private readonly toks: Token[],
    /** Upper-case speaker labels may open the paragraph ("TAPPER: …"): not in a headline. */
    private readonly turns = false,
  ) {}

  /** Cue verbs used as verbs: not after a determiner ("the report") nor before a verb ("news reports say"). */
  private cues(s: Range): CueMatch[] {
    const out: CueMatch[] = [];
    const { toks, lex } = this;
    // In a title-case headline ("Trump Says He Never Pledged …") a capitalised cue is a verb.
    let caps = 0;
    let words = 0;
    for (let i = s.from; i < s.to; i++) if ((toks[i] as Token).type === Tok.Word) {
      words++;
      if ((toks[i] as Token).cap) caps++;
    }
    const titleCase = words > 2 && caps >= words * 0.7;
    let unnamedUntil = -1;
    for (let i = s.from; i < s.to; i++) {
      const t = toks[i] as Token;
      if (t.inQ || t.type !== Tok.Word) continue;
      if (i < unnamedUntil) continue;
      if (lex.g.anonymityOpens.has(t.lower)) {
        unnamedUntil = this.anonymityEnd(i, s.to);
        // Where the cue after the clause starts (past a closing comma) → where the clause opens.
        if (unnamedUntil > 0) this.unnamed.set(isPunct(toks[unnamedUntil], ",") ? unnamedUntil + 1 : unnamedUntil, i);
      }
      const m = matchCue(lex.cues, toks, i, s.to);
      if (!m) continue;
      // "Interfax quoted Ryabkov as saying …": the words are Ryabkov's, read at "as saying".
      if (lex.g.quotingVerbs.has(t.lower) && this.quotedAs(m.to, s.to)) continue;
      const prev = toks[i - 1];
      const next = toks[m.to];
      const verbLike = m.entry.frame === "according";
      if (!verbLike && prev && prev.type === Tok.Word && (lex.determiners.has(prev.lower) || lex.nounMakers.has(prev.lower) || /['\u2019]s$/.test(prev.lower))) continue;
      // "Orban hit back", "fought back": a particle after a verb, not "to back".
      if (isWord(prev) && !prev.cap && lex.g.particles.has(t.lower) && (isPastTense(lex, prev.lower) || lex.g.particleVerbs.has(prev.lower))) continue;
      // "for repeat offenders", "of claims": after a preposition only a gerund reports ("in saying").
      if (!verbLike && isWord(prev) && !prev.cap && lex.bridges.has(prev.lower) && !t.lower.endsWith("ing") && m.entry.words.length === 1) continue;
      if (!verbLike && next && next.type === Tok.Word && lex.cueWords.has(next.lower) && m.entry.words.length === 1 && !m.entry.participle) continue;
      if (t.cap && i > s.from && !verbLike && !titleCase) continue;
      // "easier said than done", "did not show up": idioms, not reporting.
      if (next && lex.cueBlockers.has(next.lower)) continue;
      // "a statement posted on X", "a video released by the ministry": a participle qualifying a document.
      const qualifiesDocument = isWord(prev) && lex.documentNouns.has(prev.lower) && isPastTense(lex, t.lower) && isWord(next) && (lex.bridges.has(next.lower) || next.lower === lex.g.agentPreposition);
      if (qualifiesDocument) continue;
      out.push(m);
      i = m.to - 1;
    }
    return out;
  }

  /** The "who" of ", who …," closed by the comma at `comma`, within a few words and no quote. */
  private relativeBefore(s: Range, comma: number, after = s.from): number | undefined {
    const { toks, lex } = this;
    if (!isPunct(toks[comma], ",")) return undefined;
    // Not back past a cue already read: "X, whose ministry …, rejected the criticism, arguing".
    for (let k = comma - 1; k > Math.max(s.from, after) && k >= comma - 30; k--) {
      const t = toks[k] as Token;
      if (t.inQ || t.type === Tok.Quote || isPunct(t, ".;:()\u2014\u2013")) return undefined;
      if (t.lower === lex.g.relativePerson || (lex.g.relativeOwner && t.lower === lex.g.relativeOwner)) return isPunct(toks[k - 1], ",") && k - 1 > s.from ? k : undefined;
    }
    return undefined;
  }

  /** Token after an anonymity clause → the clause's first token ("who", "speaking"). */
  private readonly unnamed = new Map<number, number>();
  /** First tokens of anonymity clauses that deny a name ("who asked not to be identified"). */
  private readonly denied = new Set<number>();

  /**
   * End of "who asked not to be identified", "speaking on condition of anonymity" opened at
   * `i`: the clause says why the source is unnamed, so its verbs report nothing. -1 if none.
   */
  private anonymityEnd(i: number, to: number): number {
    const { toks, lex } = this;
    for (let k = i + 1; k < to && k <= i + 12; k++) {
      const t = toks[k] as Token;
      if (t.type !== Tok.Word || t.inQ) {
        if (t.type === Tok.Quote || isPunct(t, ".;:")) return -1;
        continue;
      }
      if (lex.g.anonymityWords.has(t.lower)) {
        // The denial may follow the name: "who asked that his name not be used".
        for (let d = i + 1; d < to && d <= k + 2; d++) if (lex.g.anonymityDenials.has((toks[d] as Token).lower)) this.denied.add(i);
        // "who asked that her name not be published": past the denial and its passive.
        let end = k + 1;
        while (end < to && end <= k + 3 && (lex.g.anonymityDenials.has((toks[end] as Token).lower) || lex.g.passiveAux.has((toks[end] as Token).lower))) end++;
        if (end > k + 1 && lex.g.passiveAux.has((toks[end - 1] as Token).lower) && isWord(toks[end]) && isPastTense(lex, (toks[end] as Token).lower)) end++;
        // The clause may run on to its comma: "who asked not to be named for fear of reprisals,".
        for (let e = end; e < to && e <= k + 8; e++) {
          const u = toks[e] as Token;
          if (isPunct(u, ",")) return e;
          if (u.type !== Tok.Word || u.inQ) break;
          // "who asked not to be identified for fear of reprisals said": the clause ends at the
          // cue; "for fear of": a cue word after a preposition is a noun.
          if (lex.cueWords.has(u.lower) && !lex.bridges.has(toks[e - 1]?.lower ?? "") && toks[e - 1]?.lower !== lex.g.infinitiveMarker) return e > end ? e : end;
        }
        return end;
      }
    }
    return -1;
  }

  /** "a resident who asked not to be named", "The spokesman, who declined to be named": anonymous. */
  private unnamedSource(f: Found): Found {
    const at = f.source.to + (isPunct(this.toks[f.source.to], ",") ? 1 : 0);
    const before = this.unnamed.get(f.m.from);
    const unnamed = this.denied.has(at) || (before !== undefined && this.denied.has(before) && f.source.to <= before);
    return unnamed && !f.info.name && !f.info.pronoun ? { ...f, info: { ...f.info, type: "anonymous" } } : f;
  }

  read(s: Range): RawAttribution[] {
    const { toks } = this;
    const found: Found[] = [];
    const colon = this.colonLead(s);
    if (colon) found.push(colon);
    for (const m of this.cues(s)) {
      // "Dayton tells … that he thinks Clinton would win": the belief is part of what was said.
      if (m.entry.belief && found.some((f) => f.pattern === "preposed" && f.m.to <= m.from)) continue;
      const f = this.pattern(s, m, found);
      if (f) found.push(this.unnamedSource(f));
    }
    const cq = this.colonQuote(s, found);
    if (cq) found.push(cq);
    // A document opening a sentence with no speaker of its own is the source of the rest.
    if (found.length === 0) {
      const doc = this.documentLead(s) ?? this.quoteVerb(s);
      if (doc) found.push(doc);
    }
    const out: RawAttribution[] = [];
    for (let n = 0; n < found.length; n++) {
      const f = found[n] as Found;
      let content = f.content;
      // "Cruz continued:" closing the paragraph: the quotation is the next paragraph.
      const awaitsQuote = (f.pattern === "preposed" || f.pattern === "colon") && toks[f.m.to - (f.pattern === "colon" ? 1 : 0)]?.lower === ":" && f.m.to + (f.pattern === "colon" ? 0 : 1) >= s.to;
      if (awaitsQuote) {
        out.push({ kind: "direct", cue: { from: f.m.from, to: f.m.to }, source: f.source, info: f.info, content: [], toks, awaitsQuote, pattern: f.pattern, frame: f.m.entry.frame });
        continue;
      }
      if (!content) {
        const start = this.contentStart(f.m, s.to, found);
        if (start === undefined) continue;
        let end = this.contentEnd(start, s.to, found, n);
        if (f.m.entry.stance) end = this.objectEnd(start, end);
        content = [{ from: start, to: end }];
      }
      content = content.map((c) => this.trim(c)).filter((c) => c.to > c.from);
      const kind = f.direct ? "direct" : this.kindOf(content);
      // Objects of stance verbs are short ("endorsed Sanders"): the language's scorer judges them.
      const min = f.m.entry.frame === "object" ? (this.lex.data.minObjectWords ?? MIN_WORDS) : MIN_WORDS;
      if (kind === "indirect" && this.words(content) < min) continue;
      out.push({ kind, cue: { from: f.m.from, to: f.m.to }, source: f.source, info: f.info, content, toks, pattern: f.pattern, frame: f.m.entry.frame });
    }
    return out;
  }

  /** "Mark Cuban: A businessman can run this country": a short name, a colon, the words. */
  /**
   * "“This is fantastic!” beamed Donald Hartley." / "“…,” he boomed.": a quotation and a speaker
   * with a verb outside the lexicon (a past tense next to a name, and nothing else, is speech).
   */
  private quoteVerb(s: Range): Found | undefined {
    const { toks, lex } = this;
    const open = toks[s.from];
    if (!open || open.type !== Tok.Quote || !open.inQ) return undefined;
    let k = s.from + 1;
    while (k < s.to && (toks[k] as Token).inQ) k++;
    const close = k - 1;
    if (close <= s.from + 1 || !isPunct(toks[close - 1], ",?!") || (toks[close] as Token).type !== Tok.Quote) return undefined;
    const isVerb = (t: Token | undefined): boolean => !!t && t.type === Tok.Word && !t.cap && /[a-z]ed$/.test(t.lower) && !lex.stop.has(t.lower);
    const entry: CueEntry = { words: [], frame: "say" };
    // "“…!” beamed Donald Hartley of Madison, who …"
    if (isVerb(toks[k])) {
      const src = phraseAfter(lex, toks, k + 1, s.to);
      if (src && src.to - src.from <= 8 && this.endsClause(src.to, s.to) && (toks[src.from] as Token).cap) {
        return { m: { entry, from: k, to: k + 1 }, pattern: "inverted", source: src, info: this.describe(src), barrier: k, content: [{ from: s.from, to: k }] };
      }
      return undefined;
    }
    // "“…,” he boomed." / "“…,” Hartley beamed Tuesday."
    const src = phraseAfter(lex, toks, k, s.to);
    if (!src || src.to - src.from > 6 || !isVerb(toks[src.to])) return undefined;
    const head = toks[src.from] as Token;
    if (!head.cap && !lex.pronouns.has(head.lower)) return undefined;
    if (!this.shortTail(src.to + 1, s.to)) return undefined;
    return { m: { entry, from: src.to, to: src.to + 1 }, pattern: "postposed", source: src, info: this.describe(src), barrier: k, content: this.postContent(s, k, src.to + 1) };
  }

  /**
   * A colon introducing a quotation that ends the sentence, with no cue before it: the name right
   * before the colon ("… doesn't surprise pollster Daron Shaw: “…”", "More from Jones: “…”") or
   * else the clause's subject ("Kelly responded pointedly, with a smile: “…”") said it.
   */
  private colonQuote(s: Range, found: Found[]): Found | undefined {
    const { toks, lex } = this;
    let c = s.from + 1;
    while (c < s.to && !(isPunct(toks[c], ":") && !(toks[c] as Token).inQ)) c++;
    let k = c + 2;
    while (k < s.to && (toks[k] as Token).inQ) k++;
    // "Fallon fired back:" closing the paragraph: the quotation opening the next one is his.
    const end = c === s.to - 1 && s.to === toks.length && c > s.from + 1;
    const q = toks[c + 1];
    if (found.some((f) => f.m.from <= c) || (!end && (c + 3 >= s.to || q?.type !== Tok.Quote || !q.inQ || s.to - k > 1))) return undefined;
    let src = (toks[c - 1] as Token).cap ? phraseBefore(lex, toks, c, s.from, true) : undefined;
    // "… delivered a blunt message to Trump: “…”": an addressee, not the speaker.
    if (src && ((toks[src.from] as Token).inQ || lex.g.objectPrepositions.has(toks[src.from - 1]?.lower ?? ""))) src = undefined;
    // "surprise Republican pollster Daron Shaw": the verb before the name is not part of it.
    while (src && src.from < src.to - 1 && !(toks[src.from] as Token).cap && !lex.determiners.has((toks[src.from] as Token).lower)) src = { from: src.from + 1, to: src.to };
    src ??= this.subject(s, c, true);
    if (!src) return undefined;
    const info = this.describe(src);
    if (info.type === "unknown") return undefined;
    return { m: { entry: COLON, from: c, to: c + 1 }, pattern: "colon", source: src, info, barrier: c, ...(end ? {} : { content: [{ from: c + 1, to: s.to }] }) };
  }

  /** "In a new Des Moines Register poll, Cruz had a 10-point lead": a document opens the sentence. */
  private documentLead(s: Range): Found | undefined {
    const { toks, lex } = this;
    const first = toks[s.from];
    if (!first || first.lower !== "in" || !isWord(toks[s.from + 1])) return undefined;
    const src = phraseAfter(lex, toks, s.from + 1, s.to);
    if (!src || !lex.determiners.has((toks[s.from + 1] as Token).lower)) return undefined;
    // "In an NBC News poll released Monday, …", "In a Register poll last month, …": to the comma.
    let c = src.to;
    while (c < s.to && c < src.to + 8 && (isWord(toks[c]) || isPunct(toks[c], "/")) && !lex.g.finiteAux.has((toks[c] as Token).lower)) c++;
    if (!isPunct(toks[c], ",") || s.to - c < 4) return undefined;
    let h = c - 1;
    while (h > src.from && !lex.documentNouns.has((toks[h] as Token).lower)) h--;
    const info = this.describe({ from: src.from, to: h + 1 });
    if (info.type !== "document") return undefined;
    return { m: { entry: { words: ["in"], frame: "according" }, from: s.from, to: s.from + 1 }, pattern: "according", source: { from: src.from, to: c }, info, barrier: s.from, content: [{ from: c + 1, to: s.to }] };
  }

  private colonLead(s: Range): Found | undefined {
    const { toks } = this;
    let k = s.from;
    while (k < s.to && k < s.from + 4 && isWord(toks[k]) && (toks[k] as Token).cap) k++;
    const c = toks[k];
    if (k === s.from || !c || c.lower !== ":" || s.to - k < 4) return undefined;
    const source = { from: s.from, to: k };
    // "Breaking:", "The Latest:", "Revealed:": a kicker or page furniture, no speaker.
    const label = toks.slice(s.from, k);
    if (label.some((t) => this.lex.data.furniture?.includes(t.lower))) return undefined;
    // "WATCH:", "UPDATE:": page furniture shouts. But "TAPPER: Are you …" opening a paragraph
    // of a transcript is a speaker's turn: the whole paragraph is what was said.
    if (label.every((t) => t.acronym || t.end - t.start === 1)) return this.speakerLabel(s, k);
    const info = this.describe(source);
    if (info.type === "unknown" || info.type === "document") return undefined;
    return { m: { entry: COLON, from: k, to: k + 1 }, pattern: "according", source, info, barrier: s.from, content: [{ from: k + 1, to: s.to }] };
  }

  /**
   * A transcript's speaker label: one or two upper-case words at a paragraph's start, not a
   * headline's kicker ("EXCLUSIVE: …", in the first paragraph) nor furniture ("UPDATE:").
   */
  private speakerLabel(s: Range, k: number): Found | undefined {
    const { toks, lex } = this;
    if (!this.turns || s.from !== 0 || k > 2) return undefined;
    for (let i = 0; i < k; i++) if ((toks[i] as Token).end - (toks[i] as Token).start < 2) return undefined;
    // "UN: PEACEKEEPERS PAYING …": a headline in capitals, not speech.
    const first = toks[k + 1];
    if (!isWord(first) || (first.acronym && toks[k + 2]?.acronym)) return undefined;
    const source = { from: 0, to: k };
    const info: SourceInfo = { ...this.describe(source), type: "person" };
    return { m: { entry: COLON, from: k, to: k + 1 }, pattern: "according", source, info, barrier: 0, content: [{ from: k + 1, to: toks.length }], direct: true };
  }

  private describe(p: Phrase): SourceInfo {
    return describe(this.lex, this.text, this.toks, p);
  }

  /**
   * Where the sentence goes on after "according to X" set off in its middle, so that the
   * content is both sides: past a closing dash ("a code including — according to the notes of
   * the Bill — a provision to …"), or at the verb past a closing comma ("At the heart of the
   * trouble, according to Ross, was a decision …").
   */
  private afterAccording(s: Range, opening: Token | undefined, src: Phrase): number | undefined {
    const { toks, lex } = this;
    if (isPunct(opening, "\u2014\u2013")) return isPunct(toks[src.to], "\u2014\u2013") && src.to + 2 < s.to ? src.to + 1 : undefined;
    if (!isPunct(opening, ",")) return undefined;
    let k = src.to;
    // Past an apposition: "according to Dennis Ross, a former envoy, was …".
    for (let n = 0; n < 2; n++) {
      if (n > 0 && !(isPunct(toks[k], ",") && lex.determiners.has(toks[k + 1]?.lower ?? ""))) break;
      if (n > 0) k++;
      while (k < s.to && k < src.to + 15 && !isPunct(toks[k], ",;") && !(toks[k] as Token).inQ) k++;
    }
    return isPunct(toks[k], ",") && this.verbLike(toks[k + 1]) && k + 3 < s.to ? k + 1 : undefined;
  }

  /** Whether the marker and a cue ("as saying") follow a quoting verb's object, within a few words. */
  private quotedAs(from: number, to: number): boolean {
    const { toks, lex } = this;
    for (let k = from; k < to && k < from + 10; k++) {
      const t = toks[k] as Token;
      if (t.type !== Tok.Word || t.inQ) return false;
      if (t.lower === lex.g.quotingMarker) return k > from && !!matchCue(lex.cues, toks, k, to);
    }
    return false;
  }

  /** Who a quoting verb quotes, ending at `k` before the marker: its object, or a passive's subject. */
  private quotedSpeaker(s: Range, k: number): Phrase | undefined {
    const { toks, lex } = this;
    const t = toks[k];
    if (!isWord(t)) return undefined;
    if (lex.g.quotingVerbs.has(t.lower)) {
      let j = k - 1;
      while (j > s.from && lex.g.passiveAux.has((toks[j] as Token).lower)) j--;
      return j < k - 1 ? phraseBefore(lex, toks, j + 1, s.from) : undefined;
    }
    if (lex.g.subjectPronouns.has(t.lower)) return lex.g.quotingVerbs.has(toks[k - 1]?.lower ?? "") ? { from: k, to: k + 1 } : undefined;
    // The quoting verb before the object is checked here, whether or not it is a cue of its own.
    const object = phraseBefore(lex, toks, k + 1, s.from, true);
    if (!object) return undefined;
    // "X was quoted by the Mizan news agency as saying …": the passive's subject, not the agency.
    const by = object.from - 1;
    if (toks[by]?.lower === lex.g.agentPreposition && lex.g.quotingVerbs.has(toks[by - 1]?.lower ?? "")) return this.quotedSpeaker(s, by - 1);
    return lex.g.quotingVerbs.has(toks[object.from - 1]?.lower ?? "") ? object : undefined;
  }

  /** "him" is described as "he" would be, so it resolves like a subject pronoun. */
  private quotedInfo(p: Phrase): SourceInfo {
    const { toks, lex } = this;
    const subject = p.to - p.from === 1 ? lex.g.subjectPronouns.get((toks[p.from] as Token).lower) : undefined;
    const type = subject === undefined ? undefined : lex.pronouns.get(subject);
    if (subject === undefined || type === undefined) return this.describe(p);
    return { type, head: subject, bare: this.text.slice((toks[p.from] as Token).start, (toks[p.from] as Token).end), definite: false, pronoun: true };
  }

  private pattern(s: Range, cue: CueMatch, before: Found[]): Found | undefined {
    let m = cue;
    const { toks, lex } = this;
    const frame = m.entry.frame;
    // "A resident who asked not to be named told …": the source is before the clause.
    // "Sandy Phillips, who lost her daughter in Aurora, Colorado, in 2012, said": likewise.
    const unnamed = this.unnamed.get(m.from) ?? this.relativeBefore(s, m.from - 1, before[before.length - 1]?.m.to);
    const prevIdx = unnamed === undefined ? m.from - 1 : unnamed - (isPunct(toks[unnamed - 1], ",") ? 2 : 1);
    const prev = toks[prevIdx];
    if (frame === "according") {
      let src = phraseAfter(lex, toks, m.to, s.to, true);
      if (!src) return undefined;
      // "According to his lawyer, Irina Savelyeva, …": the name in apposition is the source's.
      if (isPunct(toks[src.to], ",")) {
        let e = src.to + 1;
        while (e < s.to && e < src.to + 9 && !isPunct(toks[e], ",.")) e++;
        // A role in the phrase ("his lawyer"); after a name, a one-word apposition is a place.
        const role = toks.slice(src.from, src.to).some((n) => isWord(n) && !n.cap && lex.personNouns.has(n.lower));
        const afterName = !!toks[src.to - 1]?.cap;
        if ((e === s.to || isPunct(toks[e], ",.")) && isName(toks, src.to + 1, e) && role && (!afterName || e - src.to > 2)) src = { from: src.from, to: e };
      }
      // "According to early results of exit polls conducted for …, Clinton led": the source
      // runs to the comma that opens the clause.
      if (m.from === s.from && !isPunct(toks[src.to], ",:")) {
        let k = src.to;
        while (k < s.to && k < m.to + 30 && !isPunct(toks[k], ",:;") && !(toks[k] as Token).inQ) k++;
        if (isPunct(toks[k], ",:")) src = { from: src.from, to: k };
      }
      let content: Phrase;
      let barrier = m.from;
      if (prevIdx >= s.from && isPunct(prev, ",;(\u2014\u2013")) {
        content = { from: s.from, to: prevIdx };
        barrier = prevIdx;
        const rest = this.afterAccording(s, prev, src);
        if (rest !== undefined) return { m, pattern: "according", source: src, info: this.describe(src), barrier, content: [content, { from: rest, to: s.to }] };
      } else if (isPunct(toks[src.to], ",:")) content = { from: src.to + 1, to: s.to };
      else if (m.from > s.from) content = { from: s.from, to: m.from };
      else return undefined;
      return { m, pattern: "according", source: src, info: this.describe(src), barrier, content: [content] };
    }
    // "Interfax quoted Ryabkov as saying …", "Putin was quoted as saying …": the one quoted.
    if (toks[m.from]?.lower === lex.g.quotingMarker && lex.g.quotingVerbs.size > 0) {
      const quoted = this.quotedSpeaker(s, prevIdx);
      if (!quoted) return undefined;
      // "…, the Tuva government was quoted as saying by Interfax.": the words come first.
      const p = quoted.from - 1;
      const pt = toks[p];
      if (p > s.from && (isPunct(pt, ",") || (pt?.type === Tok.Quote && pt.inQ)) && this.shortTail(m.to, s.to)) {
        const stop = isPunct(pt, ",") ? p : p + 1;
        return { m, pattern: "postposed", source: quoted, info: this.quotedInfo(quoted), barrier: stop, content: this.postContent(s, stop, m.to) };
      }
      return { m, pattern: "preposed", source: quoted, info: this.quotedInfo(quoted), barrier: quoted.from };
    }
    // "Asked whether …, Ryan said …", "When asked about …, she …": an opening participle clause
    // holds the question; it runs to the comma, and the clause after it names who was asked.
    const lead = m.from === s.from ? 0 : toks[s.from]?.lower === "when" ? 1 : toks[s.from + 1]?.lower === "when" && lex.g.sentenceConjunctions.has(toks[s.from]?.lower ?? "") ? 2 : -1;
    if (lead >= 0 && m.from === s.from + lead && lex.openers.has(toks[m.from]?.lower ?? "")) {
      let k = m.to;
      while (k < s.to && k < m.to + 40 && !(isPunct(toks[k], ",") && !(toks[k] as Token).inQ)) k++;
      if (k >= s.to || k >= m.to + 40) return undefined;
      let from = m.to;
      let src = phraseAfter(lex, toks, k + 1, s.to);
      // "Asked by Stephanopoulos to respond …": the asker is named, the rest is the question.
      if (toks[from]?.lower === "by") {
        const by = phraseAfter(lex, toks, from + 1, k);
        if (by) [src, from] = [by, by.to];
      }
      if (!src || from >= k) return undefined;
      const info = this.describe(src);
      return { m, pattern: "opening", source: src, info: from === m.to ? { ...info, asked: true } : info, barrier: s.from, content: [{ from, to: k }] };
    }
    // Inverted: "…, said a senior US administration official who spoke to reporters."
    // Not "…, told The Huffington Post" (an addressee) nor "…, said Sunday" (a time).
    if (!m.entry.participle && frame !== "tell" && prevIdx > s.from && (isPunct(prev, ",") || (prev?.type === Tok.Quote && prev.inQ))) {
      const src = phraseAfter(lex, toks, m.to, s.to);
      // "Lee, the party leader, said Yoon’s “…” had …": a possessive ends no subject.
      const possessive = !!src && /['\u2019]s$/.test((toks[src.to - 1] as Token).lower);
      // "…, urged allies to speed up …": an infinitive makes the phrase the cue's object.
      const infinitive = !!src && toks[src.to]?.lower === lex.g.infinitiveMarker && this.isInfinitive(src.to + 1);
      // "…, called the measures “unfair”", "…, said Washington “fully supports” …": a quotation
      // right after the noun goes on with the clause; an inverted speaker ends it.
      const complement = !!src && toks[src.to]?.type === Tok.Quote && (frame === "object" || !!toks[src.to + 1]?.inQ);
      if (src && !possessive && !infinitive && !complement && src.to - src.from <= 10 && this.endsClause(src.to, s.to) && !lex.adjunctWords.has((toks[src.from] as Token).lower) && !this.hasVerb(src.to, Math.min(s.to, src.to + 6), true)) {
        const stop = isPunct(prev, ",") ? prevIdx : m.from;
        return { m, pattern: "inverted", source: src, info: this.describe(src), barrier: stop, content: this.postContent(s, stop, src.to) };
      }
    }
    let j = skipAdverbsBack(lex, toks, prevIdx, s.from);
    // "Cruz himself said", "Ford itself said": the emphatic pronoun stands by its subject.
    if (j > s.from && lex.g.reflexives.has(toks[j]?.lower ?? "") && isWord(toks[j - 1]) && !lex.stop.has((toks[j - 1] as Token).lower)) j = skipAdverbsBack(lex, toks, j - 1, s.from);
    for (let k = j + 1; k <= prevIdx; k++)
      if (lex.g.passiveAux.has((toks[k] as Token).lower)) {
        // Passives ("troops were expected to …") name no speaker before the cue; but "be" before
        // a present participle ("Obama is defending his record") is a finite verb like "defends".
        if (!m.entry.participle) return undefined;
        m = { ...m, entry: { ...m.entry, participle: false } };
      }
    const last = before[before.length - 1];
    // Participle or coordinated cue: the source is the clause's subject, met before.
    const pj = toks[j];
    const coordinated = !!pj && lex.g.coordinators.has(pj.lower);
    // "Husted continued by saying …", "…, before urging …": a gerund's subject is the clause's.
    const gerund = !!m.entry.participle && !!pj && j > s.from && lex.g.gerundPrepositions.has(pj.lower);
    if ((coordinated || m.entry.participle) && frame === "that" && !this.takesClause(m.to, s.to)) return undefined;
    if (last && ((m.entry.participle && isPunct(pj, ",")) || coordinated || gerund)) {
      return { m, pattern: "inherited", source: last.source, info: last.info, barrier: isPunct(toks[j - 1], ",") ? j - 1 : j };
    }
    // "things “should be wrapped up by Cleveland,” referring to …": the comma sits inside the quote.
    if (last && m.entry.participle && pj?.type === Tok.Quote && pj.inQ && isPunct(toks[j - 1], ",") && !isPunct(toks[m.to], ",")) {
      return { m, pattern: "inherited", source: last.source, info: last.info, barrier: j + 1 };
    }
    // "McConnell was quick to embrace the mogul … and said this week that …": the subject.
    if ((coordinated || gerund) && j > s.from) {
      const subj = this.subject(s, j, true);
      if (subj) return { m, pattern: "inherited", source: subj, info: this.describe(subj), barrier: isPunct(toks[j - 1], ",") ? j - 1 : j };
    }
    if (m.entry.participle && isPunct(pj, ",") && j > s.from) {
      // "Then, calling the verdict a travesty, the lawyer left": after an opening adverbial, the
      // participle's subject comes after its clause.
      const later = this.hasVerb(s.from, j) ? undefined : this.subjectAfterClause(m.to, s.to);
      if (later) return { m, pattern: "inherited", source: later.subject, info: this.describe(later.subject), barrier: j, content: [{ from: m.to, to: later.comma }] };
      const subj = this.subject(s, j, false);
      if (subj) return { m, pattern: "inherited", source: subj, info: this.describe(subj), barrier: j };
      return undefined;
    }
    if (m.entry.participle) return this.absoluteClause(s, m, j);
    const who = (toks[j]?.lower === lex.g.relativePerson || toks[j]?.lower === lex.g.relativeThing) && isPunct(toks[j - 1], ",");
    const src = phraseBefore(lex, toks, j + 1, s.from, who);
    if (!src) return before.length === 0 ? this.distantSubject(s, m, j) : undefined;
    const info = this.describe(src);
    const p = src.from - 1;
    const pt = toks[p];
    // "The policy changes, which officials said will …": the content is not a clause of its own.
    if (pt?.lower === lex.g.relativeThing) return undefined;
    // Postposed: "“…,” Kirby said." / "…, the official said on Tuesday." A quote closed on a
    // comma is postposed whatever follows the cue ("“…,” she said in Iowa in 2012 when …").
    // "…, you are the Queen,’” she said": look past nested closing marks for the comma.
    let q = p - 1;
    while (q > s.from && (toks[q] as Token).type === Tok.Quote) q--;
    const quoteClosed = pt?.type === Tok.Quote && pt.inQ && isPunct(toks[q], ",?!") && !this.isTitle(p);
    // "…, insiders said: Trump’s lead …": a colon after the cue introduces the content.
    if (p > s.from && (isPunct(pt, ",") || quoteClosed) && !isPunct(toks[m.to], ":")) {
      const stop = isPunct(pt, ",") ? p : p + 1;
      // "…, her lawyer told RFE/RL’s Russian Service on December 3.": past the one told.
      const addressee = frame === "tell" ? phraseAfter(lex, toks, m.to, s.to) : undefined;
      const tail = addressee && addressee.from === m.to ? addressee.to : m.to;
      if (quoteClosed || this.shortTail(tail, s.to)) return { m, pattern: "postposed", source: src, info, barrier: stop, content: this.postContent(s, stop, m.to) };
      // Parenthetical: "Many of the closures, he said, have involved …" — content on both sides.
      const after = m.to;
      if (isPunct(toks[after], ",") && isPunct(pt, ",")) return { m, pattern: "postposed", source: src, info, barrier: stop, content: [{ from: s.from, to: stop }, { from: after + 1, to: s.to }] };
    }
    // "CNN reported at least six planes …", "A new poll found Clinton ahead": media and documents report without "that".
    if (frame === "that" && !this.takesClause(m.to, s.to) && info.type !== "media" && info.type !== "document") return undefined;
    // "While Ramos said that …, he appears …": speech in an opening subordinate clause ends at its comma.
    const opener = toks[s.from] as Token;
    const subordinate = src.from === s.from + 1 && lex.clauseBreaks.has(opener.lower) && !lex.g.sentenceConjunctions.has(opener.lower);
    // "a pensioner who said she had planned to attend, told …": a relative clause ends at its comma.
    const relative = subordinate || who || toks[src.to - 1]?.lower === lex.g.relativePerson;
    // "Sanders, who said …", "the Times, which reported …": like "he", the relative pronoun is the
    // source and stands for the phrase before it.
    if (who) return { m, pattern: "preposed", source: { from: j, to: j + 1 }, info: { ...info, relative: true }, barrier: src.from, relative };
    return { m, pattern: "preposed", source: src, info, barrier: src.from, ...(relative ? { relative } : {}) };
  }

  /**
   * The subject opening the clause that a coordinated or participle cue before `j` continues
   * ("McConnell was quick to …, and said"), past an opening adverbial ("On Tuesday, Sanders
   * stepped up …, saying"). `verb`: a name, pronoun or determiner first, a verb next.
   */
  private subject(s: Range, j: number, verb: boolean): Phrase | undefined {
    const { toks, lex } = this;
    const ok = (p: Phrase, strict: boolean): boolean => {
      if (!strict) return true;
      const h = toks[p.from] as Token;
      // "Sanders also criticized": past adverbs that are not auxiliaries, to the verb.
      let q = p.to;
      while (q < j && isWord(toks[q]) && !(toks[q] as Token).cap && lex.adverbs.has((toks[q] as Token).lower) && !lex.g.finiteAux.has((toks[q] as Token).lower)) q++;
      let v = toks[q];
      // "Mitch McConnell, R-Ky., delivered": a name's apposition between commas.
      if (isPunct(v, ",") && h.cap && q === p.to) {
        let c = p.to + 1;
        while (c < j && c < p.to + 8 && !isPunct(toks[c], ",") && !(toks[c] as Token).inQ) c++;
        if (c < j && isPunct(toks[c], ",")) v = toks[c + 1];
      }
      // A pronoun after the phrase is the subject itself ("Then he took …"): the phrase was an adverb.
      const verbNext = !!v && v.type === Tok.Word && !v.cap && !lex.determiners.has(v.lower) && !lex.bridges.has(v.lower) && !lex.pronouns.has(v.lower) && (!lex.stop.has(v.lower) || lex.g.finiteAux.has(v.lower));
      return (h.cap || lex.pronouns.has(h.lower) || lex.determiners.has(h.lower)) && verbNext;
    };
    // "Carson took the stage … and called": one lower-case word after a name is its verb.
    const name = (p: Phrase | undefined): Phrase | undefined => {
      if (!p || p.to - p.from < 2 || !(toks[p.from] as Token).cap || lex.determiners.has((toks[p.from] as Token).lower)) return p;
      let e = p.from + 1;
      while (e < p.to && (toks[e] as Token).cap) e++;
      return e === p.to - 1 ? { from: p.from, to: e } : p;
    };
    // "Then he took the stage, calling …": an opening adverb is not the subject.
    const t0 = toks[s.from] as Token;
    const a = isWord(t0) && (lex.adverbs.has(t0.lower) || lex.g.sentenceAdverbs.has(t0.lower)) && !lex.g.finiteAux.has(t0.lower) && isWord(toks[s.from + 1]) ? s.from + 1 : s.from;
    const first = name(phraseAfter(lex, toks, a, j));
    if (first && (verb || ok(first, true))) return ok(first, verb) ? first : undefined;
    // An opening adverbial ("On Tuesday,", "Instead,", "This year,") ends at the first comma;
    // without one, a participle's subject is the phrase that opens the sentence.
    for (let k = s.from + 1; k < j && k < s.from + 12; k++) {
      const t = toks[k] as Token;
      if (t.inQ) break;
      if (!isPunct(t, ",")) continue;
      const subj = name(phraseAfter(lex, toks, k + 1, j));
      if (subj && ok(subj, true)) return subj;
      break;
    }
    return first;
  }

  /**
   * The sentence's subject when what stands between it and its cue is a modifier, not a phrase
   * read backwards: "Many speakers at the service — including … — said", "People who have
   * battled online threats say", "Democrats trying to regain the Senate say", "Feinstein last week said".
   */
  private distantSubject(s: Range, m: CueMatch, j: number): Found | undefined {
    const { toks, lex } = this;
    let a = lex.g.sentenceConjunctions.has((toks[s.from] as Token).lower) ? s.from + 1 : s.from;
    // "Rather, sources close to her campaign say": past a one-word sentence adverb.
    const opener = toks[a] as Token;
    if (isPunct(toks[a + 1], ",") && (isAdverb(lex, opener.lower) || lex.g.sentenceAdverbs.has(opener.lower))) a += 2;
    const src = phraseAfter(lex, toks, a, j + 1);
    if (!src || src.to > j || m.from - src.to > 25 || (m.entry.frame === "that" && !this.takesClause(m.to, s.to))) return undefined;
    const g = toks[src.to] as Token;
    const after = toks[src.to + 1];
    // A comma opens an apposition only if another closes it right before the cue ("Smithy, 33, of
    // Baldwin, Miss., says"); "Still, 52 percent say" is a sentence adverb. After the noun, "close
    // to …" and "to Clinton" belong to the source's name ("sources close to her campaign", "Aides
    // to Clinton"); a participle only qualifies it ("A court document filed Thursday", "a memo seen by Reuters").
    const attached = lex.g.postnominal.has(g.lower) || (g.lower === "to" && isWord(after) && (after.cap || lex.determiners.has(after.lower)));
    const modifier =
      attached ||
      g.lower === lex.g.relativePerson || lex.bridges.has(g.lower) || lex.adjunctWords.has(g.lower) || isPunct(g, "(\u2014\u2013") || (isPunct(g, ",") && isPunct(toks[j], ",")) || (!g.cap && /ing$/.test(g.lower)) ||
      (!g.cap && /ed$/.test(g.lower) && isWord(after) && (after.lower === "by" || lex.adjunctWords.has(after.lower) || lex.bridges.has(after.lower))) ||
      // "A former police officer now living in Western Europe told": an adverb and a participle.
      (!g.cap && lex.adverbs.has(g.lower) && isWord(after) && !after.cap && /.{3}(ing|ed)$/.test(after.lower));
    if (!modifier) return undefined;
    // Up to the cue, or to an anonymity clause before it ("…, who asked not to be named, told").
    for (let k = src.to; k <= j; k++) {
      const t = toks[k] as Token;
      if (t.inQ || isPunct(t, ";:") || (!t.cap && lex.cueWords.has(t.lower))) return undefined;
    }
    // The head noun says what kind of source it is ("Aides" to Clinton are no Clinton).
    const source = attached && j + 1 - src.to <= 8 ? { from: src.from, to: j + 1 } : src;
    const info = this.describe(source);
    const type = this.describe(src).type;
    return { m, pattern: "distant", source, info: type === "unknown" ? info : { ...info, type }, barrier: src.from };
  }

  /** "…, with Peskov calling the accusations “absurd”": an absolute clause names its own speaker. */
  private absoluteClause(s: Range, m: CueMatch, j: number): Found | undefined {
    const { toks, lex } = this;
    if (!lex.g.absolutePreposition || j <= s.from) return undefined;
    const src = phraseBefore(lex, toks, j + 1, s.from, true);
    if (!src || toks[src.from - 1]?.lower !== lex.g.absolutePreposition || !isPunct(toks[src.from - 2], ",")) return undefined;
    return { m, pattern: "preposed", source: src, info: this.describe(src), barrier: src.from - 2 };
  }

  /** Nothing but a few adjunct words after the cue before the sentence ends or a quote resumes. */
  private shortTail(from: number, to: number): boolean {
    // "…, Trump says he goes …": a subject after the cue makes what follows the content.
    const first = this.toks[from];
    if (first && from < to && first.type === Tok.Word && !this.adjunctStart(first)) return false;
    // "Many of the closures, he said, have involved …": the sentence's verb comes next.
    if (isPunct(first, ",") && this.lex.g.finiteAux.has(this.toks[from + 1]?.lower ?? "")) return false;
    let words = 0;
    for (let k = from; k < to; k++) {
      const t = this.toks[k] as Token;
      if (t.type === Tok.Quote && !t.inQ) continue;
      // A quote resumed after a comma: "“…,” he said, “…”".
      if (t.type === Tok.Quote && isPunct(this.toks[k - 1], ",:")) return true;
      if (t.type === Tok.Punct) {
        if (t.lower === "(") continue;
        if (t.lower !== ",") return true;
        // "…, officials said on Friday, as talks went on": a new clause ends the tail.
        const next = this.toks[k + 1];
        if (isWord(next) && !next.inQ && (this.clauseApposition(k, false) || (this.lex.clauseBreaks.has(next.lower) && !this.lex.g.sentenceConjunctions.has(next.lower))) && this.onlyTimeOrPlace(from, k)) return true;
        continue;
      }
      if (t.lower === this.lex.data.complementizer && !t.inQ) return false;
      if (t.type === Tok.Word && !t.inQ && ++words > 7) return false;
    }
    return true;
  }

  /**
   * At the comma `k`, the writer's apposition to the whole clause: "…, a move the UN warned …",
   * "…, one of the weakest performances in the EU". `summing`: only with a noun that sums up a
   * clause ("move", "deal", "day"), where the content would otherwise run on.
   */
  private clauseApposition(k: number, summing: boolean): boolean {
    const ap = this.lex.g.clauseApposition;
    const next = this.toks[k + 1];
    if (!ap || !isWord(next) || next.inQ) return false;
    if (ap.articles.has(next.lower)) return !summing || ap.nouns.has(this.toks[k + 2]?.lower ?? "");
    return !summing && next.lower === ap.partitive[0] && this.toks[k + 2]?.lower === ap.partitive[1];
  }

  /** A bare verb after "to": lower case, and no determiner, number or pronoun opening a noun phrase. */
  private isInfinitive(k: number): boolean {
    const t = this.toks[k];
    return isWord(t) && !t.cap && !/^\d/.test(t.lower) && !this.lex.determiners.has(t.lower) && !this.lex.stop.has(t.lower) && !this.lex.pronouns.has(t.lower) && !isObjectPronoun(this.lex, t);
  }

  /** Words like "on November 28 in Kyiv" (or none): times, places and the prepositions between them. */
  private onlyTimeOrPlace(from: number, to: number): boolean {
    const { toks, lex } = this;
    let words = 0;
    for (let k = from; k < to; k++) {
      const t = toks[k] as Token;
      if (t.type !== Tok.Word) continue;
      words++;
      if (!(t.cap || /^\d/.test(t.lower) || lex.adjunctWords.has(t.lower) || lex.bridges.has(t.lower) || lex.determiners.has(t.lower))) return false;
    }
    return true;
  }

  private adjunctStart(t: Token): boolean {
    const { lex } = this;
    return lex.bridges.has(t.lower) || lex.adjunctWords.has(t.lower) || lex.adverbs.has(t.lower) || (lex.stop.has(t.lower) && t.lower !== lex.data.complementizer) || lex.cueWords.has(t.lower) || lyAdverb(lex, t.lower);
  }

  /** A quotation closing at `close` that names a show or a work: "on CNN’s “New Day,”". */
  private isTitle(close: number): boolean {
    let k = close - 1;
    while (k > 0 && (this.toks[k] as Token).inQ && !((this.toks[k] as Token).type === Tok.Quote && !(this.toks[k - 1]?.inQ ?? false))) k--;
    const before = this.toks[k - 1];
    return !!before && before.type === Tok.Word && (this.lex.bridges.has(before.lower) || /'s$/.test(before.lower));
  }

  /** After an inverted source only a relative clause, apposition or the sentence end may follow. */
  private endsClause(k: number, to: number): boolean {
    const t = this.toks[k];
    return !t || k >= to || isPunct(t, ",.;!?(") || t.type === Tok.Quote || this.lex.afterSource.has(t.lower);
  }

  /** Content before a postposed attribution, plus a quote resumed after it ("…,” X said, “…”). */
  private postContent(s: Range, stop: number, afterCue: number): Phrase[] {
    const { toks, lex } = this;
    // "Claim: “…,” Zakharova said": a fact-check's label is the writer's, not the speaker's.
    const first = toks[s.from];
    const from = isWord(first) && first.cap && !first.inQ && isPunct(toks[s.from + 1], ":") && s.from + 2 < stop ? s.from + 2 : s.from;
    const pieces: Phrase[] = [{ from, to: stop }];
    // The quote may resume past a description of the speaker or an adjunct: "“The risk,” said
    // Ed Leamer, an economist at UCLA, “is that …”", "“…,” he said of Trump, “whether …”".
    let k = afterCue;
    while (k < s.to && k < afterCue + 20 && !toks[k]?.inQ && !(lex.cueWords.has((toks[k] as Token).lower) && !(toks[k] as Token).cap)) k++;
    const q = toks[k];
    if (isPunct(toks[k - 1], ",") && q?.type === Tok.Quote && q.inQ) {
      // "Asked what he wants, Adelson said, “They have got to win.”": the quote alone is what was said.
      let quoted = false;
      for (let i = s.from; i < stop && !quoted; i++) quoted = (toks[i] as Token).inQ;
      if (!quoted) return [{ from: k, to: s.to }];
      pieces.push({ from: k, to: s.to });
    }
    return pieces;
  }

  private takesClause(k: number, to: number): boolean {
    const t = this.toks[k];
    if (!t || k >= to) return false;
    return t.lower === this.lex.data.complementizer || t.lower === ":" || (t.type === Tok.Quote && t.inQ) || (t.lower === "," && (this.toks[k + 1]?.type === Tok.Quote || this.asideBeforeThat(k, to) !== undefined));
  }

  /** "weapons, ammunition, and explosives had been …": short items between commas are a list, not clauses. */
  private listSoFar(start: number, comma: number): boolean {
    let items = 0;
    let words = 0;
    for (let k = start; k <= comma; k++) {
      const t = this.toks[k] as Token;
      if (isPunct(t, ",")) {
        if (words === 0 || words > 3) return false;
        items++;
        words = 0;
      } else if (t.type === Tok.Word && !t.inQ) words++;
      else return false;
    }
    return items >= 2;
  }

  /** "insisted, without providing evidence, that …": where the content starts after the aside. */
  private asideBeforeThat(comma: number, to: number): number | undefined {
    const { toks, lex } = this;
    let c = comma + 1;
    while (c < to && c < comma + 8 && !isPunct(toks[c], ",;:") && !(toks[c] as Token).inQ) c++;
    return isPunct(toks[c], ",") && toks[c + 1]?.lower === lex.data.complementizer ? c + 2 : undefined;
  }

  /** First content token after a preposed cue: past an addressee or adjunct, up to "that". */
  private contentStart(m: CueMatch, to: number, found: Found[]): number | undefined {
    const { toks, lex } = this;
    const frame = m.entry.frame;
    const quoted = frame === "say" || frame === "tell" ? this.quoteAfterAdjunct(m.to, to) : undefined;
    if (quoted !== undefined) return quoted;
    // "said in a statement after a phone call between the two presidents on November 26 that …":
    // an adjunct opening with a preposition may run long before "that".
    const first = toks[m.to];
    const window = frame === "tell" || (isWord(first) && (lex.bridges.has(first.lower) || lex.adjunctWords.has(first.lower))) ? 20 : 8;
    for (let k = m.to; k < to && k < m.to + window; k++) {
      const t = toks[k] as Token;
      if (t.lower === lex.data.complementizer && t.type === Tok.Word && !t.inQ) {
        // "attacked the media that said …", "said the man that attacked her was …": a verb right
        // after "that" makes it a relative pronoun, part of the object, not the start of the content.
        if (k > m.to && this.verbLike(toks[k + 1])) break;
        return k + 1;
      }
      if (t.type === Tok.Quote || t.lower === ";" || t.lower === ":" || t.inQ) break;
      // "insisted, without providing evidence, that …": past an aside between commas.
      const aside = t.lower === "," && k === m.to ? this.asideBeforeThat(k, to) : undefined;
      if (aside !== undefined) return aside;
      if (lex.g.coordinators.has(t.lower) || (frame !== "tell" && t.lower === ",")) break;
      if (found.some((f) => f.m.from === k)) break;
      // "said on Telegram the releases showed that …": another reporting verb's "that".
      if (k > m.to && !t.cap && lex.cueWords.has(t.lower) && isPastTense(lex, t.lower) && !lex.documentNouns.has(toks[k - 1]?.lower ?? "")) break;
      // "said Thursday his biggest worry is that …": a verb before "that" means it is not ours.
      if (frame !== "tell" && lex.g.finiteAux.has(t.lower)) break;
    }
    let k = m.to;
    // "said on Telegram the releases showed …", "said on Monday the talks had failed": past a
    // short time or place, where the reported clause starts.
    if (frame === "say") {
      let e = k;
      while (e < to && e < m.to + 6 && isWord(toks[e]) && lex.bridges.has((toks[e] as Token).lower)) {
        let n = e + 1;
        while (n < to && n < e + 4 && isWord(toks[n]) && ((toks[n] as Token).cap || /^\d/.test((toks[n] as Token).lower) || lex.adjunctWords.has((toks[n] as Token).lower))) n++;
        if (n === e + 1) break;
        // "said on Friday Russia would pay": the last name before a verb is the clause's subject.
        const after = toks[n];
        if (n > e + 2 && isWord(after) && !after.cap && !lex.bridges.has(after.lower) && (toks[n - 1] as Token).cap) n--;
        e = n;
      }
      const next = toks[e];
      if (e > k && isWord(next) && !next.inQ && (lex.determiners.has(next.lower) || lex.pronouns.has(next.lower) || next.cap)) return e;
    }
    if (frame === "tell" && lex.objectPronouns.has((toks[k] as Token | undefined)?.lower ?? "")) k++;
    else if (frame === "tell") {
      const obj = phraseAfter(lex, toks, k, to);
      if (obj && obj.to - obj.from <= 4) k = obj.to;
      else if (!obj) return undefined;
    }
    while (k < to && isPunct(toks[k], ",:")) k++;
    return k < to ? k : undefined;
  }

  /**
   * "said last week in Tel Aviv, “…”", "told reporters on Monday: “…”": a short time, place or
   * addressee between a speech cue and a quotation that ends the sentence is not what was said;
   * the quotation is. Not "said the plan, “a disaster,” would fail", where the sentence goes on.
   */
  private quoteAfterAdjunct(from: number, to: number): number | undefined {
    const { toks, lex } = this;
    for (let k = from; k < to && k < from + 9; k++) {
      const t = toks[k] as Token;
      if (t.inQ) return undefined;
      if (isPunct(t, ",:")) {
        const open = toks[k + 1];
        if (k === from || open?.type !== Tok.Quote || !open.inQ) return undefined;
        let e = k + 1;
        while (e + 1 < to && (toks[e + 1] as Token).inQ) e++;
        for (let r = e + 1; r < to; r++) if ((toks[r] as Token).type === Tok.Word) return undefined;
        return k + 1;
      }
      if (t.type !== Tok.Word || t.lower === lex.data.complementizer || this.verbLike(t)) return undefined;
    }
    return undefined;
  }

  /** The subject and verb after the comma that closes a clause opened at `from`: ", the lawyer left". */
  private subjectAfterClause(from: number, to: number): { subject: Phrase; comma: number } | undefined {
    const { toks, lex } = this;
    for (let k = from; k < to && k < from + 25; k++) {
      const t = toks[k] as Token;
      if (t.inQ || isPunct(t, ".;:")) return undefined;
      if (!isPunct(t, ",")) continue;
      const subject = phraseAfter(lex, toks, k + 1, to);
      return subject && this.verbLike(toks[subject.to]) ? { subject, comma: k } : undefined;
    }
    return undefined;
  }

  /** A finite verb: an auxiliary, a cue verb or a lower-case past tense ("is", "said", "attacked"). */
  private verbLike(t: Token | undefined): boolean {
    const { lex } = this;
    if (!t || t.type !== Tok.Word || t.cap || t.inQ) return false;
    return lex.g.finiteAux.has(t.lower) || lex.clauseAux.has(t.lower) || lex.cueWords.has(t.lower) || isPastTense(lex, t.lower);
  }

  /** A verb in [from, to); `aux`: only an auxiliary, up to the first mark ("…, said Clinton’s response to Trump was …"). */
  private hasVerb(from: number, to: number, aux?: boolean): boolean {
    for (let k = from; k < to; k++) {
      const t = this.toks[k] as Token;
      if (aux ? !isWord(t) : this.verbLike(t)) return !aux;
      if (aux && this.lex.g.finiteAux.has(t.lower)) return true;
    }
    return false;
  }

  /** The content of a preposed cue stops where another attribution's own words begin. */
  private contentEnd(start: number, to: number, found: Found[], n: number): number {
    const { toks, lex } = this;
    const own = found[n] as Found;
    const frame = own.m.entry.frame;
    let end = to;
    for (let k = n + 1; k < found.length; k++) {
      const f = found[k] as Found;
      // A coordinated cue ends only the content of the cue whose subject it shares.
      // But ", telling …" after a comma goes back to the sentence's subject: "Carson said he saw no
      // need …, telling Stephanopoulos …".
      if (f.pattern === "inherited" && f.source !== own.source && !(f.m.entry.participle && isPunct(toks[f.barrier], ","))) continue;
      let b = f.barrier;
      if (f.pattern === "preposed") {
        // "… hacked DNC computers and she accused Trump …": a new clause, not nested speech.
        const c = toks[f.source.from - 1];
        const head = toks[f.source.from] as Token;
        const absolute = c?.lower === lex.g.absolutePreposition && f.barrier === f.source.from - 2;
        if (!absolute && (!c || !lex.g.coordinators.has(c.lower) || !(head.cap || lex.pronouns.has(head.lower)))) continue;
        // "states like California and Colorado will clarify …": names joined, no second clause.
        if (head.cap && toks[f.source.from - 2]?.cap && !this.hasVerb(start, f.source.from - 1)) continue;
        b = isPunct(toks[f.source.from - 2], ",") ? f.source.from - 2 : f.source.from - 1;
      }
      if (b >= start && b < end) end = b;
    }
    const relative = own.relative === true;
    // "Russian state media, citing unnamed sources, reported …": a participle clause between a
    // subject and its verb ends at the comma before the verb.
    const between = !!own.m.entry.participle && isPunct(toks[own.m.from - 1], ",") && (own.source.to === own.m.from - 1 || own.source.from > own.m.from);
    for (let k = start; k < end; k++) {
      const t = toks[k] as Token;
      if (t.inQ) continue;
      if (t.lower === ";" || (relative && t.lower === ",")) return k;
      if (between && t.lower === "," && this.verbLike(toks[k + 1])) return k;
      // ", which is spread by mosquitoes", ", and three-quarters said …": the writer's clause;
      // but ", and that …" is a second clause of what was said.
      if (t.lower === "," && k > start + 2 && lex.clauseBreaks.has(toks[k + 1]?.lower ?? "") && !(toks[k + 1] as Token).inQ && toks[k + 2]?.lower !== lex.data.complementizer && !this.listSoFar(start, k)) return k;
      // "…, a deal the state news agency called historic": the writer's apposition to the whole clause.
      if (t.lower === "," && k > start + 5 && this.clauseApposition(k, true)) return k;
      // A second predicate of the same subject: ", but has continued …", " and urged …".
      if (lex.g.coordinators.has(t.lower) && k > start) {
        const n2 = skipForward(lex, toks, k + 1, end);
        const nt = toks[n2];
        if (!nt || nt.type !== Tok.Word || nt.cap || nt.lower === "that") continue;
        const comma = isPunct(toks[k - 1], ",");
        // Without a comma, "… remains open but would require …" still belongs to a reported
        // clause; only an object ("warned Putin of sanctions but did not …") ends there.
        if ((lex.cueWords.has(nt.lower) || lex.clauseAux.has(nt.lower)) && (comma || frame === "object")) return comma ? k - 1 : k;
      }
    }
    return end;
  }

  /** The object noun phrase of a stance verb, without adjuncts ("Sanders on Monday" → "Sanders"). */
  private objectEnd(start: number, end: number): number {
    const { toks, lex } = this;
    const t = toks[start] as Token;
    if (t.type !== Tok.Word || t.inQ || t.lower === lex.data.complementizer || t.lower === "to") return end;
    // "endorsed her last summer": a pronoun is the whole object.
    if (lex.objectPronouns.has(t.lower) || (lex.determiners.has(t.lower) && !isWord(toks[start + 1]))) return start + 1;
    const np = phraseAfter(lex, toks, start, end);
    // "endorsed making it harder …": a clause, not a noun phrase.
    if (!np || (np.to - np.from === 1 && /ing$/.test(t.lower))) return end;
    for (let k = np.from + 1; k < np.to; k++) if (lex.bridges.has((toks[k] as Token).lower) && lex.adjunctWords.has(toks[k + 1]?.lower ?? "")) return k;
    return np.to;
  }

  private trim(c: Phrase): Phrase {
    let { from, to } = c;
    const toks = this.toks;
    while (from < to && isPunct(toks[from], ",:;.\u2014\u2013-")) from++;
    while (to > from && isPunct(toks[to - 1], ",:;.\u2014\u2013-(") && !(toks[to - 1] as Token).inQ) to--;
    return { from, to };
  }

  private words(content: Phrase[]): number {
    let n = 0;
    for (const c of content) for (let k = c.from; k < c.to; k++) if ((this.toks[k] as Token).type === Tok.Word) n++;
    return n;
  }

  private kindOf(content: Phrase[]): AttributionKind {
    let quoted = 0;
    let plain = 0;
    for (const c of content)
      for (let k = c.from; k < c.to; k++) {
        const t = this.toks[k] as Token;
        if (t.type !== Tok.Word) continue;
        if (t.inQ) quoted++;
        else plain++;
      }
    return quoted === 0 ? "indirect" : plain === 0 ? "direct" : "mixed";
  }
}

function skipForward(lex: Lexicon, toks: Token[], k: number, to: number): number {
  while (k < to && (toks[k] as Token).type === Tok.Word && !(toks[k] as Token).cap && (lex.adverbs.has((toks[k] as Token).lower) && !lex.clauseAux.has((toks[k] as Token).lower) || lyAdverb(lex, (toks[k] as Token).lower))) k++;
  return k;
}
