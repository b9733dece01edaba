// Small pieces of the panel's presentation: type icons drawn as SVG and article dates.
import type { SourceType } from "../../engine/types";

const SVG_NS = "http://www.w3.org/2000/svg";

/** One simple drawn shape per source type: system fonts may lack emoji, shapes always render. */
const TYPE_ICON_PATHS: Record<SourceType, string> = {
  person: "M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-5 6c0-3 2.2-5 5-5s5 2 5 5z",
  organization: "M2 14h12v-1.5H2zM3 12h2V7H3zm4 0h2V7H7zm4 0h2V7h-2zM1.5 6h13L8 2z",
  anonymous: "M8 2C4.5 2 2 5 2 8.5V14l2-1.5L6 14l2-1.5 2 1.5 2-1.5 2 1.5V8.5C14 5 11.5 2 8 2zM6 9a1 1 0 1 1 0-2 1 1 0 0 1 0 2zm4 0a1 1 0 1 1 0-2 1 1 0 0 1 0 2z",
  document: "M4 1h5l4 4v10H4zm5 1v4h4M6 8h5v1H6zm0 2h5v1H6zm0 2h4v1H6z",
  media: "M2 3h10v10H3a1 1 0 0 1-1-1zm10 3h2v6a1 1 0 0 1-2 0zM4 5h6v3H4zm0 4.5h6v1H4zm0 2h6v1H4z",
  unknown: "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm.8 11H7.2v-1.6h1.6zm1.7-5.4c-.4.6-1.7 1.1-1.7 2.3H7.2c0-1.9 1.8-2.3 1.8-3.3 0-.6-.5-1-1.1-1-.7 0-1.1.5-1.2 1.1L5.3 6.4C5.6 5 6.7 4 8.1 4c1.7 0 3 1.1 2.4 2.6z",
};

export function typeIcon(doc: Document, type: SourceType): SVGElement {
  const svg = doc.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("width", "12");
  svg.setAttribute("height", "12");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "type-icon");
  const path = doc.createElementNS(SVG_NS, "path");
  path.setAttribute("d", TYPE_ICON_PATHS[type]);
  path.setAttribute("fill", "currentColor");
  svg.append(path);
  return svg;
}

const isMachineDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value));

/** A machine date cut to "2022-02-12 20:13" (local time): cheap, shown until formatDate runs. */
export function plainDate(value: string | undefined): string | undefined {
  if (!value || !isMachineDate(value)) return value;
  const d = new Date(Date.parse(value));
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

let dateFormat: Intl.DateTimeFormat | null = null;

/**
 * A machine date ("2022-02-12T23:13:01+03:00") as a reader would write it; other text as is.
 * Creating the formatter costs 10–80 ms the first time in a page, hence idle time and a cache.
 */
export function formatDate(value: string | undefined, doc: Document): string | undefined {
  if (!value || !isMachineDate(value)) return value;
  try {
    dateFormat ??= new Intl.DateTimeFormat(doc.defaultView?.navigator.language || undefined, { dateStyle: "long", timeStyle: "short" });
    return dateFormat.format(new Date(Date.parse(value)));
  } catch {
    return value;
  }
}
