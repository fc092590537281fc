import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyBrandRules } from '../brand/schema';
import { defaultSettings, type Settings } from '../settings/types';
import {
  addDays,
  dayEnd,
  dayKey,
  dayLengthHours,
  dayStart,
  lastDays,
  startOfDayKey,
  startOfLastDays,
} from './day';
import { emptyPostLog } from './log';
import { budgetStatus } from './status';
import type { PostEvent, PostKind, PostLog } from './types';

/**
 * Test helpers for lib/budget (imported only by *.test.ts). `dayContract` runs the same checks of
 * the local-day functions and of the budget's day boundaries in whatever zone the calling test
 * file set in `process.env.TZ`, around that zone's short (23-hour) and long (25-hour) days.
 */

let seq = 0;

/** An event with defaults; `at` as epoch ms. */
export function event(at: number, overrides: Partial<PostEvent> = {}): PostEvent {
  seq++;
  return {
    id: `e${seq}`,
    at,
    site: 'x',
    account: 'acme',
    kind: 'post',
    scores: { broadcast: 10, pushiness: 20, missingValue: 30 },
    ...overrides,
  };
}

export function logOf(...events: PostEvent[]): PostLog {
  return { ...emptyPostLog(), events: [...events].sort((a, b) => a.at - b.at) };
}

/** Settings with one brand owning `@Acme` on X (budget 3/day, 60 minutes apart, the default). */
export function settingsWithAcme(budgets: Settings['brands'][number]['budgets'] = {}): Settings {
  const s = defaultSettings();
  s.brands.push({
    id: 'acme',
    name: 'Acme',
    languages: ['en'],
    defaultLanguage: 'en',
    accounts: [
      { platform: 'x', handle: '@Acme' },
      { platform: 'linkedin', handle: 'company:42' },
    ],
    budgets,
    ignores: [],
    rules: emptyBrandRules(),
  });
  return s;
}

export interface ZoneDays {
  /** The zone the test file set in process.env.TZ. */
  zone: string;
  /** The day the clocks go forward: 23 hours. */
  short: { day: string; start: string };
  /** The day the clocks go back: 25 hours. */
  long: { day: string; start: string };
  /** An instant that occurs twice on the long day's local clock, as its two ISO instants. */
  repeated: [string, string];
}

const HOUR = 3_600_000;

export function dayContract(z: ZoneDays): void {
  describe(`local days in ${z.zone}`, () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('runs in the zone the test file set', () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(z.zone);
    });

    for (const [name, d, hours] of [
      ['short', z.short, 23],
      ['long', z.long, 25],
    ] as const) {
      it(`the ${name} day ${d.day} has ${hours} hours and one key for all of them`, () => {
        const start = Date.parse(d.start);
        expect(startOfDayKey(d.day)).toBe(start);
        expect(dayStart(start + 5 * HOUR)).toBe(start);
        expect(dayEnd(start)).toBe(start + hours * HOUR);
        expect(dayLengthHours(start + 12 * HOUR)).toBe(hours);
        for (let t = start; t < start + hours * HOUR; t += 15 * 60_000) expect(dayKey(t)).toBe(d.day);
        expect(dayKey(start - 1)).toBe(addDays(start, -1));
        expect(dayKey(start + hours * HOUR)).toBe(addDays(start, 1));
        expect(dayLengthHours(start - HOUR)).toBe(24);
        expect(dayLengthHours(start + hours * HOUR)).toBe(24);
      });

      it(`the last 7 days across the ${name} day are 7 consecutive local days`, () => {
        const start = Date.parse(d.start);
        const now = start + (hours + 36) * HOUR; // the middle of the day after next
        const days = lastDays(7, now);
        expect(days).toHaveLength(7);
        expect(new Set(days).size).toBe(7);
        expect(days.at(-1)).toBe(dayKey(now));
        expect(days).toContain(d.day);
        for (let i = 1; i < days.length; i++) {
          const prev = startOfDayKey(days[i - 1] ?? '');
          const cur = startOfDayKey(days[i] ?? '');
          expect(prev).not.toBeNull();
          expect(dayEnd(prev ?? 0)).toBe(cur);
        }
        expect(startOfLastDays(7, now)).toBe(startOfDayKey(days[0] ?? ''));
      });

      it(`rolls over at the ${name} day's midnights on a fake clock`, () => {
        vi.useFakeTimers();
        const start = Date.parse(d.start);
        vi.setSystemTime(start - 1);
        expect(dayKey(Date.now())).toBe(addDays(start, -1));
        vi.setSystemTime(start);
        expect(dayKey(Date.now())).toBe(d.day);
        vi.setSystemTime(start + hours * HOUR - 1);
        expect(dayKey(Date.now())).toBe(d.day);
        vi.advanceTimersByTime(1);
        expect(dayKey(Date.now())).not.toBe(d.day);
        expect(Date.now()).toBe(dayEnd(start));
      });
    }

    it('counts both occurrences of the repeated hour in the long day', () => {
      const [first, second] = z.repeated.map(Date.parse) as [number, number];
      expect(second - first).toBe(HOUR);
      expect(dayKey(first)).toBe(z.long.day);
      expect(dayKey(second)).toBe(z.long.day);
    });

    it('refuses day keys that are not dates', () => {
      for (const bad of ['2024-02-30', '2024-13-01', '24-01-01', '2024-1-1', '', 'today'])
        expect(startOfDayKey(bad)).toBeNull();
      expect(startOfDayKey('2024-02-29')).not.toBeNull();
    });
  });

  describe(`the budget's day in ${z.zone}`, () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('starts a new count at local midnight, while the spacing carries over', () => {
      const start = Date.parse(z.short.start);
      const log = logOf(event(start - 40 * 60_000), event(start - 20 * 60_000), event(start - 10 * 60_000));
      const settings = settingsWithAcme();
      vi.setSystemTime(start - 1);
      const before = budgetStatus(log, settings, 'x', '@acme', Date.now());
      expect(before.postsToday).toBe(3);
      // The day's posts are used up: the next slot is at the next day's start or the spacing's end, later.
      expect(before.warning).toEqual({ kind: 'over-budget', nextFreeAt: start + 50 * 60_000 });
      vi.setSystemTime(start);
      const after = budgetStatus(log, settings, 'x', '@acme', Date.now());
      expect(after.postsToday).toBe(0);
      expect(after.warning).toEqual({ kind: 'too-soon', minutesToWait: 50, nextFreeAt: start + 50 * 60_000 });
      vi.setSystemTime(start + 50 * 60_000);
      expect(budgetStatus(log, settings, 'x', '@acme', Date.now()).warning).toBeNull();
    });

    it('counts every post of the 25-hour day for that day, and none for the next', () => {
      const start = Date.parse(z.long.start);
      const kinds: PostKind[] = ['post', 'thread', 'reply'];
      const log = logOf(
        ...Array.from({ length: 25 }, (_, h) =>
          event(start + h * HOUR + 30 * 60_000, { kind: kinds[h % 3] }),
        ),
      );
      vi.setSystemTime(start + 24 * HOUR + 59 * 60_000);
      const today = budgetStatus(log, settingsWithAcme(), 'x', 'acme', Date.now());
      expect(today.postsToday + today.repliesToday).toBe(25);
      expect(today.repliesToday).toBe(8);
      vi.setSystemTime(start + 25 * HOUR);
      const next = budgetStatus(log, settingsWithAcme(), 'x', 'acme', Date.now());
      expect(next.postsToday + next.repliesToday).toBe(0);
    });

    for (const [name, d, hours] of [
      ['short', z.short, 23],
      ['long', z.long, 25],
    ] as const) {
      it(`frees the next slot at the first instant after the ${name} day, ${hours} hours after its start`, () => {
        const start = Date.parse(d.start);
        const log = logOf(event(start + HOUR), event(start + 2 * HOUR), event(start + 3 * HOUR));
        vi.setSystemTime(start + (hours - 1) * HOUR + 30 * 60_000);
        const status = budgetStatus(log, settingsWithAcme(), 'x', 'acme', Date.now());
        expect(status.warning).toEqual({ kind: 'over-budget', nextFreeAt: start + hours * HOUR });
        expect(dayKey(start + hours * HOUR)).toBe(addDays(start, 1));
      });

      it(`frees the next slot at the ${name} day's own first instant when the day before is used up`, () => {
        const start = Date.parse(d.start);
        const log = logOf(event(start - 5 * HOUR), event(start - 4 * HOUR), event(start - 3 * HOUR));
        vi.setSystemTime(start - 2 * HOUR);
        const status = budgetStatus(log, settingsWithAcme(), 'x', 'acme', Date.now());
        expect(status.warning).toEqual({ kind: 'over-budget', nextFreeAt: start });
        expect(startOfDayKey(d.day)).toBe(start);
      });
    }

    it('ends the 23-hour day 23 hours after it starts', () => {
      const start = Date.parse(z.short.start);
      const log = logOf(event(start + 22 * HOUR + 59 * 60_000), event(start + 23 * HOUR));
      vi.setSystemTime(start + 23 * HOUR - 1);
      expect(budgetStatus(log, settingsWithAcme(), 'x', 'acme', Date.now()).postsToday).toBe(1);
      vi.setSystemTime(start + 23 * HOUR + 1);
      expect(budgetStatus(log, settingsWithAcme(), 'x', 'acme', Date.now()).postsToday).toBe(1);
    });
  });
}
