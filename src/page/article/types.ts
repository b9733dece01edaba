/** One DOM text node slice: `node.data.slice(start, end)` is what the article text holds there. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

export interface TextMap {
  /** DOM pieces covering article-text range [start, end), in document order (skips separators). */
  toDom(start: number, end: number): TextPiece[];
  /** Article-text offset of a DOM position (a Text node + offset), or null if outside the article text. */
  fromDom(node: Node, offset: number): number | null;
}

export interface ArticleText {
  /** The article container (on Pangea: the `#article-content .wsw` element). */
  root: Element;
  /** Subtrees inside root that are not article text (embeds, promo, share bars…). */
  excluded: Element[];
  /** Paragraphs separated by "\n\n"; whitespace collapsed as rendered; a single <br> is "\n". */
  text: string;
  map: TextMap;
  title?: string;
  byline?: string;
  published?: string;
  lang?: string;
}

export type Detection = { found: true; article: ArticleText } | { found: false; reason: string };

export interface DetectOptions {
  url?: string;
}

/** What a detector hands to the text builder: the container and what to leave out of it. */
export interface Candidate {
  root: Element;
  excluded: Element[];
  /** Which path chose it (for debugging and the benchmark). */
  via: string;
}
