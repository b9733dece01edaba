/** @jest-environment jsdom */
import { sourcesMarkdown } from "../../../src/page/panel/export";
import { Panel, PANEL_HOST_ID, type PanelStrings, type PanelView } from "../../../src/page/panel/panel";
import { englishStrings, localeStrings } from "../helpers/strings";

const strings: PanelStrings = englishStrings();

function mount(panelStrings: PanelStrings = strings) {
  const events = { onSelect: jest.fn(), onStep: jest.fn(), onClose: jest.fn(), onCopyMarkdown: jest.fn(async () => true), onDownloadJson: jest.fn() };
  const panel = new Panel(document, panelStrings, events);
  const shadow = document.getElementById(PANEL_HOST_ID)!.shadowRoot!;
  return { panel, events, shadow };
}

afterEach(() => document.body.replaceChildren());

describe("side panel", () => {
  test("is a complementary region named Sources, listing each source with its count and type", () => {
    const { panel, shadow } = mount();
    panel.render({
      kind: "sources",
      meta: { title: "Biden Warns Putin", published: "February 12, 2022" },
      attributionCount: 3,
      sources: [
        { canonical: "Antony Blinken", type: "person", attributions: [0, 2], cues: ["said", "told reporters"] },
        { canonical: "a senior US administration official", type: "anonymous", attributions: [1], cues: ["said"] },
      ],
    });
    panel.open();
    const region = shadow.querySelector('[role="complementary"]')!;
    expect(region.getAttribute("aria-label")).toContain("Sources");
    expect(region.hasAttribute("hidden")).toBe(false);
    const items = [...shadow.querySelectorAll("li[data-source-canonical]")];
    expect(items.map((li) => li.getAttribute("data-source-canonical"))).toEqual(["Antony Blinken", "a senior US administration official"]);
    expect(items[0]!.querySelector(".count")!.textContent).toBe("2");
    expect(items[1]!.textContent).toContain("Anonymous");
    expect(shadow.querySelector(".summary")!.textContent).toBe("3 attributions from 2 sources; 1 anonymous");
    expect(shadow.querySelector(".meta")!.textContent).toContain("Biden Warns Putin");
  });

  test("page text that looks like markup stays text", () => {
    const { panel, shadow } = mount();
    panel.render({
      kind: "sources",
      meta: { title: "<img src=x onerror=alert(1)>" },
      attributionCount: 1,
      sources: [{ canonical: "<img src=x onerror=alert(2)>", type: "person", attributions: [0], cues: ["<b>said</b>"] }],
    });
    expect(shadow.querySelector("img")).toBeNull();
    expect(shadow.querySelector("b")).toBeNull();
    expect(shadow.querySelector(".name")!.textContent).toBe("<img src=x onerror=alert(2)>");
  });

  test("clicking a source selects it; next and previous step; Escape closes", () => {
    const { panel, events, shadow } = mount();
    panel.render({ kind: "sources", meta: {}, attributionCount: 1, sources: [{ canonical: "Kirby", type: "person", attributions: [0], cues: [] }] });
    panel.open();
    const item = shadow.querySelector<HTMLElement>("li")!;
    item.click();
    expect(events.onSelect).toHaveBeenCalledWith(0);
    expect(item.getAttribute("aria-current")).toBe("true");
    const [previous, next] = [...item.querySelectorAll("button")];
    next!.click();
    previous!.click();
    expect(events.onStep.mock.calls).toEqual([[0, 1], [0, -1]]);
    item.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(events.onClose).toHaveBeenCalled();
  });

  test("shows a message instead of sources when there is nothing to list", () => {
    const { panel, shadow } = mount();
    panel.render({ kind: "message", text: "This page is in a language Sourcelight does not read yet (fr)." });
    expect(shadow.querySelector('[role="status"]')!.textContent).toContain("does not read yet");
    expect(shadow.querySelector("li")).toBeNull();
  });

  const three: PanelView = {
    kind: "sources",
    meta: { title: "Biden Warns Putin", byline: "RFE/RL" },
    attributionCount: 6,
    sources: [
      { canonical: "Joe Biden", type: "person", attributions: [0], cues: ["told"] },
      { canonical: "Antony Blinken", type: "person", attributions: [1, 2, 3], cues: ["said", "told reporters"] },
      { canonical: "Reuters | AFP", type: "media", attributions: [4, 5], cues: ["With reports from"] },
    ],
  };

  test("sorts by first appearance or by count, and keeps the selection", () => {
    const { panel, shadow } = mount();
    panel.render(three);
    const names = () => [...shadow.querySelectorAll("li")].map((li) => li.getAttribute("data-source-canonical"));
    expect(names()).toEqual(["Joe Biden", "Antony Blinken", "Reuters | AFP"]);
    shadow.querySelector<HTMLElement>('li[data-source-canonical="Reuters | AFP"]')!.click();
    const select = shadow.querySelector("select")!;
    select.value = "count";
    select.dispatchEvent(new Event("change"));
    expect(names()).toEqual(["Antony Blinken", "Reuters | AFP", "Joe Biden"]);
    expect(shadow.querySelector('li[aria-current="true"]')?.getAttribute("data-source-canonical")).toBe("Reuters | AFP");
  });

  test("export buttons call for Markdown and JSON; the Markdown lists every source with its count", async () => {
    const { panel, shadow, events } = mount();
    panel.render(three);
    const [copy, download] = [...shadow.querySelectorAll(".toolbar button")] as HTMLButtonElement[];
    copy!.click();
    await Promise.resolve();
    await Promise.resolve();
    expect(events.onCopyMarkdown).toHaveBeenCalled();
    expect(shadow.querySelector(".export-status")!.textContent).toBe("Copied");
    download!.click();
    expect(events.onDownloadJson).toHaveBeenCalled();
    const markdown = sourcesMarkdown(three.meta, three.kind === "sources" ? three.sources : [], strings.sourceType);
    expect(markdown).toContain("# Biden Warns Putin");
    expect(markdown).toContain("| Antony Blinken | Person | 3 | said, told reporters |");
    expect(markdown).toContain("| Reuters \\| AFP | Media | 2 |"); // a pipe in a name cannot break the table
  });

  test("the hover card shows text, never markup", () => {
    const { panel, shadow } = mount();
    panel.showCard({ lines: [{ label: "Who", value: "<img src=x onerror=alert(1)>" }] }, new DOMRect(10, 10, 50, 10));
    const card = shadow.querySelector<HTMLElement>('[role="tooltip"]')!;
    expect(card.hidden).toBe(false);
    expect(card.querySelector("img")).toBeNull();
    expect(card.textContent).toContain("<img src=x onerror=alert(1)>");
    panel.hideCard();
    expect(card.hidden).toBe(true);
  });
});

describe("the article's date in the panel", () => {
  function dateLine(published: string, panelStrings: PanelStrings = strings): string | null | undefined {
    const { panel, shadow } = mount(panelStrings);
    panel.render({ kind: "sources", meta: { published }, attributionCount: 0, sources: [] });
    const line = shadow.querySelector(".meta .date")?.textContent;
    panel.destroy();
    return line;
  }

  test("a machine date reads as the reader's language writes it, in local time, at once", () => {
    // No offset: local time, so the test reads the same in every time zone.
    expect(dateLine("2022-02-12T23:13:01")).toBe("February 12, 2022, 11:13 PM");
    expect(dateLine("2022-07-01T09:05:00")).toBe("July 1, 2022, 9:05 AM");
    expect(dateLine("2022-02-12T23:13:01", localeStrings("ru"))).toBe("12 февраля 2022 г., 23:13");
    expect(dateLine("2022-02-12T00:07:00", localeStrings("uk"))).toBe("12 лютого 2022 р., 00:07");
  });

  test("a date the page wrote out stays as the page wrote it", () => {
    expect(dateLine("12 Feb 2022, 23:13 GMT")).toBe("12 Feb 2022, 23:13 GMT");
  });
});
