// Title, byline, date and language where the page states them: Pangea's markup, then JSON-LD,
// then <meta> and common microformats.
import { visibleText } from "./scoring";

export interface Metadata {
  title?: string;
  byline?: string;
  published?: string;
  lang?: string;
}

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

// NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, Report, ClaimReview (fact checks).
const ARTICLE_TYPES = /Article|Posting|^Report$|^ClaimReview$/;

/** Every JSON-LD object on the page, flattened out of arrays and @graph. */
export type LdObject = Record<string, Json>;

export function jsonLd(doc: Document): LdObject[] {
  const out: Record<string, Json>[] = [];
  const add = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === "object") {
      out.push(v);
      const g = v["@graph"];
      if (g) add(g);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      add(JSON.parse(s.textContent ?? "") as Json);
    } catch {
      // Broken JSON-LD is common; it is only a hint.
    }
  }
  return out;
}

export function types(o: Record<string, Json>): string[] {
  const t = o["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

export function isArticleLd(o: Record<string, Json>): boolean {
  return types(o).some((t) => ARTICLE_TYPES.test(t));
}

const str = (v: Json | undefined): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

function personNames(v: Json | undefined): string | undefined {
  if (!v) return undefined;
  if (typeof v === "string") return v.trim() || undefined;
  if (Array.isArray(v)) {
    const all = v.map(personNames).filter((x): x is string => !!x);
    return all.length ? all.join(", ") : undefined;
  }
  if (typeof v === "object") return str(v["name"] as Json);
  return undefined;
}

/** <meta> contents by property, name or itemprop (first one wins), read in one pass. */
function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  // The whole document: microdata puts <meta itemprop="datePublished"> inside the body.
  for (const m of Array.from(doc.getElementsByTagName("meta"))) {
    const v = m.getAttribute("content")?.trim();
    if (!v) continue;
    for (const a of ["property", "name", "itemprop"]) {
      const k = m.getAttribute(a);
      if (k && !out.has(k)) out.set(k, v);
    }
  }
  return out;
}

/** "Headline | Site name" → "Headline", when the tail is short and the head a real headline. */
function siteless(t: string | undefined): string | undefined {
  if (!t) return undefined;
  const m = /^(.*\S)\s+[|–—-]\s+([^|–—-]+)$/.exec(t);
  return m && m[1] && m[2] && m[2].split(/\s+/).length <= 4 && m[1].split(/\s+/).length >= 4 ? m[1] : t;
}

function text(el: Element | null): string | undefined {
  if (!el) return undefined;
  const t = visibleText(el);
  return t || undefined;
}

export function readMetadata(doc: Document, root: Element | null, lds: LdObject[] = jsonLd(doc)): Metadata {
  const ld = lds.find(isArticleLd);
  const tags = metaTags(doc);
  const meta = (...keys: string[]): string | undefined => keys.map((k) => tags.get(k)).find((v) => v !== undefined);
  const docTitle = doc.title.trim();
  const h1 = text(doc.querySelector("h1"));
  const title =
    text(doc.querySelector("h1.pg-title")) ??
    str(ld?.["headline"]) ??
    siteless(meta("og:title", "twitter:title")) ??
    // An <h1> the <title> repeats is the headline; otherwise it may be a section's name.
    (h1 && (!docTitle || docTitle.includes(h1)) ? h1 : undefined) ??
    siteless(docTitle) ??
    h1;
  // article:author and friends are often profile URLs, not names.
  const name = (v: string | undefined): string | undefined => (v && !/^https?:|^\/\//.test(v) ? v : undefined);
  const byline =
    text(doc.querySelector(".publishing-details .links__item-link, .authors .links__item-link")) ??
    name(personNames(ld?.["author"])) ??
    name(meta("author", "byl")) ??
    name(meta("article:author")) ??
    text(
      // Not the author of a quoted claim (Pangea fact checks) or of a comment.
      Array.from(doc.querySelectorAll('[rel="author"], [itemprop="author"], .byline, .author')).find(
        (el) => !el.closest(".fc__body, .statement, blockquote, aside, .comments, #comments"),
      ) ?? null,
    ) ??
    undefined;
  const datetime = (scope: ParentNode | null | undefined, sel: string): string | undefined =>
    scope?.querySelector(sel)?.getAttribute("datetime")?.trim() || undefined;
  // In order of trust: the page's marked publication time (Pangea's `.published time`), the
  // declared date, then a <time> near the body (not the first on the page: tickers have them too).
  const published =
    datetime(doc, ".published time[datetime], time[pubdate][datetime]") ??
    str(ld?.["datePublished"]) ??
    meta("article:published_time", "datePublished", "pubdate", "date") ??
    datetime(root?.closest("article, main") ?? root, "time[datetime]");
  const lang = doc.documentElement?.getAttribute("lang")?.trim() || undefined;
  const out: Metadata = {};
  if (title) out.title = title;
  if (byline) out.byline = byline.replace(/^by\s+/i, "");
  if (published) out.published = published;
  if (lang) out.lang = lang;
  return out;
}
