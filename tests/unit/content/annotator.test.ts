/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Annotator, type AnnotatorDeps } from "../../../src/content/annotator";
import { readArticle } from "../../../src/background/reader";
import type { EngineApi } from "../../../src/content/annotator";
import type { Attribution } from "../../../src/engine";
import { detectArticle } from "../../../src/page/article";
import { PANEL_HOST_ID } from "../../../src/page/panel/panel";
import type { TabStatus } from "../../../src/shared/messages";
import { applyPatch, defaultSettings, type Settings } from "../../../src/shared/settings";
import { englishStrings } from "../helpers/strings";

const seedHtml = readFileSync(resolve(__dirname, "../../../../shared/seed/rferl-biden-putin-call.html"), "utf8");

function loadPage(html: string): void {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
}

/** The engine as the background runs it; `onRead` sees each text sent to it. */
function backgroundEngine(onRead: (text: string) => void = () => undefined): EngineApi {
  return {
    read: async (text, lang) => {
      onRead(text);
      const reading = readArticle({ text, lang });
      return reading.supported ? reading.attributions : null;
    },
  };
}

/** Lets pending promise chains (the engine's reply, the annotator's queue) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function annotator(overrides: Partial<AnnotatorDeps> = {}) {
  const statuses: TabStatus[] = [];
  const a = new Annotator({
    doc: document,
    engine: backgroundEngine(),
    detect: (doc) => detectArticle(doc),
    strings: englishStrings(),
    isEnabledHere: (s: Settings) => s.enabled,
    onStatus: (s) => statuses.push(s),
    ...overrides,
  });
  return { a, statuses };
}

const marks = (type?: string) => [...document.querySelectorAll(type ? `mark[data-sourcelight="${type}"]` : "mark.sourcelight-mark")];
const panelShadow = () => document.getElementById(PANEL_HOST_ID)?.shadowRoot ?? null;
const article = () => document.querySelector("#article-content .wsw")!;

describe("annotating the seed page", () => {
  beforeEach(() => loadPage(seedHtml));

  test("quotes, claims and sources are highlighted in the article only, and the panel lists the sources", async () => {
    const { a, statuses } = annotator();
    await a.apply(defaultSettings());
    expect(marks("quote").some((m) => m.textContent!.includes("This repositioning does not mean"))).toBe(true);
    expect(marks("claim").length).toBeGreaterThan(5);
    expect(marks("source").map((m) => m.textContent)).toEqual(expect.arrayContaining(["Pentagon spokesman John Kirby"]));
    expect(document.querySelectorAll(".wsw__embed mark, .comments mark, .c-hlights mark, .most-popular mark").length).toBe(0);
    const names = [...panelShadow()!.querySelectorAll("li[data-source-canonical]")].map((li) => li.getAttribute("data-source-canonical")!);
    for (const who of ["Blinken", "Kremlin", "State Department", "Reuters"]) expect(names.some((n) => n.includes(who))).toBe(true);
    expect(statuses.at(-1)).toMatchObject({ state: "annotated" });
    expect(statuses.at(-1)!.attributions).toBeGreaterThan(30);
  });

  test("turning a type off removes only its highlights; turning it back on restores them", async () => {
    const { a } = annotator();
    let settings = defaultSettings();
    await a.apply(settings);
    const quotes = marks("quote").length;
    settings = applyPatch(settings, { types: { quote: false } });
    await a.apply(settings);
    expect(marks("quote")).toHaveLength(0);
    expect(marks("claim").length).toBeGreaterThan(0);
    await a.apply(applyPatch(settings, { types: { quote: true } }));
    expect(marks("quote")).toHaveLength(quotes);
  });

  test("switching off restores the article exactly and removes the panel", async () => {
    const before = article().innerHTML;
    const { a, statuses } = annotator();
    await a.apply(defaultSettings());
    expect(article().innerHTML).not.toBe(before);
    await a.apply(applyPatch(defaultSettings(), { enabled: false }));
    expect(article().innerHTML).toBe(before);
    expect(document.getElementById(PANEL_HOST_ID)).toBeNull();
    expect(statuses.at(-1)).toMatchObject({ state: "disabled" });
  });

  test("applying the same settings twice leaves the same page as once", async () => {
    const { a } = annotator();
    await a.apply(defaultSettings());
    const once = article().innerHTML;
    await a.apply(defaultSettings());
    expect(article().innerHTML).toBe(once);
  });

  test("clicking a source in the panel makes its highlights stand out", async () => {
    const { a } = annotator();
    await a.apply(defaultSettings());
    const kirby = [...panelShadow()!.querySelectorAll<HTMLElement>("li[data-source-canonical]")].find((li) => li.getAttribute("data-source-canonical")!.includes("Kirby"))!;
    kirby.click();
    const active = [...document.querySelectorAll("mark[data-sl-active]")];
    expect(active.length).toBeGreaterThan(0);
    expect(active.map((m) => m.textContent).join(" ")).toContain("Kirby");
    expect(active.map((m) => m.textContent).join(" ")).not.toContain("Zakharova");
  });

  test("the first annotation lets the page run before detection and before the panel; repaints do not wait", async () => {
    const stages: string[] = [];
    const { a } = annotator({
      yieldToPage: async () => {
        stages.push(`${marks().length > 0 ? "painted" : "not painted"}, panel ${panelShadow() ? "shown" : "absent"}`);
      },
    });
    await a.apply(defaultSettings());
    // Before detection, before the panel (the engine reads outside the page's main thread).
    expect(stages).toEqual(["not painted, panel absent", "painted, panel absent"]);
    await a.apply(applyPatch(defaultSettings(), { types: { claim: false } }));
    expect(stages).toHaveLength(2);
  });

  test("the page is read while settings are on their way, without changing it, and only once", async () => {
    const before = article().innerHTML;
    const extractCalls: string[] = [];
    const { a } = annotator({
      engine: backgroundEngine((text) => extractCalls.push(text)),
    });
    await a.prepare();
    expect(extractCalls).toHaveLength(1);
    expect(article().innerHTML).toBe(before);
    expect(panelShadow()).toBeNull();
    await a.apply(defaultSettings());
    expect(extractCalls).toHaveLength(1);
    expect(marks("quote").length).toBeGreaterThan(0);
  });

  test("settings that turn Sourcelight off while it reads stop it before the text goes to the engine; turning it on later annotates", async () => {
    const before = article().innerHTML;
    let extractCalls = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let pauses = 0;
    const { a, statuses } = annotator({
      engine: backgroundEngine(() => extractCalls++),
      // The first pause (before detection) lasts until the settings are in.
      yieldToPage: () => (pauses++ === 0 ? held : Promise.resolve()),
    });
    const reading = a.prepare();
    await a.apply(applyPatch(defaultSettings(), { enabled: false }));
    release();
    expect(await reading).toBeNull();
    expect(extractCalls).toBe(0);
    expect(article().innerHTML).toBe(before);
    expect(statuses.at(-1)).toMatchObject({ state: "disabled" });
    await a.apply(defaultSettings());
    expect(extractCalls).toBe(1);
    expect(marks("quote").length).toBeGreaterThan(0);
  });

  test("a paragraph the page adds later is annotated once, without re-marking the rest", async () => {
    jest.useFakeTimers();
    const { a } = annotator();
    await a.apply(defaultSettings());
    const first = marks()[0]!;
    const p = document.createElement("p");
    p.textContent = "“We will not back down,” Foreign Minister Dmytro Kuleba said on Sunday.";
    article().append(p);
    await Promise.resolve(); // MutationObserver callbacks are microtasks
    jest.advanceTimersByTime(1000);
    jest.useRealTimers();
    await settle();
    expect(p.querySelector('mark[data-sourcelight="quote"]')?.textContent).toContain("We will not back down");
    expect(marks()[0]).toBe(first); // the earlier marks are the same elements, not repainted
    const again = p.innerHTML;
    await a.apply(defaultSettings());
    expect(p.innerHTML).toBe(again);
  });
});

describe("what comes back from the engine", () => {
  beforeEach(() => loadPage(seedHtml));

  test("an attribution whose offsets do not index the article's text is not painted", async () => {
    const complete = annotator();
    await complete.a.apply(defaultSettings());
    const everything = complete.statuses.at(-1)!.attributions;
    complete.a.teardown();
    loadPage(seedHtml);
    const shifted = (a: Attribution): Attribution => ({ ...a, cue: { ...a.cue, start: a.cue.start + 1, end: a.cue.end + 1 } });
    const { a, statuses } = annotator({
      engine: {
        read: async (text, lang) => {
          const [first, ...rest] = readArticle({ text, lang }).attributions;
          return [shifted(first!), ...rest];
        },
      },
    });
    await a.apply(defaultSettings());
    expect(marks().length).toBeGreaterThan(0);
    expect(statuses.at(-1)).toMatchObject({ state: "annotated", attributions: everything - 1 });
  });

  test("text the page adds while the engine reads is read again, and painted once", async () => {
    const pending: Array<() => void> = [];
    const texts: string[] = [];
    const { a } = annotator({
      engine: {
        read: (text, lang) => {
          texts.push(text);
          const reading = readArticle({ text, lang });
          // The first reading answers at once; later ones wait until the test lets them.
          return texts.length === 1 ? Promise.resolve(reading.attributions) : new Promise((resolve) => pending.push(() => resolve(reading.attributions)));
        },
      },
    });
    await a.apply(defaultSettings());
    jest.useFakeTimers();
    const first = document.createElement("p");
    first.textContent = "“We will not back down,” Foreign Minister Dmytro Kuleba said on Sunday.";
    article().append(first);
    await Promise.resolve();
    jest.advanceTimersByTime(1000);
    // The engine is reading the first paragraph when the second arrives.
    const second = document.createElement("p");
    second.textContent = "“The talks are over,” Kremlin spokesman Dmitry Peskov told reporters.";
    article().append(second);
    await Promise.resolve();
    pending.shift()!();
    await Promise.resolve();
    await Promise.resolve();
    jest.advanceTimersByTime(1000);
    jest.useRealTimers();
    await settle();
    pending.shift()!();
    await settle();
    expect(texts).toHaveLength(3);
    expect(first.querySelectorAll('mark[data-sourcelight="quote"]')).toHaveLength(1);
    expect(second.querySelectorAll('mark[data-sourcelight="quote"]')).toHaveLength(1);
    expect(second.querySelector('mark[data-sourcelight="quote"]')?.textContent).toContain("The talks are over");
  });
});

describe("pages Sourcelight cannot read", () => {
  test("a page in an unsupported language gets no highlights and a panel that says so", async () => {
    loadPage(seedHtml.replace('<html lang="en"', '<html lang="fr"'));
    const { a, statuses } = annotator();
    await a.apply(defaultSettings());
    expect(marks()).toHaveLength(0);
    expect(panelShadow()!.querySelector('[role="status"]')!.textContent).toMatch(/does not read yet \(fr\)/);
    expect(statuses.at(-1)).toMatchObject({ state: "unsupported-language", language: "fr" });
  });

  test("a page without an article says so", async () => {
    loadPage("<html lang='en'><body><nav><a href='/'>Home</a></nav><ul><li><a href='/a/1'>Story one</a></li></ul></body></html>");
    const { a, statuses } = annotator();
    await a.apply(defaultSettings());
    expect(marks()).toHaveLength(0);
    expect(panelShadow()!.textContent).toContain("No article found on this page");
    expect(statuses.at(-1)).toMatchObject({ state: "no-article" });
  });
});

describe("when the engine cannot answer", () => {
  beforeEach(() => loadPage(seedHtml));

  test("the page stays as it was, and the next settings change reads it again", async () => {
    const before = article().innerHTML;
    let calls = 0;
    const { a } = annotator({
      engine: {
        read: async (text, lang) => {
          if (calls++ === 0) throw new Error("background unavailable");
          return readArticle({ text, lang }).attributions;
        },
      },
    });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    await a.apply(defaultSettings());
    expect(article().innerHTML).toBe(before);
    await a.apply(applyPatch(defaultSettings(), { types: { claim: false } }));
    warn.mockRestore();
    expect(calls).toBe(2);
    expect(marks("quote").length).toBeGreaterThan(0);
  });
});
