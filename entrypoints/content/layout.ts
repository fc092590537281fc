import type { Composer } from '../../lib/sites/types';
import { type Rect, union } from './placement';

/**
 * What the placement (placement.ts) needs to know about the page, measured read-only: the
 * composer's box, the things the overlay must not cover, and a last look at what is under a
 * candidate place. Nothing here changes the page.
 */

/** Controls a person clicks or types in. `tabindex="-1"` alone marks a scroll or focus region, not a control. */
const INTERACTIVE =
  'button, [role=button], a[href], input, select, textarea, label, summary, [contenteditable=""], ' +
  '[contenteditable=true], [role=link], [role=checkbox], [role=radio], [role=tab], [role=menuitem], ' +
  '[role=switch], [role=combobox], [role=textbox], [tabindex]:not([tabindex="-1"])';

/** Only this far around the composer do controls matter (a timeline column can hold hundreds). */
const NEIGHBOURHOOD = 400;

export function toRect(r: DOMRect | DOMRectReadOnly): Rect {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The smallest element holding the composer's editors and its post button (across shadow roots). */
export function composerElement(composer: Composer): Element {
  const parts: Element[] = [...composer.editors, ...(composer.submit ? [composer.submit] : [])];
  const [first, ...rest] = parts;
  if (!first) return composer.container;
  const chain: Element[] = [];
  for (let el: Element | null = first; el; el = parentOf(el)) chain.push(el);
  let index = 0;
  for (const part of rest) {
    const ancestors = new Set<Element>();
    for (let el: Element | null = part; el; el = parentOf(el)) ancestors.add(el);
    while (index < chain.length && !ancestors.has(chain[index] as Element)) index++;
  }
  return chain[index] ?? composer.container;
}

/**
 * The composer's box: its element's rect, or the union of its editors and post button when that
 * element is a page-sized wrapper (a site without a tight composer element).
 */
export function composerBox(composer: Composer, element: Element, viewportHeight: number): Rect {
  const own = element.getBoundingClientRect();
  const parts = [...composer.editors, ...(composer.submit ? [composer.submit] : [])]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map(toRect);
  const tight = union(parts);
  if (element === document.body || element === document.documentElement || own.height > 1.5 * viewportHeight)
    return tight ?? toRect(own);
  return toRect(own);
}

function isSmall(r: DOMRect, viewport: { width: number; height: number }): boolean {
  // A clickable region the size of a third of the screen (a whole card) is not a control to keep clear.
  return r.width * r.height < (viewport.width * viewport.height) / 3;
}

/** The controls of a composer and its container, found at most this often (their boxes are measured every time). */
const CONTROLS_TTL_MS = 1_000;
const controlsCache = new WeakMap<Element, { at: number; element: Element; controls: Element[] }>();

/**
 * The interactive elements in the composer and its container. A timeline column can hold hundreds,
 * and the overlay is placed again whenever the editor grows while one types, so the query is
 * reused for a moment (a control added since shows up within CONTROLS_TTL_MS).
 */
function controlsOf(composer: Composer, element: Element): Element[] {
  const now = performance.now();
  const cached = controlsCache.get(composer.container);
  if (cached && cached.element === element && now - cached.at < CONTROLS_TTL_MS) return cached.controls;
  const seen = new Set<Element>(composer.editors);
  const controls: Element[] = [];
  for (const scope of [element, composer.container]) {
    for (const el of scope.querySelectorAll(INTERACTIVE)) {
      if (seen.has(el)) continue;
      seen.add(el);
      controls.push(el);
    }
  }
  if (composer.submit && !seen.has(composer.submit)) controls.push(composer.submit);
  controlsCache.set(composer.container, { at: now, element, controls });
  return controls;
}

/** The editors and every visible control of the composer and its container near the composer. */
export function composerObstacles(
  composer: Composer,
  element: Element,
  box: Rect,
  viewport: { width: number; height: number },
): Rect[] {
  const near = (r: DOMRect) =>
    r.width > 0 &&
    r.height > 0 &&
    r.right > box.left - NEIGHBOURHOOD &&
    r.left < box.right + NEIGHBOURHOOD &&
    r.bottom > box.top - NEIGHBOURHOOD &&
    r.top < box.bottom + NEIGHBOURHOOD;
  const out: Rect[] = [];
  for (const editor of composer.editors) {
    const r = editor.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) out.push(toRect(r));
  }
  for (const el of controlsOf(composer, element)) {
    const r = el.getBoundingClientRect();
    if (el === composer.submit || (near(r) && isSmall(r, viewport))) out.push(toRect(r));
  }
  return out;
}

/** The page's topmost element at a point, looking into open shadow roots and past our own host. */
function pageElementAt(root: Document | ShadowRoot, x: number, y: number, host: Element): Element | null {
  const el = root.elementsFromPoint(x, y).find((e) => e !== host) ?? null;
  if (el?.shadowRoot && el.shadowRoot !== root) {
    const inner = pageElementAt(el.shadowRoot, x, y, host);
    if (inner && inner !== el) return inner;
  }
  return el;
}

/** Hit-test spacing: the smallest controls sites use (a 24 px icon button) cannot hide between two points. */
const STEP_X = 16;
const STEP_Y = 10;

/**
 * Whether a place is clear of the page's controls outside the composer's container too (a title
 * field above Reddit's body, Instagram's close button beside its dialog, the site's navigation):
 * hit-tested on a grid finer than the smallest control.
 */
export function clearOfPage(r: Rect, host: Element, viewport: { width: number; height: number }): boolean {
  const inset = 2;
  const steps = (from: number, to: number, step: number) => {
    const n = Math.max(1, Math.ceil((to - from) / step));
    return Array.from({ length: n + 1 }, (_, i) => from + ((to - from) * i) / n);
  };
  for (const y of steps(r.top + inset, r.bottom - inset, STEP_Y)) {
    for (const x of steps(r.left + inset, r.right - inset, STEP_X)) {
      const el = pageElementAt(document, x, y, host);
      if (!el) continue;
      const control = el.closest(INTERACTIVE);
      if (control && isSmall(control.getBoundingClientRect(), viewport)) return false;
      if (el instanceof HTMLElement && el.isContentEditable) return false;
    }
  }
  return true;
}
