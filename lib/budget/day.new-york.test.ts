import { expect, it } from 'vitest';
import { dayKey } from './day';
import { dayContract } from './testing';

// One zone per test file: vitest runs each file in its own process, and Node reads TZ when it changes.
process.env.TZ = 'America/New_York';

dayContract({
  zone: 'America/New_York',
  short: { day: '2024-03-10', start: '2024-03-10T00:00:00-05:00' },
  long: { day: '2024-11-03', start: '2024-11-03T00:00:00-04:00' },
  repeated: ['2024-11-03T01:30:00-04:00', '2024-11-03T01:30:00-05:00'],
});

it('names the local day, not the UTC one', () => {
  // 21:00 on New Year's Eve in New York is already New Year's Day in UTC.
  expect(dayKey(Date.parse('2024-12-31T21:00:00-05:00'))).toBe('2024-12-31');
});
