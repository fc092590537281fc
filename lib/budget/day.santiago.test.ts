import { expect, it } from 'vitest';
import { dayStart } from './day';
import { dayContract } from './testing';

// One zone per test file: vitest runs each file in its own process, and Node reads TZ when it changes.
// Chile changes its clocks at midnight: on 2024-09-08 there is no 00:00 (the day starts at 01:00),
// and on 2024-04-06 the hour before midnight happens twice.
process.env.TZ = 'America/Santiago';

dayContract({
  zone: 'America/Santiago',
  short: { day: '2024-09-08', start: '2024-09-08T01:00:00-03:00' },
  long: { day: '2024-04-06', start: '2024-04-06T00:00:00-03:00' },
  repeated: ['2024-04-06T23:30:00-03:00', '2024-04-06T23:30:00-04:00'],
});

it('starts the day without a midnight at its first instant, 01:00', () => {
  expect(dayStart(Date.parse('2024-09-08T12:00:00-03:00'))).toBe(Date.parse('2024-09-08T01:00:00-03:00'));
  expect(dayStart(Date.parse('2024-09-08T01:00:00-03:00') - 1)).toBe(Date.parse('2024-09-07T00:00:00-04:00'));
});
