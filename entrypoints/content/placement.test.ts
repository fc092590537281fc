import { describe, expect, it } from 'vitest';
import {
  dockCandidates,
  GAP,
  height,
  intersects,
  leastBad,
  MARGIN,
  placeCard,
  placeDock,
  placePanel,
  type Rect,
  rect,
  width,
} from './placement';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
// X's inline composer on the fixture at 1280×800: the card, its editor and its post button.
const BOX: Rect = { left: 446, top: 117, right: 1046, bottom: 260 };
const EDITOR: Rect = { left: 459, top: 128, right: 1033, bottom: 206 };
const POST: Rect = { left: 961, top: 215, right: 1033, bottom: 246 };
const ROW = { id: 'row' as const, size: { width: 460, height: 34 } };
const STACK = { id: 'stack' as const, size: { width: 330, height: 60 } };

describe('placeDock', () => {
  it('puts the dock above the composer, right-aligned, when that is free', () => {
    const placed = placeDock({
      viewport: DESKTOP,
      box: BOX,
      container: BOX,
      obstacles: [EDITOR, POST],
      shapes: [ROW, STACK],
    });
    expect(placed).toEqual({ shape: 'row', rect: rect(BOX.right - 460, BOX.top - GAP - 34, 460, 34) });
  });

  it('never covers an obstacle: a control above the composer sends it below', () => {
    const dismiss: Rect = { left: 1000, top: 90, right: 1040, bottom: 112 };
    const placed = placeDock({
      viewport: DESKTOP,
      box: BOX,
      container: BOX,
      obstacles: [EDITOR, POST, dismiss],
      shapes: [ROW],
    });
    expect(placed?.rect.top).toBe(BOX.bottom + GAP);
    for (const o of [EDITOR, POST, dismiss]) expect(intersects(placed?.rect ?? BOX, o)).toBe(false);
  });

  it('takes the stacked shape at the same place before going further away', () => {
    // Only 330 px of free width above the composer's right edge.
    const blocker: Rect = { left: 0, top: 0, right: BOX.right - 335, bottom: BOX.top - 1 };
    const placed = placeDock({
      viewport: DESKTOP,
      box: BOX,
      container: BOX,
      obstacles: [EDITOR, POST, blocker],
      shapes: [ROW, STACK],
    });
    expect(placed?.shape).toBe('stack');
    expect(placed?.rect.bottom).toBe(BOX.top - GAP);
  });

  it('stays on screen: a composer at the very top and bottom of a phone leaves only gaps inside', () => {
    const box: Rect = { left: 0, top: 2, right: 390, bottom: 842 };
    const editor: Rect = { left: 16, top: 60, right: 374, bottom: 700 };
    const post: Rect = { left: 300, top: 780, right: 374, bottom: 812 };
    const placed = placeDock({
      viewport: PHONE,
      box,
      container: box,
      obstacles: [editor, post],
      shapes: [{ id: 'row', size: { width: 280, height: 36 } }],
    });
    expect(placed).not.toBeNull();
    const r = placed?.rect as Rect;
    expect(r.left).toBeGreaterThanOrEqual(MARGIN);
    expect(r.right).toBeLessThanOrEqual(PHONE.width - MARGIN);
    for (const o of [editor, post]) expect(intersects(r, o)).toBe(false);
  });

  it('asks the page last, and moves on when the page says no', () => {
    const refused: Rect[] = [];
    const placed = placeDock({
      viewport: DESKTOP,
      box: BOX,
      container: BOX,
      obstacles: [EDITOR, POST],
      shapes: [ROW],
      accept: (r) => {
        if (r.bottom <= BOX.top) {
          refused.push(r);
          return false;
        }
        return true;
      },
    });
    expect(refused.length).toBeGreaterThan(0);
    expect(placed?.rect.top).toBe(BOX.bottom + GAP);
  });

  it('gives up (null) when nothing is free, and the handle then covers as little as possible', () => {
    const everything: Rect = { left: 0, top: 0, right: DESKTOP.width, bottom: DESKTOP.height };
    expect(
      placeDock({ viewport: DESKTOP, box: BOX, container: BOX, obstacles: [everything], shapes: [ROW] }),
    ).toBeNull();
    const handle = { width: 80, height: 28 };
    const spot = leastBad(handle, BOX, BOX, DESKTOP, [EDITOR, POST]);
    expect(width(spot)).toBe(80);
    expect(height(spot)).toBe(28);
    expect(intersects(spot, EDITOR) || intersects(spot, POST)).toBe(false);
  });

  it('tries outside the composer before any gap inside it', () => {
    const places = dockCandidates({ width: 100, height: 30 }, BOX, BOX, DESKTOP);
    const firstInside = places.findIndex((r) => r.top > BOX.top && r.bottom < BOX.bottom);
    const outside = places.slice(0, firstInside);
    expect(outside.length).toBeGreaterThan(4);
    expect(
      outside.every(
        (r) => r.bottom <= BOX.top || r.top >= BOX.bottom || r.right <= BOX.left || r.left >= BOX.right,
      ),
    ).toBe(true);
  });
});

describe('placePanel', () => {
  const dock = rect(BOX.right - 460, BOX.top - GAP - 34, 460, 34);

  it('opens below the composer when there is room', () => {
    const r = placePanel({
      viewport: DESKTOP,
      box: BOX,
      dock,
      submit: POST,
      obstacles: [EDITOR, POST],
      size: { width: 380, height: 900 },
    });
    expect(r.top).toBe(BOX.bottom + GAP);
    expect(r.right).toBe(BOX.right);
    // Taller than the room: it keeps to the screen and scrolls inside itself.
    expect(height(r)).toBe(DESKTOP.height - MARGIN - (BOX.bottom + GAP));
  });

  it('goes beside a composer that fills the height, and never over the post button', () => {
    const box: Rect = { left: 300, top: 40, right: 900, bottom: 780 };
    const post: Rect = { left: 820, top: 740, right: 890, bottom: 770 };
    const r = placePanel({
      viewport: DESKTOP,
      box,
      dock: null,
      submit: post,
      obstacles: [post],
      size: { width: 360, height: 600 },
    });
    expect(r.left).toBe(box.right + GAP);
    expect(intersects(r, post)).toBe(false);
  });

  it('with no free place on a phone, scrolls in a band that leaves the post button free', () => {
    const box: Rect = { left: 0, top: 80, right: 390, bottom: 700 };
    const post: Rect = { left: 300, top: 650, right: 380, bottom: 690 };
    const r = placePanel({
      viewport: PHONE,
      box,
      dock: null,
      submit: post,
      obstacles: [{ left: 10, top: 100, right: 380, bottom: 640 }, post],
      size: { width: 380, height: 900 },
    });
    expect(intersects(r, post)).toBe(false);
    expect(r.bottom).toBeLessThanOrEqual(PHONE.height - MARGIN);
    expect(r.top).toBeGreaterThanOrEqual(MARGIN);
  });

  it('opens below the dock when the dock sits below the composer', () => {
    const lowDock = rect(BOX.right - 330, BOX.bottom + GAP, 330, 60);
    const r = placePanel({
      viewport: DESKTOP,
      box: BOX,
      dock: lowDock,
      submit: POST,
      obstacles: [EDITOR, POST],
      size: { width: 380, height: 300 },
    });
    expect(r.top).toBe(lowDock.bottom + GAP);
    expect(intersects(r, lowDock)).toBe(false);
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 160 };

  it('goes right under the line, starting where the word starts', () => {
    const line = rect(100, 200, 60, 20);
    expect(placeCard({ viewport, line, size })).toEqual(rect(100, 220 + GAP, 300, 160));
  });

  it('flips above a line near the bottom, and never covers the line', () => {
    const line = rect(100, 700, 60, 20);
    const r = placeCard({ viewport, line, size });
    expect(r.bottom).toBeLessThanOrEqual(line.top);
    expect(intersects(r, line)).toBe(false);
  });

  it('stays on screen at the right edge', () => {
    const r = placeCard({ viewport, line: rect(950, 100, 40, 20), size });
    expect(r.right).toBeLessThanOrEqual(viewport.width - MARGIN);
  });

  it('avoids an obstacle below when there is room above', () => {
    const line = rect(100, 400, 60, 20);
    const submit = rect(80, 450, 200, 40);
    const r = placeCard({ viewport, line, size, obstacles: [submit] });
    expect(intersects(r, submit)).toBe(false);
    expect(r.bottom).toBeLessThanOrEqual(line.top);
  });

  it('scrolls inside the taller side when neither side has room, still off the line', () => {
    const small = { width: 1000, height: 200 };
    const line = rect(100, 60, 60, 20);
    const r = placeCard({ viewport: small, line, size });
    expect(r.top).toBe(80 + GAP);
    expect(r.bottom).toBeLessThanOrEqual(small.height - MARGIN);
    expect(intersects(r, line)).toBe(false);
  });
});
