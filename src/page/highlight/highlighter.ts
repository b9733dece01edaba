// Paints segments into the page with mark.js in one markRanges pass, and removes them again.
// Offsets are translated from article text to mark.js's own coordinates: the concatenation of
// every text node under the root, which is how mark.js counts.
import Mark from "mark.js";
import type { ArticleText } from "../article";
import { buildText } from "../article/text";
import type { Segment } from "./segments";

export const MARK_CLASS = "sourcelight-mark";
export const TYPE_ATTRIBUTE = "data-sourcelight";
export const ATTRIBUTIONS_ATTRIBUTE = "data-sl-attributions";
export const SOURCE_TYPE_ATTRIBUTE = "data-sl-source-type";

/** mark.js skips text whose parent is one of these; our offsets must skip the same nodes. */
const MARKJS_SKIPPED_PARENTS = new Set(["SCRIPT", "STYLE", "TITLE", "HEAD", "HTML"]);

interface MarkRange {
  start: number;
  length: number;
  segment: Segment;
}

function markjsOffsets(root: Element): Map<Text, number> {
  const offsets = new Map<Text, number>();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (MARKJS_SKIPPED_PARENTS.has(node.parentNode?.nodeName ?? "")) continue;
    offsets.set(node, total);
    total += node.data.length;
  }
  return offsets;
}

type PaintableArticle = Pick<ArticleText, "root" | "excluded" | "text">;

export class Highlighter {
  private painted = false;
  private root: Element;
  private excluded: ReadonlySet<Element>;

  constructor(private article: PaintableArticle) {
    this.root = article.root;
    this.excluded = new Set(article.excluded);
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
    // Marking splits text nodes and unmarking merges them, so the map is rebuilt from the DOM
    // as it is now (one walk), never reused from an earlier paint.
    const { text, map } = buildText(this.root, this.excluded);
    if (text !== this.article.text) return false;
    const offsets = markjsOffsets(this.root);
    const ranges: MarkRange[] = [];
    for (const segment of segments) {
      for (const piece of map.toDom(segment.start, segment.end)) {
        const base = offsets.get(piece.node);
        if (base === undefined || piece.end <= piece.start) continue;
        ranges.push({ start: base + piece.start, length: piece.end - piece.start, segment });
      }
    }
    new Mark(this.root as HTMLElement).markRanges(ranges, {
      element: "mark",
      className: MARK_CLASS,
      each: (element: Element, range: unknown) => decorate(element, (range as MarkRange).segment),
    } as Mark.MarkRangesOptions);
    this.painted = true;
    return true;
  }

  clear(): void {
    if (!this.painted) return;
    new Mark(this.root as HTMLElement).unmark({ element: "mark", className: MARK_CLASS });
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
