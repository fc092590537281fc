import { isPlatform, type Platform } from '../core';

/**
 * A draft's length as its site counts it (issue 10, item 5). Pure data shared by the background
 * (which computes it, lib/count/count.ts), the overlay and the popup (which show it, through the
 * `draft` and `get-draft` replies) and the CLI's JSON. This file imports no counting library: the
 * content script reads the type and the guard only, and must not bundle twitter-text.
 */

/** `near`: within 10% of the limit (X's own ring turns amber 20 characters before 280; 10% is 28). */
export type CountState = 'ok' | 'near' | 'over';

/**
 * How a site counts: X's weighted length (twitter-text: most CJK and emoji 2, a URL 23), user-perceived
 * characters (Bluesky, Mastodon: grapheme clusters), or UTF-16 code units (what a browser's `maxlength`
 * and JavaScript's `length` count: an emoji is 2) where the site publishes no rule of its own.
 */
export type CountUnit = 'weighted' | 'graphemes' | 'utf16';

/** Which field of the composer the count is for: the post or comment body, or a Reddit post's title. */
export type CountField = 'body' | 'title';

/** A limit besides the length (Instagram: at most 30 hashtags). */
export interface ExtraLimit {
  kind: 'hashtags';
  used: number;
  limit: number;
  state: CountState;
}

export interface CharCount {
  platform: Platform;
  field: CountField;
  unit: CountUnit;
  used: number;
  limit: number;
  /** The length's state; `worstState()` folds in the extra limits. */
  state: CountState;
  extra: ExtraLimit[];
  /**
   * A thread (several items in one composer, X/Threads/Bluesky): each item has its own limit; this is
   * the count of the item closest to (or furthest over) it, 0-based, of `of` items. Absent: one item.
   */
  part?: { index: number; of: number };
}

/** The share of the limit from which a count is `near`. */
export const NEAR_SHARE = 0.9;

export function stateOf(used: number, limit: number): CountState {
  if (used > limit) return 'over';
  return used >= limit * NEAR_SHARE ? 'near' : 'ok';
}

const STATE_RANK: Record<CountState, number> = { ok: 0, near: 1, over: 2 };

/** The worst state of the length and every extra limit: what the counter's colour says. */
export function worstState(c: Pick<CharCount, 'state' | 'extra'>): CountState {
  return c.extra.reduce<CountState>((w, e) => (STATE_RANK[e.state] > STATE_RANK[w] ? e.state : w), c.state);
}

// ---- Guard (a reply crosses a process boundary) ----

/** More than any limit Steady knows (Facebook's 63,206) times the largest draft a message carries. */
const MAX_FIGURE = 10_000_000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isFigure(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_FIGURE;
}

function isState(v: unknown): v is CountState {
  return v === 'ok' || v === 'near' || v === 'over';
}

function isExtra(v: unknown): v is ExtraLimit {
  return isRecord(v) && v.kind === 'hashtags' && isFigure(v.used) && isFigure(v.limit) && isState(v.state);
}

export function isCharCount(v: unknown): v is CharCount {
  if (!isRecord(v) || !isPlatform(v.platform)) return false;
  if (v.field !== 'body' && v.field !== 'title') return false;
  if (v.unit !== 'weighted' && v.unit !== 'graphemes' && v.unit !== 'utf16') return false;
  if (!isFigure(v.used) || !isFigure(v.limit) || v.limit === 0 || !isState(v.state)) return false;
  if (!Array.isArray(v.extra) || v.extra.length > 4 || !v.extra.every(isExtra)) return false;
  const p = v.part;
  return (
    p === undefined ||
    (isRecord(p) && isFigure(p.index) && isFigure(p.of) && p.of > 1 && p.index < p.of && p.of <= 100)
  );
}
