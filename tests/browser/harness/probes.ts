// What a reader sees, read from inside a page. Each function runs in the page, serialised:
// it must be self-contained (no imports, no closures, nothing transpiled into helpers).

export interface MarkSeen {
  type: string;
  text: string;
  /** Page furniture the mark sits in, or null when it is inside the article body proper. */
  furniture: string | null;
}

/** Every Sourcelight highlight in the document (the panel's shadow root is not searched). */
export function readMarks(): MarkSeen[] {
  const furniture: Array<[string, string]> = [
    ['ticker (.c-hlights)', '.c-hlights'],
    ['promo or video embed (.wsw__embed)', '.wsw__embed'],
    ['most-popular sidebar', '.most-popular'],
    ['comments', '.comments'],
    ['header', '.hdr'],
    ['navigation', '#navigation'],
    ['footer', 'footer'],
    ['headline', 'h1'],
  ];
  return Array.from(document.querySelectorAll('mark[data-sourcelight]')).map((mark) => {
    let where: string | null = null;
    for (const [name, selector] of furniture) {
      if (mark.closest(selector)) {
        where = name;
        break;
      }
    }
    if (where === null && !mark.closest('#article-content .wsw')) where = 'outside the article body';
    return {
      type: mark.getAttribute('data-sourcelight') ?? '',
      text: (mark.textContent ?? '').replace(/\s+/g, ' ').trim(),
      furniture: where,
    };
  });
}

export interface PanelSeen {
  /** The host element exists and has an open shadow root. */
  present: boolean;
  /** aria-label of the shadow root's role="complementary" element, null if there is none. */
  label: string | null;
  text: string;
  sources: Array<{ canonical: string; text: string }>;
}

export function readPanel(): PanelSeen {
  const root = document.getElementById('sourcelight-panel-host')?.shadowRoot ?? null;
  const region = root?.querySelector('[role="complementary"]') ?? null;
  const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
  return {
    present: root !== null,
    label: region?.getAttribute('aria-label') ?? null,
    text: clean(region?.textContent),
    sources: Array.from(region?.querySelectorAll('li[data-source-canonical]') ?? []).map((li) => ({
      canonical: li.getAttribute('data-source-canonical') ?? '',
      text: clean(li.textContent),
    })),
  };
}

export interface SwitchSeen {
  type: string;
  checked: boolean;
  /** The text of the switch's <label>, as rendered. */
  label: string;
  /** Centre of the label (or of the input when it has none), in viewport coordinates. */
  x: number;
  y: number;
  visible: boolean;
}

export function readSwitches(): SwitchSeen[] {
  const inputs = Array.from(
    document.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-annotation-type]'),
  );
  return inputs.map((input) => {
    const label = input.labels?.[0] ?? input.closest('label');
    const target: Element = label ?? input;
    const box = target.getBoundingClientRect();
    const style = getComputedStyle(target);
    return {
      type: input.getAttribute('data-annotation-type') ?? '',
      checked: input.checked,
      label: label instanceof HTMLElement ? label.innerText.replace(/\s+/g, ' ').trim() : '',
      x: box.left + box.width / 2,
      y: box.top + box.height / 2,
      visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none',
    };
  });
}

/** Leaves a token in the page's own JS world: it survives re-rendering, not a reload. */
export function plantReloadToken(token: string): void {
  (window as unknown as Record<string, unknown>).__sourcelightReloadToken = token;
}

export function readReloadToken(): unknown {
  return (window as unknown as Record<string, unknown>).__sourcelightReloadToken;
}
