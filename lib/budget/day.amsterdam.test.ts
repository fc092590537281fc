import { expect, it } from 'vitest';
import { dayKey } from './day';
import { dayContract } from './testing';

// One zone per test file: vitest runs each file in its own process, and Node reads TZ when it changes.
process.env.TZ = 'Europe/Amsterdam';

dayContract({
  zone: 'Europe/Amsterdam',
  short: { day: '2024-03-31', start: '2024-03-31T00:00:00+01:00' },
  long: { day: '2024-10-27', start: '2024-10-27T00:00:00+02:00' },
  repeated: ['2024-10-27T02:30:00+02:00', '2024-10-27T02:30:00+01:00'],
});

it('names the local day, not the UTC one', () => {
  // 00:30 in Amsterdam on New Year's Day is still New Year's Eve in UTC.
  expect(dayKey(Date.parse('2025-01-01T00:30:00+01:00'))).toBe('2025-01-01');
  expect(new Date(Date.parse('2025-01-01T00:30:00+01:00')).toISOString().slice(0, 10)).toBe('2024-12-31');
});
