// Gives every source a group name (canonical) and points pronouns and descriptions ("he",
// "the official", "the statement", "the French president") back to the source they mean.
import type { Lexicon } from "./lang";
import type { SourceInfo } from "./sources";
import { Tok, type Token } from "./tokens";
import type { SourceSpan, SourceType } from "./types";

/** Person names met anywhere in the text, with the title words written before them. */
export interface NameIndex {
  /** Surname (lower-case) → the first full name with it ("biden" → "Joe Biden"). */
  full: Map<string, string>;
  /** Mentions in text order: "French President Emmanuel Macron" → titles [french, president]. */
  titled: { at: number; titles: string[]; name: string }[];
  /** Full name or surname (lower-case) → evidence of sex: above 0 male, below 0 female. */
  sex: Map<string, number>;
  /** Named bodies in text order, by their organisation noun: "the U.S. Treasury Department" → department. */
  bodies: { at: number; head: string; name: string }[];
  /** People named with a title as a sentence's subject: "Chechen leader Ramzan Kadyrov has not commented." */
  subjects: { at: number; name: string }[];
}

export function newNameIndex(): NameIndex {
  return { full: new Map(), titled: [], sex: new Map(), bodies: [], subjects: [] };
}

/**
 * Adds the capitalised runs of one paragraph: titles followed by a two- or three-word name, and
 * named bodies. `headline`: a title-case headline, whose capitals name nothing.
 */
export function indexNames(lex: Lexicon, text: string, toks: Token[], names: NameIndex, headline = false): void {
  let k = 0;
  while (k < toks.length) {
    const t = toks[k] as Token;
    if (t.type !== Tok.Word || !t.cap) {
      k++;
      continue;
    }
    let from = k;
    while (k < toks.length && (toks[k] as Token).type === Tok.Word && ((toks[k] as Token).cap || (toks[k] as Token).lower === "of" && (toks[k + 1]?.cap ?? false))) k++;
    // "When Maddow asked", "For Trump, …", "Is Sanders right?": a capitalised function word opening
    // the sentence is no part of the name (else "When Maddow" names every "Maddow").
    for (let f: string; from < k - 1 && ((f = (toks[from] as Token).lower), lex.starters.has(f) || lex.stop.has(f) || lex.bridges.has(f) || lex.adverbs.has(f)); ) from++;
    const words = toks.slice(from, k).map((w) => text.slice(w.start, w.end));
    // "Treasury Department", "Ministry of National Economy": what "the department" may point back to.
    const last = (words[words.length - 1] as string).toLowerCase();
    const first = (words[0] as string).toLowerCase();
    const head = lex.organizationNouns.has(last) ? last : words[1] === "of" && lex.organizationNouns.has(first) ? first : undefined;
    if (head && words.length > 1 && !headline) names.bodies.push({ at: (toks[from] as Token).start, head, name: words.join(" ").replace(/['\u2019]s$/, "") });
    let s = words.length;
    while (s > 0 && !lex.titles.has(words[s - 1] as string) && !lex.organizationNames.has(words[s - 1] as string) && !lex.mediaNames.has(words[s - 1] as string)) s--;
    const name = words.slice(s);
    if (name.length > 0 && lex.sex.size) {
      // Titles and first names ("Mrs.", "Maria") weigh most; then the first he/his/she/her within
      // a few words of the name ("Biden said his …", "Clinton, 68, said she"). Not after a
      // possessive ("Clinton's charges about his stance"), nor "her" as an object ("named her").
      let v = 0;
      for (const w of words.slice(0, -1)) v += 2 * (lex.sex.get(w.toLowerCase()) ?? 0);
      const w = name.join(" ");
      const own = /['\u2019]s$/.test(w);
      for (let j = k; j < k + 5 && !own; j++) {
        const t = toks[j];
        if (!t || t.cap || (t.type === Tok.Punct && t.lower !== ",") || t.type === Tok.Quote) break;
        const n = toks[j + 1];
        const x = lex.pronouns.has(t.lower) || (lex.determiners.has(t.lower) && n?.type === Tok.Word && !n.cap && !lex.stop.has(n.lower) && !lex.determiners.has(n.lower)) ? lex.sex.get(t.lower) : 0;
        if (x) {
          v += x;
          break;
        }
      }
      // Keyed as canonicalOf names it: a surname alone counts for the full name met before it.
      const bare = w.replace(/['\u2019]s$/, "");
      const key = (name.length > 1 ? bare : (names.full.get(bare.toLowerCase()) ?? bare)).toLowerCase();
      names.sex.set(key, (names.sex.get(key) ?? 0) + v);
    }
    if (name.length >= 2 && name.length <= 3 && !name.some((w) => /['\u2019]/.test(w))) {
      const full = name.join(" ");
      const sur = (name[name.length - 1] as string).toLowerCase();
      if (!names.full.has(sur)) names.full.set(sur, full);
      if (s > 0) names.titled.push({ at: (toks[from] as Token).start, titles: words.slice(0, s).map((w) => w.toLowerCase()), name: full });
      // At a sentence's start, after its titles ("Chechen leader Ramzan Kadyrov has not commented"),
      // before a lower-case verb: a later "he" may mean this person.
      let b = from;
      // Quoted words count too: indexNames reads names inside quotations.
      while (b > 0 && b > from - 4 && toks[b - 1]?.type === Tok.Word && ((toks[b - 1] as Token).cap || lex.personNouns.has((toks[b - 1] as Token).lower))) b--;
      const prev = toks[b - 1];
      const next = toks[k];
      if (!headline && (!prev || prev.lower === "." || lex.g.sentenceConjunctions.has(prev.lower)) && next?.type === Tok.Word && !next.cap && !lex.stop.has(next.lower)) names.subjects.push({ at: (toks[from] as Token).start, name: full });
    }
  }
}

/** The last entry of `list` (sorted by `at`) before `at` that `pick` accepts, within LOOKBACK entries. */
function lastBefore<T extends { at: number }>(list: T[], at: number, pick: (x: T) => boolean): T | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as T).at < at) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - LOOKBACK; k--) if (pick(list[k] as T)) return list[k];
  return undefined;
}

/** How far back a pronoun or description looks for what it means: enough for an article. */
const LOOKBACK = 60;
/** "they"/"it" look back at most this many characters: further, the writer has moved on. */
const GROUP_REACH = 600;

export interface Mention {
  span: { text: string; start: number; end: number };
  info: SourceInfo;
}

/** Resolves sources in text order; `mentions` must be sorted by start. */
export function resolveSources(lex: Lexicon, mentions: Mention[], names: NameIndex): SourceSpan[] {
  const out: SourceSpan[] = [];
  // Initials given in brackets ("… Mission in Afghanistan (UNAMA)") → the name they stand for.
  const initials = new Map<string, string>();
  const canonicalOf = (m: Mention): string => {
    const { info } = m;
    const named = initials.get(info.bare);
    if (named) return named;
    if (info.type === "person" && info.name) {
      const parts = info.name.split(" ");
      return parts.length === 1 ? (names.full.get(info.name.toLowerCase()) ?? info.name) : info.name;
    }
    // "the rights group OVD-Info" is OVD-Info.
    if (info.name) return info.name;
    // "The Kremlin statement" belongs with the Kremlin's other words, not under its own name.
    if (info.owner) return info.owner.includes(" ") ? info.owner : (names.full.get(info.owner.toLowerCase()) ?? info.owner);
    return info.bare;
  };
  // Above 0 a man, below 0 a woman, 0 unknown: what the article showed, else a surname ending.
  const sexOf = (name: string): number => {
    const [he, she] = lex.data.sex?.endings ?? [];
    const sur = name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
    // The surname's own count holds what was said of it before its full name came up.
    const v = (names.sex.get(name.toLowerCase()) ?? 0) + (sur !== name.toLowerCase() ? (names.sex.get(sur) ?? 0) : 0);
    return v || (he?.test(name) ? 1 : she?.test(name) ? -1 : 0);
  };
  // An unnamed person's sex shows in the noun: "the mother of one of the men" is no "he".
  const sexOfMention = (s: SourceSpan, mm: Mention): number => (mm.info.name ? sexOf(s.canonical) : (lex.sex.get(mm.info.head) ?? sexOf(s.canonical)));
  // "A former police officer … told RFE/RL …. “…,” he said": one unnamed person counts too.
  const onePerson = (s: SourceSpan, mm: Mention): boolean => s.type === "person" || (s.type === "anonymous" && (lex.personNouns.has(mm.info.head) || lex.anonymousSingular.has(mm.info.head)));
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const { info } = m;
    let type: SourceType = info.type;
    let resolved: string | undefined;
    const earlier = (pick: (s: SourceSpan, m: Mention) => boolean): SourceSpan | undefined => {
      for (let k = out.length - 1; k >= 0 && k >= out.length - LOOKBACK; k--) if (pick(out[k] as SourceSpan, mentions[k] as Mention)) return out[k];
      return undefined;
    };
    if (info.pronoun) {
      if (type === "person") {
        // "he" skips a known woman and "she" a known man; "I" or an unknown sex takes the last person.
        const want = lex.sex.get(info.head) ?? 0;
        const ante = earlier((s, mm) => onePerson(s, mm) && !mm.info.pronoun && mm.span.start < m.span.start && sexOfMention(s, mm) * want >= 0);
        // A person named as a sentence's subject since that source: "Kadyrov has not commented. But
        // …, he said".
        const subject = lastBefore(names.subjects, m.span.start, (p) => p.at > (ante?.start ?? -1) && sexOf(p.name) * want >= 0);
        if (subject) resolved = subject.name;
        else if (ante) resolved = ante.canonical;
      } else if (lex.data.groupPronouns?.includes(info.head)) {
        // "US officials said … They said …": the last group, organisation or document, if near.
        const ante = earlier((s, mm) => s.type !== "person" && s.type !== "unknown" && !mm.info.pronoun && m.span.start - mm.span.start < GROUP_REACH);
        if (ante) {
          resolved = ante.canonical;
          type = ante.type;
        }
      }
    } else if (info.definite && !info.name && !info.owner && !info.proper) {
      const head = info.head;
      const stem = head.replace(/s$/, "");
      if (type === "document" && !m.info.bare.includes(" ")) {
        // "the statement" → the Kremlin's statement or the Kremlin; "the indictment" → only an
        // indictment named before.
        const issued = lex.issuedDocuments.has(head);
        // A document of another kind is another document: "the report" is not "a statement".
        const ante = earlier((s, mm) => (s.type === "document" && mm.info.head === head) || (issued && s.type === "organization"));
        if (ante) resolved = ante.canonical;
      } else if (type === "person" || lex.personNouns.has(head) || lex.personNouns.has(stem)) {
        const want = m.info.bare.toLowerCase().split(/\s+/);
        const best = lastBefore(names.titled, m.span.start, (t) => want.every((w) => t.titles.includes(w)))?.name;
        if (best) {
          resolved = best;
          type = "person";
        } else {
          // "the diplomat" → "a Western diplomat familiar with the talks", named or not.
          const ante = earlier((s, mm) => (s.type === "person" || s.type === "anonymous") && !mm.info.pronoun && s.text.toLowerCase().includes(stem));
          if (ante) {
            resolved = ante.canonical;
            type = ante.type;
          }
        }
      } else {
        // "the agency" may be an outlet met before ("the region's official news agency, Novosti Pridnestrovya").
        const ante = earlier((s, mm) => (s.type === type || (type === "organization" && s.type === "media")) && !mm.info.pronoun && mm.info.bare.toLowerCase().includes(stem));
        // "the department" → "the U.S. Treasury Department" named since, even in no attribution.
        const body = type === "organization" ? lastBefore(names.bodies, m.span.start, (b) => b.head === head) : undefined;
        // A body named inside the source met before is that source ("The UN Assistance Mission … (UNAMA) said").
        if (body && (!ante || body.at >= ante.end)) resolved = body.name;
        else if (ante) {
          resolved = ante.canonical;
          type = ante.type;
        }
      }
    }
    let canonical = resolved ?? canonicalOf(m);
    if (info.relative) resolved = canonical;
    const bracket = /\(([\p{Lu}\d-]{2,})\)$/u.exec(canonical);
    if (bracket && !initials.has(bracket[1] as string)) initials.set(bracket[1] as string, canonical);
    // "Asked whether …, Peskov said": the question is the asker's, listed as put to Peskov.
    if (info.asked && lex.data.questionTo) {
      canonical = `${lex.data.questionTo} ${canonical}`;
      type = "unknown";
    }
    out.push({ ...m.span, type, canonical, ...(resolved !== undefined ? { resolved } : {}) });
  }
  return out;
}
