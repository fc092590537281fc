/**
 * Where the overlay goes, as pure geometry (viewport pixels, no DOM), so placement.test.ts can pin
 * it down without a browser. The content script measures the page (layout.ts) and asks here.
 *
 * The rule (issue 9, "never in the way"): with the panel closed, the dock (budget line and score
 * badges) covers no editor and no control of the composer. It tries places outside the composer
 * first (above or below its right edge, then beside it), then free gaps inside it, each in a wide
 * one-row shape and a narrower stacked one; a place counts only when it is fully on screen and
 * hits no obstacle. When nothing fits, the dock collapses to a small handle in the least bad spot.
 * The open panel goes below or beside the composer and never over its post button; without room
 * it scrolls inside itself.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Space between the overlay and what it sits next to. */
export const GAP = 6;
/** Nothing of ours closer than this to the viewport's edge. */
export const MARGIN = 4;
/** A panel shorter than this is not worth opening in a place; it goes where it gets more room. */
export const MIN_PANEL_HEIGHT = 180;

export function rect(left: number, top: number, width: number, height: number): Rect {
  return { left, top, right: left + width, bottom: top + height };
}

export function width(r: Rect): number {
  return r.right - r.left;
}

export function height(r: Rect): number {
  return r.bottom - r.top;
}

/** Whether two rects share any area (touching edges do not count). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

export function union(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

function onScreen(r: Rect, viewport: Size): boolean {
  return (
    r.left >= MARGIN &&
    r.top >= MARGIN &&
    r.right <= viewport.width - MARGIN &&
    r.bottom <= viewport.height - MARGIN
  );
}

function clampX(left: number, w: number, viewport: Size): number {
  return Math.max(MARGIN, Math.min(left, viewport.width - MARGIN - w));
}

/** A shape the dock can take, with its measured size. */
export interface Shape<Id extends string = string> {
  id: Id;
  size: Size;
}

export interface DockInput<Id extends string> {
  viewport: Size;
  /** The composer itself: the smallest element holding its editors and its post button. */
  box: Rect;
  /** The site's container of the composer (a dialog, a column); may equal `box`. */
  container: Rect;
  /** Editors and every interactive element of the composer: the dock covers none of them. */
  obstacles: readonly Rect[];
  /** Shapes in order of preference (e.g. one row, then stacked). */
  shapes: readonly Shape<Id>[];
  /** A last check the caller makes on the page (e.g. no other control of the page under it). */
  accept?: (r: Rect) => boolean;
}

/** The places to try for a `size`, best first. */
export function dockCandidates(size: Size, box: Rect, container: Rect, viewport: Size): Rect[] {
  const { width: w, height: h } = size;
  const out: Rect[] = [];
  const add = (left: number, top: number, clamp = true) =>
    out.push(rect(clamp ? clampX(left, w, viewport) : left, top, w, h));
  const distinct = Math.abs(container.top - box.top) > 2 || Math.abs(container.bottom - box.bottom) > 2;
  // Outside the composer, right-aligned: where sites keep no controls (post buttons sit below the text).
  add(box.right - w, box.top - GAP - h);
  add(box.right - w, box.bottom + GAP);
  if (distinct) {
    add(container.right - w, container.top - GAP - h);
    add(container.right - w, container.bottom + GAP);
  }
  // Beside it.
  add(box.right + GAP, box.top, false);
  add(box.right + GAP, box.bottom - h, false);
  add(box.left - GAP - w, box.top, false);
  add(box.left - GAP - w, box.bottom - h, false);
  // Left-aligned above and below.
  add(box.left, box.top - GAP - h);
  add(box.left, box.bottom + GAP);
  // Free gaps inside the composer, bottom up (a footer row often has room beside its buttons).
  for (let top = box.bottom - h - MARGIN; top >= box.top + MARGIN; top -= 4) {
    add(box.right - w - MARGIN, top);
    add(box.left + MARGIN, top);
  }
  return out;
}

export interface DockPlacement<Id extends string> {
  shape: Id;
  rect: Rect;
}

/** The first shape and place that is on screen and in nobody's way, or null when none is. */
export function placeDock<Id extends string>(input: DockInput<Id>): DockPlacement<Id> | null {
  const lists = input.shapes.map((shape) => ({
    shape,
    places: dockCandidates(shape.size, input.box, input.container, input.viewport),
  }));
  const longest = Math.max(0, ...lists.map((l) => l.places.length));
  // Place first, then shape: a stacked dock right above the composer beats a one-row dock far away.
  for (let i = 0; i < longest; i++) {
    for (const { shape, places } of lists) {
      const r = places[i];
      if (!r || !onScreen(r, input.viewport)) continue;
      if (input.obstacles.some((o) => intersects(r, o))) continue;
      if (input.accept && !input.accept(r)) continue;
      return { shape: shape.id, rect: r };
    }
  }
  return null;
}

/**
 * The least bad place for the small handle when nothing is free: on screen, next to the composer,
 * covering as little of the obstacles as possible (earlier candidates win ties).
 */
export function leastBad(
  size: Size,
  box: Rect,
  container: Rect,
  viewport: Size,
  obstacles: readonly Rect[],
): Rect {
  let best: Rect | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const r of dockCandidates(size, box, container, viewport)) {
    const fitted = fitOnScreen(r, viewport);
    const cost = obstacles.reduce((sum, o) => sum + overlapArea(fitted, o), 0);
    if (cost < bestCost) {
      best = fitted;
      bestCost = cost;
      if (cost === 0) break;
    }
  }
  return best ?? fitOnScreen(rect(box.right - size.width, box.top, size.width, size.height), viewport);
}

function fitOnScreen(r: Rect, viewport: Size): Rect {
  const w = width(r);
  const h = height(r);
  const left = clampX(r.left, w, viewport);
  const top = Math.max(MARGIN, Math.min(r.top, viewport.height - MARGIN - h));
  return rect(left, top, w, h);
}

export interface PanelInput {
  viewport: Size;
  box: Rect;
  /** Where the dock is (the panel opens next to the composer and its dock together), if shown. */
  dock: Rect | null;
  /** The post button, never covered. */
  submit: Rect | null;
  /** Editors and the composer's own controls: avoided when there is room. */
  obstacles: readonly Rect[];
  /** The panel's natural size (its height before any scrolling). */
  size: Size;
}

/** Where the open panel goes and how tall it may be (it scrolls inside itself below its natural height). */
export function placePanel(input: PanelInput): Rect {
  const { viewport, submit, size } = input;
  // The composer and its dock as one block: the panel goes beside or below both.
  const box = union(input.dock ? [input.box, input.dock] : [input.box]) ?? input.box;
  const obstacles = input.dock ? [...input.obstacles, input.dock] : input.obstacles;
  const w = Math.min(size.width, viewport.width - 2 * MARGIN);
  const natural = size.height;
  const free = (r: Rect) => onScreen(r, viewport) && !obstacles.some((o) => intersects(r, o));
  const tryAt = (left: number, top: number, room: number): Rect | null => {
    const h = Math.min(natural, room);
    if (h < Math.min(natural, MIN_PANEL_HEIGHT)) return null;
    const r = rect(left, top, w, h);
    return free(r) ? r : null;
  };
  const below = box.bottom + GAP;
  const sideTop = Math.max(MARGIN, Math.min(box.top, viewport.height - MARGIN - natural));
  const sideRoom = viewport.height - MARGIN - sideTop;
  const candidates: Array<() => Rect | null> = [
    // Below the composer, right-aligned with it (where its badges are).
    () => tryAt(clampX(box.right - w, w, viewport), below, viewport.height - MARGIN - below),
    // Beside it.
    () => tryAt(box.right + GAP, sideTop, sideRoom),
    () => tryAt(box.left - GAP - w, sideTop, sideRoom),
    // Above it (flipped).
    () => {
      const room = box.top - GAP - MARGIN;
      const h = Math.min(natural, room);
      return tryAt(clampX(box.right - w, w, viewport), box.top - GAP - h, room);
    },
  ];
  for (const candidate of candidates) {
    const r = candidate();
    if (r) return r;
  }
  // No free place: a band below or above the post button, scrolling inside itself; below (over the
  // page rather than the draft) when it is tall enough to read, else the taller one.
  const left = clampX(box.right - w, w, viewport);
  const split = submit ?? input.box;
  const belowTop = Math.max(MARGIN, split.bottom + GAP);
  const belowRoom = viewport.height - MARGIN - belowTop;
  const aboveRoom = split.top - GAP - MARGIN;
  if (belowRoom >= Math.min(natural, MIN_PANEL_HEIGHT) || belowRoom >= aboveRoom)
    return rect(left, belowTop, w, Math.max(0, Math.min(natural, belowRoom)));
  const h = Math.max(0, Math.min(natural, aboveRoom));
  return rect(left, split.top - GAP - h, w, h);
}

export interface CardInput {
  viewport: Size;
  /** The line of text the card is about (the underlined word's line box): never covered. */
  line: Rect;
  /** The card's natural size. */
  size: Size;
  /** Also kept clear when there is room (the dock, the post button). */
  obstacles?: readonly Rect[];
}

/**
 * Where the card of one underline goes (issue 10): right under its line, starting where the word
 * starts, else above it; never over the line itself, so the person still sees what they are reading
 * about. With room on neither side in full, the taller side is used and the card scrolls inside.
 */
export function placeCard(input: CardInput): Rect {
  const { viewport, line, size } = input;
  const w = Math.min(size.width, viewport.width - 2 * MARGIN);
  const left = clampX(line.left, w, viewport);
  const belowTop = line.bottom + GAP;
  const belowRoom = viewport.height - MARGIN - belowTop;
  const aboveRoom = line.top - GAP - MARGIN;
  const obstacles = input.obstacles ?? [];
  const below = rect(left, belowTop, w, size.height);
  const above = rect(left, line.top - GAP - size.height, w, size.height);
  const fits = (r: Rect, room: number) => room >= size.height && !obstacles.some((o) => intersects(r, o));
  if (fits(below, belowRoom)) return below;
  if (fits(above, aboveRoom)) return above;
  if (belowRoom >= size.height) return below;
  if (aboveRoom >= size.height) return above;
  if (belowRoom >= aboveRoom) return rect(left, belowTop, w, Math.max(0, belowRoom));
  const h = Math.max(0, aboveRoom);
  return rect(left, line.top - GAP - h, w, h);
}
