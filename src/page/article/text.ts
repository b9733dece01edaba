// One walk over the article root builds the plain text and, per output character, where it came
// from (text node index + offset), so later steps can speak offsets and still reach the DOM.
import type { TextMap, TextPiece } from "./types";

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** A set of tag names from a space-separated list. */
export const tags = (list: string): Set<string> => new Set(list.split(" "));

/** Elements whose content a reader never sees as text. */
const SKIP = tags(
  "script style noscript template iframe object embed svg math canvas video audio button select textarea input head title " +
    "meta link picture img source map dialog",
);

/** Elements rendered as blocks by default: they start and end a paragraph. */
export const BLOCK = tags(
  "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table thead tbody tfoot tr caption figure figcaption " +
    "section article header footer aside nav main address hr form fieldset details summary center",
);

const CELL = tags("td th");

// Whitespace a browser collapses; NBSP too, since the engine wants plain spaces and an NBSP-only
// paragraph (a common CMS spacer) shows nothing worth reading.
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0;

// Text for screen readers only: visually hidden by the site's CSS, which Node cannot see.
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|a11y-hidden|element-invisible|off-?screen)(?:\s|$)/;

/**
 * A caption block (<figcaption>, or a class naming one: "caption", "imageCaption", "media-caption__text",
 * "slideshow-description", not "no_caption" or a player's "captions-button"): its text stays, its
 * photo credit does not.
 */
export const isCaption = (el: Element): boolean =>
  el.localName === "figcaption" ||
  /(?:(?<!no[-_])caption(?:[-_]+(?:text|wrapper|container|content|inner))?|(?:slide\w*|galler\w*|photo|image|media)[-_]*desc\w*)(?:\s|$)/i.test(el.getAttribute("class") ?? "");

/**
 * A photo credit closing a caption's text, where the text begins or after a sentence or a
 * separator: "Photo: …", "photograph by …", "Credit: …", "Source: …", "© …"; or a closing
 * parenthesis naming a photo, an agency or a Name/Outlet: "(Reuters)", "(AP Photo/…)".
 */
export const CREDIT =
  /(?:^|(?<=[.!?])\s*|\s*[|–—]\s*)(?:(?:photo\w*|image|picture|foto|bild|credit\w*|source|video)(?:\s+by\b|\s*:)|©|copyright)(?:(?![.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}).){0,80}$|\s*\([^()]*(?:\b(?:photo\w*|foto|bild|credit|image|video|reuters|ap|afp|epa|getty|file)\b|\p{L}\s*\/\s*\p{L})[^()]*\)$/iu;

/** Where a caption text's closing credit starts (its length when there is none). */
export const creditStart = (s: string): number => CREDIT.exec(s.trimEnd())?.index ?? s.length;

/** True when an element is hidden by markup alone (no layout available in Node). */
export function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute("hidden")) return true;
  const cls = el.getAttribute("class");
  if (cls && SCREEN_READER_ONLY.test(cls)) return true;
  const style = el.getAttribute("style");
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

export interface BuiltText {
  text: string;
  map: TextMap;
}

/**
 * Builds the article text of `root`, leaving out `excluded` subtrees (and script, media, hidden
 * markup). Paragraph boundaries become "\n\n", a lone <br> "\n", runs of whitespace one space.
 */
export function buildText(root: Element, excluded: ReadonlySet<Element>): BuiltText {
  const chunks: string[] = [];
  let length = 0;
  const charNode: number[] = [];
  const charOff: number[] = [];
  const nodes: Text[] = [];
  const first: number[] = [];
  const last: number[] = [];

  let pendingBreak = 0; // newlines owed before the next visible character
  let brRun = 0; // consecutive <br> since the last text: two or more make a paragraph break
  let spaceNode = -2; // node index of a pending collapsed space (-1: a separator), -2: none
  let spaceOff = 0;
  let lastNewline = true;

  const emit = (s: string, node: number, off: number): void => {
    chunks.push(s);
    charNode.push(node);
    charOff.push(off);
    if (node >= 0) {
      if (first[node] === -1) first[node] = length;
      last[node] = length;
    }
    length++;
  };

  /** Flushes owed breaks or the pending space before a visible character. */
  const beforeVisible = (): void => {
    if (length > 0 && pendingBreak > 0) {
      for (let i = 0; i < pendingBreak; i++) emit("\n", -1, 0);
      lastNewline = true;
    } else if (spaceNode !== -2 && !lastNewline) {
      emit(" ", spaceNode, spaceOff);
    }
    pendingBreak = 0;
    spaceNode = -2;
    brRun = 0;
  };

  const block = (): void => {
    pendingBreak = 2;
    brRun = 0;
    spaceNode = -2;
  };

  const visitText = (t: Text, pre: boolean, cap: boolean): void => {
    const data = t.data;
    let idx = -1;
    // In a caption, the photo credit ending the text is left out.
    const end = cap ? creditStart(data) : data.length;
    for (let i = 0; i < end; i++) {
      const code = data.charCodeAt(i);
      // Soft hyphens, zero-width spaces and BOMs render as nothing (ZWNJ/ZWJ stay: Persian needs them).
      if (code === 0xad || code === 0x200b || code === 0x2060 || code === 0xfeff) continue;
      if (pre && (code === 10 || code === 13)) {
        if (code === 13) continue;
        if (idx === -1) idx = register(t);
        if (length > 0 && pendingBreak === 0) {
          emit("\n", idx, i);
          lastNewline = true;
          spaceNode = -2;
        }
        continue;
      }
      if (!pre && isSpace(code)) {
        if (spaceNode === -2) {
          if (idx === -1) idx = register(t);
          spaceNode = idx;
          spaceOff = i;
        }
        continue;
      }
      if (idx === -1) idx = register(t);
      beforeVisible();
      emit(data[i] as string, idx, i);
      lastNewline = false;
    }
  };

  const register = (t: Text): number => {
    nodes.push(t);
    first.push(-1);
    last.push(-1);
    return nodes.length - 1;
  };

  const visit = (el: Element, pre: boolean, cap: boolean): void => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        visitText(child as Text, pre, cap);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const e = child as Element;
      const tag = e.localName;
      if (excluded.has(e)) {
        // A left-out block still ends the paragraph before it, as the reader sees it.
        if (BLOCK.has(tag)) block();
        continue;
      }
      if (SKIP.has(tag) || hiddenByMarkup(e)) continue;
      if (tag === "br") {
        brRun++;
        if (length > 0) pendingBreak = Math.max(pendingBreak, brRun >= 2 ? 2 : 1);
        spaceNode = -2;
        continue;
      }
      const c = cap || isCaption(e);
      if (BLOCK.has(tag)) {
        block();
        visit(e, pre || tag === "pre", c);
        block();
      } else {
        if (CELL.has(tag) && spaceNode === -2) {
          spaceNode = -1;
          spaceOff = 0;
        }
        visit(e, pre, c);
      }
    }
  };

  visit(root, false, isCaption(root));
  const text = chunks.join("");
  return { text, map: makeMap(root, excluded, nodes, first, last, Int32Array.from(charNode), Int32Array.from(charOff)) };
}

function makeMap(
  root: Element,
  excluded: ReadonlySet<Element>,
  nodes: Text[],
  first: number[],
  last: number[],
  charNode: Int32Array,
  charOff: Int32Array,
): TextMap {
  const index = new Map<Node, number>();
  // Emitting nodes in document order, for positions in nodes that emitted nothing.
  const order: number[] = [];
  nodes.forEach((n, i) => {
    if ((first[i] ?? -1) >= 0) {
      index.set(n, i);
      order.push(i);
    }
  });
  const size = charNode.length;

  const toDom = (start: number, end: number): TextPiece[] => {
    const out: TextPiece[] = [];
    const s = Math.max(0, Math.min(start, end));
    const e = Math.min(size, Math.max(start, end));
    let cur: TextPiece | null = null;
    for (let i = s; i < e; i++) {
      const n = charNode[i] as number;
      if (n < 0) {
        cur = null;
        continue;
      }
      const off = charOff[i] as number;
      const node = nodes[n] as Text;
      if (cur && cur.node === node && off >= cur.end) cur.end = off + 1;
      else {
        cur = { node, start: off, end: off + 1 };
        out.push(cur);
      }
    }
    return out;
  };

  /**
   * Article-text offset of a position in a node that emitted nothing itself (an element
   * boundary, collapsed whitespace): the end of the text before it when the position closes
   * its node's content, else the start of the text after it.
   */
  const nearest = (node: Node, offset: number): number => {
    let ref: Node = node;
    let after = false; // the position is past all of ref's content
    if (node.nodeType === ELEMENT_NODE) {
      const child = node.childNodes[offset];
      if (child) ref = child;
      else after = true;
    } else after = offset > 0;
    // Binary search for the first emitting node at or past the position (document order).
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = nodes[order[mid] as number] as Text;
      const pos = ref.compareDocumentPosition(t);
      // FOLLOWING (4) counts, and ref itself; what ref contains (16) only when the position is before it.
      if ((!after && t === ref) || ((pos & 4) !== 0 && !(after && (pos & 16) !== 0))) hi = mid;
      else lo = mid + 1;
    }
    if (after && lo > 0) return (last[order[lo - 1] as number] as number) + 1;
    const hit = order[lo];
    return hit === undefined ? size : (first[hit] as number);
  };

  const insideExcluded = (node: Node): boolean => {
    for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (excluded.has(n as Element)) return true;
    return false;
  };

  const fromDom = (node: Node, offset: number): number | null => {
    const i = index.get(node);
    if (i !== undefined) {
      const a = first[i] as number;
      const b = last[i] as number;
      for (let k = a; k <= b; k++) if (charNode[k] === i && (charOff[k] as number) >= offset) return k;
      return b + 1;
    }
    if (!(node === root || root.contains(node)) || insideExcluded(node)) return null;
    // Whitespace-only text and element boundaries map to the next character of article text.
    if (node.nodeType === TEXT_NODE && /\S/.test((node as Text).data)) return null;
    try {
      return nearest(node, offset);
    } catch {
      return null;
    }
  };

  return { toDom, fromDom };
}
