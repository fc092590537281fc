import { expect, it } from 'vitest';
import { dayKey, lastDays } from './day';
import { dayContract } from './testing';

// One zone per test file: vitest runs each file in its own process, and Node reads TZ when it changes.
// Auckland is UTC+12/+13: its local day and the UTC day differ for half of every day, and its
// clocks change in April and September, the other way round from the northern hemisphere.
process.env.TZ = 'Pacific/Auckland';

dayContract({
  zone: 'Pacific/Auckland',
  short: { day: '2024-09-29', start: '2024-09-29T00:00:00+12:00' },
  long: { day: '2024-04-07', start: '2024-04-07T00:00:00+13:00' },
  repeated: ['2024-04-07T02:30:00+13:00', '2024-04-07T02:30:00+12:00'],
});

it('names the local day, not the UTC one', () => {
  const morning = Date.parse('2024-06-01T08:00:00+12:00');
  expect(dayKey(morning)).toBe('2024-06-01');
  expect(new Date(morning).toISOString().slice(0, 10)).toBe('2024-05-31');
  expect(lastDays(2, morning)).toEqual(['2024-05-31', '2024-06-01']);
});

it('crosses a year and a leap day', () => {
  expect(lastDays(3, Date.parse('2025-01-01T10:00:00+13:00'))).toEqual([
    '2024-12-30',
    '2024-12-31',
    '2025-01-01',
  ]);
  expect(lastDays(2, Date.parse('2024-03-01T10:00:00+13:00'))).toEqual(['2024-02-29', '2024-03-01']);
});
