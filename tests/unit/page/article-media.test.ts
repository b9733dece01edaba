/** @jest-environment jsdom */
// Media blocks inside a generic article: what a reader sees as part of the story (a photo's
// caption, a slideshow's caption, once) stays; its photo credit, a video player's chrome, a
// gallery of other stories and the author's bio do not.
import { detectArticle, type ArticleText } from "../../../src/page/article";

const parse = (html: string): Document => new DOMParser().parseFromString(html, "text/html");

function article(html: string): ArticleText {
  const d = detectArticle(parse(html));
  if (!d.found) throw new Error(`expected an article, got: ${d.reason}`);
  return d.article;
}

const P = [
  "Hotel owners say that even expensive rooms are not always cleaned as often as guests might assume, and that the blankets are the worst of it.",
  "Forrest Jones, who runs a hotel start-up in the United States, said guests should take any blankets or duvets off the bed as soon as they arrive.",
  "He also advised stuffing the peep hole with a strip of rolled up notepaper, which can be removed to check who is at the door.",
  "Bedbugs love wood, he said, so luggage should stay on the floor or on a metal rack rather than a wooden one, however nice it looks.",
];

const page = (body: string): string =>
  `<html lang="en"><head><title>The secrets hotel owners don't tell you</title></head><body>` +
  `<nav><a href="/">Home</a></nav><article class="full-article"><h1>The secrets hotel owners don't tell you</h1>` +
  `<div class="text-wrapper">${body}</div></article><footer>© Example News</footer></body></html>`;

describe("image blocks named like furniture ('widget')", () => {
  const html = page(
    `<p>${P[0]}</p>` +
      `<div class="dnd-widget-wrapper type-image"><div class="dnd-atom-rendered"><div class="image"><img src="a.jpg" alt=""></div></div>` +
      `<div class="dnd-caption-wrapper">Even posh hotels might not wash a blanket between stays</div><span class="credit">Getty Images</span></div>` +
      `<p>${P[1]}</p>` +
      `<div class="dnd-widget-wrapper type-video"><div class="player"><video src="v.mp4"></video>` +
      `<div class="vjs-control-bar"><button>Play</button><span>Play Video</span><span>Current Time 0:00</span><span>Duration Time 0:00</span></div></div>` +
      `<div class="dnd-caption-wrapper">Video shows bed bug infestation at New York hotel</div></div>` +
      `<p>${P[2]}</p>` +
      `<div class="dnd-widget-wrapper type-image"><div class="image"><img src="b.jpg" alt=""></div>` +
      `<div class="dnd-caption-wrapper">Put luggage on the floor. Photo: Jane Doe/Reuters</div></div>` +
      `<div class="dnd-widget-wrapper type-gallery"><h2 class="gallery-title">Business news in pictures</h2><ul>` +
      `<li><img src="g1.jpg" alt=""><p class="caption">Markets fell on Monday after the bank's warning</p></li>` +
      `<li><img src="g2.jpg" alt=""><p class="caption">The new chief executive at the annual meeting</p></li></ul></div>` +
      `<p>${P[3]}</p>`,
  );

  it("keeps an image's caption and drops its credit, as in a <figure>", () => {
    const a = article(html);
    expect(a.text.split("\n\n")).toEqual([P[0], "Even posh hotels might not wash a blanket between stays", P[1], P[2], "Put luggage on the floor.", P[3]]);
    expect(a.text).not.toMatch(/Getty|Jane Doe|Reuters/);
    expect(a.excluded.map((e) => e.className)).toContain("credit");
  });

  it("still leaves out a video player block with its chrome, and a gallery of other pictures", () => {
    const a = article(html);
    expect(a.text).not.toMatch(/Play|Current Time|Duration|bed bug infestation/);
    expect(a.text).not.toMatch(/Business news|Markets fell|chief executive/);
    const video = parse(html).querySelector(".type-video");
    expect(video).not.toBeNull();
    expect(a.excluded.map((e) => e.className)).toEqual(expect.arrayContaining(["dnd-widget-wrapper type-video", "dnd-widget-wrapper type-gallery"]));
  });
});

describe("slideshows and video players", () => {
  it("keeps a lead slideshow's caption once, without its credit or its repeated headline", () => {
    const caption = "The Soyuz rocket booster with the Progress cargo ship is installed on a launch pad in Baikonur, Kazakhstan.";
    const a = article(
      page(
        `<div class="lead-media"><div class="slideshow-carousel"><img src="s1.jpg" alt=""></div><div class="counter">1 / 5</div>` +
          `<h1 class="slideshow-headline">${caption}</h1><div class="slideshow-description">${caption} (Oleg Urusov/Roscosmos photo via AP)</div></div>` +
          P.map((p) => `<p>${p}</p>`).join(""),
      ),
    );
    expect(a.text.split(caption).length).toBe(2);
    expect(a.text).not.toMatch(/Urusov|via AP/);
    expect(a.text).toContain(P[3]);
  });

  it("leaves out a player's 'up next' headline and countdown, keeps a video figure's caption", () => {
    const a = article(
      page(
        `<div class="cnnplayer"><div class="cnnVidplayer"><img src="poster.jpg" alt=""></div><div class="cnnVidFooter">` +
          `<div class="cnnHeadline">The priest saving LA's gang members</div><div class="countdown">Your video will play in 00:25</div></div></div>` +
          `<p>${P[0]}</p><p>${P[1]}</p>` +
          `<figure class="media-item default-player"><div class="media-player"><iframe src="https://example.com/embed/1"></iframe></div>` +
          `<figcaption>Mr Jones told reporters that blankets were his biggest worry</figcaption></figure>` +
          `<p>${P[2]}</p><p>${P[3]}</p>`,
      ),
    );
    expect(a.text).not.toMatch(/priest|Your video will play/);
    expect(a.text).toContain("Mr Jones told reporters that blankets were his biggest worry");
  });

  it("does not take a name mentioning 'player' in the text for player chrome", () => {
    const a = article(page(`<p>${P[0]} The <span class="player-name">goalkeeper</span> agreed.</p>` + P.slice(1).map((p) => `<p>${p}</p>`).join("")));
    expect(a.text).toContain("The goalkeeper agreed.");
  });
});

describe("the author's bio", () => {
  it("is left out with the byline", () => {
    const a = article(
      page(P.map((p) => `<p>${p}</p>`).join("") + `<div class="post-body-bio">Jane Reporter covers travel and the hotel industry for the paper. She previously covered aviation.</div>`),
    );
    expect(a.text).not.toContain("Jane Reporter covers travel");
    expect(a.text.split("\n\n")).toEqual(P);
  });
});

describe("bylines and datelines no markup names", () => {
  const html =
    `<html lang="en"><head><title>Talks to continue</title></head><body><nav><a href="/">Home</a></nav>` +
    `<article id="story"><header><h1>Talks to continue</h1><p>By Jane Doe and John Roe</p>` +
    `<p><time datetime="2024-03-03T10:00">March 3, 2024</time></p><div>Updated 10:32 AM EST, Sun March 3, 2024</div></header>` +
    `<p>${P[0]}</p><p>${P[1]}</p><p>By the end of the week, 2024 guests had written in to complain.</p><p>${P[2]}</p><p>${P[3]}</p>` +
    `</article><footer>© Example News</footer></body></html>`;

  test("a line that is only the authors' names, or only a date and time, is not article text", () => {
    const text = article(html).text;
    expect(text).not.toContain("Jane Doe");
    expect(text).not.toContain("March 3, 2024");
    expect(text).not.toContain("10:32");
    expect(text.startsWith(P[0]!)).toBe(true);
  });

  test("a sentence that opens with 'By' and holds a year stays", () => {
    expect(article(html).text).toContain("By the end of the week, 2024 guests had written in to complain.");
  });
});
