import { expect, it } from 'vitest';
import { budgetStatus } from '../lib/budget/status';
import { event, logOf, settingsWithAcme } from '../lib/budget/testing';
import { slotOf, slotText } from './count-model';

// Chile's clocks jump from 00:00 to 01:00 on 2024-09-08: that day starts at 01:00, and a day whose
// budget is used up on the 7th frees its next slot then; it is still "tomorrow", the whole day.
process.env.TZ = 'America/Santiago';

it('names the first instant of a day without a midnight as the whole of tomorrow', () => {
  const evening = Date.parse('2024-09-07T20:00:00-04:00');
  const log = logOf(
    event(evening - 300 * 60_000),
    event(evening - 200 * 60_000),
    event(evening - 100 * 60_000),
  );
  const warning = budgetStatus(log, settingsWithAcme(), 'x', 'acme', evening).warning;
  expect(warning).toEqual({ kind: 'over-budget', nextFreeAt: Date.parse('2024-09-08T01:00:00-03:00') });
  const slot = slotOf(warning?.nextFreeAt ?? 0, evening);
  expect(slot).toMatchObject({ kind: 'day', days: 1, wholeDay: true });
  expect(slotText(slot, 'de', (d, t) => `${d} um ${t}`)).toBe('morgen');
});
