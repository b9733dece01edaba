// The side panel: a Shadow DOM host appended to the page. Built with createElement and
// textContent only: page text (names, titles) never reaches innerHTML.
import type { SourceType } from "../../engine/types";
import { PANEL_CSS } from "./panel-styles";

export const PANEL_HOST_ID = "sourcelight-panel-host";

export interface PanelSource {
  canonical: string;
  type: SourceType;
  /** Attributions credited to this source, in reading order. */
  attributions: number[];
  cues: string[];
}

export interface ArticleMeta {
  title?: string;
  byline?: string;
  published?: string;
}

export type PanelView =
  | { kind: "sources"; meta: ArticleMeta; sources: PanelSource[]; attributionCount: number }
  | { kind: "message"; text: string };

/** UI strings, passed in so this module stays free of extension APIs. */
export interface PanelStrings {
  heading: string;
  close: string;
  next: string;
  previous: string;
  summary(attributions: number, sources: number, anonymous: number): string;
  sourceType(type: SourceType): string;
  mentions(count: number): string;
}

export interface PanelEvents {
  onSelect(sourceIndex: number): void;
  onStep(sourceIndex: number, direction: 1 | -1): void;
  onClose(): void;
}

export class Panel {
  private readonly host: HTMLElement;
  private readonly frame: HTMLElement;
  private readonly body: HTMLElement;
  private selected = -1;

  constructor(
    private readonly doc: Document,
    private readonly strings: PanelStrings,
    private readonly events: PanelEvents,
  ) {
    this.host = doc.createElement("sourcelight-panel");
    this.host.id = PANEL_HOST_ID;
    // Inline !important beats any page rule that could hide or move the host.
    this.host.style.setProperty("all", "initial", "important");
    this.host.style.setProperty("display", "block", "important");
    const shadow = this.host.attachShadow({ mode: "open" });
    const style = doc.createElement("style");
    style.textContent = PANEL_CSS;
    this.frame = doc.createElement("aside");
    this.frame.className = "panel";
    this.frame.setAttribute("role", "complementary");
    this.frame.setAttribute("aria-label", `Sourcelight: ${strings.heading}`);
    this.frame.hidden = true;
    const header = doc.createElement("header");
    const heading = doc.createElement("h2");
    heading.textContent = `Sourcelight · ${strings.heading}`;
    const close = this.button(strings.close, () => this.events.onClose());
    close.setAttribute("aria-label", strings.close);
    close.textContent = "✕";
    header.append(heading, close);
    this.body = doc.createElement("div");
    this.body.style.display = "contents";
    this.frame.append(header, this.body);
    this.frame.addEventListener("keydown", (event) => {
      if (event.key === "Escape") this.events.onClose();
    });
    shadow.append(style, this.frame);
    (doc.body ?? doc.documentElement).append(this.host);
  }

  get isOpen(): boolean {
    return !this.frame.hidden;
  }

  open(): void {
    this.frame.hidden = false;
  }

  close(): void {
    this.frame.hidden = true;
  }

  render(view: PanelView): void {
    this.body.replaceChildren();
    this.selected = -1;
    if (view.kind === "message") {
      const message = this.doc.createElement("p");
      message.className = "message";
      message.setAttribute("role", "status");
      message.textContent = view.text;
      this.body.append(message);
      return;
    }
    this.body.append(this.metaBlock(view.meta));
    const anonymous = view.sources.filter((s) => s.type === "anonymous").length;
    const summary = this.doc.createElement("p");
    summary.className = "summary";
    summary.textContent = this.strings.summary(view.attributionCount, view.sources.length, anonymous);
    const list = this.doc.createElement("ul");
    list.setAttribute("aria-label", this.strings.heading);
    view.sources.forEach((source, index) => list.append(this.sourceItem(source, index)));
    this.body.append(summary, list);
  }

  /** Marks one source as current (after a click or a hover on one of its highlights). */
  highlightSource(index: number): void {
    this.selected = index;
    this.frame.querySelectorAll("li").forEach((li, i) => li.setAttribute("aria-current", String(i === index)));
    const item = this.frame.querySelectorAll("li")[index];
    item?.scrollIntoView?.({ block: "nearest" });
  }

  destroy(): void {
    this.host.remove();
  }

  private metaBlock(meta: ArticleMeta): HTMLElement {
    const block = this.doc.createElement("div");
    block.className = "meta";
    for (const [cls, text] of [["title", meta.title], ["byline", meta.byline], ["date", meta.published]] as const) {
      if (!text) continue;
      const line = this.doc.createElement("div");
      line.className = cls;
      line.textContent = text;
      block.append(line);
    }
    return block;
  }

  private sourceItem(source: PanelSource, index: number): HTMLElement {
    const item = this.doc.createElement("li");
    item.tabIndex = 0;
    item.setAttribute("data-source-canonical", source.canonical);
    item.setAttribute("data-source-type", source.type);
    const row = this.doc.createElement("div");
    row.className = "row";
    const name = this.doc.createElement("span");
    name.className = "name";
    name.textContent = source.canonical;
    const count = this.doc.createElement("span");
    count.className = "count";
    count.textContent = String(source.attributions.length);
    count.title = this.strings.mentions(source.attributions.length);
    row.append(name, count);
    const type = this.doc.createElement("div");
    type.className = `type type-${source.type}`;
    type.textContent = this.strings.sourceType(source.type);
    const cues = this.doc.createElement("div");
    cues.className = "cues";
    cues.textContent = source.cues.join(", ");
    const steps = this.doc.createElement("div");
    steps.className = "steps";
    steps.append(
      this.button(this.strings.previous, () => this.events.onStep(index, -1)),
      this.button(this.strings.next, () => this.events.onStep(index, 1)),
    );
    item.append(row, type, cues, steps);
    const select = (): void => {
      this.highlightSource(index);
      this.events.onSelect(index);
    };
    item.addEventListener("click", (event) => {
      if ((event.target as Element).closest("button")) return;
      select();
    });
    item.addEventListener("keydown", (event) => {
      if (event.target !== item) return;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        select();
      }
    });
    return item;
  }

  private button(label: string, onClick: () => void): HTMLButtonElement {
    const button = this.doc.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.addEventListener("click", (event) => {
      event.stopPropagation();
      onClick();
    });
    return button;
  }
}
