/** @jest-environment jsdom */
import { Panel, PANEL_HOST_ID, type PanelStrings } from "../../../src/page/panel/panel";

const strings: PanelStrings = {
  heading: "Sources",
  close: "Close",
  next: "Next",
  previous: "Previous",
  summary: (a, s, n) => `${a} attributions from ${s} sources; ${n} anonymous`,
  sourceType: (type) => type,
  mentions: (count) => `${count} attributions`,
};

function mount() {
  const events = { onSelect: jest.fn(), onStep: jest.fn(), onClose: jest.fn() };
  const panel = new Panel(document, strings, events);
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
    expect(items[1]!.textContent).toContain("anonymous");
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
});
