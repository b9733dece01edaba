// Any news page: paragraph scoring in the manner of Readability (each paragraph credits its
// parent and grandparents; names and link density adjust), but read-only and in one pass, so
// it can run on the live page.
import { BLOCK, hiddenByMarkup, tags } from "./text";
import { MAYBE, UNLIKELY, TextStats, classWeight, countCommas, names, visibleText } from "./scoring";
import type { Candidate } from "./types";

const SKIP = tags("script style noscript template svg iframe head select textarea button form nav footer aside");
const PARAGRAPH = tags("p pre td blockquote");
const INLINE_TEXT = tags("a span em strong b i u q cite abbr small sup sub mark time font code br s del ins bdi bdo dfn kbd var");
const NEVER_UNLIKELY = tags("body a article main table tbody tr td th");

// Readability's starting scores by tag: containers up, lists and headings down.
const TAG_SCORE: Record<string, number> = {
  div: 5, article: 5, main: 5, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

const initialScore = (el: Element): number => (TAG_SCORE[el.localName] ?? 0) + classWeight(el);

/** Text a div holds itself, outside nested blocks: a <br>-split body has no <p> at all. */
function ownInlineText(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += (c as Text).data.trim().length;
    else if (c.nodeType === 1 && INLINE_TEXT.has((c as Element).localName)) n += ((c as Element).textContent ?? "").trim().length;
  }
  return n;
}

function isUnlikely(el: Element): boolean {
  if (NEVER_UNLIKELY.has(el.localName)) return false;
  const n = names(el);
  if (n.length < 2) return false;
  const role = el.getAttribute("role");
  if (role === "complementary" || role === "navigation" || role === "banner" || role === "contentinfo") return true;
  return UNLIKELY.test(n) && !MAYBE.test(n);
}

export function findGeneric(doc: Document, stats: TextStats): Candidate | null {
  // Read once: linkedom answers document.body with a search.
  const body = doc.body;
  const html = doc.documentElement;
  if (!body || !html) return null;

  const scores = new Map<Element, number>();
  const inside = new Map<Element, number>();
  const paras: Element[] = [];
  const walk = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.localName;
      if (SKIP.has(tag) || hiddenByMarkup(c) || isUnlikely(c)) continue;
      if (PARAGRAPH.has(tag) || (tag === "div" && ownInlineText(c) >= 25)) paras.push(c);
      if (!PARAGRAPH.has(tag) || tag === "td" || tag === "blockquote") walk(c);
    }
  };
  // From <html>, not <body>: linkedom keeps a second <body> when markup precedes <head>.
  walk(html);

  for (const p of paras) {
    const text = visibleText(p);
    if (text.length < 25) continue;
    const score = 1 + countCommas(text) + Math.min(Math.floor(text.length / 100), 3);
    // Undecayed total too, for wrappers too far up for the decayed score to reach.
    for (let a = p.parentElement; a && a !== html; a = a.parentElement) inside.set(a, (inside.get(a) ?? 0) + score);
    let anc = p.parentElement;
    for (let level = 0; anc && level < 5; level++, anc = anc.parentElement) {
      if (anc === html) break;
      if (!scores.has(anc)) scores.set(anc, initialScore(anc));
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, (scores.get(anc) as number) + score / div);
    }
  }
  if (scores.size === 0) return null;

  // Link density only for the strongest few: it needs each candidate's full text.
  const ranked = Array.from(scores.entries()).sort((a, b) => b[1] - a[1]).slice(0, 8);
  const final = new Map<Element, number>();
  for (const [el, s] of ranked) final.set(el, s * (1 - stats.density(el)));
  const order = Array.from(final.entries()).sort((a, b) => b[1] - a[1]);
  let top = order[0]?.[0];
  const topScore = order[0]?.[1] ?? 0;
  if (!top) return null;

  // When the body is split into sibling blocks that each score about as well, their common
  // ancestor is the article.
  const close = order.slice(1).filter(([, s]) => s >= topScore * 0.75).map(([el]) => el);
  if (close.length >= 2) {
    for (let anc = top.parentElement; anc && anc !== html; anc = anc.parentElement) {
      if (close.filter((c) => anc.contains(c)).length >= 2) {
        top = anc;
        break;
      }
    }
  }

  const scoreOf = (el: Element): number => {
    let v = final.get(el);
    if (v === undefined) final.set(el, (v = scores.has(el) ? (scores.get(el) as number) * (1 - stats.density(el)) : 0));
    return v;
  };
  // Walk up while ancestors keep a fair share of the score: a body split over sibling wrappers
  // (story-body-1, story-body-2…) credits their common ancestor, which then outscores each.
  {
    let last = scoreOf(top);
    const floor = last / 3;
    for (let anc = top.parentElement; anc && anc !== body && anc !== html; anc = anc.parentElement) {
      if (!scores.has(anc)) continue;
      const s = scoreOf(anc);
      if (s < floor) break;
      if (s > last) {
        top = anc;
        break;
      }
      last = s;
    }
  }
  const tScore = scoreOf(top);
  const topDeep = inside.get(top) ?? 0;
  // Siblings that also read as body text join in (Readability's sibling step), and the same
  // test repeats a few levels up: bodies split over wrappers (story-body-1 in one box,
  // story-body-2 in the next) are gathered under their common ancestor; the wrappers' other
  // children are left out.
  let root: Element = top;
  const excluded: Element[] = [];
  const threshold = Math.max(10, tScore * 0.2);
  const pending: Element[] = [];
  for (let level = 0, cur: Element = top; level < 6; level++) {
    const parent: Element | null = cur.parentElement;
    if (!parent || parent === html || parent === body) break;
    const cls = cur.getAttribute("class") ?? "";
    const kids = Array.from(parent.children);
    const keep = kids.map((s) => s === cur || (!SKIP.has(s.localName) && !hiddenByMarkup(s) && readsAsBody(s, cls)));
    kids.forEach((s, i) => {
      if (!keep[i] && BLOCK.has(s.localName)) pending.push(s);
    });
    const added = keep.some((k, i) => k && kids[i] !== cur);
    cur = parent;
    // A level with nothing to add is passed through, and only kept if a higher level adds text.
    if (!added) continue;
    root = parent;
    excluded.push(...pending);
    pending.length = 0;
  }

  function readsAsBody(s: Element, cls: string): boolean {
    const bonus = cls && s.getAttribute("class") === cls ? tScore * 0.2 : 0;
    if (scores.has(s) && scoreOf(s) + bonus >= threshold) return true;
    // A body split into repeated wrappers (same class as the one holding the top candidate)
    // can sit deeper than the decayed score reaches: count all its paragraphs.
    const deep = inside.get(s);
    if (bonus > 0 && deep !== undefined && deep * (1 - stats.density(s)) >= Math.max(10, topDeep * 0.1)) return true;
    if (s.localName === "p" || (s.localName === "div" && ownInlineText(s) >= 25)) {
      const len = stats.length(s);
      const ld = stats.density(s);
      return len > 80 ? ld < 0.25 : len > 0 && ld === 0 && /\.( |$)/.test(visibleText(s));
    }
    return false;
  }

  return { root, excluded, via: "score" };
}
