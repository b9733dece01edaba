// The extractor's JSON document (../shared/seed/GOLD-FORMAT.md): what the command line prints
// and what the panel's "Download JSON" saves.
import type { Attribution } from "../engine/types";

export interface ExtractorDocument {
  file?: string;
  /** The page it came from (the panel's export). */
  url?: string;
  language: string;
  article?: { title: string | null; text: string };
  attributions: Attribution[];
}

export function extractorDocument(attributions: Attribution[], language: string, extra: Partial<ExtractorDocument> = {}): ExtractorDocument {
  return { ...extra, language, attributions };
}
