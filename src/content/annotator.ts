// Runs Sourcelight on one page: detect the article once, extract once, then paint and repaint
// as settings change; annotate text the page adds later. Depends only on the page layer and the
// engine; the extension wiring is in index.ts, so tests drive this with a jsdom document.
import type { Attribution, AttributionKind } from "../engine/types";
import { groupSources, type SourceGroup } from "../engine/group";
import type { ArticleText, Detection } from "../page/article";
import { Highlighter, attributionsOf, MARK_CLASS } from "../page/highlight/highlighter";
import { buildSegments } from "../page/highlight/segments";
import { MentionNavigator } from "../page/highlight/navigator";
import { copyText, downloadText, sourcesMarkdown } from "../page/panel/export";
import { Panel, type CardContent, type PanelStrings, type PanelView } from "../page/panel/panel";
import { cardContent } from "./card";
import { yieldToPage } from "./yield";
import { fitsText } from "../shared/attributions";
import { extractorDocument } from "../shared/extractor-document";
import type { TabStatus } from "../shared/messages";
import type { AnnotationType, Settings } from "../shared/settings";

/** The engine, wherever it runs (the background, in the extension). */
export interface EngineApi {
  /** The attributions in an article's text, or null when the engine does not read its language. */
  read(text: string, lang: string): Promise<Attribution[] | null>;
}

export interface AnnotatorStrings extends PanelStrings {
  noArticle: string;
  unsupportedLanguage(lang: string): string;
  cardSource: string;
  cardCue: string;
  cardKind: string;
  kind(kind: AttributionKind): string;
}

export type AnnotationStage = "detected" | "read" | "painted";

export interface AnnotatorDeps {
  doc: Document;
  engine: EngineApi;
  detect(doc: Document): Detection;
  strings: AnnotatorStrings;
  /** Whether annotations belong on this page at all (master switch, per-site choice). */
  isEnabledHere(settings: Settings): boolean;
  onStatus?(status: TabStatus): void;
  /** The reader opened or closed the panel: remembered for the next page. */
  onPanelChoice?(open: boolean): void;
  /** The first annotation passed a stage: a benchmark reads these as User Timing marks. */
  onStage?(stage: AnnotationStage): void;
  /** Lets the page run between the stages of the first annotation; defaults to yieldToPage. */
  yieldToPage?(): Promise<void>;
}


interface Analysis {
  detection: Detection;
  language: string;
  supported: boolean;
  attributions: Attribution[];
  groups: SourceGroup[];
  highlighter?: Highlighter;
}

/** Waits this long after the page's last change to its article before reading it again. */
const LATE_TEXT_DELAY_MS = 300;

export class Annotator {
  private analysis: Analysis | null = null;
  private panel: Panel | null = null;
  private settings: Settings | null = null;
  private paintedTypes: string | null = null;
  private readonly navigator = new MentionNavigator();
  private panelDismissed = false;
  private selectedIndex = -1;
  private observer: MutationObserver | null = null;
  private lateTextTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: AnnotatorDeps) {}

  /**
   * Applies settings: the first call analyses the page; later calls repaint only if needed.
   * Calls run one after another, each with the settings it was given.
   */
  apply(settings: Settings): Promise<void> {
    this.queue = this.queue.then(() => this.applyNow(settings)).catch((error: unknown) => console.warn("Sourcelight:", error));
    return this.queue;
  }

  private queue: Promise<void> = Promise.resolve();

  private async applyNow(settings: Settings): Promise<void> {
    this.settings = settings;
    if (!this.deps.isEnabledHere(settings)) {
      this.teardown();
      this.report();
      return;
    }
    const first = !this.analysis;
    const analysis = (this.analysis ??= (await this.prepare()) ?? (await this.restartPreparation()));
    if (first) this.attach(analysis);
    const types = JSON.stringify(settings.types);
    if (types !== this.paintedTypes) this.paint(analysis, settings.types);
    if (first) {
      this.deps.onStage?.("painted");
      await this.pause();
    }
    const panel = this.ensurePanel();
    if (!this.panelFilled) this.fillPanel();
    if (settings.panelOpensAutomatically && !this.panelDismissed) panel.open();
    this.observeLateText(analysis);
    this.report();
  }

  /**
   * Reads the page (detection here, then the engine in the background) without changing it. The
   * content script calls this before its settings arrive, so the reading overlaps their round
   * trip; apply() then only paints. Resolves to null when settings that arrived meanwhile turned
   * us off here.
   */
  prepare(): Promise<Analysis | null> {
    // A reading that failed (the background could not answer) is tried again on the next apply.
    return (this.preparation ??= this.analyse().catch((error: unknown) => {
      this.preparation = null;
      throw error;
    }));
  }

  private preparation: Promise<Analysis | null> | null = null;

  private restartPreparation(): Promise<Analysis> {
    const again = this.analyse(true);
    this.preparation = again;
    return again;
  }

  private pause(): Promise<void> {
    return (this.deps.yieldToPage ?? yieldToPage)();
  }

  togglePanel(): void {
    if (!this.settings || !this.deps.isEnabledHere(this.settings)) return;
    const panel = this.ensurePanel();
    if (panel.isOpen) this.closePanel();
    else {
      this.panelDismissed = false;
      this.fillPanel();
      panel.open();
      this.deps.onPanelChoice?.(true);
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
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.lateTextTimer);
    this.navigator.reset();
    this.analysis?.highlighter?.clear();
    this.paintedTypes = null;
    this.panel?.destroy();
    this.panel = null;
    this.panelFilled = false;
  }

  private panelFilled = false;

  private paint(analysis: Analysis, types: Record<AnnotationType, boolean>): void {
    this.navigator.reset();
    this.selectedIndex = -1;
    this.withoutObserving(() => analysis.highlighter?.paint(buildSegments(analysis.attributions, types)));
    this.paintedTypes = JSON.stringify(types);
  }

  private analyse(): Promise<Analysis | null>;
  private analyse(wanted: true): Promise<Analysis>;
  private async analyse(wanted = false): Promise<Analysis | null> {
    const { doc } = this.deps;
    // Evaluating the content script is a task of its own; detection follows as another, and
    // the engine then reads the text outside this page's main thread.
    await this.pause();
    const detection = this.deps.detect(doc);
    this.deps.onStage?.("detected");
    const declared = detection.found ? detection.article.lang : undefined;
    const language = (declared || doc.documentElement.lang || "en").trim();
    if (!detection.found) return { detection, language, supported: true, attributions: [], groups: [] };
    const { article } = detection;
    // Made now, so it can tell whether the article changes before it paints.
    const highlighter = new Highlighter(article);
    const turnedOff = (): boolean => !wanted && this.settings !== null && !this.deps.isEnabledHere(this.settings);
    // Settings that arrived meanwhile and turned us off here: the text stays on the page.
    const read = turnedOff() ? undefined : await this.read(article.text, language);
    this.deps.onStage?.("read");
    if (read === undefined || turnedOff()) {
      highlighter.release();
      this.preparation = null;
      return null;
    }
    if (read === null) {
      highlighter.release();
      return { detection, language, supported: false, attributions: [], groups: [] };
    }
    return { detection, language, supported: true, attributions: read, groups: groupSources(read), highlighter };
  }

  /** The engine's reading of `text`, keeping only attributions whose offsets index it. */
  private async read(text: string, lang: string): Promise<Attribution[] | null> {
    const read = await this.deps.engine.read(text, lang);
    return read && read.filter((a) => fitsText(a, text));
  }

  /** Hover and focus listeners on the article, once the page is ours to annotate. */
  private attach(analysis: Analysis): void {
    if (analysis.detection.found && analysis.highlighter) this.listenToHighlights(analysis.detection.article.root);
  }

  /**
   * Text the page adds to the article later (lazy paragraphs, live updates) is read again and
   * painted once, after the page settles; our own marks are not a change.
   */
  private observeLateText(analysis: Analysis): void {
    if (this.observer || !analysis.detection.found || !analysis.supported) return;
    const View = this.deps.doc.defaultView?.MutationObserver;
    if (!View) return;
    const root = analysis.detection.article.root;
    this.observer = new View(() => {
      this.changes++;
      clearTimeout(this.lateTextTimer);
      this.lateTextTimer = setTimeout(() => {
        this.readLateText().catch((error: unknown) => console.warn("Sourcelight:", error));
      }, LATE_TEXT_DELAY_MS);
    });
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private async readLateText(): Promise<void> {
    const old = this.analysis;
    if (!old?.detection.found || !this.settings) return;
    const detection = this.deps.detect(this.deps.doc);
    if (!detection.found || detection.article.text === old.detection.article.text) return;
    const changes = this.changes;
    const text = detection.article.text;
    const attributions = await this.read(text, old.language);
    // Turned off, or changed again while the engine read: the next reading (already scheduled
    // if the page changed) starts from the page as it is now.
    if (!attributions || this.analysis !== old || !this.observer || changes !== this.changes || !this.settings) return;
    const oldText = old.detection.article.text;
    const appended = detection.article.root === old.detection.article.root && text.startsWith(oldText);
    if (appended && old.highlighter) {
      // Keep what is painted: attributions wholly inside the old text stay as they were, the
      // ones that reach into the new text are added and painted alone.
      const kept = old.attributions;
      const added = attributions.filter((a) => spanEnd(a) > oldText.length && !kept.some((k) => sameAttribution(k, a)));
      const all = [...kept, ...added];
      this.analysis = { ...old, detection, attributions: all, groups: groupSources(all) };
      const fresh = buildSegments(all, this.settings.types).filter((s) => s.start >= oldText.length);
      this.withoutObserving(() => old.highlighter?.extend(detection.article, fresh));
    } else {
      this.observer?.disconnect();
      this.observer = null;
      // Made before the old marks go, so it sees that unmarking changed the DOM under the map
      // detection just built, and maps again before painting.
      const highlighter = new Highlighter(detection.article);
      old.highlighter?.clear();
      this.analysis = { ...old, detection, attributions, groups: groupSources(attributions), highlighter };
      if (detection.article.root !== old.detection.article.root) this.listenToHighlights(detection.article.root);
      this.paint(this.analysis, this.settings.types);
    }
    this.fillPanel();
    this.observeLateText(this.analysis);
    this.report();
  }

  /** Counts the page's changes to the article, so a reading that took a while can tell it is stale. */
  private changes = 0;

  private withoutObserving(work: () => void): void {
    work();
    // Our own marks queued records; drop them so they are not taken for the page's changes.
    this.observer?.takeRecords();
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

  private fillPanel(): void {
    if (!this.analysis || !this.panel) return;
    this.panel.render(this.view(this.analysis));
    this.panelFilled = true;
  }

  private ensurePanel(): Panel {
    this.panel ??= new Panel(this.deps.doc, this.deps.strings, {
      onSelect: (index) => this.selectSource(index),
      onStep: (index, direction) => this.step(index, direction),
      onClose: () => {
        this.closePanel();
        this.deps.onPanelChoice?.(false);
      },
      onCopyMarkdown: () => this.copyMarkdown(),
      onDownloadJson: () => this.downloadJson(),
    });
    return this.panel;
  }

  private closePanel(): void {
    this.panelDismissed = true;
    this.navigator.reset();
    this.selectedIndex = -1;
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

  private article(): ArticleText | null {
    return this.analysis?.detection.found ? this.analysis.detection.article : null;
  }

  private copyMarkdown(): Promise<boolean> {
    const view = this.analysis && this.view(this.analysis);
    if (!view || view.kind !== "sources" || !this.panel) return Promise.resolve(false);
    return copyText(sourcesMarkdown(view.meta, view.sources, this.deps.strings.sourceType), this.panel.host.shadowRoot ?? this.panel.host);
  }

  private downloadJson(): void {
    const a = this.analysis;
    const article = this.article();
    if (!a || !article || !this.panel) return;
    const doc = extractorDocument(a.attributions, a.language, {
      url: this.deps.doc.location?.href,
      article: { title: article.title ?? null, text: article.text },
    });
    const name = (article.title ?? "article").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").slice(0, 60) || "article";
    downloadText(`${JSON.stringify(doc, null, 1)}\n`, `sourcelight-${name}.json`, "application/json", this.panel.host.shadowRoot ?? this.panel.host);
  }

  private cardFor(mark: Element): CardContent | null {
    const id = attributionsOf(mark)[0];
    const attribution = id === undefined ? undefined : this.analysis?.attributions[id];
    return attribution ? cardContent(attribution, this.deps.strings) : null;
  }

  /** Hovering or focusing a highlight shows its card and its source in the panel. */
  private listenToHighlights(root: Element): void {
    const onEnter = (event: Event): void => {
      const mark = (event.target as Element | null)?.closest?.(`mark.${MARK_CLASS}`);
      const a = this.analysis;
      if (!mark || !a || !this.panel) return;
      const first = attributionsOf(mark)[0];
      const group = first === undefined ? -1 : a.groups.findIndex((g) => g.attributionIndexes.includes(first));
      if (group >= 0 && this.panel.isOpen) this.panel.highlightSource(group);
      const card = this.cardFor(mark);
      if (card) this.panel.showCard(card, mark.getBoundingClientRect());
    };
    const onLeave = (event: Event): void => {
      if ((event.target as Element | null)?.closest?.(`mark.${MARK_CLASS}`)) this.panel?.hideCard();
    };
    root.addEventListener("mouseover", onEnter);
    root.addEventListener("focusin", onEnter);
    root.addEventListener("mouseout", onLeave);
    root.addEventListener("focusout", onLeave);
  }

  private report(): void {
    this.deps.onStatus?.(this.status());
  }
}

function spanEnd(a: Attribution): number {
  const content = Array.isArray(a.content) ? a.content : [a.content];
  return Math.max(a.source.end, a.cue.end, ...content.map((c) => c.end));
}

function sameAttribution(a: Attribution, b: Attribution): boolean {
  return a.source.start === b.source.start && a.cue.start === b.cue.start && spanEnd(a) === spanEnd(b);
}
