// Source phrases in free word order: the subject before a cue ("Пресс-секретарь президента
// Дмитрий Песков на брифинге заявил"), the one after it ("— сказал в интервью Радио Свобода
// адвокат Мамутова Айдер Сеїтвеліїв"), a place-as-speaker ("в пресс-службе суда"), and what kind
// of source each is.
import type { Phrase } from "../sources";
import { Tok, type Token } from "../tokens";
import type { SourceType } from "../types";
import { fold, key, lookup, type SlavicLexicon } from "./lexicon";

const MAX_SOURCE = 16;
const CYRILLIC_CAP = /^[\u0400-\u042F\u0490\u0404\u0406\u0407]/;

export const word = (t: Token | undefined): t is Token => !!t && t.type === Tok.Word;
export const punct = (t: Token | undefined, chars: string): boolean => !!t && t.type === Tok.Punct && chars.includes(t.lower);
export const isDash = (lex: SlavicLexicon, t: Token | undefined): boolean => punct(t, lex.d.dashes);
/** Sentence-level punctuation that ends a source phrase read forwards. */
const ENDS = ".!?;:\u2026()";

/** Function words: capitalised at a sentence start they are still no name ("Ранее Песков"). */
const FUNCTION_SETS = ["determiners", "adverbs", "subordinators", "as", "conjunctions", "prepositions"] as const;

const noun = (lex: SlavicLexicon, t: Token): { cls: string; lemma: string } | undefined => lookup(lex, lex.nouns, t.lower);

/** A noun naming a kind of body: министерство, служба, штаб. */
export const bodyNoun = (lex: SlavicLexicon, t: Token): boolean => noun(lex, t)?.cls === "organization";

const knownName = (lex: SlavicLexicon, t: Token): boolean => lookup(lex, lex.orgNames, t.lower) !== undefined || lookup(lex, lex.mediaNames, t.lower) !== undefined;

/** A capitalised Cyrillic word that can be part of a person's name: not a title, place or outlet. */
export function nameWord(lex: SlavicLexicon, text: string, toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!word(t) || t.inQ || !t.cap || t.acronym || !CYRILLIC_CAP.test(text[t.start] as string)) return false;
  const f = key(t);
  if (noun(lex, t) || knownName(lex, t) || lex.data.pronouns[f] || FUNCTION_SETS.some((k) => lex.set(k).has(f))) return false;
  // A capitalised word right after a preposition is a place ("на Дарниці"), not a name.
  const p = toks[k - 1];
  return !(word(p) && lex.set("prepositions").has(p.lower) && !nameWord(lex, text, toks, k - 1));
}

/** A capitalised Latin word in Cyrillic text: a foreign outlet or body ("The New York Times"). */
const latinName = (text: string, t: Token): boolean => t.cap && /[A-Z]/.test(text[t.start] as string);

/** Words that can head a source: pronoun, known noun, name word, known, quoted or Latin name. */
function headAt(lex: SlavicLexicon, text: string, toks: Token[], k: number): boolean {
  const t = toks[k] as Token;
  if (t.type === Tok.Quote) return true;
  if (!word(t)) return false;
  return !!lex.data.pronouns[key(t)] || !!noun(lex, t) || knownName(lex, t) || nameWord(lex, text, toks, k) || latinName(text, t);
}

function hasHead(lex: SlavicLexicon, text: string, toks: Token[], ph: Phrase): boolean {
  for (let k = ph.from; k < ph.to; k++) if (headAt(lex, text, toks, k)) return true;
  return false;
}

/** Skips a leading preposition and its object up to the next word that can head a source. */
function skipAdjunct(lex: SlavicLexicon, text: string, toks: Token[], k: number, to: number): number {
  const preps = lex.set("prepositions");
  for (let guard = 0; k < to && guard < 4; guard++) {
    const t = toks[k] as Token;
    if (word(t) && !t.inQ && lex.set("addressees").has(key(t))) {
      k++;
      continue;
    }
    if (!word(t) || !preps.has(key(t))) break;
    k++;
    // The preposition's object: up to the next person word, name word or pronoun.
    while (k < to) {
      const u = toks[k] as Token;
      if (word(u) && !u.inQ && (nameWord(lex, text, toks, k) || lex.data.pronouns[key(u)] || ["person", "anonymous"].includes(noun(lex, u)?.cls ?? ""))) break;
      if (punct(u, ENDS + ",")) return k;
      k++;
    }
  }
  return k;
}

/** Cuts a trailing adjunct after a name: "Песков на брифинге", "Лавров в интервью газете". */
function cutTail(lex: SlavicLexicon, text: string, toks: Token[], from: number, to: number): number {
  const preps = lex.set("prepositions");
  for (let k = from + 1; k < to; k++) {
    const t = toks[k] as Token;
    if (word(t) && !t.inQ && preps.has(key(t)) && nameWord(lex, text, toks, k - 1) && !nameWord(lex, text, toks, k + 1)) {
      to = k;
      break;
    }
  }
  while (to > from + 1 && word(toks[to - 1]) && lex.set("adverbs").has(key(toks[to - 1] as Token))) to--;
  return to;
}

/** The subject in [a, b) before a cue; b is right after it. Undefined when there is none. */
export function subjectIn(lex: SlavicLexicon, text: string, toks: Token[], a: number, b: number): Phrase | undefined {
  // Comma segments: the subject is the last one, or the one before a parenthetical
  // ("Джерело, обізнане з перебігом переговорів, сказало").
  const cuts: number[] = [a - 1];
  for (let k = a; k < b; k++) if (punct(toks[k], ",") && !(toks[k] as Token).inQ) cuts.push(k);
  cuts.push(b);
  let seg = cuts.length - 2;
  if (cuts[seg + 1] === (cuts[seg] as number) + 1 && seg >= 2) seg -= 2;
  let from = (cuts[seg] as number) + 1;
  let to = cuts[seg + 1] as number;
  // Leading punctuation and function words: "а также", "однако", "сам".
  const skip = (t: Token): boolean =>
    t.type === Tok.Punct || (!lex.data.pronouns[key(t)] && (["subordinators", "as", "adverbs", "determiners"] as const).some((set) => lex.set(set).has(key(t))));
  while (from < to && skip(toks[from] as Token) && !(toks[from] as Token).inQ) from++;
  from = skipAdjunct(lex, text, toks, from, to);
  if (from >= to || to - from > MAX_SOURCE) return undefined;
  to = cutTail(lex, text, toks, from, to);
  const ph = { from, to };
  return hasHead(lex, text, toks, ph) ? ph : undefined;
}

/**
 * The source after a cue at k: a pronoun, a noun phrase up to a comma or the sentence end, or
 * with `locative` the place after в/у ("сообщили в пресс-службе суда", "йдеться в заяві").
 */
export function sourceAfter(lex: SlavicLexicon, text: string, toks: Token[], k: number, to: number, locative: boolean): Phrase | undefined {
  let from = k;
  const first = toks[from];
  const place = locative && word(first) && lex.set("locatives").has(key(first));
  if (place) from++;
  else from = skipAdjunct(lex, text, toks, from, to);
  // "рассказала корреспонденту Радио Свобода жительница Шебекино": the outlet addressed, then the speaker.
  let m = from;
  while (m < to && word(toks[m]) && (toks[m] as Token).cap && lookup(lex, lex.mediaNames, (toks[m] as Token).lower) !== undefined) m++;
  const person = (j: number): boolean => nameWord(lex, text, toks, j) || ["person", "anonymous"].includes(noun(lex, toks[j] as Token)?.cls ?? "");
  for (let j = m; m > from && j < to && j < m + 4 && word(toks[j]) && !(toks[j] as Token).inQ; j++)
    if (person(j)) {
      from = m;
      break;
    }
  const f = toks[from];
  if (!f) return undefined;
  if (word(f) && !f.inQ && lex.data.pronouns[key(f)]) return { from, to: from + 1 };
  let end = from;
  while (end < to && end - from < MAX_SOURCE) {
    const t = toks[end] as Token;
    if (!t.inQ && (punct(t, ENDS + ",") || isDash(lex, t))) break;
    if (end > from && citing(lex, toks, end)) break;
    // "— сказал Песков и добавил": a second predicate, not a second name.
    if (end > from && lex.set("conjunctions").has(key(t)) && word(toks[end + 1]) && !(toks[end + 1] as Token).cap) break;
    if (word(t) && !t.inQ && end > from && (lex.set("complementizers").has(key(t)) || lex.set("as").has(key(t)))) break;
    end++;
  }
  // A quote left open at the end is the content resuming, not part of the name.
  while (end > from && (toks[end - 1] as Token).type === Tok.Quote && !(toks[end - 1] as Token).inQ) end--;
  end = cutTail(lex, text, toks, from, end);
  const ph = { from, to: end };
  // After в/у any noun phrase is a place that speaks ("в Єлисейському палаці").
  return end > from && (hasHead(lex, text, toks, ph) || (place && word(toks[from]))) ? ph : undefined;
}

/** The place in "В ведомстве отметили" / "У Єлисейському палаці підтвердили": [from, to) after в/у. */
export function placeIn(lex: SlavicLexicon, text: string, toks: Token[], from: number, to: number): Phrase | undefined {
  if (to - from > MAX_SOURCE || !toks.slice(from, to).some((t) => word(t))) return undefined;
  for (let k = from; k < to; k++) if (punct(toks[k], ",") && !(toks[k] as Token).inQ) return undefined;
  return { from, to: cutTail(lex, text, toks, from, to) };
}

/** "со ссылкой на", "з посиланням на" at k: the source ends before it. */
function citing(lex: SlavicLexicon, toks: Token[], k: number): boolean {
  return lex.d.citing.some((ws) => ws.every((w, i) => word(toks[k + i]) && key(toks[k + i] as Token) === w));
}

export type Gender = "m" | "f";

export interface SlavicInfo {
  type: SourceType;
  pronoun: boolean;
  gender?: Gender;
  /** A person's name as written (1–3 words). */
  name?: string;
  /** The head noun's class and lemma when the head is a common noun (журналист, ведомство). */
  noun?: { cls: string; lemma: string };
  /** A lowercase description with no name of its own: it points back to a source met before. */
  description: boolean;
  /** The phrase with its head noun in the nominative: "пресс-служба суда". */
  nominative: string;
  /** What a document belongs to: "МЗС України" in "заяві МЗС України". */
  owner?: Phrase;
  /** The head is a plural ("авторов доклада"): no "он" or "она" points back to it. */
  plural?: boolean;
}

/** Type, name, gender and nominative form of a source phrase. */
export function describe(lex: SlavicLexicon, text: string, toks: Token[], ph: Phrase): SlavicInfo {
  const d = lex.d;
  let a = ph.from;
  while (a < ph.to - 1 && word(toks[a]) && lex.set("determiners").has(key(toks[a] as Token)) && !lex.data.pronouns[key(toks[a] as Token)]) a++;
  const t0 = toks[a] as Token;
  const f0 = key(t0);
  if (ph.to - a === 1 && (lex.data.pronouns[f0] || d.possessives[f0])) {
    const p = lex.data.pronouns[f0] ? f0 : (d.possessives[f0] as string);
    return { type: lex.data.pronouns[p] ?? "person", pronoun: true, description: false, nominative: p, ...(lex.data.pronouns[p] === "person" ? { gender: lex.set("feminine").has(p) ? "f" : "m" } : {}) };
  }
  // "Там уточнили": the body named before.
  if (ph.to - a === 1 && lex.set("there").has(f0)) return { type: "organization", pronoun: false, description: true, nominative: text.slice(t0.start, t0.end) };
  // The first known noun is the head: "Пресс-секретарь президента …" is a person.
  let head = -1;
  for (let k = a; k < ph.to && head < 0; k++) if (word(toks[k]) && !(toks[k] as Token).inQ && noun(lex, toks[k] as Token)) head = k;
  // A person's name: the last run of name words (3 only with a patronymic).
  let runEnd = -1;
  let runStart = -1;
  for (let k = ph.to - 1; k >= a; k--) {
    if (nameWord(lex, text, toks, k)) {
      if (runEnd < 0) runEnd = k + 1;
      runStart = k;
    } else if (runEnd >= 0) break;
  }
  let name: string | undefined;
  let gender: Gender | undefined;
  // "Жительница Унечи": the capitalised word after a resident is where she lives.
  const resident = head >= 0 && runStart > head && lex.set("residents").has(key(toks[head] as Token));
  if (runEnd >= 0 && !resident) {
    const words = toks.slice(runStart, runEnd).map((t) => text.slice(t.start, t.end));
    const patronymic = words.length === 3 && d.patronymic.some((e) => fold(words[1] as string).endsWith(e));
    const parts = words.length > 2 && !patronymic ? words.slice(-2) : words;
    name = parts.join(" ");
    const first = fold(parts[0] as string);
    const last = fold(parts[parts.length - 1] as string);
    if (parts.length > 1) gender = /[ая]$/.test(first) && !d.maleNamesInA.includes(first) ? "f" : "m";
    else if (d.femaleName.some((e) => last.endsWith(e))) gender = "f";
  }
  const h = head >= 0 ? (noun(lex, toks[head] as Token) as { cls: string; lemma: string }) : undefined;
  const nominative = nominativeOf(lex, text, toks, { from: a, to: ph.to }, head);
  const base = { pronoun: false, nominative, ...(gender ? { gender } : {}) };
  if (h && h.cls === "document") {
    const owner = head + 1 < ph.to ? { from: head + 1, to: ph.to } : undefined;
    return { ...base, type: "document", noun: h, description: !owner, ...(owner ? { owner } : {}) };
  }
  if (name && (!h || h.cls === "person")) {
    return { ...base, type: "person", name, description: false, ...(h ? { noun: h } : {}) };
  }
  if (h) {
    const ht = toks[head] as Token;
    const plural = d.nounEndings.some((e) => key(ht).endsWith(e) && !h.lemma.endsWith(e));
    const fem = lex.set("feminine").has(key(ht)) || /(ка|иця|ица|иня)$/.test(h.lemma);
    // "ведомство", "омбудсман", "собеседник Радио Свобода": no name of its own, a source met before.
    // A lone title is one even when a sentence start capitalises it ("Омбудсман закликав"); a
    // capitalised "Источник сказал" opens a new unnamed source.
    const description = (!ht.cap && h.cls === "anonymous") || (ph.to - a === 1 && (!ht.cap || h.cls === "person"));
    // "Эксперты считают": unnamed people in the plural are anonymous.
    return { ...base, type: h.cls as SourceType, noun: h, description, ...(h.cls === "person" ? { gender: fem ? "f" : "m" } : {}), ...(plural ? { plural } : {}) };
  }
  for (let k = a; k < ph.to; k++) {
    const t = toks[k] as Token;
    if (!word(t)) continue;
    if (lookup(lex, lex.mediaNames, t.lower)) return { ...base, type: "media", description: false };
    if (lookup(lex, lex.orgNames, t.lower)) return { ...base, type: "organization", description: false };
  }
  if (toks.slice(a, ph.to).some((t) => t.inQ)) return { ...base, type: "media", description: false };
  if (toks.slice(a, ph.to).some((t) => latinName(text, t))) return { ...base, type: "organization", description: false };
  return { ...base, type: "unknown", description: false };
}

/** The phrase with its head noun (and an agreeing plural adjective before it) in the nominative. */
function nominativeOf(lex: SlavicLexicon, text: string, toks: Token[], ph: Phrase, head: number): string {
  const h = head >= 0 ? (noun(lex, toks[head] as Token) as { cls: string; lemma: string }) : undefined;
  if (h && (h.cls === "person" || h.cls === "anonymous")) head = -1;
  const lemma = head >= 0 && h ? h.lemma : "";
  const plural = /[иыі]$/.test(lemma);
  // A singular adjective's nominative depends on the noun's gender; without the language's table
  // for it, or before a word it cannot read, the phrase stays as written.
  const table = lex.d.singularAdjectives;
  const gender = lex.d.feminineNouns?.test(lemma) ? "f" : lex.d.neuterNouns?.test(lemma) ? "n" : "m";
  const singularForm = (w: string): string | undefined => {
    const e = table?.[gender].find(([oblique]) => fold(w).endsWith(oblique) && w.length > oblique.length + 2);
    return e ? w.slice(0, w.length - e[0].length) + e[1] : undefined;
  };
  if (head > ph.from && !plural && !toks.slice(ph.from, head).every((t) => word(t) && singularForm(text.slice(t.start, t.end)) !== undefined)) head = -1;
  let out = "";
  for (let k = ph.from; k < ph.to; k++) {
    const t = toks[k] as Token;
    let w = text.slice(t.start, t.end);
    if (k === head) w = t.cap ? lemma.charAt(0).toUpperCase() + lemma.slice(1) : lemma;
    else if (k < head && plural) {
      const e = Object.keys(lex.d.pluralAdjectives).find((x) => fold(w).endsWith(x));
      if (e) w = w.slice(0, w.length - e.length) + lex.d.pluralAdjectives[e];
    } else if (k < head) w = singularForm(w) ?? w;
    else if (head < 0 && ph.to - ph.from === 1 && word(t)) w = lookup(lex, lex.orgNames, t.lower) ?? lookup(lex, lex.mediaNames, t.lower) ?? w;
    out += (k > ph.from && t.start > (toks[k - 1] as Token).end ? " " : "") + w;
  }
  return out;
}
