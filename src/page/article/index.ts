// Article detection over the live DOM: pick the article container (Pangea first, then generic
// signals), mark what inside it is not article text, and build the text with its DOM map.
// Reads the DOM only (no cloning, no layout), so it runs in a content script and in Node.
import { collectExcluded } from "./clean";
import { findGeneric } from "./generic";
import { fromJsonLd, fromMicrodata } from "./hints";
import { isArticleLd, jsonLd, readMetadata, types, type LdObject } from "./metadata";
import { findPangea } from "./pangea";
import { TextStats } from "./scoring";
import { buildText } from "./text";
import type { ArticleText, Candidate, Detection, DetectOptions } from "./types";

export type { ArticleText, Detection, DetectOptions, TextMap, TextPiece } from "./types";

/** Less paragraph text than this is a teaser, a stub or a front page, not an article. */
const MIN_CHARS = 400;
const LISTING_TYPES = /^(?:CollectionPage|SearchResultsPage|ItemList|WebSite|ProfilePage)$/;

export function detectArticle(doc: Document, options: DetectOptions = {}): Detection {
  try {
    return detect(doc, options);
  } catch (e) {
    // Never throw into the content script: a page we cannot read is a page without an article.
    return { found: false, reason: `detection failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function detect(doc: Document, options: DetectOptions): Detection {
  if (!doc || !doc.body) return { found: false, reason: "no document body" };
  const urlReason = listingUrl(options.url);
  const stats = new TextStats();
  const ld = jsonLd(doc);
  const pangea = findPangea(doc);
  if (pangea) {
    const article = build(doc, pangea, stats, ld);
    if (article.text.length >= 80) return { found: true, article };
  }
  if (urlReason) return { found: false, reason: urlReason };

  const hasArticleLd = ld.some(isArticleLd);
  if (!hasArticleLd && ld.some((o) => types(o).some((t) => LISTING_TYPES.test(t) && t !== "WebSite"))) {
    return { found: false, reason: "page declares itself a collection or search results (schema.org)" };
  }

  const candidate = fromMicrodata(doc, stats) ?? fromJsonLd(doc, stats, ld) ?? findGeneric(doc, stats);
  if (!candidate) return { found: false, reason: "no paragraphs of text on the page" };
  const article = build(doc, candidate, stats, ld);
  if (article.text.length < MIN_CHARS) {
    return { found: false, reason: `no article: the best text block has ${article.text.length} characters` };
  }
  const listing = looksLikeListing(article);
  if (listing && !hasArticleLd) return { found: false, reason: listing };
  return { found: true, article };
}

function build(doc: Document, c: Candidate, stats: TextStats, ld: LdObject[]): ArticleText {
  const excluded = collectExcluded(c.root, stats, c.excluded);
  const { text, map } = buildText(c.root, new Set(excluded));
  return { root: c.root, excluded, text, map, ...readMetadata(doc, c.root, ld) };
}

/** Front pages and section fronts: many linked headlines, each with a line of teaser text. */
function looksLikeListing(article: ArticleText): string | null {
  const { root, text, map } = article;
  const ex = new Set(article.excluded);
  // Several <article> elements inside the container are story cards, not one story.
  const cards = Array.from(root.getElementsByTagName("article")).filter((a) => !insideAny(a, root, ex)).length;
  if (cards >= 3) return `no article: ${cards} story cards (<article>) in the best text block`;
  // One pass over the blocks: how much text is link text, and how many blocks are wholly a link.
  const linkCache = new Map<Node, boolean>();
  const inLink = (n: Node): boolean => {
    let v = linkCache.get(n);
    if (v === undefined) {
      v = false;
      for (let e = n.parentElement; e && e !== root; e = e.parentElement) if (e.localName === "a") v = true;
      linkCache.set(n, v);
    }
    return v;
  };
  let linked = 0;
  let whole = 0;
  let blocks = 0;
  let pos = 0;
  for (const block of text.split("\n\n")) {
    const pieces = map.toDom(pos, pos + block.length);
    let all = pieces.length > 0;
    for (const p of pieces) {
      if (inLink(p.node)) linked += p.end - p.start;
      else all = false;
    }
    if (all) whole++;
    blocks++;
    pos += block.length + 2;
  }
  // Articles in the corpora keep link text under 12% of their text; lists of stories are mostly links.
  if (linked > text.length * 0.4) return "no article: most of the best text block is links";
  // Teasers: a linked headline block over a line or two of summary, again and again. Articles
  // have few blocks that are wholly a link, and long text between them.
  const perLink = text.length / Math.max(1, whole);
  if (whole >= 4 && whole >= blocks * 0.3 && perLink < 400) {
    return `no article: ${whole} of ${blocks} blocks are links, ${Math.round(perLink)} characters apart: a list of stories`;
  }
  return null;
}

function insideAny(el: Element, root: Element, set: ReadonlySet<Element>): boolean {
  for (let a: Element | null = el; a && a !== root; a = a.parentElement) if (set.has(a)) return true;
  return false;
}

/** Home pages, search and section URLs, when the caller knows the URL. */
function listingUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.pathname === "/" || u.pathname === "") return "no article: the URL is a home page";
    if (/^\/search(?:\/|$)/i.test(u.pathname) || /[?&](?:q|query|search)=/.test(u.search)) return "no article: the URL is a search";
  } catch {
    // Not a URL we can read: decide from the page alone.
  }
  return null;
}
