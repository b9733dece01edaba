// The engine's contract (../shared/seed/GOLD-FORMAT.md): offsets are UTF-16 code units into the
// input text, end exclusive, and `text.slice(start, end) === span.text` always holds.

export interface Span {
  text: string;
  start: number;
  end: number;
}

export type SourceType = "person" | "organization" | "anonymous" | "document" | "media" | "unknown";

export type AttributionKind = "direct" | "indirect" | "mixed" | "credit";

export interface SourceSpan extends Span {
  type: SourceType;
  /** What a pronoun or description ("he", "the statement") refers to, as written where introduced. */
  resolved?: string;
  /** One name for every mention of the same source ("US President Joe Biden", "Biden" → "Joe Biden"). */
  canonical: string;
}

export interface Attribution {
  kind: AttributionKind;
  source: SourceSpan;
  cue: Span;
  /** One span, or the pieces of a quote split around its attribution. */
  content: Span | Span[];
  /** Sub-spans of the content that are quotation (marks included): drives quote vs claim highlights. */
  quotes: Span[];
}

/** Languages the engine reads. */
export type Language = "en" | "ru" | "uk";

export interface ExtractOptions {
  /** BCP 47 tag or bare code; unsupported → no attributions. Defaults to English. */
  lang?: string;
}
