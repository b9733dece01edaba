// What the panel's export buttons produce: the source list as Markdown, the attributions as
// the command line's JSON.
import type { PanelSource, ArticleMeta } from "./panel";

const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]#|<>])/g, "\\$1");

export function sourcesMarkdown(meta: ArticleMeta, sources: readonly PanelSource[], typeLabel: (type: PanelSource["type"]) => string): string {
  const lines: string[] = [];
  if (meta.title) lines.push(`# ${escapeMarkdown(meta.title)}`, "");
  const details = [meta.byline, meta.published].filter(Boolean).map((s) => escapeMarkdown(s!));
  if (details.length) lines.push(details.join(" · "), "");
  lines.push("| Source | Type | Attributions | Cues |", "| --- | --- | ---: | --- |");
  for (const source of sources) {
    lines.push(`| ${escapeMarkdown(source.canonical)} | ${typeLabel(source.type)} | ${source.attributions.length} | ${escapeMarkdown(source.cues.join(", "))} |`);
  }
  return `${lines.join("\n")}\n`;
}

/** Copies text without needing a secure context (the Clipboard API is missing on http pages). */
export async function copyText(text: string, scratchParent: Node & ParentNode): Promise<boolean> {
  try {
    if (typeof globalThis.navigator?.clipboard?.writeText === "function") {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the selection-based copy.
  }
  const doc = (scratchParent as Node).ownerDocument ?? document;
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  scratchParent.append(area);
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** Saves text as a file through a local blob URL: nothing leaves the machine. */
export function downloadText(text: string, filename: string, mime: string, parent: Node & ParentNode): void {
  const doc = (parent as Node).ownerDocument ?? document;
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
