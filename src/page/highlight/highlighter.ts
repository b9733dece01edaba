// Paints segments into the page as <mark> elements, and removes them again. The article's text
// map already gives each segment's exact text-node pieces, so painting is splitText + wrap on
// those pieces alone: no second walk of the article, no text index of its own (see README on
// why this replaced mark.js).
import type { ArticleText, TextMap, TextPiece } from "../article";
import { buildText } from "../article/text";
import type { Segment } from "./segments";

export const MARK_CLASS = "sourcelight-mark";
export const TYPE_ATTRIBUTE = "data-sourcelight";
export const ATTRIBUTIONS_ATTRIBUTE = "data-sl-attributions";
export const SOURCE_TYPE_ATTRIBUTE = "data-sl-source-type";

interface Wrap extends TextPiece {
  segment: Segment;
}

/**
 * Wraps each piece in a mark. Pieces of one text node are wrapped from the last to the first:
 * splitText leaves the node holding the text before the split, so earlier offsets stay valid.
 */
function wrapAll(doc: Document, wraps: Wrap[]): void {
  const byNode = new Map<Text, Wrap[]>();
  for (const wrap of wraps) {
    const list = byNode.get(wrap.node);
    if (list) list.push(wrap);
    else byNode.set(wrap.node, [wrap]);
  }
  for (const [node, list] of byNode) {
    list.sort((a, b) => b.start - a.start);
    for (const { start, end, segment } of list) {
      const parent = node.parentNode;
      if (!parent || end > node.data.length || start >= end) continue;
      const piece = start > 0 ? node.splitText(start) : node;
      if (end - start < piece.data.length) piece.splitText(end - start);
      const mark = doc.createElement("mark");
      mark.className = MARK_CLASS;
      decorate(mark, segment);
      parent.insertBefore(mark, piece);
      mark.appendChild(piece);
    }
  }
}

type PaintableArticle = Pick<ArticleText, "root" | "excluded" | "text" | "map">;

export class Highlighter {
  private painted = false;
  private root: Element;
  private excluded: ReadonlySet<Element>;
  /** Detection's own map, good for the first paint if nothing under the root changed since. */
  private detectedMap: TextMap | null;
  private readonly watcher: MutationObserver | null;

  constructor(private article: PaintableArticle) {
    this.root = article.root;
    this.excluded = new Set(article.excluded);
    this.detectedMap = article.map;
    const Observer = this.root.ownerDocument.defaultView?.MutationObserver;
    this.watcher = Observer ? new Observer(() => undefined) : null;
    this.watcher?.observe(this.root, { childList: true, subtree: true, characterData: true });
  }

  /**
   * Replaces whatever this highlighter painted with `segments`. Returns false, painting
   * nothing, when the article's text is no longer the text the offsets index.
   */
  paint(segments: readonly Segment[]): boolean {
    this.clear();
    return this.mark(segments);
  }

  /**
   * The page appended text to the article: paints `segments` (offsets into the longer text)
   * and leaves the marks already there alone.
   */
  extend(article: PaintableArticle, segments: readonly Segment[]): boolean {
    if (article.root !== this.root || !article.text.startsWith(this.article.text)) return false;
    this.article = article;
    this.excluded = new Set(article.excluded);
    return this.mark(segments);
  }

  private mark(segments: readonly Segment[]): boolean {
    if (segments.length === 0) return true;
    const map = this.currentMap();
    if (!map) return false;
    const wraps: Wrap[] = [];
    for (const segment of segments) {
      for (const piece of map.toDom(segment.start, segment.end)) {
        // A mark around whitespace alone shows nothing and only splits the page's text.
        if (piece.end > piece.start && piece.node.data.slice(piece.start, piece.end).trim()) wraps.push({ ...piece, segment });
      }
    }
    wrapAll(this.root.ownerDocument, wraps);
    this.painted = true;
    return true;
  }

  /**
   * The map of the DOM as it is now. The first paint reuses detection's map when the page has
   * not touched the article since (no second walk on the content script's start-up); after
   * that, marking has split text nodes and unmarking merged them, so the map is rebuilt (one
   * walk). Null when the article's text is no longer the text the offsets index.
   */
  private currentMap(): TextMap | null {
    const detected = this.detectedMap;
    const untouched = detected !== null && this.watcher !== null && this.watcher.takeRecords().length === 0;
    this.detectedMap = null;
    this.watcher?.disconnect();
    if (untouched) return detected;
    const { text, map } = buildText(this.root, this.excluded);
    return text === this.article.text ? map : null;
  }

  /** Stops watching the article, for a highlighter that will never paint. */
  release(): void {
    this.watcher?.disconnect();
    this.detectedMap = null;
  }

  /** Unwraps every mark and merges the text nodes painting split, so the DOM is as it was. */
  clear(): void {
    if (!this.painted) return;
    const parents = new Set<Node>();
    for (const mark of this.marks()) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
      parents.add(parent);
    }
    for (const parent of parents) parent.normalize();
    this.painted = false;
  }

  marks(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)];
  }
}

function decorate(element: Element, segment: Segment): void {
  element.setAttribute(TYPE_ATTRIBUTE, segment.type);
  element.setAttribute(ATTRIBUTIONS_ATTRIBUTE, segment.attributions.join(" "));
  if (segment.sourceType) element.setAttribute(SOURCE_TYPE_ATTRIBUTE, segment.sourceType);
}

export function attributionsOf(mark: Element): number[] {
  return (mark.getAttribute(ATTRIBUTIONS_ATTRIBUTE) ?? "")
    .split(" ")
    .filter(Boolean)
    .map(Number);
}
