/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Attribution, Span } from "../../../src/engine/types";
import { detectArticle, type ArticleText } from "../../../src/page/article";
import { Highlighter } from "../../../src/page/highlight/highlighter";
import { buildSegments } from "../../../src/page/highlight/segments";

const seedHtml = readFileSync(resolve(__dirname, "../../../../shared/seed/rferl-biden-putin-call.html"), "utf8");
const all = { quote: true, claim: true, source: true };

function loadSeed(): ArticleText {
  document.documentElement.innerHTML = new DOMParser().parseFromString(seedHtml, "text/html").documentElement.innerHTML;
  const detection = detectArticle(document);
  if (!detection.found) throw new Error(detection.reason);
  return detection.article;
}

function spanOf(text: string, needle: string): Span {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`not in article text: ${needle}`);
  return { text: needle, start, end: start + needle.length };
}

/** Attributions written by hand against the detected text, so this tests painting, not the engine. */
function kirbyAndStatement(text: string): Attribution[] {
  const quote = spanOf(text, "“This repositioning does not mean a change in our resolve");
  const swift = spanOf(text, "“swift and severe costs to Russia”"); // holds a link inside the quote
  const content = spanOf(text, "the United States and its allies would “respond decisively” with “swift and severe costs to Russia” if it undertook");
  return [
    { kind: "direct", source: { ...spanOf(text, "Kirby said"), type: "person", canonical: "John Kirby" }, cue: spanOf(text, "said"), content: quote, quotes: [quote] },
    { kind: "mixed", source: { ...spanOf(text, "US President Joe Biden"), type: "person", canonical: "Joe Biden" }, cue: spanOf(text, "told"), content, quotes: [swift] },
  ];
}

describe("highlighting the seed page", () => {
  test("marks cover exactly the attributed text, across the link inside a quote", () => {
    const article = loadSeed();
    const highlighter = new Highlighter(article);
    highlighter.paint(buildSegments(kirbyAndStatement(article.text), all));
    const quoteText = [...document.querySelectorAll('mark[data-sourcelight="quote"]')].map((m) => m.textContent).join("|");
    expect(quoteText).toContain("“This repositioning does not mean a change in our resolve");
    expect(quoteText).toContain("“|swift and severe costs to Russia|”"); // split around the <a>, nothing more
    const link = document.querySelector('a[href*="biden-putin-call-ukraine"]')!;
    expect(link.querySelector("mark")?.textContent).toBe("swift and severe costs to Russia");
    expect(document.querySelector('mark[data-sourcelight="source"]')?.textContent).toBe("US President Joe Biden");
    expect(document.querySelectorAll(".wsw__embed mark, .comments mark, .c-hlights mark").length).toBe(0);
  });

  test("clearing restores the article's DOM exactly; painting twice equals painting once", () => {
    const article = loadSeed();
    const before = article.root.innerHTML;
    const highlighter = new Highlighter(article);
    const segments = buildSegments(kirbyAndStatement(article.text), all);
    highlighter.paint(segments);
    const once = article.root.innerHTML;
    expect(once).not.toBe(before);
    highlighter.paint(segments);
    expect(article.root.innerHTML).toBe(once);
    highlighter.clear();
    expect(article.root.innerHTML).toBe(before);
  });

  test("the text map still finds the page's text after a paint and clear", () => {
    const article = loadSeed();
    const highlighter = new Highlighter(article);
    const segments = buildSegments(kirbyAndStatement(article.text), all);
    highlighter.paint(segments);
    highlighter.clear();
    highlighter.paint(segments);
    expect(document.querySelectorAll('mark[data-sourcelight="quote"]').length).toBeGreaterThan(0);
  });
});

describe("the first paint and page changes", () => {
  test("text the page changed after detection is mapped again before painting", () => {
    const article = loadSeed();
    const highlighter = new Highlighter(article); // as the annotator does, right after detection
    // The page rewrites a paragraph before the paint (same text, new nodes).
    const p = [...article.root.querySelectorAll("p")].find((el) => el.textContent!.startsWith("“This repositioning"))!;
    p.textContent = p.textContent!;
    expect(highlighter.paint(buildSegments(kirbyAndStatement(article.text), all))).toBe(true);
    expect(p.querySelector('mark[data-sourcelight="quote"]')?.textContent).toContain("This repositioning");
  });
});
