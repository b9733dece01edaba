// Lives inside the shadow root: page CSS cannot reach it and it cannot leak out.
export const PANEL_CSS = `
:host { all: initial; }
.panel {
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5f6368; --line: #dadce0; --accent: #1a56db; --chip: #f1f3f4;
  position: fixed; top: 12px; right: 12px; bottom: 12px; width: 320px; max-width: calc(100vw - 24px);
  display: flex; flex-direction: column; box-sizing: border-box;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; z-index: 2147483647;
}
@media (prefers-color-scheme: dark) {
  .panel { --bg: #202124; --fg: #e8eaed; --muted: #9aa0a6; --line: #3c4043; --accent: #8ab4f8; --chip: #303134; }
}
.panel[hidden] { display: none; }
header { display: flex; align-items: center; gap: 8px; padding: 10px 12px; border-bottom: 1px solid var(--line); }
h2 { font-size: 15px; margin: 0; flex: 1; }
button { font: inherit; color: inherit; background: var(--chip); border: 1px solid var(--line); border-radius: 6px; padding: 3px 8px; cursor: pointer; }
button:focus-visible, li:focus-visible, [tabindex]:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.meta { padding: 8px 12px; border-bottom: 1px solid var(--line); }
.meta .title { font-weight: 600; }
.meta .byline, .meta .date, .summary, .cues { color: var(--muted); font-size: 12px; }
.summary { padding: 6px 12px; }
.message { padding: 16px 12px; }
ul { list-style: none; margin: 0; padding: 0; overflow-y: auto; flex: 1; }
li { padding: 8px 12px; border-bottom: 1px solid var(--line); cursor: pointer; }
li[aria-current="true"] { background: var(--chip); }
.row { display: flex; gap: 8px; align-items: baseline; }
.name { flex: 1; font-weight: 600; overflow-wrap: anywhere; }
.count { font-variant-numeric: tabular-nums; background: var(--chip); border-radius: 10px; padding: 0 7px; }
.type { font-size: 12px; color: var(--muted); }
.type { display: flex; align-items: center; gap: 4px; }
.type-icon { flex: none; }
.steps { display: none; gap: 6px; margin-top: 6px; }
li[aria-current="true"] .steps { display: flex; }
`;

export const PANEL_EXTRA_CSS = `
.body { display: flex; flex-direction: column; min-height: 0; flex: 1; }
.toolbar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 0 12px 8px; border-bottom: 1px solid var(--line); font-size: 12px; }
.toolbar label { display: flex; gap: 4px; align-items: center; }
select { font: inherit; color: inherit; background: var(--chip); border: 1px solid var(--line); border-radius: 6px; }
.export-status { color: var(--muted); }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.close { background: transparent; border: none; font-size: 15px; }
.tab { display: none; position: fixed; right: 0; top: 40%; writing-mode: vertical-rl; border-radius: 8px 0 0 8px; padding: 10px 4px;
  background: #1a56db; color: #fff; border: none; font: 600 13px/1 system-ui, sans-serif; z-index: 2147483647; box-shadow: 0 2px 10px rgba(0,0,0,.25); }
.tab[hidden] { display: none !important; }
@media (max-width: 900px) {
  .tab { display: block; }
  .panel:not([data-expanded]) { display: none; }
  .panel { top: 0; right: 34px; bottom: 0; border-radius: 0; }
}
.card { position: fixed; z-index: 2147483647; max-width: 300px; padding: 8px 10px; border-radius: 8px; pointer-events: none;
  background: #202124; color: #f1f3f4; font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
.card[hidden] { display: none; }
.card-row { display: flex; gap: 6px; }
.card-label { color: #9aa0a6; min-width: 52px; }
.card-value { overflow-wrap: anywhere; }
@media print { .panel, .tab, .card { display: none !important; } }
`;
