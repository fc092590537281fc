/**
 * Local calendar days. "Today" is the user's calendar day in the time zone the runtime reports
 * (the browser's, or `TZ` in Node), never a 24-hour window: a day that loses an hour to daylight
 * saving time is 23 hours long, one that gains an hour is 25, and both are one day.
 *
 * Every function takes the instant as epoch milliseconds and builds local dates with the
 * `Date(year, month, day)` constructor, which normalizes overflowing days (the 32nd of March is
 * the 1st of April) and resolves local times that do not exist. In zones that change the clock
 * at midnight (America/Santiago, Asia/Beirut) 00:00 does not exist on the day of the change; the
 * constructor moves it to 01:00, which is then the first instant of that day.
 */

/** A local calendar day as `YYYY-MM-DD`. */
export type DayKey = string;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function keyOf(d: Date): DayKey {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

/** The local calendar day of an instant. */
export function dayKey(at: number): DayKey {
  return keyOf(new Date(at));
}

/** The first instant of the local day of `at`. */
export function dayStart(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** The first instant of the next local day: days are half-open, `[dayStart, dayEnd)`. */
export function dayEnd(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/** The day `n` calendar days after (negative: before) the local day of `at`. */
export function addDays(at: number, n: number): DayKey {
  const d = new Date(at);
  // Noon is never skipped or repeated by a clock change, so the date is exact.
  return keyOf(new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, 12));
}

/** The start of a day given by its key, or null when the key is not a real date. */
export function startOfDayKey(key: string): number | null {
  const m = DAY_KEY.exec(key);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const d = new Date(year, month, day);
  if (d.getFullYear() !== year || d.getMonth() !== month || d.getDate() !== day) return null;
  return d.getTime();
}

/** The last `n` local days up to and including the day of `now`, oldest first. */
export function lastDays(n: number, now: number): DayKey[] {
  const days: DayKey[] = [];
  for (let i = n - 1; i >= 0; i--) days.push(addDays(now, -i));
  return days;
}

/** The first instant of the oldest of the last `n` local days (today included). */
export function startOfLastDays(n: number, now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - (n - 1)).getTime();
}

/** Hours in the local day of `at`: 24, or 23 / 25 on the days daylight saving time starts / ends. */
export function dayLengthHours(at: number): number {
  return (dayEnd(at) - dayStart(at)) / 3_600_000;
}
