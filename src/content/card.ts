// What the hover card says about one attribution: who (and whom a pronoun or description
// stands for), the cue, the kind.
import type { Attribution } from "../engine/types";
import type { CardContent } from "../page/panel/panel";
import type { AnnotatorStrings } from "./annotator";

export function cardContent(attribution: Attribution, strings: AnnotatorStrings): CardContent {
  const { source } = attribution;
  const who = source.resolved && source.resolved !== source.text ? `${source.text} → ${source.resolved}` : source.canonical || source.text;
  return {
    lines: [
      { label: strings.cardSource, value: `${who} (${strings.sourceType(source.type)})` },
      { label: strings.cardCue, value: attribution.cue.text },
      { label: strings.cardKind, value: strings.kind(attribution.kind) },
    ],
  };
}
