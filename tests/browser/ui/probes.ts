// What a reader sees of the highlights and the panel, read inside the page. Like
// ../harness/probes.ts: each function is serialised into the page, so it must be
// self-contained (no imports, no closures over module scope).

export interface PageSeen {
  marks: { quote: number; claim: number; source: number; active: number };
  /** The panel's host is in the page. */
  panelPresent: boolean;
  /** The panel's region is rendered with a size (not hidden, not folded away). */
  panelOpen: boolean;
  scrollY: number;
}

export function readPage(): PageSeen {
  const count = (selector: string): number => document.querySelectorAll(selector).length;
  const root = document.getElementById('sourcelight-panel-host')?.shadowRoot ?? null;
  const region = root?.querySelector<HTMLElement>('[role="complementary"]') ?? null;
  const box = region?.getBoundingClientRect();
  return {
    marks: {
      quote: count('mark[data-sourcelight="quote"]'),
      claim: count('mark[data-sourcelight="claim"]'),
      source: count('mark[data-sourcelight="source"]'),
      active: count('mark[data-sourcelight][data-sl-active]'),
    },
    panelPresent: root !== null,
    panelOpen: !!region && !region.hidden && !!box && box.width > 0 && box.height > 0,
    scrollY: Math.round(window.scrollY),
  };
}

export interface PanelItemSeen {
  canonical: string;
  count: number;
  current: boolean;
  /** Centre of the item's name, viewport coordinates. */
  x: number;
  y: number;
}

/** The panel's source items (scrolled into the panel's view first, one by one as asked). */
export function readPanelItems(): PanelItemSeen[] {
  const root = document.getElementById('sourcelight-panel-host')?.shadowRoot;
  return Array.from(root?.querySelectorAll<HTMLElement>('li[data-source-canonical]') ?? []).map((li) => {
    const name = li.querySelector('.name') ?? li;
    const box = name.getBoundingClientRect();
    return {
      canonical: li.getAttribute('data-source-canonical') ?? '',
      count: Number(li.querySelector('.count')?.textContent ?? '0'),
      current: li.getAttribute('aria-current') === 'true',
      x: box.left + box.width / 2,
      y: box.top + box.height / 2,
    };
  });
}

/** Scrolls the panel's list so the item for `canonical` is visible; false if there is none. */
export function revealPanelItem(canonical: string): boolean {
  const root = document.getElementById('sourcelight-panel-host')?.shadowRoot;
  const li = Array.from(root?.querySelectorAll<HTMLElement>('li[data-source-canonical]') ?? []).find(
    (el) => el.getAttribute('data-source-canonical') === canonical,
  );
  li?.scrollIntoView({ block: 'center' });
  return li !== undefined;
}

/**
 * Centre of a visible button in the panel whose text matches `label` (a RegExp source), inside the current source
 * item when `inCurrentItem`; null when there is none to click.
 */
export function panelButton(arg: { label: string; inCurrentItem: boolean }): { x: number; y: number } | null {
  const root = document.getElementById('sourcelight-panel-host')?.shadowRoot;
  const scope: ParentNode | null | undefined = arg.inCurrentItem ? root?.querySelector('li[aria-current="true"]') : root;
  const pattern = new RegExp(arg.label, 'i');
  const button = Array.from(scope?.querySelectorAll('button') ?? []).find((b) => pattern.test(b.textContent ?? ''));
  if (!button) return null;
  const box = button.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Text of the panel's export status line ("Copied"). */
export function readExportStatus(): string {
  const root = document.getElementById('sourcelight-panel-host')?.shadowRoot;
  return (root?.querySelector('.export-status')?.textContent ?? '').trim();
}

export interface StopSeen {
  /** Index, among the active (standing-out) highlights, of the one nearest the viewport's middle. */
  index: number;
  /** Its centre's distance from the viewport's middle, in px. */
  offCentre: number;
  /** Whether it is inside the viewport at all. */
  inView: boolean;
  text: string;
}

export function readCentredStop(): StopSeen | null {
  const active = Array.from(document.querySelectorAll<HTMLElement>('mark[data-sourcelight][data-sl-active]'));
  let best: StopSeen | null = null;
  const middle = window.innerHeight / 2;
  active.forEach((mark, index) => {
    const box = mark.getBoundingClientRect();
    const offCentre = Math.abs(box.top + box.height / 2 - middle);
    if (best === null || offCentre < best.offCentre) {
      best = {
        index,
        offCentre: Math.round(offCentre),
        inView: box.bottom > 0 && box.top < window.innerHeight,
        text: (mark.textContent ?? '').slice(0, 60),
      };
    }
  });
  return best;
}

/** Where the page's focus is, through shadow roots: e.g. "sourcelight-panel > li". */
export function readFocus(): string {
  let el: Element | null = document.activeElement;
  const path: string[] = [];
  while (el) {
    path.push(el.tagName.toLowerCase());
    el = el.shadowRoot?.activeElement ?? null;
  }
  return path.join(' > ');
}

/** Text of each highlight that stands out (data-sl-active) and marks a source. */
export function readActiveSources(): string[] {
  return Array.from(document.querySelectorAll('mark[data-sourcelight="source"][data-sl-active]')).map((m) =>
    (m.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}
