// What the Slavic reader needs to know about Russian, Ukrainian (and any language that reports
// speech the same way: free word order, case endings, «…», — сказал он). All of it data.
import type { CueEntry } from "../lang/types";

/** The grammatical form of a cue verb: its agreement tells who can be its subject. */
export type CueForm = "m" | "f" | "n" | "pl" | "pres" | "ger";

export interface SlavicCue extends CueEntry {
  form: CueForm;
  /** Index in `words` of a possessive pronoun that is the source ("за її словами"). */
  pron?: number;
}

export interface SlavicData {
  cues: SlavicCue[];
  /** Standalone dash characters that open dialogue and postposed remarks. */
  dashes: string;
  /** "как"/"як" opening "Как сообщает ТАСС, …". */
  as: string[];
  /** Words that open a reported clause and are left out of the content: что, чтобы. */
  complementizers: string[];
  /** Conjunctions that join a second predicate of the same subject: "… и заявил". */
  conjunctions: string[];
  /** Prepositions: they start adjuncts ("на брифинге"), never a subject. */
  prepositions: string[];
  /** Prepositions of a place-as-speaker: "в ведомстве отметили", "говорится в заявлении". */
  locatives: string[];
  /** Relative pronouns after в/у: "заявление, в котором говорится" means the noun before. */
  relatives: string[];
  /** Possessive pronouns inside "по его словам" → the personal pronoun they stand for. */
  possessives: Record<string, string>;
  /** Pronouns and nouns of feminine gender (она, вона, речниця). */
  feminine: string[];
  /** "сообщила о возбуждении дела": a topic after о/про is the content of an announcing verb… */
  about: string[];
  /** …unless it points back ("об этом", "про це"): the content is then elsewhere. */
  anaphora: string[];
  /** "Там уточнили": "there" for the body named before, as a subject of an impersonal plural. */
  there?: string[];
  /** Nouns whose capitalised complement is a place, not a name: "жительница Унечи". */
  residents?: string[];
  /** Phrases that end a source and name where it got the words: "со ссылкой на". */
  citing: string[][];
  /** Dative addressees between a cue and its subject: "сказал журналистам Песков". */
  addressees: string[];
  /** Name endings: patronymics (a three-word name), feminine first names and surnames. */
  patronymic: string[];
  femaleName: string[];
  /** Men's first names in -а/-я (Илья, Никита): not feminine. */
  maleNamesInA: string[];
  /** Case endings stripped to compare word forms (Песков, Пескова, Пескову → песков). */
  endings: string[];
  /** Plural endings tried only for known nouns (материалов → материал): names keep them (Песков). */
  nounEndings: string[];
  /** Past tenses, infinitives and reflexives: where a body's name opening a sentence ends ("підтвердило"). */
  verbEnding?: RegExp;
  /** Genitive → nominative endings of names, for "по словам Сергея Лаврова" → Сергей Лавров. */
  genitiveNames: [string, string][];
  /** Oblique adjective endings: a lone capitalised word with one ("Верховної") is no name. */
  obliqueAdjectives: string[];
  /** Oblique adjective endings → nominative plural, for "Повітряних сил" → "Повітряні сили". */
  pluralAdjectives: Record<string, string>;
  /**
   * Oblique singular adjective endings → the nominative, by the gender of the noun they go with
   * ("Координаційному штабі" → "Координаційний штаб"); longest endings first. A noun's gender is
   * read from its nominative's ending (`feminineNouns`, `neuterNouns`; anything else masculine).
   */
  singularAdjectives?: { m: [string, string][]; f: [string, string][]; n: [string, string][] };
  feminineNouns?: RegExp;
  neuterNouns?: RegExp;
}
