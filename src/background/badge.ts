import type { TabStatus } from "../shared/messages";

/** The toolbar badge for a tab: its attribution count, or nothing. */
export function badgeText(status: TabStatus): string {
  if (status.state !== "annotated" || status.attributions === 0) return "";
  return status.attributions > 999 ? "999+" : String(status.attributions);
}
