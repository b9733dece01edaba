// Cue verbs from compact specs: a past stem gives the gendered and plural past forms and the
// adverbial participles, a 3rd-person present gives its plural. Keeps each lexicon small.
import type { CueFrame } from "../lang/types";
import type { CueForm, SlavicCue } from "./types";

export interface Paradigm {
  /** Past endings for m, f, n, pl: ru л ла ло ли; uk в ла ло ли. */
  past: [string, string, string, string];
  /** Adverbial participle endings on the past stem: ru в вши; uk вши. */
  gerund: string[];
  /** 3rd-person present singular ending → plural ending, tried in order. */
  plural: [string, string][];
  /** Reflexive past endings for m, f, n, pl: ru лся лась лось лись; uk вся лася лося лися. */
  reflexive: [string, string, string, string];
}

const FORMS: CueForm[] = ["m", "f", "n", "pl"];

/**
 * `specs`: space-separated entries. "заяви:заявляет" = past stem, then present; "сказа" has no
 * present; "призна~" is reflexive (признался); "опроверг/опровергла/опровергло/опровергли" lists irregular forms; "_" joins
 * the words of a phrase ("следует_из"). Impersonal and "according" entries are taken as written.
 */
export function slavicCues(frame: CueFrame, specs: string, p: Paradigm): SlavicCue[] {
  const out: SlavicCue[] = [];
  const add = (form: CueForm, w: string): void => {
    out.push({ words: w.split("_"), frame, form, ...(form === "ger" ? { participle: true } : {}) });
  };
  for (const spec of specs.trim().split(/\s+/)) {
    const [past = "", present] = spec.split(":");
    // Phrases and impersonal forms ("говорится", "следует_из") are taken as written.
    if (past.includes("_") || frame === "impersonal" || frame === "according") add("pres", past);
    else if (past.endsWith("~")) p.reflexive.forEach((end, i) => add(FORMS[i] as CueForm, past.slice(0, -1) + end));
    else if (past.includes("/")) past.split("/").forEach((w, i) => add(FORMS[i] as CueForm, w));
    else if (past) {
      p.past.forEach((end, i) => add(FORMS[i] as CueForm, past + end));
      if (/[аеиіоуыяю]$/.test(past)) for (const g of p.gerund) add("ger", past + g);
    }
    if (present) {
      add("pres", present);
      const rule = p.plural.find(([sg]) => present.endsWith(sg));
      // The plural present agrees like the plural past: "утверждают в Кремле".
      if (rule) add("pl", present.slice(0, present.length - rule[0].length) + rule[1]);
    }
  }
  return out;
}
