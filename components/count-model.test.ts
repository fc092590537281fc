import { describe, expect, it } from 'vitest';
import { budgetStatus } from '../lib/budget/status';
import { event, logOf, settingsWithAcme } from '../lib/budget/testing';
import { countChars } from '../lib/count/count';
import { counterModel, slotOf, slotText } from './count-model';

// One zone per test file (vitest runs each file in its own process); Santiago has its own below.
process.env.TZ = 'Europe/Amsterdam';

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);
const join = (day: string, time: string) => `${day} ${time}`;

describe('counterModel', () => {
  it('says the figure in the UI language, and what is left or over', () => {
    expect(counterModel(countChars('a'.repeat(231), 'x'), 'en')).toMatchObject({
      figure: '231 / 280',
      left: 49,
      over: 0,
      state: 'ok',
      hashtags: null,
    });
    expect(counterModel(countChars('a'.repeat(292), 'x'), 'en')).toMatchObject({
      left: 0,
      over: 12,
      state: 'over',
    });
    expect(counterModel(countChars('a'.repeat(280), 'x'), 'en')).toMatchObject({
      left: 0,
      over: 0,
      state: 'near',
    });
    expect(counterModel(countChars('a'.repeat(63_300), 'facebook'), 'de').figure).toBe('63.300 / 63.206');
    expect(counterModel(countChars('a'.repeat(3_001), 'linkedin'), 'en').figure).toBe('3,001 / 3,000');
  });

  it("names Instagram's hashtags only when they are near or over 30, and colours by the worst", () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `#t${i}`).join(' ');
    expect(counterModel(countChars(tags(10), 'instagram'), 'en').hashtags).toBeNull();
    const over = counterModel(countChars(tags(32), 'instagram'), 'en');
    expect(over.hashtags).toEqual({ used: 32, limit: 30, over: 2 });
    expect(over.state).toBe('over');
    expect(over.left).toBeGreaterThan(0);
  });
});

describe('slotOf and slotText', () => {
  const NOON = at('2024-05-15T12:00:00+02:00');

  it('within the hour: in minutes, in each UI language', () => {
    const slot = slotOf(NOON + 47 * MIN, NOON);
    expect(slot).toEqual({ kind: 'minutes', minutes: 47 });
    expect(slotText(slot, 'en', join)).toBe('in 47 minutes');
    expect(slotText(slot, 'de', join)).toBe('in 47 Minuten');
    expect(slotText(slot, 'nl', join)).toBe('over 47 minuten');
    expect(slotText(slotOf(NOON + 30_000, NOON), 'en', join)).toBe('in 1 minute');
    // A slot just past (a status a minute old) is the next minute, never "in 0 minutes".
    expect(slotOf(NOON - 5_000, NOON)).toEqual({ kind: 'minutes', minutes: 1 });
  });

  it('later today: the time', () => {
    const slot = slotOf(at('2024-05-15T15:30:00+02:00'), NOON);
    expect(slot).toMatchObject({ kind: 'day', days: 0, wholeDay: false });
    expect(slotText(slot, 'de', (d, t) => `${d} um ${t}`)).toBe('heute um 15:30');
  });

  it('tomorrow: the day alone when the whole day is free, with the time the spacing allows otherwise', () => {
    const midnight = slotOf(at('2024-05-16T00:00:00+02:00'), NOON);
    expect(midnight).toMatchObject({ kind: 'day', days: 1, wholeDay: true });
    expect(slotText(midnight, 'en', join)).toBe('tomorrow');
    expect(slotText(midnight, 'nl', join)).toBe('morgen');
    const late = slotOf(at('2024-05-16T00:50:00+02:00'), at('2024-05-15T23:30:00+02:00'));
    expect(late).toMatchObject({ kind: 'day', days: 1, wholeDay: false });
    expect(slotText(late, 'de', (d, t) => `${d} um ${t}`)).toBe('morgen um 00:50');
    // Under an hour away but on the next day: still said as a day and time, so "tomorrow" is clear.
    expect(slotText(late, 'en', join)).toBe('tomorrow 12:50 AM');
  });

  it('further ahead: a weekday within the week, a date beyond', () => {
    expect(slotText(slotOf(at('2024-05-18T09:00:00+02:00'), NOON), 'en', join)).toBe('Saturday 9:00 AM');
    expect(slotText(slotOf(at('2024-06-18T09:00:00+02:00'), NOON), 'en', join)).toBe('Jun 18, 2024 9:00 AM');
  });

  it("says what budgetStatus's nextFreeAt means: over budget → tomorrow, too soon → minutes", () => {
    const log = logOf(event(NOON - 200 * MIN), event(NOON - 100 * MIN), event(NOON - 13 * MIN));
    const over = budgetStatus(log, settingsWithAcme(), 'x', 'acme', NOON).warning;
    expect(over?.kind).toBe('over-budget');
    expect(slotText(slotOf(over?.nextFreeAt ?? 0, NOON), 'en', join)).toBe('tomorrow');
    const roomy = settingsWithAcme({ x: { perDay: 10, spacingMinutes: 60 } });
    const soon = budgetStatus(log, roomy, 'x', 'acme', NOON).warning;
    expect(soon?.kind).toBe('too-soon');
    expect(slotText(slotOf(soon?.nextFreeAt ?? 0, NOON), 'en', join)).toBe('in 47 minutes');
  });
});
