import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/types';
import { budgetSummary } from './summary';
import { event, logOf, settingsWithAcme } from './testing';

process.env.TZ = 'Europe/Amsterdam';

const HOUR = 3_600_000;
// A Tuesday in the week after the change to summer time (Sunday 2024-03-31, 23 hours).
const NOW = Date.parse('2024-04-02T15:00:00+02:00');
const WEEK = [
  '2024-03-27',
  '2024-03-28',
  '2024-03-29',
  '2024-03-30',
  '2024-03-31',
  '2024-04-01',
  '2024-04-02',
];

describe('budgetSummary', () => {
  it('lists every brand account, even without posts, and an empty week', () => {
    const summary = budgetSummary(logOf(), settingsWithAcme({ x: { perDay: 4, spacingMinutes: 60 } }), NOW);
    expect(summary.today).toBe('2024-04-02');
    expect(summary.accounts).toEqual([
      {
        site: 'x',
        account: 'acme',
        brandId: 'acme',
        postsToday: 0,
        repliesToday: 0,
        perDay: 4,
        lastPostAt: null,
      },
      {
        site: 'linkedin',
        account: 'company:42',
        brandId: 'acme',
        postsToday: 0,
        repliesToday: 0,
        perDay: 1,
        lastPostAt: null,
      },
    ]);
    const empty = WEEK.map((day) => ({ day, posts: 0, replies: 0 }));
    expect(summary.week).toEqual([
      { site: 'x', account: 'acme', brandId: 'acme', perDay: 4, days: empty },
      { site: 'linkedin', account: 'company:42', brandId: 'acme', perDay: 1, days: empty },
    ]);
    expect(summary.brandWeek).toEqual([{ brandId: 'acme', days: empty }]);
    expect(summary.conversationRatio).toBeNull();
  });

  it("counts today's posts and replies per account; replies never use the budget", () => {
    const log = logOf(
      event(NOW - 3 * HOUR),
      event(NOW - 2 * HOUR, { kind: 'thread' }),
      event(NOW - HOUR, { kind: 'reply' }),
      event(NOW - 30 * HOUR), // yesterday
    );
    const [x] = budgetSummary(log, settingsWithAcme(), NOW).accounts;
    expect(x).toMatchObject({ postsToday: 2, repliesToday: 1, lastPostAt: NOW - 2 * HOUR });
  });

  it('shows unknown accounts as unassigned, most recently active first, with their default budget', () => {
    const log = logOf(
      event(NOW - 5 * HOUR, { site: 'threads', account: 'someone' }),
      event(NOW - 4 * HOUR, { site: 'reddit', account: 'other', kind: 'reply' }),
      event(NOW - 10 * 24 * HOUR, { site: 'bluesky', account: 'long-gone.bsky.social' }),
    );
    const summary = budgetSummary(log, settingsWithAcme(), NOW);
    expect(summary.accounts.slice(2)).toEqual([
      {
        site: 'reddit',
        account: 'other',
        brandId: null,
        postsToday: 0,
        repliesToday: 1,
        perDay: 2,
        lastPostAt: null,
      },
      {
        site: 'threads',
        account: 'someone',
        brandId: null,
        postsToday: 1,
        repliesToday: 0,
        perDay: 3,
        lastPostAt: NOW - 5 * HOUR,
      },
    ]);
    expect(summary.week.map((w) => [w.site, w.account, w.brandId])).toEqual([
      ['x', 'acme', 'acme'],
      ['linkedin', 'company:42', 'acme'],
      ['reddit', 'other', null],
      ['threads', 'someone', null],
    ]);
    expect(summary.week[3]?.days.at(-1)).toEqual({ day: '2024-04-02', posts: 1, replies: 0 });
    expect(summary.brandWeek.map((w) => w.brandId)).toEqual(['acme', null]);
    expect(summary.brandWeek[1]?.days.at(-1)).toEqual({ day: '2024-04-02', posts: 1, replies: 1 });
  });

  it('puts each post on its local day over the last seven days, oldest first, across the 23-hour day', () => {
    const log = logOf(
      event(Date.parse('2024-03-26T23:59:00+01:00')), // eight days ago: outside the chart
      event(Date.parse('2024-03-27T00:00:00+01:00')),
      event(Date.parse('2024-03-31T00:30:00+01:00')),
      event(Date.parse('2024-03-31T23:30:00+02:00'), { kind: 'reply' }),
      event(Date.parse('2024-04-01T00:00:00+02:00')),
      event(NOW),
    );
    const { week, conversationRatio } = budgetSummary(log, settingsWithAcme(), NOW);
    expect(week[0]?.days.map((d) => [d.posts, d.replies])).toEqual([
      [1, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [1, 1],
      [1, 0],
      [1, 0],
    ]);
    expect(conversationRatio).toBeCloseTo(1 / 5);
  });

  it('computes the conversation ratio over all accounts, brands and unassigned', () => {
    const log = logOf(
      event(NOW - HOUR),
      event(NOW - HOUR, { kind: 'reply' }),
      event(NOW - HOUR, { kind: 'reply', account: 'stranger' }),
      event(NOW - HOUR, { kind: 'reply', site: 'linkedin', account: 'company:42' }),
    );
    expect(budgetSummary(log, settingsWithAcme(), NOW).conversationRatio).toBe(0.75);
  });

  it('works without any brand', () => {
    const summary = budgetSummary(logOf(event(NOW - HOUR)), defaultSettings(), NOW);
    expect(summary.accounts).toHaveLength(1);
    const days = WEEK.map((day) => ({ day, posts: day === '2024-04-02' ? 1 : 0, replies: 0 }));
    expect(summary.week).toEqual([{ site: 'x', account: 'acme', brandId: null, perDay: 3, days }]);
    expect(summary.brandWeek).toEqual([{ brandId: null, days }]);
  });

  it('keeps each account apart in the week, so the day one account broke its budget shows on its row', () => {
    const twoDaysAgo = NOW - 48 * HOUR;
    const log = logOf(
      event(twoDaysAgo),
      event(twoDaysAgo + 1),
      event(twoDaysAgo + 2),
      event(twoDaysAgo + 3),
      event(twoDaysAgo, { site: 'linkedin', account: 'company:42' }),
    );
    const { week, brandWeek } = budgetSummary(log, settingsWithAcme(), NOW);
    const x = week.find((w) => w.site === 'x');
    const linkedin = week.find((w) => w.site === 'linkedin');
    expect(x?.perDay).toBe(3);
    expect(x?.days[4]).toEqual({ day: '2024-03-31', posts: 4, replies: 0 });
    expect(linkedin?.days[4]).toEqual({ day: '2024-03-31', posts: 1, replies: 0 });
    expect(brandWeek[0]?.days[4]).toEqual({ day: '2024-03-31', posts: 5, replies: 0 });
  });

  it('uses the default budgets of the settings for accounts without a brand, and brands override them', () => {
    const settings = settingsWithAcme({ x: { perDay: 5, spacingMinutes: 0 } });
    settings.defaultBudgets = {
      x: { perDay: 1, spacingMinutes: 30 },
      linkedin: { perDay: 2, spacingMinutes: 0 },
    };
    const log = logOf(event(NOW - HOUR, { account: 'stranger' }));
    const summary = budgetSummary(log, settings, NOW);
    expect(summary.accounts.map((a) => [a.account, a.perDay])).toEqual([
      ['acme', 5],
      ['company:42', 2],
      ['stranger', 1],
    ]);
  });

  it('carries the name the site showed: the newest logged one, else the one stored with the brand', () => {
    const settings = settingsWithAcme();
    const first = settings.brands[0]?.accounts[1];
    if (first) first.displayName = 'Acme Inc.';
    const log = logOf(
      event(NOW - 3 * HOUR, { account: 'acme', displayName: '@ACME' }),
      event(NOW - 2 * HOUR, { account: 'acme', displayName: '@AcmeCoffee' }),
      event(NOW - HOUR, { account: 'acme' }),
      event(NOW - HOUR, { site: 'facebook', account: 'alex doe', displayName: 'Alex Doe' }),
    );
    const summary = budgetSummary(log, settings, NOW);
    expect(summary.accounts.map((a) => a.displayName)).toEqual(['@AcmeCoffee', 'Acme Inc.', 'Alex Doe']);
    expect(summary.week.map((a) => a.displayName)).toEqual(['@AcmeCoffee', 'Acme Inc.', 'Alex Doe']);
  });
});
