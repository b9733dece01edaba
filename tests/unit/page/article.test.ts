/** @jest-environment jsdom */
// Article detection as the content script sees it: the seed page (Pangea markup), small
// generic pages, a front page, and the text ⇄ DOM map the highlighter relies on.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { detectArticle, type ArticleText } from "../../../src/page/article";
import { buildText } from "../../../src/page/article/text";

const repo = resolve(__dirname, "../../..");
const shared = resolve(repo, "../shared");
const fixture = (name: string): string => readFileSync(resolve(repo, "tests/fixtures/pages", name), "utf8");
const parse = (html: string): Document => new DOMParser().parseFromString(html, "text/html");

function article(html: string, url?: string): ArticleText {
  const d = detectArticle(parse(html), url ? { url } : {});
  if (!d.found) throw new Error(`expected an article, got: ${d.reason}`);
  return d.article;
}

describe("seed page (rferl.org, Pangea)", () => {
  const html = readFileSync(resolve(shared, "seed/rferl-biden-putin-call.html"), "utf8");
  const seedLines = readFileSync(resolve(shared, "seed/rferl-biden-putin-call.txt"), "utf8")
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);

  it("finds the article body in #article-content .wsw", () => {
    const a = article(html);
    expect(a.root.matches("#article-content .wsw")).toBe(true);
    expect(a.title).toBe("Biden Warns Putin Of Severe Costs As Russia Masses Troops Near Ukraine");
    expect(a.published).toBe("2022-02-12T23:13:01+03:00");
    expect(a.lang).toBe("en");
    expect(a.byline).toBe("RFE/RL");
  });

  it("text is exactly the article paragraphs, WATCH paragraph included", () => {
    const a = article(html);
    const paragraphs = a.text.split("\n\n");
    const furniture = new Set([
      "Kyrgyz opposition politician Moldokmatov transferred to house arrest",
      "Live briefing: Ukraine in the crosshairs",
      "Comments are closed.",
    ]);
    const promo = seedLines.findIndex((l) => l.startsWith("Live briefing:")) + 1;
    const want = seedLines.filter((l, i) => !furniture.has(l) && i !== promo);
    expect(paragraphs).toEqual(want);
    expect(a.text).toContain("WATCH: Thousands of people");
  });

  it("leaves out the ticker, promo, video block, sidebar and comments", () => {
    const a = article(html);
    for (const junk of ["Kyrgyz opposition", "Live briefing", "Consult the RFE/RL", "Play video", "Say No To Putin", "0:00:01:47", "Most Popular", "Navalny", "Comments are closed", "Share", "Copyright"]) {
      expect(a.text).not.toContain(junk);
    }
    expect(a.excluded.length).toBeGreaterThanOrEqual(2);
    expect(a.excluded.every((e) => e.matches(".wsw__embed"))).toBe(true);
  });

  it("maps text offsets to DOM and back", () => {
    const a = article(html);
    const needle = "swift and severe costs to Russia";
    const start = a.text.indexOf(needle);
    const pieces = a.map.toDom(start, start + needle.length);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end)).join("")).toBe(needle);
    expect(pieces[0]?.node.parentElement?.localName).toBe("a");
    // A quote spanning a link: pieces in document order, joined they read as the text.
    const q = "“respond decisively” with “swift and severe costs to Russia”";
    const qs = a.text.indexOf(q);
    const qp = a.map.toDom(qs, qs + q.length);
    expect(qp.length).toBe(3);
    expect(qp.map((p) => p.node.data.slice(p.start, p.end)).join("")).toBe(q);
    for (const p of qp) {
      expect(a.map.fromDom(p.node, p.start)).not.toBeNull();
    }
    expect(a.map.fromDom(qp[0]!.node, qp[0]!.start)).toBe(qs);
    expect(a.map.fromDom(qp[2]!.node, qp[2]!.end)).toBe(qs + q.length);
    // Every character round-trips.
    for (let i = 0; i < a.text.length; i += 97) {
      const [p] = a.map.toDom(i, i + 1);
      if (!p) continue; // a paragraph separator
      expect(a.map.fromDom(p.node, p.start)).toBe(i);
    }
  });

  it("skips paragraph separators in toDom and maps element boundaries in fromDom", () => {
    const d = parse(html);
    const r = detectArticle(d);
    if (!r.found) throw new Error(r.reason);
    const { text, map } = r.article;
    const cut = text.indexOf("\n\n");
    const pieces = map.toDom(cut - 5, cut + 2 + 5);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual(["aine.", "Biden"]);
    // (element, child index) positions: the start of the second paragraph.
    const paragraphs = d.querySelectorAll("#article-content .wsw > p");
    expect(map.fromDom(paragraphs[1]!, 0)).toBe(cut + 2);
    // Every paragraph's element start is the start of its paragraph in the text.
    const starts = [0];
    for (let i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) starts.push(i + 2);
    expect(Array.from(paragraphs, (p) => map.fromDom(p, 0))).toEqual(starts);
    // After the last child of a paragraph: the end of that paragraph.
    expect(map.fromDom(paragraphs[0]!, paragraphs[0]!.childNodes.length)).toBe(cut);
    // A position inside a left-out embed is outside the article text.
    expect(map.fromDom(d.querySelector(".wsw__embed")!, 0)).toBeNull();
  });

  it("says null for positions outside the article text", () => {
    const d = parse(html);
    const r = detectArticle(d);
    if (!r.found) throw new Error(r.reason);
    const perex = d.querySelector(".perex")!.firstChild!;
    expect(r.article.map.fromDom(perex, 0)).toBeNull();
    const title = d.querySelector("h1")!.firstChild!;
    expect(r.article.map.fromDom(title, 0)).toBeNull();
  });

  it("works on the live document without changing it", () => {
    document.documentElement.innerHTML = parse(html).documentElement.innerHTML;
    const before = document.body.innerHTML;
    const r = detectArticle(document);
    expect(r.found).toBe(true);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe("Pangea fact-check page", () => {
  it("takes the main .wsw, not the claim box", () => {
    const html = readFileSync(resolve(shared, "corpora/pangea/polygraph-30279001.html"), "utf8");
    const a = article(html);
    expect(a.text.startsWith("In a joint statement published Oct. 25")).toBe(true);
    expect(a.text).not.toContain("A cause for serious concern");
    expect(a.text).toContain("\n\nThe Rukban camp\n\n");
    expect(a.text).toContain("\n\n“U.S.-controlled bandit formations”\n\n");
    expect(a.text.endsWith("internally displaced persons within Syria.”")).toBe(true);
  });

  it("splits older pages' <br> text into paragraphs and skips embeds", () => {
    const a = article(fixture("pangea-older-br.html"));
    expect(a.text).toBe(
      "Первый абзац старой статьи, набранный без тегов абзаца, как было принято в старых версиях системы.\n\n" +
        "Второй абзац, в котором эксперт сказал, что «всё будет хорошо».\nСтрока после одиночного переноса.\n\n" +
        "Третий абзац после врезки.",
    );
    expect(a.lang).toBe("ru");
    expect(a.excluded.map((e) => e.className)).toEqual(["wsw__embed"]);
  });
});

describe("text as a reader sees it", () => {
  const page = (body: string): string =>
    `<html lang="en"><body><div id="article-content"><div class="wsw">${body}</div></div></body></html>`;

  it("collapses whitespace, joins inline text, drops invisible characters", () => {
    const a = article(
      page(
        "<p>  The   minister\n said <a href='#'>on\u00a0Monday</a><em>,</em> that the <span>gov\u00adern\u00adment</span>\u200b would act. </p>" +
          "<p>\u00a0</p><div>Second <b>block</b>, long enough to count as article text for the detector.</div>",
      ),
    );
    expect(a.text).toBe(
      "The minister said on Monday, that the government would act.\n\nSecond block, long enough to count as article text for the detector.",
    );
    // Offsets still reach the right DOM text across the dropped soft hyphens.
    const s = a.text.indexOf("government");
    const pieces = a.map.toDom(s, s + "government".length);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.node.data.slice(pieces[0]!.start, pieces[0]!.end)).toBe("gov\u00adern\u00adment");
  });

  it("keeps body blocks whose names only look like furniture", () => {
    const a = article(
      page(
        "<p>First paragraph of the story, long enough to be counted as article text.</p>" +
          "<h3 class='wsw__subheader'>A subheading</h3><div class='commentary-text'><p>An analyst's commentary paragraph, part of the story.</p></div>" +
          "<div class='share-bar'><a href='/s'>Share</a></div><div class='comments'><p>Reader comment, not the story.</p></div>",
      ),
    );
    expect(a.text.split("\n\n")).toEqual([
      "First paragraph of the story, long enough to be counted as article text.",
      "A subheading",
      "An analyst's commentary paragraph, part of the story.",
    ]);
  });

  it("leaves out 'read more' promo lines, in Russian too", () => {
    const a = article(
      page(
        "<p>Песков заявил, что Кремль не комментирует сообщения о переговорах, и добавил, что позиция не изменилась.</p>" +
          "<p>Читайте также: <a href='/a/1.html'>Кремль ответил на предложение о перемирии</a></p>" +
          "<p><strong>READ MORE:</strong> <a href='/a/2.html'>The talks, explained</a></p>" +
          "<p>Он также сказал, что встреча может состояться в следующем месяце.</p>",
      ),
    );
    expect(a.text).not.toMatch(/Читайте|READ MORE|explained/);
    expect(a.text.split("\n\n")).toHaveLength(2);
  });

  it("keeps a lone <br> as a line break and splits paragraphs on <br><br>", () => {
    const a = article(page("First line of the paragraph that is long enough<br>second line of it<br><br><br>Next paragraph, also long enough to be kept in the text."));
    expect(a.text).toBe("First line of the paragraph that is long enough\nsecond line of it\n\nNext paragraph, also long enough to be kept in the text.");
  });
});

describe("generic news page", () => {
  it("keeps the paragraphs and the caption, leaves out the photo credit, related, newsletter, share bar, byline and comments", () => {
    const a = article(fixture("generic-article.html"));
    expect(a.text.split("\n\n")).toEqual([
      "The mayor on Monday defended a plan to raise water rates, saying the city's pipes were \"older than most of the people who use them.\"",
      "Workers replace a water main on Elm Street.",
      "Critics, including two members of the council, said the increase would fall hardest on renters, who cannot claim the rebate the plan offers to homeowners.",
      "\"We have put this off for thirty years,\" the mayor told reporters at City Hall. \"Every year we wait, the bill gets bigger.\"",
      "The council is expected to vote on the plan next month, after two public hearings in which residents can comment on the proposed rates.",
    ]);
    const out = a.excluded.map((e) => e.localName + (e.className ? "." + e.className : ""));
    expect(out).toEqual(expect.arrayContaining(["span.credit", "aside.related", "div.newsletter-signup"]));
    expect(a.root.contains(a.excluded[0]!)).toBe(true);
    expect(a.title).toBe("Mayor defends water plan");
    expect(a.byline).toBe("Jane Reporter");
    expect(a.published).toBe("2026-03-02T10:00:00Z");
  });
});

describe("figure captions and photo credits", () => {
  const html = fixture("captions-credits.html");

  it("keeps each caption's text and leaves out its credit", () => {
    const a = article(html);
    expect(a.text.split("\n\n")).toEqual([
      "Boats lie on their sides in the old harbour on Sunday.",
      "The storm that crossed the coast on Sunday night flooded the old harbour and cut power to about 12,000 homes, the utility said on Monday.",
      "Residents clear mud from the quay, where the water rose almost two metres.",
      "\"I have lived here for forty years and never seen the water this high,\" said Anna Berg, who runs a café on the quay.",
      "Volunteers fill sandbags outside the town hall.",
      "The mayor said repairs to the sea wall would begin as soon as the water receded, and that the town would ask the government for emergency funds.",
      "The mayor, left, and the harbour master (right) inspect the sea wall",
      "Forecasters expect a second, weaker storm later in the week, the weather service said, but no more flooding.",
      "A crane lifts a boat back into the water.",
      "The quay at dawn on Monday",
    ]);
    for (const credit of ["Photo", "Reuters", "Credit", "Getty", "Bardeletti", "Sam Poe", "Jane Doe", "John Roe", "Agency"]) expect(a.text).not.toContain(credit);
  });

  it("reports credit elements as left out; a credit inside a caption's own text is cut from the text only", () => {
    const d = parse(html);
    const r = detectArticle(d);
    if (!r.found) throw new Error(r.reason);
    const out = r.article.excluded.map((e) => e.localName + (e.className ? "." + e.className : "") + (e.getAttribute("itemprop") ? `[${e.getAttribute("itemprop")}]` : ""));
    expect(out).toEqual(expect.arrayContaining(["span.photo-credit", "span[copyrightHolder]", "figure", "span"]));
    // The "(Reuters)" caption is kept as an element: only its closing credit is out of the text.
    const reuters = Array.from(d.querySelectorAll("figcaption")).find((f) => f.textContent!.includes("Reuters"))!;
    expect(r.article.excluded).not.toContain(reuters);
    const node = reuters.firstChild as Text;
    const start = r.article.map.fromDom(node, 0)!;
    const want = "Residents clear mud from the quay, where the water rose almost two metres.";
    expect(r.article.text.slice(start, start + want.length)).toBe(want);
    const pieces = r.article.map.toDom(start, start + want.length);
    expect(pieces).toEqual([{ node, start: 0, end: want.length }]);
  });

  it("gives the same text when rebuilt after text nodes are split (as the highlighter's marks do)", () => {
    const d = parse(html);
    const r = detectArticle(d);
    if (!r.found) throw new Error(r.reason);
    for (const f of Array.from(d.querySelectorAll("figcaption, p.caption"))) {
      const t = Array.from(f.childNodes).find((n): n is Text => n.nodeType === 3 && (n as Text).data.length > 12);
      if (!t) continue;
      // Where a mark would end: just before the credit; and one inside the caption's words.
      const at = t.data.search(/ \(Reuters| \| photo/);
      if (at > 0) t.splitText(at);
      t.splitText(6);
    }
    const again = buildText(r.article.root, new Set(r.article.excluded));
    expect(again.text).toBe(r.article.text);
  });

  it("keeps parentheses that are not credits", () => {
    expect(article(html).text).toContain("the harbour master (right) inspect");
  });
});

describe("pages without an article", () => {
  it.each(["home-front.html", "section-front.html", "search-results.html"])("answers found:false with a reason on %s", (name) => {
    const d = detectArticle(parse(fixture(name)));
    expect(d.found).toBe(false);
    if (!d.found) expect(d.reason).toMatch(/^no /);
  });

  it("answers found:false for a home or search URL", () => {
    const html = fixture("home-front.html");
    expect(detectArticle(parse(html), { url: "https://example.com/" }).found).toBe(false);
    expect(detectArticle(parse(html), { url: "https://example.com/search?q=water" }).found).toBe(false);
  });

  it("never throws, whatever it is given", () => {
    const odd: unknown[] = [
      parse(""),
      parse("<html><body></body></html>"),
      parse("<p>short</p>"),
      parse("<script type='application/ld+json'>{broken</script><div id='article-content'><div class='wsw'></div></div>"),
      null,
      undefined,
      {},
    ];
    for (const d of odd) {
      expect(() => detectArticle(d as Document)).not.toThrow();
      expect(detectArticle(d as Document).found).toBe(false);
    }
  });
});
