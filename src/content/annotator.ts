// Runs Sourcelight on one page: detect the article once, extract once, then paint and repaint
// as settings change. Depends only on the page layer and the engine; the extension wiring is
// in index.ts, so tests can drive this with a jsdom document and plain settings objects.
import type { Attribution } from "../engine/types";
import type { SourceGroup } from "../engine";
import type { Detection } from "../page/article";
import { Highlighter, attributionsOf, MARK_CLASS } from "../page/highlight/highlighter";
import { buildSegments } from "../page/highlight/segments";
import { MentionNavigator } from "../page/highlight/navigator";
import { Panel, type PanelStrings, type PanelView } from "../page/panel/panel";
import type { TabStatus } from "../shared/messages";
import type { Settings } from "../shared/settings";

export interface EngineApi {
  extract(text: string, options?: { lang?: string }): Attribution[];
  groupSources(attributions: Attribution[]): SourceGroup[];
  isSupportedLanguage(lang: string | undefined): boolean;
}

export interface AnnotatorStrings extends PanelStrings {
  noArticle: string;
  unsupportedLanguage(lang: string): string;
}

export interface AnnotatorDeps {
  doc: Document;
  engine: EngineApi;
  detect(doc: Document): Detection;
  strings: AnnotatorStrings;
  /** Whether annotations belong on this page at all (master switch, per-site choice). */
  isEnabledHere(settings: Settings): boolean;
  onStatus?(status: TabStatus): void;
}

interface Analysis {
  detection: Detection;
  language: string;
  supported: boolean;
  attributions: Attribution[];
  groups: SourceGroup[];
  highlighter?: Highlighter;
}

export class Annotator {
  private analysis: Analysis | null = null;
  private panel: Panel | null = null;
  private settings: Settings | null = null;
  private readonly navigator = new MentionNavigator();
  private panelDismissed = false;
  private selectedIndex = -1;

  constructor(private readonly deps: AnnotatorDeps) {}

  /** Applies settings: the first call analyses the page; later calls only repaint. */
  apply(settings: Settings): void {
    this.settings = settings;
    if (!this.deps.isEnabledHere(settings)) {
      this.teardown();
      this.report();
      return;
    }
    const analysis = (this.analysis ??= this.analyse());
    this.navigator.reset();
    analysis.highlighter?.paint(buildSegments(analysis.attributions, settings.types));
    const panel = this.ensurePanel();
    panel.render(this.view(analysis));
    if (settings.panelOpensAutomatically && !this.panelDismissed) panel.open();
    this.report();
  }

  togglePanel(): void {
    if (!this.settings || !this.deps.isEnabledHere(this.settings)) return;
    const panel = this.ensurePanel();
    if (panel.isOpen) this.closePanel();
    else {
      if (this.analysis) panel.render(this.view(this.analysis));
      panel.open();
    }
  }

  status(): TabStatus {
    const a = this.analysis;
    if (!this.settings || !this.deps.isEnabledHere(this.settings)) return { state: "disabled", attributions: 0, sources: 0 };
    if (!a) return { state: "idle", attributions: 0, sources: 0 };
    if (!a.detection.found) return { state: "no-article", attributions: 0, sources: 0, language: a.language };
    if (!a.supported) return { state: "unsupported-language", attributions: 0, sources: 0, language: a.language };
    return { state: "annotated", attributions: a.attributions.length, sources: a.groups.length, language: a.language };
  }

  /** Removes every trace of Sourcelight from the page. */
  teardown(): void {
    this.navigator.reset();
    this.analysis?.highlighter?.clear();
    this.panel?.destroy();
    this.panel = null;
  }

  private analyse(): Analysis {
    const { doc, engine } = this.deps;
    const detection = this.deps.detect(doc);
    const declared = detection.found ? detection.article.lang : undefined;
    const language = (declared || doc.documentElement.lang || "en").trim();
    const supported = engine.isSupportedLanguage(language);
    if (!detection.found || !supported) return { detection, language, supported, attributions: [], groups: [] };
    const { article } = detection;
    const attributions = engine.extract(article.text, { lang: language });
    const groups = engine.groupSources(attributions);
    const highlighter = new Highlighter(article);
    this.listenToHighlights(article.root, groups);
    return { detection, language, supported, attributions, groups, highlighter };
  }

  private view(a: Analysis): PanelView {
    const { strings } = this.deps;
    if (!a.detection.found) return { kind: "message", text: strings.noArticle };
    if (!a.supported) return { kind: "message", text: strings.unsupportedLanguage(a.language) };
    const { title, byline, published } = a.detection.article;
    return {
      kind: "sources",
      meta: { title, byline, published },
      attributionCount: a.attributions.length,
      sources: a.groups.map((g) => ({ canonical: g.canonical, type: g.type, attributions: g.attributionIndexes, cues: g.cues })),
    };
  }

  private ensurePanel(): Panel {
    this.panel ??= new Panel(this.deps.doc, this.deps.strings, {
      onSelect: (index) => this.selectSource(index),
      onStep: (index, direction) => this.step(index, direction),
      onClose: () => this.closePanel(),
    });
    return this.panel;
  }

  private closePanel(): void {
    this.panelDismissed = true;
    this.navigator.reset();
    this.panel?.close();
  }

  private selectSource(index: number): void {
    this.selectedIndex = index;
    const a = this.analysis;
    const group = a?.groups[index];
    if (!a?.highlighter || !group) return;
    this.navigator.select(a.highlighter.marks(), group.attributionIndexes);
  }

  private step(index: number, direction: 1 | -1): void {
    if (index === this.selectedIndex) this.navigator.step(direction);
    else this.selectSource(index);
  }

  /** Hovering or focusing a highlight shows its source in the panel. */
  private listenToHighlights(root: Element, groups: SourceGroup[]): void {
    const groupOf = new Map<number, number>();
    groups.forEach((g, gi) => g.attributionIndexes.forEach((ai: number) => groupOf.set(ai, gi)));
    const onEnter = (event: Event): void => {
      const mark = (event.target as Element | null)?.closest?.(`mark.${MARK_CLASS}`);
      if (!mark || !this.panel?.isOpen) return;
      const first = attributionsOf(mark)[0];
      const group = first === undefined ? undefined : groupOf.get(first);
      if (group !== undefined) this.panel.highlightSource(group);
    };
    root.addEventListener("mouseover", onEnter);
    root.addEventListener("focusin", onEnter);
  }

  private report(): void {
    this.deps.onStatus?.(this.status());
  }
}
