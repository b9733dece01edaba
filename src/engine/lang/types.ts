// What the generic engine needs to know about a language: all of it data, so a new language is a
// new module beside en.ts and not a change to the rules.
import type { Attribution, SourceType } from "../types";
import type { SlavicData } from "../slavic/types";

/** How a cue verb takes its content when the source comes first ("X said …"). */
export type CueFrame =
  /** content follows directly or after "that": said, believes, suggested */
  | "say"
  /** an addressee comes first, then "that"/quote/colon: told, assured, informed */
  | "tell"
  /** the content is the object and what follows it: denied, accused, urged, referred to */
  | "object"
  /** only with "that", a quote or a colon; otherwise only postposed (", X warned."): warned */
  | "that"
  /** a preposition phrase naming the source, then the clause: according to */
  | "according"
  /** a wire credit line: "With reports from Reuters" */
  | "credit"
  /** the source is a phrase after a preposition, no subject: говорится в заявлении (Slavic reader) */
  | "impersonal";

export interface CueEntry {
  /** Lower-case words of the cue as they appear ("told reporters", "according to"). */
  words: string[];
  frame: CueFrame;
  /** True for present participles (", saying …"), whose source is the clause's subject. */
  participle?: boolean;
  /** Belief rather than speech ("thinks", "hopes"): inside someone's reported words it is theirs. */
  belief?: boolean;
  /** A stance whose content is its object alone ("endorsed Sanders on Monday" → "Sanders"). */
  stance?: boolean;
}

export interface QuotePair {
  open: string;
  close: string;
}

/** Closed-class words the generic rules refer to by their role. */
export interface Grammar {
  /** Forms of "be": a cue after them is passive and names no speaker before it. */
  passiveAux: string[];
  /** Auxiliaries that mark a finite verb ("has", "will"): a clause of its own starts there. */
  finiteAux: string[];
  /** "and", "but": join predicates that share a subject. */
  coordinators: string[];
  /** May open a sentence that goes on with the previous speaker's quote ("But “…”"). */
  sentenceConjunctions: string[];
  /** Relative pronouns for people ("who") and things ("which"), and the possessive one ("whose"). */
  relativePerson: string;
  relativeThing: string;
  relativeOwner?: string;
  /** Marks an infinitive ("to"): a cue after it is no main verb ("who asked for anonymity to describe …"). */
  infinitiveMarker?: string;
  /**
   * Cue words that are a phrasal verb's particle after a past tense or one of `particleVerbs`
   * ("hit back", "fought back": not "to back" a candidate).
   */
  particles?: string[];
  particleVerbs?: string[];
  /**
   * A writer's apposition to a whole clause ("…, a move the UN warned …", "…, one of the weakest
   * …"): its articles, the partitive opening it, and the nouns that sum up a clause.
   */
  clauseApposition?: { articles: string[]; partitive: [string, string]; nouns: string[] };
  /** Prepositions that make the phrase after them their object, not a subject. */
  objectPrepositions: string[];
  /** Determiners of a description that points back ("the official", "this statement"). */
  definite: string[];
  /** Names a document's author ("a report by Human Rights Watch"). */
  agentPreposition?: string;
  /** Opens an absolute clause with its own speaker: "…, with Peskov calling the claims absurd". */
  absolutePreposition?: string;
  /** Past tenses without the regular ending, read as finite verbs ("the lawyer left"). */
  irregularPast?: string[];
  /**
   * "Interfax quoted Ryabkov as saying …": verbs that pass on someone else's words, the marker
   * before the cue, and the subject form of an object pronoun ("quoted him as saying" → "he").
   */
  quoting?: { verbs: string[]; marker: string; subjects: Record<string, string> };
  /** Prepositions that take a gerund cue whose subject is the clause's ("… by saying", "before urging"). */
  gerundPrepositions?: string[];
  /**
   * Why a source goes unnamed: a clause opened by one of `opens` ("who", "speaking") and
   * closed within a few words by one of `words` ("who asked not to be identified", "speaking on
   * condition of anonymity") describes the source; its verbs are not cues. With one of
   * `denials` in it ("not", "declined", "anonymity") the source is anonymous.
   */
  anonymity?: { opens: string[]; words: string[]; denials: string[] };
  /** "her lawyer", "their spokesman": one known person, like "the lawyer". */
  possessives?: string[];
  /** Adjectives after the noun they describe ("people familiar with …", "officials close to …"). */
  postnominal?: string[];
  /** Emphatic pronouns between a subject and its verb ("Cruz himself said"). */
  reflexives?: string[];
  /** "More than half of voters say", "About 40 percent": words that open a quantity. */
  comparatives?: string[];
  /** One-word sentence adverbs that may open a sentence before its subject ("Rather, sources say"). */
  sentenceAdverbs?: string[];
}

export interface LangData {
  code: string;
  cues: CueEntry[];
  quotePairs: QuotePair[];
  /** Pronouns that can be sources, with the type they point to. */
  pronouns: Record<string, SourceType>;
  /** Object pronouns: never the subject of a cue. */
  objectPronouns: string[];
  /** Pronouns for groups and things ("they", "it"): they point back to the last organisation, group or document. */
  groupPronouns?: string[];
  determiners: string[];
  /** Words that can sit between a source and its cue: "has", "also", "repeatedly". */
  adverbs: string[];
  /** Words with the adverb ending that are nouns or adjectives ("family", "rally", "daily"). */
  notAdverbs?: string[];
  /** Prepositions that join a modifier to a source noun: "a summary of", "officials at". */
  bridges: string[];
  /** Words that end a source phrase when reading backwards or forwards. */
  stopWords: string[];
  /** Words that may come right before a preposed source: "after", "that", "but". */
  subordinators: string[];
  /** Words that start a coordinated predicate, ending the content before them: ", but has". */
  clauseAux: string[];
  /** After a comma, words that start a clause of the article's own: reported content ends there. */
  clauseBreaks?: string[];
  /** Words that, right after a cue word, make it an idiom ("said than done", "show up"). */
  cueBlockers?: string[];
  /** Words that make a following cue word a noun: "a conference call on Monday", "a phone call". */
  nounMakers?: string[];
  /** Cue participles that open a sentence with a question put to someone ("Asked whether …, X said"). */
  openers?: string[];
  /** Words that may follow a source named after its cue (", said X who …", "said X in …"). */
  afterSource?: string[];
  /** Words that open an adjunct after a cue ("said Tuesday", "said last week", "told reporters"). */
  adjunctWords?: string[];
  grammar?: Grammar;
  /** Complementizer dropped from the content start. */
  complementizer: string;
  /** Head nouns by the kind of source they name. */
  personNouns: string[];
  /** The singular unnamed ones, whom a later "he" or "she" may mean ("a senior official", "a source"). */
  singleAnonymous?: string[];
  anonymousNouns: string[];
  documentNouns: string[];
  /**
   * Documents in which a body speaks: "the statement" may mean the Kremlin's, named before;
   * "the indictment" or "the poll" are nobody's words but their own. Absent: all of documentNouns.
   */
  issuedDocuments?: string[];
  organizationNouns: string[];
  mediaNouns: string[];
  /** Capitalised names known to be organisations, places acting as speakers, or media. */
  organizationNames: string[];
  mediaNames: string[];
  /** Title and nationality words that precede a person's name ("US President Joe Biden"). */
  titles: string[];
  /**
   * What shows a person's sex, so that "he" skips a woman and "she" a man: lower-case words
   * (the pronouns written after a name, titles, common first names) and surname endings
   * ("Zakharova"), each as [male, female].
   */
  sex?: { words: [string, string]; endings: [RegExp, RegExp] };
  /** Abbreviations whose final period does not end a sentence. */
  abbreviations: string[];
  /** Upper-case labels that open page furniture, not a speaker's turn ("WATCH:", "UPDATE:"). */
  furniture?: string[];
  /**
   * Names a question by the one it was put to ("question to Dmitry Peskov"): the panel then lists
   * "Asked whether …, Peskov said" questions apart from Peskov's own words.
   */
  questionTo?: string;
  /** Paragraph-initial phrases of wire credit lines. */
  creditPhrases: string[][];
  /** Paragraph-final phrases of credit lines, after the names ("contributed to this report"). */
  creditTails?: string[][];
  /** Fewest words of unquoted content after an object-frame cue ("endorsed Sanders"); default 3. */
  minObjectWords?: number;
  /** A learned filter over candidate attributions (src/engine/score.ts); none keeps them all. */
  scorer?: ScorerData;
  /**
   * Cue words of claims and denials ("Moscow insists", "Russia has denied"): with a named source
   * they are kept whatever the scorer says, as the product promises readers.
   */
  contestCues?: string[];
  /** Set for languages read by the Slavic reader (free word order, case endings): ru, uk. */
  slavic?: SlavicData;
  /**
   * A reader of the language's own, for syntax the generic rules cannot express (ru, uk: the
   * Slavic reader). Undefined from it means "use the generic rules".
   */
  reader?: (data: LangData, text: string) => Attribution[] | undefined;
}

/** Logistic-regression weights over string features (src/engine/score.ts), trained offline. */
export interface ScorerData {
  bias: number;
  /** Candidates scoring below this (a logit) are dropped. */
  threshold: number;
  weights: Record<string, number>;
}
