// Panel, card and message strings from _locales.
import type { AttributionKind, SourceType } from "../engine/types";
import type { Translate } from "../shared/i18n";
import type { AnnotatorStrings } from "./annotator";

const TYPE_KEYS: Record<SourceType, string> = {
  person: "sourceTypePerson",
  organization: "sourceTypeOrganization",
  anonymous: "sourceTypeAnonymous",
  document: "sourceTypeDocument",
  media: "sourceTypeMedia",
  unknown: "sourceTypeUnknown",
};

const KIND_KEYS: Record<AttributionKind, string> = {
  direct: "kindDirect",
  indirect: "kindIndirect",
  mixed: "kindMixed",
  credit: "kindCredit",
};

export function annotatorStrings(t: Translate): AnnotatorStrings {
  return {
    heading: t("panelHeading"),
    close: t("panelClose"),
    next: t("panelNext"),
    previous: t("panelPrevious"),
    sortLabel: t("panelSortLabel"),
    sortAppearance: t("panelSortAppearance"),
    sortCount: t("panelSortCount"),
    copyMarkdown: t("panelCopyMarkdown"),
    downloadJson: t("panelDownloadJson"),
    copied: t("panelCopied"),
    openTab: (count) => t("panelTab", String(count)),
    summary: (attributions, sources, anonymous) => t("panelSummary", [String(attributions), String(sources), String(anonymous)]),
    sourceType: (type) => t(TYPE_KEYS[type]),
    mentions: (count) => t("panelMentions", String(count)),
    date: {
      months: t("panelMonths").split(" "),
      clock: t("panelClock") === "24" ? 24 : 12,
      line: (month, day, year, time) => t("panelDate", [month, day, year, time]),
    },
    noArticle: t("panelNoArticle"),
    unsupportedLanguage: (lang) => t("panelUnsupportedLanguage", lang),
    cardSource: t("cardSource"),
    cardCue: t("cardCue"),
    cardKind: t("cardKind"),
    kind: (kind) => t(KIND_KEYS[kind]),
  };
}
