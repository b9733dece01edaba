// The engine's entry point: pure functions over strings, shared by the CLI and the extension's background.
export { extract } from "./extract";
export { groupSources, type SourceGroup } from "./group";
export { guessLanguage, type GuessedLanguage } from "./guess";
export { isSupportedLanguage } from "./lang";
export type { Attribution, AttributionKind, ExtractOptions, Language, SourceSpan, SourceType, Span } from "./types";
