// Group names and antecedents for Slavic sources: every case form of a name under its
// nominative (Пескова, Пескову → Дмитрий Песков), pronouns by gender (он, вона), descriptions
// (журналист, омбудсман, ведомство, собеседник) and bare documents (йдеться в повідомленні) to
// the source they mean.
import type { SourceSpan, Span } from "../types";
import { stem, stems, type SlavicLexicon } from "./lexicon";
import type { Gender, SlavicInfo } from "./phrases";

export interface SlavicMention {
  span: Span;
  info: SlavicInfo;
  /** Gender shown by the cue's agreement (заявила → f). */
  gender?: Gender;
  /** In an oblique case ("по словам Сергея Лаврова"): its name is no nominative. */
  oblique?: boolean;
  /** Only a name seen at a sentence start, not an attribution's source. */
  subjectOnly?: boolean;
  /** A document's owner ("МЗС України"): an organisation later descriptions may mean. */
  owner?: { text: string; description: boolean };
}

/** How many earlier mentions a pronoun or description looks back over. */
const LOOKBACK = 12;

/** Resolves mentions sorted by start; returns one SourceSpan per mention that is not subjectOnly. */
export function resolveSlavic(lex: SlavicLexicon, mentions: SlavicMention[]): (SourceSpan | undefined)[] {
  // Surname stem → full name, from subjects first: "Сергей Лавров" over "(по словам) Сергея Лаврова".
  const full = new Map<string, string>();
  for (const oblique of [false, true])
    for (const m of mentions) {
      const name = m.info.name;
      if (m.info.type === "person" && name && name.includes(" ") && !!m.oblique === oblique) {
        const key = stem(lex, name.slice(name.lastIndexOf(" ") + 1));
        if (!full.has(key)) full.set(key, oblique ? nominative(lex, name) : name);
      }
    }
  const own = (m: SlavicMention): string => {
    const name = m.info.name;
    if (m.info.type === "person" && name) {
      if (!m.oblique && name.includes(" ")) return name;
      return full.get(stem(lex, name.slice(name.lastIndexOf(" ") + 1))) ?? (m.oblique ? nominative(lex, name) : name);
    }
    return m.info.nominative;
  };
  const canon: string[] = [];
  const orgs: string[] = [];
  const out: (SourceSpan | undefined)[] = [];
  const genderOf = (m: SlavicMention): Gender | undefined => m.info.gender ?? m.gender;
  mentions.forEach((m, i) => {
    const { info } = m;
    const earlier = (ok: (e: SlavicMention, k: number) => boolean): number => {
      for (let k = i - 1; k >= 0 && k >= i - LOOKBACK; k--) if (ok(mentions[k] as SlavicMention, k) && (mentions[k] as SlavicMention).span.start < m.span.start) return k;
      return -1;
    };
    let resolved: string | undefined;
    const g = info.pronoun ? info.gender : (genderOf(m) ?? info.gender);
    const fits = (e: SlavicMention): boolean => !g || !genderOf(e) || genderOf(e) === g;
    if (info.pronoun && info.type === "person") {
      // Another pronoun counts only when it was resolved itself.
      const k = earlier((e, j) => e.info.type === "person" && !e.info.description && !e.info.plural && (!e.info.pronoun || canon[j] !== e.info.nominative) && fits(e));
      if (k >= 0) resolved = canon[k];
    } else if (info.description && info.type === "person") {
      // "— добавила речница": the named person introduced with that title, else the last named one.
      const lemma = info.noun?.lemma;
      let k = earlier((e) => e.info.type === "person" && !!e.info.name && e.info.noun?.lemma === lemma);
      if (k < 0) k = earlier((e) => e.info.type === "person" && !!e.info.name && fits(e));
      if (k >= 0) resolved = canon[k];
    } else if (info.description && info.type === "anonymous") {
      const k = earlier((e) => e.info.type === "anonymous" && !e.subjectOnly);
      if (k >= 0) resolved = canon[k];
    } else if ((info.description && info.type === "organization") || (info.type === "document" && (!info.owner || m.owner?.description))) {
      // "в заявлении центра" → the last body that is a центр ("Правозащитный центр «Мемориал»"), else the last body.
      const noun = info.type === "document" ? m.owner?.text.split(" ")[0] : info.noun?.lemma;
      const kin = noun ? new Set(stems(lex, noun)) : undefined;
      const same = kin ? [...orgs].reverse().find((o) => o.split(/\s+/).some((w) => stems(lex, w).some((s) => kin.has(s)))) : undefined;
      resolved = same ?? orgs[orgs.length - 1];
    }
    const c = resolved ?? own(m);
    canon.push(c);
    if (info.type === "organization") orgs.push(c);
    if (m.owner && !m.owner.description) orgs.push(m.owner.text);
    if (info.type === "document" && m.owner?.description && resolved) orgs.push(resolved);
    out.push(m.subjectOnly ? undefined : { ...m.span, type: info.type, canonical: c, ...(resolved !== undefined ? { resolved } : {}) });
  });
  return out;
}

/** "Сергея Лаврова" → "Сергей Лавров": a genitive name in the nominative, ending by ending. */
function nominative(lex: SlavicLexicon, name: string): string {
  return name
    .split(" ")
    .map((w) => {
      const rule = lex.d.genitiveNames.find(([g]) => w.endsWith(g) && w.length > g.length + 2);
      return rule ? w.slice(0, w.length - rule[0].length) + rule[1] : w;
    })
    .join(" ");
}
