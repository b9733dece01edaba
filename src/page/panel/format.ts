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

/** How the reader's language writes a date, from _locales. */
export interface DateStrings {
  /** January…December, in the form the date line takes. */
  months: readonly string[];
  clock: 12 | 24;
  line(month: string, day: string, year: string, time: string): string;
}

/**
 * A machine date ("2022-02-12T23:13:01+03:00") as a reader would write it, in local time;
 * other text as is. Written from the locale's strings, not Intl: creating the first
 * Intl.DateTimeFormat in a page costs 10–80 ms of the page's main thread.
 */
export function readableDate(value: string | undefined, strings: DateStrings): string | undefined {
  if (!value || !isMachineDate(value)) return value;
  const d = new Date(Date.parse(value));
  const month = strings.months[d.getMonth()];
  if (!month) return value;
  const minutes = String(d.getMinutes()).padStart(2, "0");
  const hours = d.getHours();
  const time = strings.clock === 12 ? `${hours % 12 || 12}:${minutes} ${hours < 12 ? "AM" : "PM"}` : `${String(hours).padStart(2, "0")}:${minutes}`;
  return strings.line(month, String(d.getDate()), String(d.getFullYear()), time);
}
