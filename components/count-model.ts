import { addDays, dayKey, dayStart } from '../lib/budget/day';
import type { CharCount } from '../lib/count/types';
import { worstState } from '../lib/count/types';

/**
 * The words of the character counter and of the budget's "next free slot", without i18n (so they are
 * tested in Node, in several time zones): char-counter.tsx and budget-line.ts put them into messages.
 */

// ---- Character counter ----

export interface CounterModel {
  /** "231 / 280", numbers in the UI language's digits and separators. */
  figure: string;
  /** Characters left (0 at the limit), or how many over it. */
  left: number;
  over: number;
  state: CharCount['state'];
  /** Instagram's hashtags, when they are the problem (near or over 30). */
  hashtags: { used: number; limit: number; over: number } | null;
}

export function counterModel(c: CharCount, lang: string): CounterModel {
  const n = new Intl.NumberFormat(lang);
  const tags = c.extra.find((e) => e.kind === 'hashtags');
  return {
    figure: `${n.format(c.used)} / ${n.format(c.limit)}`,
    left: Math.max(0, c.limit - c.used),
    over: Math.max(0, c.used - c.limit),
    state: worstState(c),
    hashtags:
      tags && tags.state !== 'ok'
        ? { used: tags.used, limit: tags.limit, over: Math.max(0, tags.used - tags.limit) }
        : null,
  };
}

// ---- Next free slot ----

/**
 * When the next post fits the budget, relative to now: within the hour as minutes ("in 47 minutes");
 * otherwise the local day (today, tomorrow, a weekday, a date) with the time, or the day alone when
 * the slot is the day's first instant (a whole free day: "tomorrow", not "tomorrow 00:00").
 */
export type Slot =
  | { kind: 'minutes'; minutes: number }
  | { kind: 'day'; days: number; at: number; wholeDay: boolean };

const MINUTE = 60_000;
/** Up to a week ahead a weekday is clear; further, the date. */
const WEEK = 7;

export function slotOf(nextFreeAt: number, now: number): Slot {
  const ms = nextFreeAt - now;
  const sameDay = dayKey(nextFreeAt) === dayKey(now);
  // A slot already past (the status is up to a minute old) reads as the next minute, never "0 minutes".
  if (ms < 60 * MINUTE && sameDay) return { kind: 'minutes', minutes: Math.max(1, Math.ceil(ms / MINUTE)) };
  let days = 0;
  const key = dayKey(nextFreeAt);
  while (days <= WEEK && addDays(now, days) !== key) days++;
  return { kind: 'day', days, at: nextFreeAt, wholeDay: nextFreeAt === dayStart(nextFreeAt) };
}

/**
 * The slot in words in `lang`, with `Intl.RelativeTimeFormat` ("in 47 minutes", "in 47 Minuten",
 * "over 47 minuten"; "tomorrow", "morgen") and `Intl.DateTimeFormat` (the time as the language writes
 * it). `dayAt` joins a day and a time ("tomorrow 09:00"; the catalog's `count.day_time`).
 */
export function slotText(slot: Slot, lang: string, dayAt: (day: string, time: string) => string): string {
  if (slot.kind === 'minutes')
    return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(slot.minutes, 'minute');
  const at = new Date(slot.at);
  const day =
    slot.days <= 1
      ? new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(slot.days, 'day')
      : slot.days <= WEEK
        ? new Intl.DateTimeFormat(lang, { weekday: 'long' }).format(at)
        : new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(at);
  if (slot.wholeDay && slot.days > 0) return day;
  return dayAt(day, new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(at));
}
