// Panel and message strings from _locales, for the content script.
import type { SourceType } from "../engine/types";
import { t } from "../shared/browser";
import type { AnnotatorStrings } from "./annotator";

const TYPE_KEYS: Record<SourceType, string> = {
  person: "sourceTypePerson",
  organization: "sourceTypeOrganization",
  anonymous: "sourceTypeAnonymous",
  document: "sourceTypeDocument",
  media: "sourceTypeMedia",
  unknown: "sourceTypeUnknown",
};

export function annotatorStrings(): AnnotatorStrings {
  return {
    heading: t("panelHeading"),
    close: t("panelClose"),
    next: t("panelNext"),
    previous: t("panelPrevious"),
    summary: (attributions, sources, anonymous) =>
      t("panelSummary", [String(attributions), String(sources), String(anonymous)]),
    sourceType: (type) => t(TYPE_KEYS[type]),
    mentions: (count) => t("panelMentions", String(count)),
    noArticle: t("panelNoArticle"),
    unsupportedLanguage: (lang) => t("panelUnsupportedLanguage", lang),
  };
}
