// Inside a chosen container, find the subtrees a reader skips over: asides, photo credits, share
// bars, promo and newsletter boxes, "read more" lists, comments, bylines. They are reported as
// `excluded` (never removed: this runs on the live page). Captions stay: only their credits go.
import { BLOCK, CREDIT, hiddenByMarkup, isCaption, tags } from "./text";
import { MAYBE, NEGATIVE, UNLIKELY, TextStats, names, visibleText } from "./scoring";

const ALWAYS = tags("aside nav footer form dialog menu");
const ROLES = /^(?:complementary|navigation|banner|contentinfo|dialog|alertdialog|search|toolbar)$/;
const INVISIBLE = tags("script style noscript template svg iframe img picture video audio");
// How promo lines open (English, Russian, Ukrainian: RFE/RL's main languages).
const LEADS =
  /^(?:read more|related|see also|also read|more from|recommended|sign up|subscribe|follow us|click here|watch|listen|advertisement|share this|more on this|read next|further reading|you may also like|most popular|continue reading|читайте также|читайте також|смотрите также|дивіться також|по теме|на тему|подписывайтесь|підписуйтеся)(?![\p{L}\p{N}])/iu;

// Credits in figures and captions, by name ("credit", "photoCredit", "copyright", "attribution",
// "caption__source") or microdata; or set apart on their own: "Name/Agency" (a few words each side), an agency.
const CREDIT_NAME = /credit|copyright|attribution|(?:^|[-_\s])source/i;
const BARE_CREDIT = /^(?:[^ /]+(?: [^ /]+){0,4}(?: ?\/ ?[^ /]+(?: [^ /]+){0,4})+|getty images|reuters|ap|afp)$/i;

const BOILERPLATE =
  /^(?:advertisement|advertising|sponsored( content)?|ad|continue reading( the main story| below)?|story continues below( advertisement)?|skip advertisement|scroll to continue( with content)?|реклама)\.?$/i;

// A line that is only a byline ("By Jane Doe and John Roe") or only a date and time ("Updated
// 10:32 AM EST, Sun March 3, 2024"), for pages that mark neither up.
const BYLINE = /^(?:[Bb]y|[Оо]т|[Аа]втор[иы]?:?)\s+\p{Lu}[\p{L}.'’-]*(?:(?:,?\s+|\s+(?:and|&|и|і|та)\s+)\p{Lu}[\p{L}.'’-]*)*$/u;
const DATELINE =
  /^(?:(?:last\s+)?(?:updated|published|posted|modified)(?:\s+(?:on|at))?:?\s*)?(?:[\d:.,/\-–|]+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|[ap]\.?m\.?|utc|gmt|[ecmp][sd]t|bst|cest?|msk|at|on|\s)+$/i;

export function collectExcluded(root: Element, stats: TextStats, extra: Element[] = []): Element[] {
  const total = stats.length(root);
  let title: string | undefined; // read on demand: a headline repeated inside the body is rare
  const ctx: Context = { total, stats, title: () => (title ??= norm(root.ownerDocument.title)), figures: new Set() };
  const out: Element[] = [];
  const marked = new Set<Element>(extra);
  // `fig`: inside a figure or a caption, where credits are looked for.
  const walk = (el: Element, fig: boolean): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (marked.has(c)) {
        out.push(c);
        continue;
      }
      if (INVISIBLE.has(c.localName) || hiddenByMarkup(c)) continue;
      const f = fig || c.localName === "figure" || isCaption(c);
      if ((f && isCredit(c, stats)) || isFurniture(c, ctx)) {
        out.push(c);
        continue;
      }
      walk(c, f || ctx.figures.has(c));
    }
  };
  walk(root, isCaption(root));
  return out;
}

interface Context {
  total: number;
  stats: TextStats;
  title: () => string;
  /** Blocks named as furniture that are figures in all but name (kept; credits looked for inside). */
  figures: Set<Element>;
}

function isFurniture(el: Element, { total, stats, title, figures }: Context): boolean {
  const tag = el.localName;
  if (ALWAYS.has(tag)) return true;
  // The headline (and a subhead repeating it) is page furniture here: title has its own field.
  if (tag === "h1") return true;
  if (tag === "h2" && stats.length(el) > 15 && sameAsTitle(el, title())) return true;
  const role = el.getAttribute("role");
  if (role && ROLES.test(role)) return true;
  if (el.getAttribute("itemprop") === "author" || el.getAttribute("rel") === "author") return true;
  // Class names only count on blocks: an inline link or span named "inline-link" is body text.
  if (!BLOCK.has(tag) && tag !== "span") return false;
  const n = names(el);
  // A video player's chrome and its "up next" headline ("cnnplayer", "jwplayer", "video-player");
  // a <figure> holding a player keeps its caption, and a span ("player-name") is body text.
  if (tag !== "figure" && tag !== "span" && /player/i.test(n) && stats.length(el) < total * 0.4) return true;
  if (n.length > 1 && NEGATIVE.test(n) && !isCaption(el)) {
    // Named furniture in both lists (a gallery's legends, comments, sidebars) is out whatever
    // its size; Readability's list alone matches inside words ("subheader"), so not on its own.
    if (UNLIKELY.test(n) && !MAYBE.test(n)) return true;
    const len = stats.length(el);
    // A wrapper holding most of the body is never furniture, whatever its name says; nor is an
    // image with its caption in a block named "widget" or "embed".
    if (len < total * 0.4) {
      if (HIDDEN.test(n) || !isFigure(el, stats)) return true;
      figures.add(el);
      return false;
    }
  }
  if (tag === "span") return false;
  if (tag === "ul" || tag === "ol" || tag === "div" || tag === "section" || tag === "table") {
    const len = stats.length(el);
    if (len === 0) return false;
    const density = stats.density(el);
    if (density > 0.6 && len < total * 0.4) return true;
    if (tag === "div" || tag === "section") {
      if (density > 0.35 && len < 200 && el.getElementsByTagName("p").length === 0) return true;
    }
  }
  // Short lines are judged by their text, read once.
  const len = stats.length(el);
  if (len >= 170) return false;
  const text = visibleText(el);
  // Labels a reader skips: "Advertisement", "Continue reading the main story"…
  if (len <= 45 && BOILERPLATE.test(text)) return true;
  // A year or a clock time: a slideshow's "1 / 5" is not a date.
  if (len <= 100 && ((/\d{4}|\d:\d\d/.test(text) && DATELINE.test(text)) || BYLINE.test(text))) return true;
  const leadTag = tag === "p" || tag === "div" || tag === "h2" || tag === "h3" || tag === "h4" || tag === "strong";
  if (leadTag && stats.density(el) > 0.3 && LEADS.test(text)) return true;
  return false;
}

const HIDDEN = /(?:^|[-_\s])hidden(?=$|[-_\s])/i;
const PLAYER = ["video", "audio", "iframe", "object", "embed"];

/**
 * A figure in all but name: a <figure> or a block holding one image and a caption (named so)
 * that holds most of its text, no player, few links. Its caption is article text, its credit is not.
 */
function isFigure(el: Element, stats: TextStats): boolean {
  const images = Array.from(el.getElementsByTagName("img")).filter((i) => !i.closest("noscript")).length;
  if (images > 1 || (!images && el.localName !== "figure")) return false;
  if (PLAYER.some((t) => el.getElementsByTagName(t).length > 0) || stats.density(el) > 0.3) return false;
  const cap = findCaption(el);
  const len = stats.length(el);
  // Little text outside the caption ("Enlarge", "1 / 5", whitespace).
  return !!cap && len - stats.length(cap) <= Math.max(30, len * 0.2);
}

function findCaption(el: Element): Element | null {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const hit = isCaption(c) ? c : findCaption(c);
    if (hit) return hit;
  }
  return null;
}

/** A photo credit inside a figure or caption: named so, marked so, or reading as one. */
function isCredit(el: Element, stats: TextStats): boolean {
  if (/copyright|creator|author/i.test(el.getAttribute("itemprop") ?? "")) return true;
  const len = stats.length(el);
  if (!len || len > 150) return false;
  // A caption block named "…credit" may hold the caption too: only its parts are judged.
  if (el.localName !== "figcaption" && CREDIT_NAME.test(names(el))) return true;
  const text = visibleText(el);
  return BARE_CREDIT.test(text) || CREDIT.exec(text)?.index === 0;
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

function sameAsTitle(h: Element, title: string): boolean {
  const text = norm(visibleText(h));
  return text.length > 0 && title.includes(text);
}
