// The side panel: a Shadow DOM host appended to the page. Built with createElement and
// textContent only: page text (names, titles, quotes) never reaches innerHTML.
import type { SourceType } from "../../engine/types";
import { readableDate, typeIcon, type DateStrings } from "./format";
import PANEL_CSS from "./panel.css";

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

export type SortOrder = "appearance" | "count";

/** UI strings, passed in so this module stays free of extension APIs. */
export interface PanelStrings {
  heading: string;
  close: string;
  next: string;
  previous: string;
  sortLabel: string;
  sortAppearance: string;
  sortCount: string;
  copyMarkdown: string;
  downloadJson: string;
  copied: string;
  openTab(count: number): string;
  summary(attributions: number, sources: number, anonymous: number): string;
  sourceType(type: SourceType): string;
  mentions(count: number): string;
  date: DateStrings;
}

export interface PanelEvents {
  onSelect(sourceIndex: number): void;
  onStep(sourceIndex: number, direction: 1 | -1): void;
  onClose(): void;
  onCopyMarkdown(): Promise<boolean>;
  onDownloadJson(): void;
}

/** What the hover card says about one highlight. */
export interface CardContent {
  lines: Array<{ label: string; value: string }>;
}

export class Panel {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly frame: HTMLElement;
  private readonly body: HTMLElement;
  private readonly tab: HTMLButtonElement;
  private readonly card: HTMLElement;
  private view: PanelView | null = null;
  private order: SortOrder = "appearance";
  private selected = -1;

  constructor(
    private readonly doc: Document,
    private readonly strings: PanelStrings,
    private readonly events: PanelEvents,
  ) {
    this.host = doc.createElement("sourcelight-panel");
    this.host.id = PANEL_HOST_ID;
    // Inline !important beats any page rule that could hide, move or restyle the host.
    this.host.style.setProperty("all", "initial", "important");
    this.host.style.setProperty("display", "block", "important");
    this.shadow = this.host.attachShadow({ mode: "open" });
    const style = doc.createElement("style");
    style.textContent = PANEL_CSS;

    this.frame = this.el("aside", "panel");
    this.frame.setAttribute("role", "complementary");
    this.frame.setAttribute("aria-label", `Sourcelight: ${strings.heading}`);
    this.frame.hidden = true;
    const header = this.el("header");
    const heading = this.el("h2");
    heading.textContent = `Sourcelight · ${strings.heading}`;
    const close = this.button("✕", () => this.events.onClose());
    close.className = "close";
    close.setAttribute("aria-label", strings.close);
    close.title = strings.close;
    header.append(heading, close);
    this.body = this.el("div", "body");
    this.frame.append(header, this.body);
    this.frame.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.stopPropagation();
        this.events.onClose();
      }
    });

    // On narrow windows the open panel folds into this tab so it never covers the article.
    this.tab = this.button("", () => this.frame.toggleAttribute("data-expanded"));
    this.tab.className = "tab";
    this.tab.hidden = true;

    this.card = this.el("div", "card");
    this.card.setAttribute("role", "tooltip");
    this.card.hidden = true;

    this.shadow.append(style, this.tab, this.frame, this.card);
    (doc.body ?? doc.documentElement).append(this.host);
  }

  get isOpen(): boolean {
    return !this.frame.hidden;
  }

  open(): void {
    this.frame.hidden = false;
    this.tab.hidden = false;
  }

  close(): void {
    this.frame.hidden = true;
    this.tab.hidden = true;
    this.frame.removeAttribute("data-expanded");
    this.hideCard();
  }

  render(view: PanelView): void {
    this.view = view;
    this.body.replaceChildren();
    this.selected = -1;
    if (view.kind === "message") {
      const message = this.el("p", "message");
      message.setAttribute("role", "status");
      message.textContent = view.text;
      this.body.append(message);
      this.tab.textContent = this.strings.openTab(0);
      return;
    }
    this.tab.textContent = this.strings.openTab(view.sources.length);
    this.body.append(this.metaBlock(view.meta));
    const anonymous = view.sources.filter((s) => s.type === "anonymous").length;
    const summary = this.el("p", "summary");
    summary.textContent = this.strings.summary(view.attributionCount, view.sources.length, anonymous);
    this.body.append(summary, this.toolbar());
    const list = this.el("ul");
    list.setAttribute("aria-label", this.strings.heading);
    for (const index of this.sortedIndexes(view.sources)) list.append(this.sourceItem(view.sources[index]!, index));
    this.body.append(list);
  }

  /** Marks one source as current (after a click, or a hover on one of its highlights). */
  highlightSource(index: number): void {
    this.selected = index;
    for (const li of this.frame.querySelectorAll<HTMLElement>("li")) {
      li.setAttribute("aria-current", String(Number(li.dataset.index) === index));
    }
    this.frame.querySelector<HTMLElement>(`li[data-index="${index}"]`)?.scrollIntoView?.({ block: "nearest" });
  }

  showCard(content: CardContent, anchor: DOMRect): void {
    this.card.replaceChildren(
      ...content.lines.map(({ label, value }) => {
        const row = this.el("div", "card-row");
        const l = this.el("span", "card-label");
        l.textContent = label;
        const v = this.el("span", "card-value");
        v.textContent = value;
        row.append(l, v);
        return row;
      }),
    );
    this.card.hidden = false;
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const left = Math.max(8, Math.min(anchor.left, width - 300));
    const below = anchor.bottom + 6;
    this.card.style.left = `${left}px`;
    this.card.style.top = below + 120 > height ? `${Math.max(8, anchor.top - 6 - this.card.offsetHeight)}px` : `${below}px`;
  }

  hideCard(): void {
    this.card.hidden = true;
  }

  destroy(): void {
    this.host.remove();
  }

  private sortedIndexes(sources: readonly PanelSource[]): number[] {
    const indexes = sources.map((_, i) => i);
    if (this.order === "count") {
      // Stable: ties keep reading order.
      indexes.sort((a, b) => sources[b]!.attributions.length - sources[a]!.attributions.length || a - b);
    }
    return indexes;
  }

  private toolbar(): HTMLElement {
    const bar = this.el("div", "toolbar");
    const label = this.el("label");
    const text = this.el("span");
    text.textContent = this.strings.sortLabel;
    const select = this.el("select") as HTMLSelectElement;
    for (const [value, name] of [["appearance", this.strings.sortAppearance], ["count", this.strings.sortCount]] as const) {
      const option = this.el("option") as HTMLOptionElement;
      option.value = value;
      option.textContent = name;
      option.selected = this.order === value;
      select.append(option);
    }
    select.addEventListener("change", () => {
      this.order = select.value === "count" ? "count" : "appearance";
      const selected = this.selected;
      if (this.view) this.render(this.view);
      if (selected >= 0) this.highlightSource(selected);
      this.frame.querySelector<HTMLSelectElement>("select")?.focus();
    });
    label.append(text, select);
    const status = this.el("span", "export-status");
    status.setAttribute("role", "status");
    const copy = this.button(this.strings.copyMarkdown, () => {
      void this.events.onCopyMarkdown().then((ok) => {
        status.textContent = ok ? this.strings.copied : "";
      });
    });
    const download = this.button(this.strings.downloadJson, () => this.events.onDownloadJson());
    bar.append(label, copy, download, status);
    return bar;
  }

  private metaBlock(meta: ArticleMeta): HTMLElement {
    const block = this.el("div", "meta");
    for (const [cls, text] of [["title", meta.title], ["byline", meta.byline], ["date", readableDate(meta.published, this.strings.date)]] as const) {
      if (!text) continue;
      const line = this.el("div", cls);
      line.textContent = text;
      block.append(line);
    }
    return block;
  }

  private sourceItem(source: PanelSource, index: number): HTMLElement {
    const item = this.el("li");
    item.tabIndex = 0;
    item.dataset.index = String(index);
    item.setAttribute("data-source-canonical", source.canonical);
    item.setAttribute("data-source-type", source.type);
    const row = this.el("div", "row");
    const name = this.el("span", "name");
    name.textContent = source.canonical;
    const count = this.el("span", "count");
    count.textContent = String(source.attributions.length);
    count.title = this.strings.mentions(source.attributions.length);
    // aria-label on a plain span is not announced (ARIA forbids naming generic elements):
    // screen readers get the worded count from hidden text, and skip the bare number.
    count.setAttribute("aria-hidden", "true");
    const spoken = this.el("span", "sr-only");
    spoken.textContent = this.strings.mentions(source.attributions.length);
    row.append(name, count, spoken);
    const type = this.el("div", `type type-${source.type}`);
    const label = this.el("span");
    label.textContent = this.strings.sourceType(source.type);
    type.append(typeIcon(this.doc, source.type), label);
    const cues = this.el("div", "cues");
    cues.textContent = source.cues.join(", ");
    const steps = this.el("div", "steps");
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

  private el(tag: string, className?: string): HTMLElement {
    const element = this.doc.createElement(tag);
    if (className) element.className = className;
    return element;
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
