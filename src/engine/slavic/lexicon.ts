// The Slavic reader's lookup tables, compiled once per language from its LangData.
import type { LangData } from "../lang/types";
import { quoteMarks, type QuoteMarks } from "../quotes";
import type { SourceType } from "../types";
import type { SlavicCue, SlavicData } from "./types";

export type NounClass = Exclude<SourceType, "unknown">;

export interface SlavicLexicon {
  data: LangData;
  d: SlavicData;
  /** Cue entries by their first word, longest first. */
  cues: Map<string, SlavicCue[]>;
  /** Noun stem → its class and nominative form (министерств → organization, министерство). */
  nouns: Map<string, { cls: NounClass; lemma: string }>;
  /** Stems of known organisation/place and media names → the name as listed. */
  orgNames: Map<string, string>;
  mediaNames: Map<string, string>;
  set: (key: WordSet) => Set<string>;
  marks: QuoteMarks;
  endings: string[];
  /** Word → its stems: the same words come back in every sentence. */
  stemCache: Map<string, string[]>;
}

/** The word lists the reader asks "is this word one of …" about. */
const wordSets = (data: LangData, d: SlavicData) => ({
  as: d.as, relatives: d.relatives, about: d.about, anaphora: d.anaphora, complementizers: d.complementizers,
  conjunctions: d.conjunctions, prepositions: d.prepositions, locatives: d.locatives, feminine: d.feminine,
  addressees: d.addressees, adverbs: data.adverbs, determiners: data.determiners, subordinators: data.subordinators,
  abbreviations: data.abbreviations, there: d.there ?? [], residents: d.residents ?? [],
});
type WordSet = keyof ReturnType<typeof wordSets>;

/** Lower case, ё as е, apostrophes as ': the one spelling the lexicons use. */
export function fold(w: string): string {
  const l = w.toLowerCase();
  return FOLD.test(l) ? l.replace(/ё/g, "е").replace(/[\u2019\u02bc]/g, "'") : l;
}
const FOLD = /[ё\u2019\u02bc]/;

/** A token's lexicon spelling: its `lower` already folds case and apostrophes. */
export const key = (t: { lower: string }): string => (t.lower.indexOf("ё") < 0 ? t.lower : t.lower.replace(/ё/g, "е"));

/** The word without its case ending, so that every form of a name compares equal (Пескова → песков). */
export function stem(lex: SlavicLexicon, w: string): string {
  return stems(lex, w)[0] as string;
}

/**
 * Every reading of a word's ending, longest first: "заявлении" → заявлени, заявлен…; "заявление"
 * → заявлен, заявлени… A noun's forms share at least one.
 */
export function stems(lex: SlavicLexicon, w: string): string[] {
  let out = lex.stemCache.get(w);
  if (out) return out;
  const f = fold(w);
  out = [];
  for (const e of lex.endings) if (f.length - e.length >= 3 && f.endsWith(e)) out.push(f.slice(0, f.length - e.length));
  out.push(f);
  // Bounded: a page of distinct words must not grow the cache without end.
  if (lex.stemCache.size > 20_000) lex.stemCache.clear();
  lex.stemCache.set(w, out);
  return out;
}

/** The first entry of `map` under any reading of the word's ending. */
export function lookup<T>(lex: SlavicLexicon, map: Map<string, T>, w: string): T | undefined {
  const all = stems(lex, w);
  for (const s of all) {
    const v = map.get(s);
    if (v !== undefined) return v;
  }
  const f = all[all.length - 1] as string;
  for (const e of lex.d.nounEndings) if (f.length - e.length >= 3 && f.endsWith(e)) return map.get(f.slice(0, f.length - e.length));
  return undefined;
}

const cache = new WeakMap<LangData, SlavicLexicon>();

export function slavicLexicon(data: LangData): SlavicLexicon | undefined {
  const d = data.slavic;
  if (!d) return undefined;
  let lex = cache.get(data);
  if (lex) return lex;
  const sets = new Map<string, Set<string>>();
  for (const [k, v] of Object.entries(wordSets(data, d))) sets.set(k, new Set(v.map(fold)));
  const cues = new Map<string, SlavicCue[]>();
  for (const c of d.cues) {
    const key = fold(c.words[0] as string);
    const list = cues.get(key) ?? [];
    list.push({ ...c, words: c.words.map(fold) });
    cues.set(key, list);
  }
  for (const list of cues.values()) list.sort((a, b) => b.words.length - a.words.length);
  const l: SlavicLexicon = {
    data, d, cues, nouns: new Map(), orgNames: new Map(), mediaNames: new Map(),
    set: (key) => sets.get(key) as Set<string>,
    marks: quoteMarks(data.quotePairs),
    endings: d.endings,
    stemCache: new Map(),
  };
  const classes: [NounClass, string[]][] = [
    ["document", data.documentNouns], ["person", data.personNouns], ["anonymous", data.anonymousNouns],
    ["media", data.mediaNouns], ["organization", data.organizationNouns],
  ];
  const put = <T>(map: Map<string, T>, w: string, v: T): void => {
    for (const s of stems(l, w)) if (!map.has(s)) map.set(s, v);
  };
  for (const [cls, words] of classes) for (const lemma of words) put(l.nouns, lemma, { cls, lemma });
  for (const n of data.organizationNames) put(l.orgNames, n, n);
  for (const n of data.mediaNames) put(l.mediaNames, n, n);
  cache.set(data, l);
  return l;
}
