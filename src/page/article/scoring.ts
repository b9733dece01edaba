// Signals shared by the detectors: what class/id names say, how much of a block is links, how
// much plain text it holds. All read markup only (no layout), so they run the same in Node.
import { tags } from "./text";

/** Names of page furniture: share bars, promo, related lists, comments, ads, credits… */
export const NEGATIVE =
  /(?:^|[-_\s])(?:share\w*|sharing|social\w*|related\w*|promo\w*|newsletter\w*|galler\w*|slide\w*|carousel|legends?|subscri\w*|signup|advert\w*|ads?|adslot|dfp|sponsor\w*|comments?|disqus|byline\w*|dateline|bio|caption|credits?|more|popular|recommend\w*|topics|keywords|outbrain|taboola|breadcrumbs?|tags?|sidebar|widget|banner|masthead|menu|skip|toolbar|print|rating|authors?|contributor|timestamp|published|updated|pagination|pager|footer|header|nav|navbar|navigation|hidden|tools|trending|teasers?|also|next|prev|jump|paywall|cookie|gdpr|modal|overlay|popup|enlarge|meta|infobox|toc|references|cta|donate|partner|pull-?quote|embed\w*|tweet|twitter\w*|instagram\w*|tiktok\w*|facebook\w*)(?=$|[-_\s\d])/i;

/** Names that mark the article body itself. */
export const POSITIVE =
  /(?:^|[-_\s])(?:article|articlebody|body|content|entry|hentry|main|post|text|story|blog|prose|copy|richtext|wsw|paragraphs?)(?=$|[-_\s\d])/i;

/** Containers a body never lives in (Readability's "unlikely candidates", trimmed). */
export const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
export const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;

export function names(el: Element): string {
  const cls = el.getAttribute("class") ?? "";
  const id = el.getAttribute("id") ?? "";
  // "no_caption", "no-share": the name says the thing is absent.
  return (cls + " " + id).replace(/(?:^|[\s_-])no[-_][\w-]*/gi, " ");
}

/** +25 for body-like names, -25 for furniture-like names (Readability's weighting). */
export function classWeight(el: Element): number {
  const n = names(el);
  if (n.length < 2) return 0;
  let w = 0;
  if (NEGATIVE.test(n)) w -= 25;
  if (POSITIVE.test(n)) w += 25;
  return w;
}

const SPACES = /\s+/g;

/** Text as a reader sees it, whitespace collapsed (scripts and styles left out). */
export function visibleText(el: Element): string {
  return innerTextish(el).replace(SPACES, " ").trim();
}

function innerTextish(el: Element): string {
  let s = "";
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) s += (c as Text).data;
    else if (c.nodeType === 1) {
      const t = (c as Element).localName;
      if (t === "script" || t === "style" || t === "noscript" || t === "template") continue;
      s += innerTextish(c as Element);
    }
  }
  return s;
}

const UNSEEN = tags("script style noscript template");

/**
 * Text length and link-text length per element, each element measured once per detection
 * (measuring nested blocks one by one would be quadratic on deep pages).
 */
export class TextStats {
  private readonly cache = new Map<Element, [number, number]>();

  private measure(el: Element): [number, number] {
    const hit = this.cache.get(el);
    if (hit) return hit;
    let len = 0;
    let link = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) len += (c as Text).data.replace(SPACES, " ").length;
      else if (c.nodeType === 1 && !UNSEEN.has((c as Element).localName)) {
        const [l, k] = this.measure(c as Element);
        len += l;
        if ((c as Element).localName === "a") {
          const href = (c as Element).getAttribute("href");
          link += href && href.length > 1 && href.startsWith("#") ? l * 0.3 : l;
        } else link += k;
      }
    }
    const out: [number, number] = [len, link];
    this.cache.set(el, out);
    return out;
  }

  /** Characters of visible text (whitespace runs count one). */
  length(el: Element): number {
    return this.measure(el)[0];
  }

  /** Share of the text inside links (in-page "#" links count a little). */
  density(el: Element): number {
    const [len, link] = this.measure(el);
    return len > 0 ? Math.min(1, link / len) : 0;
  }
}

export function countCommas(s: string): number {
  const m = s.match(/[,،、，﹐︐﹑⹁⸴⸲]/g);
  return m ? m.length : 0;
}
