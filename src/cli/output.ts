// The extractor's JSON document (../shared/seed/GOLD-FORMAT.md), shared by the CLI and the
// panel's JSON export.
import type { Attribution } from "../engine/types";

export interface ExtractorDocument {
  file?: string;
  language: string;
  article?: { title: string | null; text: string };
  attributions: Attribution[];
}

export function extractorDocument(attributions: Attribution[], language: string, extra: Partial<ExtractorDocument> = {}): ExtractorDocument {
  return { ...extra, language, attributions };
}
