// Language registry and the lookup sets the generic rules read.
import { indexCues, type CueIndex } from "../cues";
import { quoteMarks, type QuoteMarks } from "../quotes";
import { en } from "./en";
import { ru } from "./ru";
import { uk } from "./uk";
import type { Grammar, LangData } from "./types";
import type { SourceType } from "../types";

export interface GrammarSets {
  passiveAux: Set<string>;
  finiteAux: Set<string>;
  coordinators: Set<string>;
  sentenceConjunctions: Set<string>;
  relativePerson: string;
  relativeThing: string;
  relativeOwner: string;
  infinitiveMarker: string;
  particles: Set<string>;
  particleVerbs: Set<string>;
  clauseApposition?: { articles: Set<string>; partitive: [string, string]; nouns: Set<string> };
  objectPrepositions: Set<string>;
  definite: Set<string>;
  agentPreposition: string;
  absolutePreposition: string;
  irregularPast: Set<string>;
  quotingVerbs: Set<string>;
  quotingMarker: string;
  subjectPronouns: Map<string, string>;
  gerundPrepositions: Set<string>;
  anonymityOpens: Set<string>;
  anonymityWords: Set<string>;
  anonymityDenials: Set<string>;
  possessives: Set<string>;
  postnominal: Set<string>;
  reflexives: Set<string>;
  comparatives: Set<string>;
  sentenceAdverbs: Set<string>;
}

const NO_GRAMMAR: Grammar = { passiveAux: [], finiteAux: [], coordinators: [], sentenceConjunctions: [], relativePerson: "", relativeThing: "", objectPrepositions: [], definite: [] };

export interface Lexicon {
  data: LangData;
  g: GrammarSets;
  cues: CueIndex;
  marks: QuoteMarks;
  pronouns: Map<string, SourceType>;
  objectPronouns: Set<string>;
  determiners: Set<string>;
  adverbs: Set<string>;
  notAdverbs: Set<string>;
  bridges: Set<string>;
  stop: Set<string>;
  subordinators: Set<string>;
  clauseAux: Set<string>;
  clauseBreaks: Set<string>;
  adjunctWords: Set<string>;
  afterSource: Set<string>;
  cueBlockers: Set<string>;
  nounMakers: Set<string>;
  openers: Set<string>;
  /** Capitalised, these open a sentence even after an abbreviation's period ("U.S. He said"). */
  starters: Set<string>;
  personNouns: Set<string>;
  anonymousSingular: Set<string>;
  anonymousNouns: Set<string>;
  documentNouns: Set<string>;
  issuedDocuments: Set<string>;
  organizationNouns: Set<string>;
  mediaNouns: Set<string>;
  organizationNames: Set<string>;
  mediaNames: Set<string>;
  titles: Set<string>;
  /** Word → +1 male, −1 female (LangData.sex). */
  sex: Map<string, number>;
  abbreviations: Set<string>;
  /** Every word form of a cue's first word, to tell a cue verb from a noun before it. */
  cueWords: Set<string>;
}

// The extension's background carries every language. Benchmarks build with
// __SOURCELIGHT_SLAVIC__ = false to weigh English alone (bench:engine, bench:ru-uk): esbuild then
// folds this to { en } and drops ru and uk. The define must be read right here: esbuild folds an
// imported constant only after it has chosen the modules. Node, jest and the
// CLI see no definition and get every language.
declare const __SOURCELIGHT_SLAVIC__: boolean | undefined;
const LANGS: Record<string, LangData> = typeof __SOURCELIGHT_SLAVIC__ === "undefined" || __SOURCELIGHT_SLAVIC__ ? { en, ru, uk } : { en };
const compiled = new Map<string, Lexicon>();

/** "en-US" → "en"; undefined means the default, English. */
export function baseLanguage(lang: string | undefined): string {
  return (lang ?? "en").trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

export function isSupportedLanguage(lang: string | undefined): boolean {
  return Object.hasOwn(LANGS, baseLanguage(lang));
}

export function lexicon(lang: string | undefined): Lexicon | undefined {
  const code = baseLanguage(lang);
  if (!Object.hasOwn(LANGS, code)) return undefined;
  let lex = compiled.get(code);
  if (!lex) {
    const d = LANGS[code] as LangData;
    const set = (xs: string[]): Set<string> => new Set(xs);
    const g = d.grammar ?? NO_GRAMMAR;
    lex = {
      data: d,
      g: {
        passiveAux: set(g.passiveAux),
        finiteAux: set(g.finiteAux),
        coordinators: set(g.coordinators),
        sentenceConjunctions: set(g.sentenceConjunctions),
        relativePerson: g.relativePerson,
        relativeThing: g.relativeThing,
        relativeOwner: g.relativeOwner ?? "",
        infinitiveMarker: g.infinitiveMarker ?? "",
        particles: set(g.particles ?? []),
        particleVerbs: set(g.particleVerbs ?? []),
        ...(g.clauseApposition ? { clauseApposition: { articles: set(g.clauseApposition.articles), partitive: g.clauseApposition.partitive, nouns: set(g.clauseApposition.nouns) } } : {}),
        objectPrepositions: set(g.objectPrepositions),
        definite: set(g.definite),
        agentPreposition: g.agentPreposition ?? "",
        absolutePreposition: g.absolutePreposition ?? "",
        irregularPast: set(g.irregularPast ?? []),
        quotingVerbs: set(g.quoting?.verbs ?? []),
        quotingMarker: g.quoting?.marker ?? "",
        subjectPronouns: new Map(Object.entries(g.quoting?.subjects ?? {})),
        gerundPrepositions: set(g.gerundPrepositions ?? []),
        anonymityOpens: set(g.anonymity?.opens ?? []),
        anonymityWords: set(g.anonymity?.words ?? []),
        anonymityDenials: set(g.anonymity?.denials ?? []),
        possessives: set(g.possessives ?? []),
        postnominal: set(g.postnominal ?? []),
        reflexives: set(g.reflexives ?? []),
        comparatives: set(g.comparatives ?? []),
        sentenceAdverbs: set(g.sentenceAdverbs ?? []),
      },
      cues: indexCues(d),
      marks: quoteMarks(d.quotePairs),
      pronouns: new Map(Object.entries(d.pronouns)),
      objectPronouns: set(d.objectPronouns),
      determiners: set(d.determiners),
      adverbs: set(d.adverbs),
      notAdverbs: set(d.notAdverbs ?? []),
      bridges: set(d.bridges),
      stop: set(d.stopWords),
      subordinators: set(d.subordinators),
      clauseAux: set(d.clauseAux),
      clauseBreaks: set(d.clauseBreaks ?? []),
      adjunctWords: set(d.adjunctWords ?? []),
      afterSource: set(d.afterSource ?? []),
      cueBlockers: set(d.cueBlockers ?? []),
      nounMakers: set(d.nounMakers ?? []),
      openers: set(d.openers ?? []),
      starters: set([...Object.keys(d.pronouns), ...d.determiners, ...d.subordinators]),
      personNouns: set(d.personNouns),
      anonymousNouns: set(d.anonymousNouns),
      anonymousSingular: set(d.singleAnonymous ?? []),
      documentNouns: set(d.documentNouns),
      issuedDocuments: set(d.issuedDocuments ?? d.documentNouns),
      organizationNouns: set(d.organizationNouns),
      mediaNouns: set(d.mediaNouns),
      organizationNames: set(d.organizationNames),
      mediaNames: set(d.mediaNames),
      titles: set(d.titles),
      sex: new Map(d.sex?.words.flatMap((ws, i) => ws.split(" ").map((w): [string, number] => [w, 1 - 2 * i])) ?? []),
      abbreviations: set(d.abbreviations),
      // Not the quoting marker ("as saying"): "as" alone is no verb.
      cueWords: set(d.cues.map((c) => c.words[0] as string).filter((w) => w !== g.quoting?.marker)),
    };
    compiled.set(code, lex);
  }
  return lex;
}
