// Functions that run inside a page (serialised by Playwright: self-contained, no imports, no
// closures). They read what the tests compare without moving whole documents over the wire.

export interface DomState {
  marks: number;
  /** Marks inside marks: text annotated twice. */
  nestedMarks: number;
  host: boolean;
  /** The page's probe flag, as the main world reads it. */
  flag: unknown;
  clicks: number;
  lastTarget: string | null;
  /** Changes the page made to itself since DOMContentLoaded (see PageProbe). */
  pageMutations: number;
  pageMutationSamples: string[];
}

export function readState(): DomState {
  const probe = (
    window as unknown as {
      __pageProbe?: { flag: unknown; clicks: number; lastTarget: string | null; pageMutations: number; pageMutationSamples: string[] };
    }
  ).__pageProbe;
  return {
    marks: document.querySelectorAll('mark.sourcelight-mark').length,
    nestedMarks: document.querySelectorAll('mark.sourcelight-mark mark.sourcelight-mark').length,
    host: document.getElementById('sourcelight-panel-host') !== null,
    flag: probe ? probe.flag : undefined,
    clicks: probe ? probe.clicks : -1,
    lastTarget: probe ? probe.lastTarget : null,
    pageMutations: probe ? probe.pageMutations : -1,
    pageMutationSamples: probe ? probe.pageMutationSamples.slice() : [],
  };
}

/** Keeps the body's markup (without our panel host) under `name`, in the page's main world. */
export function snapshotBody(name: string): number {
  const clone = document.body.cloneNode(true) as HTMLElement;
  const host = clone.querySelector('#sourcelight-panel-host');
  if (host) host.remove();
  const w = window as unknown as { __snapshots?: Record<string, string> };
  w.__snapshots = w.__snapshots || {};
  w.__snapshots[name] = clone.innerHTML;
  return clone.innerHTML.length;
}

export interface BodyDiff {
  same: boolean;
  /** First differing offset, with a little of each side around it. */
  at: number;
  expected: string;
  actual: string;
}

/**
 * Compares the body now (panel host left in: it must be gone when annotations are off) with a
 * snapshot; "pristine" is the probe's snapshot at DOMContentLoaded, before any content script.
 */
export function compareBody(args: { name: string; withoutHost: boolean }): BodyDiff {
  const w = window as unknown as { __snapshots?: Record<string, string>; __pageProbe?: { pristine: string | null } };
  const expected = args.name === 'pristine' ? (w.__pageProbe ? w.__pageProbe.pristine : null) : (w.__snapshots || {})[args.name];
  let actual = document.body.innerHTML;
  if (args.withoutHost) {
    const clone = document.body.cloneNode(true) as HTMLElement;
    const host = clone.querySelector('#sourcelight-panel-host');
    if (host) host.remove();
    actual = clone.innerHTML;
  }
  if (typeof expected !== 'string') return { same: false, at: -1, expected: `no snapshot "${args.name}"`, actual: '' };
  if (expected === actual) return { same: true, at: -1, expected: '', actual: '' };
  let at = 0;
  while (at < expected.length && at < actual.length && expected[at] === actual[at]) at++;
  const from = Math.max(0, at - 80);
  return { same: false, at, expected: expected.slice(from, at + 120), actual: actual.slice(from, at + 120) };
}

/** Where a reader would click: the middle of the first highlight, scrolled into view (else the body). */
export function clickTarget(): { x: number; y: number; onMark: boolean } {
  const marks = Array.from(document.querySelectorAll('mark.sourcelight-mark'));
  for (const mark of marks) {
    mark.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = mark.getClientRects()[0];
    if (!box || box.width < 2 || box.height < 2) continue;
    const x = box.left + Math.min(box.width / 2, 10);
    const y = box.top + box.height / 2;
    const hit = document.elementFromPoint(x, y);
    if (hit && (hit === mark || mark.contains(hit))) return { x, y, onMark: true };
  }
  window.scrollTo(0, 0);
  return { x: Math.round(innerWidth / 2), y: Math.round(innerHeight / 2), onMark: false };
}

/** Keeps the current highlights in the main world, to tell later whether they are the same nodes. */
export function rememberMarks(): number {
  const marks = Array.from(document.querySelectorAll('mark.sourcelight-mark'));
  (window as unknown as { __earlyMarks?: Element[] }).__earlyMarks = marks;
  return marks.length;
}

export interface LateTextSeen {
  marks: number;
  /** Remembered marks that are no longer in the document. */
  earlyGone: number;
  /** Marks now in the document outside the late paragraph that were not there before. */
  newOutside: number;
  /** Marks inside the late paragraph, with their text. */
  inLate: string[];
  nestedMarks: number;
}

export function readLateText(): LateTextSeen {
  const early = (window as unknown as { __earlyMarks?: Element[] }).__earlyMarks || [];
  const now = Array.from(document.querySelectorAll('mark.sourcelight-mark'));
  const late = document.getElementById('late-paragraph');
  const earlySet = new Set(early);
  return {
    marks: now.length,
    earlyGone: early.filter((m) => !m.isConnected).length,
    newOutside: now.filter((m) => !earlySet.has(m) && !(late && late.contains(m))).length,
    inLate: now.filter((m) => late && late.contains(m)).map((m) => (m.textContent || '').trim()),
    nestedMarks: document.querySelectorAll('mark.sourcelight-mark mark.sourcelight-mark').length,
  };
}

/** What the panel (shadow root) shows: its text, its card's text, and any element that should not be there. */
export function readShadow(): { text: string; card: string; cardHidden: boolean; imgs: number; scripts: number; handlers: number } {
  const root = document.getElementById('sourcelight-panel-host')?.shadowRoot;
  if (!root) return { text: '', card: '', cardHidden: true, imgs: -1, scripts: -1, handlers: -1 };
  const card = root.querySelector('[role="tooltip"]') as HTMLElement | null;
  const all = Array.from(root.querySelectorAll('*'));
  return {
    text: (root.querySelector('[role="complementary"]')?.textContent || '').replace(/\s+/g, ' '),
    card: (card?.textContent || '').replace(/\s+/g, ' '),
    cardHidden: card ? card.hidden !== false : true,
    imgs: root.querySelectorAll('img').length,
    scripts: root.querySelectorAll('script').length,
    handlers: all.filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name))).length,
  };
}
