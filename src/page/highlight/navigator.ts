// Steps through one source's highlights: click a source and its marks stand out, the page
// scrolls to the first, next/previous walk the rest.
import { attributionsOf } from "./highlighter";

export const ACTIVE_ATTRIBUTE = "data-sl-active";

export class MentionNavigator {
  private stops: HTMLElement[] = [];
  private position = -1;
  private activeMarks: HTMLElement[] = [];

  /** `marks` in document order; `attributions` the source's attribution indexes. */
  select(marks: readonly HTMLElement[], attributions: readonly number[]): void {
    this.reset();
    const wanted = new Set(attributions);
    const seen = new Set<number>();
    for (const mark of marks) {
      const ids = attributionsOf(mark).filter((id) => wanted.has(id));
      if (ids.length === 0) continue;
      mark.setAttribute(ACTIVE_ATTRIBUTE, "");
      this.activeMarks.push(mark);
      // One stop per attribution: its first mark in reading order.
      if (ids.some((id) => !seen.has(id))) {
        ids.forEach((id) => seen.add(id));
        this.stops.push(mark);
      }
    }
    this.step(1);
  }

  step(direction: 1 | -1): void {
    if (this.stops.length === 0) return;
    this.position = (this.position + direction + this.stops.length) % this.stops.length;
    const stop = this.stops[this.position]!;
    stop.scrollIntoView?.({ block: "center", behavior: "smooth" });
  }

  reset(): void {
    for (const mark of this.activeMarks) mark.removeAttribute(ACTIVE_ATTRIBUTE);
    this.activeMarks = [];
    this.stops = [];
    this.position = -1;
  }
}
