// Source phrases: the noun phrase before a cue ("Pentagon spokesman John Kirby said"), after it
// (", said a senior official who …", "according to the State Department"), and its type.
import type { Lexicon } from "./lang";
import { isWord, Tok, type Token } from "./tokens";
import type { SourceType } from "./types";

export interface Phrase {
  /** Token indexes, end exclusive. */
  from: number;
  to: number;
}

const MAX_WORDS = 12;
const PUNCT_BEFORE_SOURCE = new Set([",", ";", ":", "(", "\u2014", "\u2013", "-"]);

export const isObjectPronoun = (lex: Lexicon, t: Token): boolean => !t.acronym && lex.objectPronouns.has(t.lower);

/** A role or a kind of body that a name in apposition can follow ("lawyer", "agency", "wing"). */
function describesSpeaker(lex: Lexicon, lower: string): boolean {
  return lex.personNouns.has(lower) || lex.organizationNouns.has(lower) || lex.mediaNouns.has(lower);
}

/** Tokens [from, to) are a name: up to six capitalised words, and its initials in brackets at the end. */
export function isName(toks: Token[], from: number, to: number): boolean {
  let end = to;
  if (toks[end - 1]?.lower === ")" && toks[end - 3]?.lower === "(" && toks[end - 2]?.acronym) end -= 3;
  return end > from && end - from <= 6 && toks.slice(from, end).every((n) => isWord(n) && n.cap);
}

/** An adverb by its ending ("reportedly"), not a noun like "family". */
export function lyAdverb(lex: Lexicon, lower: string): boolean {
  return lower.length > 4 && lower.endsWith("ly") && !lex.notAdverbs.has(lower);
}

/** An adverb of the language's list or by its ending. */
export function isAdverb(lex: Lexicon, lower: string): boolean {
  return lex.adverbs.has(lower) || lyAdverb(lex, lower);
}

/** Skips adverbs and auxiliaries backwards from `i`; returns the first index that is not one. */
export function skipAdverbsBack(lex: Lexicon, toks: Token[], i: number, from: number): number {
  while (i >= from) {
    const t = toks[i] as Token;
    if (t.type !== Tok.Word || t.cap) break;
    if (isAdverb(lex, t.lower) || t.lower.endsWith("n't")) i--;
    else break;
  }
  return i;
}

/**
 * The source phrase ending right before index `end` (adverbs already skipped), read backwards;
 * `from` is the sentence start. Skips a parenthetical (", who is on a trip to Fiji,"). `anyRole`
 * reads a relative's antecedent, which may be any verb's object and a thing as well as a person
 * ("backed by Ann Lee, who said …", "reported by the Gazette, which said …").
 */
export function phraseBefore(lex: Lexicon, toks: Token[], end: number, from: number, anyRole = false): Phrase | undefined {
  let j = end - 1;
  if (j < from) return undefined;
  // "Sen. Elizabeth Warren (D-MA) said": a short bracket between name and cue; initials in it
  // belong to the name ("The UN Assistance Mission in Afghanistan (UNAMA) said").
  let bracket = -1;
  if ((toks[j] as Token).lower === ")") {
    let k = j - 1;
    while (k > from && k > j - 8 && (toks[k] as Token).lower !== "(") k--;
    if ((toks[k] as Token).lower === "(") {
      if (k === j - 2 && toks[j - 1]?.acronym) bracket = j;
      j = k - 1;
    }
    if (j < from) return undefined;
  }
  let t = toks[j] as Token;
  if (t.lower === ",") {
    // A parenthetical between commas: apposition, relative clause or a sentence adverb.
    let k = j - 1;
    const limit = Math.max(from, j - 30);
    while (k > limit && (toks[k] as Token).lower !== ",") k--;
    if (k <= from || (toks[k] as Token).lower !== ",") return undefined;
    const named = namedInApposition(lex, toks, k, j, from);
    if (named) return named;
    const described = toks[k - 1] as Token;
    // "One of them, a 19-year-old student, told": the apposition says who.
    if (isObjectPronoun(lex, described) && lex.determiners.has(toks[k + 1]?.lower ?? "") && j - k >= 3) return { from: k + 1, to: j };
    j = k - 1;
    t = toks[j] as Token;
  } else if ((t.lower === lex.g.relativePerson || (anyRole && t.lower === lex.g.relativeThing)) && toks[j - 1]?.lower === ",") {
    j -= 2;
    t = toks[j] as Token;
  } else if (t.lower === lex.g.relativePerson && j > from) {
    // "64 percent who say the same": the phrase the relative pronoun stands for; in "appeals from
    // rights groups who say", the people after the preposition.
    const np = phraseBefore(lex, toks, j, from);
    if (!np) return undefined;
    let cut = np.from;
    for (let b = np.from + 1; b < j - 1; b++) if (lex.bridges.has((toks[b] as Token).lower)) cut = b + 1;
    // The noun before the last preposition: "members of Congress who" are members.
    const lead = (toks[cut > np.from ? cut - 2 : np.from] as Token).lower;
    const people = lex.personNouns.has(singular(lead)) || lex.anonymousNouns.has(singular(lead)) || lex.anonymousNouns.has(lead);
    return { from: cut > np.from && !people ? cut : np.from, to: j + 1 };
  }
  // "Vladimir Putin on Tuesday accused", "the region on April 3 accused": the time after the name is no part of it.
  for (;;) {
    const date = /^\d{1,2}$/.test(t.lower) && isWord(toks[j - 1]) && lex.adjunctWords.has((toks[j - 1] as Token).lower) ? 1 : 0;
    const time = toks[j - date] as Token;
    if (!(j - date - 2 >= from && isWord(time) && lex.adjunctWords.has(time.lower) && lex.bridges.has((toks[j - date - 1] as Token).lower))) break;
    j -= date + 2;
    t = toks[j] as Token;
  }
  if (!isWord(t) || isObjectPronoun(lex, t) || lex.stop.has(t.lower) || lex.determiners.has(t.lower)) return undefined;
  if (lex.pronouns.has(t.lower)) return okBefore(lex, toks, j, from) ? { from: j, to: j + 1 } : undefined;
  // A head ending in -ly or -ing is an adverb or a verb ("Privately, …", "Rattling off …"); so is
  // a past tense with no determiner before it ("the PPP also remained opposed": not "the accused").
  if (t.lower.length > 4 && (lyAdverb(lex, t.lower) || t.lower.endsWith("ing"))) return undefined;
  if (!t.cap && isPastTense(lex, t.lower) && !lex.determiners.has(toks[j - 1]?.lower ?? "")) {
    // The subject is before that verb: "The crowd chanted back", "the PPP also remained opposed".
    const k = skipAdverbsBack(lex, toks, j - 1, from);
    return k >= from && k < j ? phraseBefore(lex, toks, k + 1, from, anyRole) : undefined;
  }
  let k = j;
  let words = 1;
  while (k - 1 >= from && words < MAX_WORDS) {
    const p = toks[k - 1] as Token;
    if (k - 1 > from && isAmpersandInName(toks, k - 1)) {
      k--;
      continue;
    }
    if (!isWord(p)) break;
    if (lex.determiners.has(p.lower)) {
      k--;
      // "About four in 10 voters", "At least half of voters": a quantity's modifier opens the phrase.
      k -= quantity(lex, toks, k);
      // "A summary of the Kremlin appeal": a bridge before the determiner continues the phrase.
      const b = toks[k - 1];
      if (b && isWord(b) && lex.bridges.has(b.lower) && isWord(toks[k - 2]) && !lex.stop.has((toks[k - 2] as Token).lower) && !lex.determiners.has((toks[k - 2] as Token).lower)) {
        k -= 2;
        words += 2;
        continue;
      }
      break;
    }
    if (lex.bridges.has(p.lower)) {
      const q = toks[k - 2];
      if (!isWord(q) || lex.stop.has(q.lower) || lex.pronouns.has(q.lower) || (!q.cap && lex.cueWords.has(q.lower))) break;
      k--;
      words++;
      continue;
    }
    // "More than half of voters say": the quantity opens the phrase.
    const n = (toks[k] as Token).cap ? 0 : quantity(lex, toks, k);
    if (n) {
      k -= n;
      break;
    }
    if (lex.stop.has(p.lower) || lex.subordinators.has(p.lower) || (!p.cap && lex.cueWords.has(p.lower)) || lex.pronouns.has(p.lower) || isObjectPronoun(lex, p)) break;
    if (!p.cap && lex.adverbs.has(p.lower)) break;
    // "registered voters", "A teary-eyed Bush": a participle is an adjective after a determiner, a
    // number, an adjective in capitals or a hyphen; otherwise it is a verb ("Trump attacked …").
    if (!p.cap && /(ed|ing)$/.test(p.lower)) {
      const q = toks[k - 2];
      if (!p.lower.includes("-") && !(q && isWord(q) && (lex.determiners.has(q.lower) || /^\d/.test(q.lower) || (q.cap && k - 2 > from)))) break;
    }
    k--;
    words++;
  }
  // A bridge left dangling at the start belongs to what precedes ("at least" opens a quantity).
  while (k < j && lex.bridges.has((toks[k] as Token).lower) && quantity(lex, toks, k + 2) < 2) k++;
  // "Dean Johnson, a 55-year-old salesman from Sumter, says": the name before the apposition.
  const det = toks[k] as Token;
  // Only if a comma closes it: in "However, the minister said" the opener is no name.
  const closed = toks[end]?.lower === "," || (toks[end - 1] as Token).lower === ",";
  if (closed && k - 1 > from && (toks[k - 1] as Token).lower === "," && !det.cap && lex.determiners.has(det.lower)) {
    const name = phraseBefore(lex, toks, k - 1, from);
    // Not "in Onawa, Iowa, the candidate said": a name after a comma ends an opening adverbial.
    if (name && (toks[name.to - 1] as Token).cap && (toks[name.from - 1] as Token | undefined)?.lower !== ",") return name;
  }
  // "The mayor, speaking at a rally in Salem, said": a participle phrase is no subject.
  if (!(toks[k] as Token).cap && /.{3}ing$/.test((toks[k] as Token).lower)) return undefined;
  const list = listSubject(lex, toks, k, j, from);
  if (list) return list;
  // "Clinton and Sanders said", "Kyiv and its European allies criticized", "rights defenders and
  // relatives of the detainees told": two phrases joined are one subject.
  const joined = (toks[k] as Token).cap || lex.g.possessives.has((toks[k] as Token).lower) || /s$/.test((toks[j] as Token).lower);
  if (k - 2 >= from && joined && toks[k - 1]?.lower === "and" && ((toks[k - 2] as Token).cap || /s$/.test((toks[k - 2] as Token).lower))) {
    const left = phraseBefore(lex, toks, k - 1, from, true);
    const before = toks[(left?.from ?? 0) - 1];
    // Not "Trump attacked Clinton and Sanders said": the first name may be another verb's object.
    if (left && left.to - left.from <= 4 && (!isWord(before) || left.from <= from || lex.subordinators.has(before.lower))) return { from: left.from, to: j + 1 };
  }
  const relative = subjectOfRelative(lex, toks, k, j, from);
  if (relative) return relative;
  if (!anyRole && !okBefore(lex, toks, k, from)) return undefined;
  return { from: k, to: bracket >= 0 ? bracket + 1 : j + 1 };
}

/**
 * "His lawyer, Ivan Pavlov, told", "the military's media wing, Inter-Services Public Relations
 * (ISPR), said": a name between the commas at `k` and `j`, in apposition to a description, is the
 * speaker's; the phrase runs from the description to the name.
 */
function namedInApposition(lex: Lexicon, toks: Token[], k: number, j: number, from: number): Phrase | undefined {
  if (j - k < 2 || !isName(toks, k + 1, j)) return undefined;
  const described = toks[k - 1] as Token;
  const before = phraseBefore(lex, toks, k, from);
  if (!before) return undefined;
  // "Earlier Tuesday, his campaign manager, Jeff Weaver, says": the phrase before may stop at an
  // opener's comma; "Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said": or
  // be a name the description itself stands beside, and then that name is the speaker.
  const opener = toks.slice(before.from, before.to).some((n) => lex.adjunctWords.has(n.lower));
  const start = before.to === k ? before.from : opener && toks[before.to]?.lower === "," ? before.to + 1 : undefined;
  if (start === undefined) return undefined;
  // A role anywhere in the description ("Hungary's minister for EU affairs, Adrienn Kovacs"); but
  // after a name, a one-word apposition is a place ("The mayor of Des Moines, Iowa, said"), unless
  // it is initials ("the peacekeeping force in Bosnia, EUFOR, said").
  const place = !!described.cap && j - k === 2 && !toks[k + 1]?.acronym;
  const role = !place && toks.slice(start, k).some((n) => isWord(n) && !n.cap && describesSpeaker(lex, n.lower));
  return role ? { from: start, to: j } : undefined;
}

/**
 * "Migrant workers from Tajikistan, Uzbekistan, and Kyrgyzstan say", "Russia, China and Iran said":
 * a list of names ending at `j` (its last item starts at `k`), and the noun it qualifies.
 */
function listSubject(lex: Lexicon, toks: Token[], k: number, j: number, from: number): Phrase | undefined {
  if (!(toks[k] as Token).cap || toks[k - 1]?.lower !== "and") return undefined;
  let l = k - 1;
  let items = 0;
  for (;;) {
    const c = l - (toks[l - 1]?.lower === "," ? 1 : 0);
    let n = c;
    while (n - 1 >= from && n > c - 4 && isWord(toks[n - 1]) && (toks[n - 1] as Token).cap) n--;
    if (n === c || items > 8) break;
    items++;
    l = n;
    if (toks[l - 1]?.lower !== ",") break;
    l--;
    if (!toks[l - 1]?.cap) {
      l++;
      break;
    }
  }
  if (items < 2) return undefined;
  const bridge = toks[l - 1];
  if (isWord(bridge) && lex.bridges.has(bridge.lower)) {
    const head = phraseBefore(lex, toks, l - 1, from);
    if (head && head.to === l - 1) return { from: head.from, to: j + 1 };
  }
  return l <= from || lex.subordinators.has(toks[l - 1]?.lower ?? "") ? { from: l, to: j + 1 } : undefined;
}

/**
 * "An official with an aid group that funds 14 clinics said": a relative clause (starting at `k`,
 * after "that", "which" or "who") closes the subject. The clause opens with its verb and the verb's
 * object or a preposition ("funds 14 clinics", "spoke with The Huffington Post"), and the relative
 * follows a noun, not a cue ("Polls show that …").
 */
function subjectOfRelative(lex: Lexicon, toks: Token[], k: number, j: number, from: number): Phrase | undefined {
  const rel = toks[k - 1];
  const first = toks[k] as Token;
  const second = toks[k + 1];
  if (!rel || k - 1 <= from || !(rel.lower === lex.data.complementizer || rel.lower === lex.g.relativeThing || rel.lower === lex.g.relativePerson)) return undefined;
  const verbFirst = !first.cap && !lex.determiners.has(first.lower) && k + 1 <= j && isWord(second) && (lex.determiners.has(second.lower) || /^\d/.test(second.lower) || lex.bridges.has(second.lower) || second.cap);
  const afterNoun = isWord(toks[k - 2]) && !lex.cueWords.has((toks[k - 2] as Token).lower) && !lex.stop.has((toks[k - 2] as Token).lower);
  if (!verbFirst || !afterNoun) return undefined;
  const np = phraseBefore(lex, toks, k - 1, from);
  return np && np.to === k - 1 ? { from: np.from, to: j + 1 } : undefined;
}

/** A lower-case past tense: "attacked", or an irregular one of the language ("left"). */
export function isPastTense(lex: Lexicon, lower: string): boolean {
  return /[a-z]ed$/.test(lower) || lex.g.irregularPast.has(lower);
}

/** "&" between two capitalised words ("Travel & Tourism", "Johnson & Johnson"). */
function isAmpersandInName(toks: Token[], k: number): boolean {
  return (toks[k] as Token).lower === "&" && !!toks[k - 1]?.cap && !!toks[k + 1]?.cap && isWord(toks[k - 1]) && isWord(toks[k + 1]);
}

/** How many words before `k` open a quantity ("about", "at least": grammar `comparatives`). */
function quantity(lex: Lexicon, toks: Token[], k: number): number {
  const c = lex.g.comparatives;
  return c.has(`${toks[k - 2]?.lower} ${toks[k - 1]?.lower}`) ? 2 : c.has(toks[k - 1]?.lower ?? "") ? 1 : 0;
}

/** What precedes a preposed source must open a clause, or the phrase is some verb's object. */
function okBefore(lex: Lexicon, toks: Token[], k: number, from: number): boolean {
  if (k <= from) return true;
  const p = toks[k - 1] as Token;
  if (p.type === Tok.Quote) return true;
  if (p.type === Tok.Punct) return PUNCT_BEFORE_SOURCE.has(p.lower);
  return lex.subordinators.has(p.lower) || lex.cueWords.has(p.lower) || (lex.stop.has(p.lower) && !lex.bridges.has(p.lower) && !lex.g.objectPrepositions.has(p.lower));
}

/** The source phrase starting at `start`, read forwards: "according to a Statement from the White House". */
export function phraseAfter(lex: Lexicon, toks: Token[], start: number, to: number, nounOnly = false): Phrase | undefined {
  let k = start;
  while (k < to && isWord(toks[k]) && lex.determiners.has((toks[k] as Token).lower)) k++;
  const first = toks[k];
  if (!isWord(first) || lex.stop.has(first.lower) || lex.bridges.has(first.lower) || isObjectPronoun(lex, first)) return undefined;
  if (lex.pronouns.has(first.lower)) return k === start ? { from: k, to: k + 1 } : undefined;
  const head = k;
  let words = 0;
  while (k < to && words < MAX_WORDS) {
    const t = toks[k] as Token;
    // "the World Travel & Tourism Council": an ampersand inside a name.
    if (k > start && isAmpersandInName(toks, k)) {
      k++;
      continue;
    }
    if (!isWord(t)) break;
    // "a report from Human Rights Watch", "an analysis by …": the first word is a noun here.
    if (k === head && head > start) {
      k++;
      words++;
      continue;
    }
    if (lex.bridges.has(t.lower)) {
      const n = toks[k + 1];
      if (!isWord(n) || lex.stop.has(n.lower)) break;
      k++;
      words++;
      continue;
    }
    if (k > start && lex.determiners.has(t.lower) && !lex.bridges.has((toks[k - 1] as Token).lower)) break;
    // `nounOnly`: nothing here can be a verb ("according to the explanatory notes of …").
    if (!t.cap && (lex.stop.has(t.lower) || lex.subordinators.has(t.lower) || (!nounOnly && lex.cueWords.has(t.lower)) || lex.pronouns.has(t.lower))) break;
    if (!t.cap && k > start && (t.lower.endsWith("ed") || t.lower.endsWith("ing") || lex.adverbs.has(t.lower) || lex.g.irregularPast.has(t.lower))) break;
    k++;
    words++;
  }
  while (k > start && lex.bridges.has((toks[k - 1] as Token).lower)) k--;
  while (k > start && lex.determiners.has((toks[k - 1] as Token).lower)) k--;
  if (k <= start) return undefined;
  // "an analysis by the Pew Research Center", "a court document filed by …": whoever wrote the
  // document is the source.
  if (lex.documentNouns.has((toks[k - 1] as Token).lower)) {
    const by = toks[k]?.lower === lex.g.agentPreposition ? k : /ed$/.test(toks[k]?.lower ?? "") && toks[k + 1]?.lower === lex.g.agentPreposition ? k + 1 : -1;
    const agent = by > 0 ? phraseAfter(lex, toks, by + 1, to, nounOnly) : undefined;
    if (agent) return agent;
  }
  return { from: start, to: k };
}

export interface SourceInfo {
  type: SourceType;
  /** A person's name without titles ("Joe Biden"), or a body's after its kind ("the rights group OVD-Info"). */
  name?: string;
  /** The head noun, lower-case ("official", "statement", "president"). */
  head: string;
  /** The phrase without leading determiners: the default group name. */
  bare: string;
  /** Starts with "the"/"this": a description that may point back to a source met before. */
  definite: boolean;
  /** Whose document it is: "The Kremlin statement", "a statement from the White House" → the owner. */
  owner?: string;
  pronoun: boolean;
  /** The source is a relative pronoun ("Sanders, who said"); the rest describes what it stands for. */
  relative?: boolean;
  /** The head is capitalised inside the phrase: a name ("the Interior Ministry"), not a description. */
  proper?: boolean;
  /** The one a question was put to ("Asked whether …, Peskov said"): the question is not theirs. */
  asked?: boolean;
}

export function describe(lex: Lexicon, text: string, toks: Token[], phrase: Phrase): SourceInfo {
  // "The UN Assistance Mission in Afghanistan (UNAMA)": the body is read without its initials,
  // and named with them, so that "UNAMA said" later counts with it.
  const bracketed = phrase.to - phrase.from > 3 && (toks[phrase.to - 1] as Token).lower === ")" && (toks[phrase.to - 3] as Token).lower === "(";
  if (bracketed) {
    const info = describeCore(lex, text, toks, { from: phrase.from, to: phrase.to - 3 });
    const initials = toks[phrase.to - 2] as Token;
    if (info.type !== "organization" && info.type !== "media") return info;
    return { ...info, name: `${info.name ?? info.bare} (${text.slice(initials.start, initials.end)})` };
  }
  return describeCore(lex, text, toks, phrase);
}

function describeCore(lex: Lexicon, text: string, toks: Token[], phrase: Phrase): SourceInfo {
  // "rights groups who say": the phrase the relative pronoun closes names the source.
  const ph = phrase.to - phrase.from > 1 && (toks[phrase.to - 1] as Token).lower === lex.g.relativePerson ? { from: phrase.from, to: phrase.to - 1 } : phrase;
  let a = ph.from;
  const definite = lex.g.definite.has((toks[a] as Token).lower);
  while (a < ph.to - 1 && lex.determiners.has((toks[a] as Token).lower)) a++;
  const bare = text.slice((toks[a] as Token).start, (toks[ph.to - 1] as Token).end);
  // The core ends at the first bridge, unless the bridge sits inside a capitalised title
  // ("Secretary of State Antony Blinken").
  let coreEnd = ph.to;
  for (let k = a + 1; k < ph.to; k++) {
    const t = toks[k] as Token;
    // "sources close to her campaign": a post-nominal adjective ends the core too, and so does a
    // participle describing the noun ("A statement posted on the ministry's website").
    const described = !t.cap && /^[a-z]+ed$/.test(t.lower) && !!toks[k + 1] && (lex.bridges.has((toks[k + 1] as Token).lower) || lex.stop.has((toks[k + 1] as Token).lower));
    // "three clinic directors who attended the meeting": a relative clause ends the core too.
    if ((lex.g.postnominal.has(t.lower) || described || t.lower === lex.g.relativePerson) && k + 1 < ph.to) {
      coreEnd = k;
      break;
    }
    if (lex.bridges.has(t.lower) && !((toks[k - 1] as Token).cap && toks[k + 1]?.cap && lex.titles.has(text.slice((toks[k - 1] as Token).start, (toks[k - 1] as Token).end)))) {
      coreEnd = k;
      break;
    }
  }
  // "people familiar with the talks": the noun before the adjective is the head.
  if (coreEnd - 2 >= a && coreEnd < ph.to && lex.g.postnominal.has((toks[coreEnd - 1] as Token).lower)) coreEnd--;
  const headTok = toks[coreEnd - 1] as Token;
  // "He’d said", "We’re told": the pronoun without its contracted verb.
  const head = headTok.lower.replace(/'(s|d|re|ll|ve|m)$/, "");
  const pron = lex.pronouns.get(head);
  if (pron && ph.to - ph.from === 1) return { type: pron, head, bare, definite: false, pronoun: true };
  const words = toks.slice(a, coreEnd).map((t) => text.slice(t.start, t.end).replace(/['\u2019]s$/, ""));
  const base: Omit<SourceInfo, "type"> = { head, bare, definite, pronoun: false, ...(headTok.cap && coreEnd - 1 > a ? { proper: true } : {}) };
  // "the Russian and Syrian defense ministries": organizations in the plural are organizations.
  const organization = lex.organizationNouns.has(head) || lex.organizationNouns.has(head.replace(/ies$/, "y")) || (/[^s]s$/.test(head) && lex.organizationNouns.has(head.slice(0, -1)));
  if (lex.documentNouns.has(head)) {
    const owner = documentOwner(lex, text, toks, a, coreEnd, ph.to);
    return { ...base, type: "document", ...(owner ? { owner } : {}) };
  }
  // "Officials said", "Voters in Ohio say": a plural common noun capitalised only by the sentence start is
  // read as one ("King" stays a name).
  // ("People familiar with …" too: "people" is plural without the -s.)
  const plural = /s$/.test(head) && lex.personNouns.has(singular(head));
  const common = a === coreEnd - 1 && (plural || lex.anonymousNouns.has(head)) && (lex.anonymousNouns.has(head) || lex.personNouns.has(head) || plural);
  if (headTok.cap && !common) {
    // A person's name: the trailing run of capitalised words that are not titles.
    let s = words.length;
    while (s > 0 && /^\p{Lu}/u.test(words[s - 1] as string) && !lex.titles.has(words[s - 1] as string)) s--;
    const name = words.slice(s).join(" ");
    // "the BBC's North America editor Jon Sopel": a name after a role is a person, whoever employs them.
    // "His lawyer, Ivan Pavlov": past the comma of an apposition.
    const role = words[s - 1] === "," ? words[s - 2] : words[s - 1];
    if (name && role !== undefined && lex.personNouns.has(role) && !organization) return { ...base, type: "person", name };
    // "BelTA", "OVD-Info", "IHR": one word with capitals inside, or initials, is a body's name.
    const capitals = name.match(/\p{Lu}/gu)?.length ?? 0;
    const body = words.length === 1 && ((/\p{Ll}/u.test(name) && capitals >= 3) || (headTok.acronym && name.length <= 5));
    // "the rights group OVD-Info", "the state news agency BelTA": the noun before the name says what it is.
    const kind = role?.toLowerCase() ?? "";
    if (name && (lex.mediaNouns.has(kind) || lex.organizationNouns.has(kind)) && !lex.personNouns.has(kind)) return { ...base, type: lex.mediaNouns.has(kind) ? "media" : "organization", name };
    if (words.some((w) => lex.mediaNames.has(w)) && !organization) return { ...base, type: "media" };
    if (words.some((w) => lex.organizationNames.has(w)) && (lex.organizationNames.has(words[words.length - 1] as string) || organization)) return { ...base, type: "organization" };
    if (organization || body || lex.mediaNouns.has(head)) return { ...base, type: lex.mediaNouns.has(head) ? "media" : "organization" };
    return name ? { ...base, type: "person", name } : { ...base, type: "unknown" };
  }
  // "the judiciary's Mizan news agency", "the ruling Georgian Dream party": the body's own name.
  let e = words.length - 1;
  while (e > 0 && !/^\p{Lu}/u.test(words[e] as string)) e--;
  let b = e;
  while (b > 1 && /^\p{Lu}/u.test(words[b - 1] as string)) b--;
  const own = e > 0 && /^\p{Lu}/u.test(words[e] as string) ? { name: words.slice(b, e + 1).join(" ") } : {};
  // "the Interfax news agency": an agency of news is an outlet.
  if (lex.mediaNouns.has(head) && words.some((w) => lex.mediaNames.has(w) || w === "news")) return { ...base, type: "media", ...own };
  if (organization) return { ...base, type: "organization", ...own };
  if (lex.mediaNouns.has(head)) return { ...base, type: "media", ...own };
  // "Officials", "prosecutors", "activists": people left unnamed.
  if (lex.anonymousNouns.has(head) || plural) return { ...base, type: "anonymous" };
  // "Ukraine's foreign minister" is one known person, like "the foreign minister".
  const owned = (a < coreEnd - 1 && (toks[a] as Token).cap && /'s$/.test((toks[a] as Token).lower)) || lex.g.possessives.has((toks[ph.from] as Token).lower);
  if (lex.personNouns.has(head)) return { ...base, type: definite || owned ? "person" : "anonymous" };
  return { ...base, type: "unknown" };
}

/** The English singular of a plural noun: "prosecutors" → "prosecutor", "secretaries" → "secretary". */
function singular(noun: string): string {
  return noun.replace(/ies$/, "y").replace(/(ch|sh|ss|x)es$/, "$1").replace(/s$/, "");
}

/**
 * The capitalised words naming a document's owner: right before the head ("The Kremlin statement",
 * "A February 11 Pentagon statement", "Macron's letter") or after its first bridge ("a statement
 * from the White House", "A summary of the Kremlin appeal").
 */
function documentOwner(lex: Lexicon, text: string, toks: Token[], a: number, coreEnd: number, to: number): string | undefined {
  const word = (t: Token): string => text.slice(t.start, t.end).replace(/['\u2019]s$/, "");
  let k = coreEnd - 1;
  while (k > a && (toks[k - 1] as Token).cap && !/^\d/.test((toks[k - 1] as Token).lower)) k--;
  // "February 11": a date before the owner is not part of it.
  if (k < coreEnd - 1) return toks.slice(k, coreEnd - 1).map(word).join(" ");
  let b = coreEnd + 1;
  while (b < to && lex.determiners.has((toks[b] as Token).lower)) b++;
  let e = b;
  while (e < to && (toks[e] as Token).cap) e++;
  return e > b ? toks.slice(b, e).map(word).join(" ") : undefined;
}
