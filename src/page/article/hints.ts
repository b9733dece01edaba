// Pages that say where their body is: schema.org microdata (itemprop="articleBody") marks the
// container; JSON-LD `articleBody` gives the text, whose first and last words find it.
import { isArticleLd, type LdObject } from "./metadata";
import { TextStats, visibleText } from "./scoring";
import { hiddenByMarkup } from "./text";
import type { Candidate } from "./types";

/** Less text than this under an articleBody mark is a teaser or a wrapper left empty. */
const MIN_BODY = 400;

export function fromMicrodata(doc: Document, stats: TextStats): Candidate | null {
  const el = doc.querySelector('[itemprop="articleBody"], [itemprop="articlebody"]');
  if (!el || hiddenByMarkup(el) || stats.length(el) < MIN_BODY) return null;
  return { root: el, excluded: [], via: "itemprop" };
}

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The paragraphs holding the declared body's first and last words bracket the container. */
export function fromJsonLd(doc: Document, stats: TextStats, lds: LdObject[]): Candidate | null {
  let body = "";
  for (const o of lds) {
    const b = o["articleBody"];
    if (isArticleLd(o) && typeof b === "string" && b.length > body.length) body = b;
  }
  const flat = squash(body);
  if (flat.length < MIN_BODY) return null;
  const head = flat.slice(0, 300);
  const tail = flat.slice(-300);
  let first: Element | null = null;
  let last: Element | null = null;
  for (const p of Array.from(doc.getElementsByTagName("p"))) {
    const t = squash(visibleText(p));
    if (t.length < 30) continue;
    if (!first && head.includes(t.slice(0, 30))) first = p;
    if (first && tail.includes(t.slice(-30))) last = p;
  }
  if (!first || !last) return null;
  let root: Element | null = first.parentElement;
  while (root && !root.contains(last)) root = root.parentElement;
  if (!root || root === doc.body || root === doc.documentElement) return null;
  // A container far larger than the declared body holds more than the article (or the
  // declared body is a summary, as on some sites).
  const len = stats.length(root);
  return len <= body.length * 2 && len >= body.length * 0.5 ? { root, excluded: [], via: "json-ld" } : null;
}
